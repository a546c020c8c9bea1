"""The damaged survey files of damage_campaign.py, made with a seeded generator of its own from
the demo survey and the real exports: byte flips, cut-offs and zeroed blocks of every format,
broken workbook parts, quirks of text exports and values that cannot be right. A Case is a
file's bytes, its mapping and, for a questionable value, the column a warning must name."""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
FIXTURES = Path("/work/shared/fixtures")
SHORT = ["id", "region", "sector", "dep", "own", "emp", "pctuni", "pctrd", "edu", "q9a", "q9b",
         "q9c", "q9d", "q9e", "q9f", "q10", "q10b", "q11", "q11b", "weight"]


@dataclass
class Case:
    cls: str  # the class in the outcome table
    name: str  # file name (its extension says what it claims to be)
    data: bytes
    mapping: str = "demo"  # "demo" (column names of the demo) or "short" (SPSS/Stata names)
    column: str | None = None  # a questionable value: the column a warning must name
    slow_ok: float = 60.0  # seconds the report may take


class Bases:
    """The undamaged files: the demo's first rows (with a weight column) as xlsx, csv, sav, dta;
    the real exports; and the two mappings."""

    def __init__(self, rows: int, rng: random.Random) -> None:
        import pandas as pd

        frame = pd.read_excel(DEMO / "demo_survey.xlsx", sheet_name="Data", engine="calamine")
        frame = self.frame = frame.iloc[:rows].copy()
        frame["Weight"] = [round(rng.uniform(0.5, 2.0), 3) for _ in range(len(frame))]
        mapping = json.loads((DEMO / "demo_survey.clusterdesk.json").read_text("utf-8"))
        mapping["columns"]["weight"] = "Weight"
        self.mappings = {"demo": mapping}
        rename = dict(zip(frame.columns, SHORT, strict=True))
        short = json.loads(json.dumps(mapping))
        short["columns"] = {k: rename.get(v, v) for k, v in mapping["columns"].items()}
        short["source"] = {"sheet": None, "header_row": 1, "header_rows": 1}
        self.mappings["short"] = short
        self.rename = rename
        self.xlsx = xlsx_bytes(frame)
        self.csv = frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8")
        self.sav, self.dta = stats_bytes(frame.rename(columns=rename))
        self.real = {p.name: p.read_bytes() for d in ("real-exports", "real-surveys")
                     for p in sorted((FIXTURES / d).glob("*")) if p.suffix in (
                         ".csv", ".xlsx", ".sav", ".dta")}


def xlsx_bytes(frame) -> bytes:
    """The frame as a workbook; control characters as Excel stores them (_x0001_)."""
    frame = frame.apply(lambda c: c.map(lambda v: re.sub(
        r"[\x00-\x08\x0b\x0c\x0e-\x1f]", lambda m: f"_x{ord(m.group()):04X}_", v)
        if isinstance(v, str) else v) if c.dtype == object else c)
    buf = io.BytesIO()
    frame.to_excel(buf, sheet_name="Data", index=False, engine="openpyxl")
    return shared_strings(buf.getvalue())


def shared_strings(data: bytes) -> bytes:
    """The workbook with its inline strings (as openpyxl writes them) moved to a shared-strings
    part, as Excel stores text: the part whose damage the campaign tries."""
    table: dict[bytes, int] = {}

    def cell(m: re.Match) -> bytes:
        index = table.setdefault(m.group(2), len(table))
        return m.group(1) + b' t="s"><v>%d</v></c>' % index

    def edit(name: str, raw: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return re.sub(rb'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is><t[^>]*>(.*?)</t>'
                          rb"</is></c>", cell, raw, flags=re.S)
        if name == "[Content_Types].xml":
            return raw.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                               b'ContentType="application/vnd.openxmlformats-officedocument.'
                               b'spreadsheetml.sharedStrings+xml"/></Types>')
        if name == "xl/_rels/workbook.xml.rels":
            return raw.replace(b"</Relationships>", b'<Relationship Id="rIdSS" Type="http://'
                               b"schemas.openxmlformats.org/officeDocument/2006/relationships/"
                               b'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        return raw

    out = rezip(data, edit)
    sst = b"".join(b"<si><t xml:space=\"preserve\">%s</t></si>" % t for t in table)
    buf = io.BytesIO(out)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns='
                   b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
                   b'uniqueCount="%d">%s</sst>' % (len(table), len(table), sst))
    return buf.getvalue()


def stats_bytes(frame) -> tuple[bytes, bytes]:
    import tempfile

    import pyreadstat

    frame = frame.apply(lambda c: c.fillna("").astype(str) if c.dtype == object else c)
    with tempfile.TemporaryDirectory() as tmp:
        pyreadstat.write_sav(frame, f"{tmp}/a.sav")
        pyreadstat.write_dta(frame, f"{tmp}/a.dta")
        return Path(f"{tmp}/a.sav").read_bytes(), Path(f"{tmp}/a.dta").read_bytes()


def flip(data: bytes, rng: random.Random, k: int) -> bytes:
    b = bytearray(data)  # k bytes changed
    for _ in range(k):
        i = rng.randrange(len(b))
        b[i] ^= rng.randrange(1, 256)
    return bytes(b)


def cut(data: bytes, rng: random.Random) -> bytes:
    return data[:max(1, int(len(data) * rng.uniform(0.05, 0.98)))]


def zero_block(data: bytes, rng: random.Random) -> bytes:
    n = rng.randrange(16, 1024)
    i = rng.randrange(max(1, len(data) - n))
    return data[:i] + b"\0" * min(n, len(data) - i) + data[i + n:]


def byte_cases(name: str, data: bytes, rng: random.Random, per: int, mapping: str) -> list[Case]:
    stem, ext = name.rsplit(".", 1)
    out = []
    for i in range(per):
        out.append(Case(f"bytes-{ext}", f"{stem}-flip{i}.{ext}",
                        flip(data, rng, rng.choice([1, 3, 10, 50])), mapping))
        out.append(Case(f"bytes-{ext}", f"{stem}-cut{i}.{ext}", cut(data, rng), mapping))
        out.append(Case(f"bytes-{ext}", f"{stem}-zero{i}.{ext}", zero_block(data, rng), mapping))
    return out


def rezip(data: bytes, edit) -> bytes:
    """The workbook with ``edit(name, bytes) -> bytes | None`` applied to each part (None: the
    part left out)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            got = edit(info.filename, src.read(info.filename))
            if got is not None:
                dst.writestr(info.filename, got)
    return buf.getvalue()


def xlsx_cases(data: bytes, rng: random.Random, per: int) -> list[Case]:
    sheet, strings = "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"
    out: list[Case] = []

    def case(tag: str, edit) -> None:
        out.append(Case("xlsx-parts", f"demo-{tag}.xlsx", rezip(data, edit)))

    for i in range(per):
        frac, seed = rng.uniform(0.1, 0.95), rng.random()
        case(f"sheetcut{i}", lambda n, b, f=frac: b[:int(len(b) * f)] if n == sheet else b)
        case(f"sheetflip{i}", lambda n, b, s=seed: flip(b, random.Random(s), 5)
             if n == sheet else b)
        case(f"stringscut{i}", lambda n, b, f=frac: b[:int(len(b) * f)] if n == strings else b)
        big = rng.choice([10**4, 10**6, 2**31, 2**40])
        case(f"sstrange{i}", lambda n, b, v=big: re.sub(
            rb'(t="s"[^>]*><v>)\d+', lambda m: m.group(1) + str(v).encode(), b, count=40)
            if n == sheet else b)
    case("nostrings", lambda n, b: None if n == strings else b)
    case("nosheet", lambda n, b: None if n == sheet else b)
    case("noworkbook", lambda n, b: None if n == "xl/workbook.xml" else b)
    case("norels", lambda n, b: None if n.endswith(".rels") else b)
    case("dimension", lambda n, b: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref='
                                          b'"A1:XFD1048576"', b) if n == sheet else b)
    case("farcell", lambda n, b: b.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576">'
                                           b"<v>1</v></c></row></sheetData>") if n == sheet else b)
    case("manyrows", lambda n, b: b.replace(b"</sheetData>", b"".join(
        b'<row r="%d"/>' % r for r in range(400, 200_000, 3)) + b"</sheetData>")
        if n == sheet else b)
    case("entity", lambda n, b: b.replace(b"<sst", b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                                          b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst', 1)
         if n == strings else b)
    case("badutf8", lambda n, b: b.replace(b"Oslo", b"Os\xff\xfe", 3) if n == strings else b)
    case("inlinestr", lambda n, b: b.replace(b'<v>', b'<is><t>', 5) if n == sheet else b)
    return out


def csv_cases(base: Bases, rng: random.Random) -> list[Case]:
    text = base.csv.decode("utf-8")
    lines = text.split("\r\n")
    header, body = lines[0], [line for line in lines[1:] if line]
    out: list[Case] = []

    def case(tag: str, data: bytes | str, enc: str = "utf-8", column: str | None = None) -> None:
        raw = data if isinstance(data, bytes) else data.encode(enc)
        out.append(Case("csv-quirks", f"demo-{tag}.csv", raw, column=column))

    for i in range(3):  # a line break typed inside an unquoted answer
        rows = list(body)
        k = rng.randrange(len(rows))
        fields = rows[k].split(",")
        j = rng.choice([1, 2, 9, 15])
        fields[j] = fields[j][:2] + rng.choice(["\n", "\r\n", "\r"]) + fields[j][2:]
        rows[k] = ",".join(fields)
        case(f"newline{i}", "\r\n".join([header] + rows) + "\r\n")
    semi = [r.replace(",", ";") if i % 2 else r for i, r in enumerate(body)]
    case("mixeddelim", "\r\n".join([header] + semi) + "\r\n")
    case("tailsemi", "\r\n".join([header] + body[:-40] + [r.replace(",", ";") for r in body[-40:]]))
    case("bom", b"\xef\xbb\xbf" + base.csv)
    case("utf16le-bom", "\ufeff" + text, "utf-16-le")
    case("utf16be-bom", "\ufeff" + text, "utf-16-be")
    case("utf16le", text, "utf-16-le")
    case("utf32", text, "utf-32")
    case("cp1252", text.replace("Rest of Norway", "Sør-Norge"), "cp1252")
    case("nul", b"".join(c + (b"\0" if rng.random() < 0.01 else b"") for c in
                         (base.csv[i:i + 1] for i in range(len(base.csv)))))
    for i in range(4):  # cut off inside a line, before its last field
        last = rng.randrange(len(body) // 5, len(body))
        keep = body[last].rsplit(",", rng.randrange(2, 8))[0]
        case(f"cutline{i}", "\r\n".join([header] + body[:last] + [keep]))
    case("longfield", "\r\n".join([header] + [body[0].replace("Oslo", "O" * 3_000_000, 1)]
                                  + body[1:]))
    case("widerow", "\r\n".join([header] + body[:5] + [body[5] + ",x" * 50_000] + body[6:]))
    case("openquote", "\r\n".join([header] + body[:30] + ['"' + body[30]] + body[31:]))
    case("cronly", "\r".join([header] + body) + "\r")
    case("mixedends", "".join(r + rng.choice(["\r\n", "\n", "\r"]) for r in [header] + body))
    case("blanklines", "\r\n".join([header] + [r if rng.random() > 0.1 else "" for r in body]))
    case("headeronly", header + "\r\n")
    case("dupheader", header.replace("Q5 Number of employees", "Q1 City region") + "\r\n"
         + "\r\n".join(body))
    case("trailingcomma", "\r\n".join(r + "," for r in [header] + body))
    case("controlchars", "\r\n".join([header] + [r.replace("Yes", "Y\x07es", 1) for r in body]),
         column="Q10 New or significantly improved products or services in the last 3 years?")
    return out


def value_cases(base: Bases, rng: random.Random) -> list[Case]:
    import numpy as np

    emp, uni, rd = ("Q5 Number of employees", "Q6 Employees with university education (%)",
                    "Q7 R&D expenditure (% of turnover)")
    region = "Q1 City region"
    out: list[Case] = []

    def case(tag: str, edit, column: str, fmt: str = "csv", rows=None) -> None:
        frame = (rows if rows is not None else base.frame).copy()
        frame = edit(frame)
        data = xlsx_bytes(frame) if fmt == "xlsx" else frame.to_csv(index=False).encode("utf-8")
        out.append(Case("values", f"demo-{tag}.{fmt}", data, column=column, slow_ok=120.0))

    def at(frame, column, values):
        frame[column] = frame[column].astype(object)
        for i, v in zip(rng.sample(range(len(frame)), len(values)), values, strict=True):
            frame.iloc[i, frame.columns.get_loc(column)] = v
        return frame

    for fmt in ("csv", "xlsx"):
        case(f"weights0-{fmt}", lambda f: f.assign(Weight=0), "Weight", fmt)
        case(f"weightsblank-{fmt}", lambda f: f.assign(Weight=np.nan), "Weight", fmt)
        case(f"emp1e308-{fmt}", lambda f: at(f, emp, [1e308]), emp, fmt)
        case(f"empneg-{fmt}", lambda f: at(f, emp, [-5, -12]), emp, fmt)
        case(f"uni250-{fmt}", lambda f: at(f, uni, [250]), uni, fmt)
        case(f"rdneg-{fmt}", lambda f: at(f, rd, [-3]), rd, fmt)
        case(f"bergenctl-{fmt}", lambda f: at(f, region, ["Bergen\x01", "Bergen\x1f"]), region, fmt)
        case(f"bergenzw-{fmt}", lambda f: at(f, region, ["Bergen\u200b", "\ufeffBergen"]), region,
             fmt)
    case("empnantext", lambda f: at(f, emp, ["NaN", "nan"]), emp)
    case("empinf", lambda f: at(f, emp, ["inf", "-Infinity"]), emp)
    case("weightinf", lambda f: at(f, "Weight", ["inf"]), "Weight")
    case("weightneg", lambda f: at(f, "Weight", [-1.0]), "Weight")
    case("weightnan", lambda f: f.assign(Weight="NaN"), "Weight")
    case("emphuge", lambda f: at(f, emp, [4e9]), emp)
    case("unihuge", lambda f: at(f, uni, [1e12]), uni)
    case("sectorzwj", lambda f: at(f, "Q2 Industry sector", ["Manu\u200dfacturing"]),
         "Q2 Industry sector")
    case("regionsoft", lambda f: at(f, region, ["Ber\u00adgen", "Oslo\u200e"]), region)
    for n in (5_000, 12_000, 20_000):  # an id column mapped as region
        big = base.frame.sample(n, replace=True, random_state=rng.randrange(2**31))
        case(f"idregion{n}", lambda f: f.assign(**{region: [f"F{i:06d}" for i in range(len(f))]}),
             region, rows=big.reset_index(drop=True))
    return out


def corpus(seed: int = 17, per: int = 8, rows: int = 300) -> tuple[Bases, list[Case]]:
    """Every case; ``per`` damaged copies of each base file per kind of byte damage."""
    rng = random.Random(seed)
    base = Bases(rows, rng)
    cases: list[Case] = []
    for name, data, mapping in (("demo.xlsx", base.xlsx, "demo"), ("demo.csv", base.csv, "demo"),
                                ("demo.sav", base.sav, "short"), ("demo.dta", base.dta, "short")):
        cases += byte_cases(name, data, rng, per, mapping)
    for name, data in base.real.items():
        cases += byte_cases(name.replace("_", "-"), data, rng, max(1, per // 4), "demo")
    return base, cases + xlsx_cases(base.xlsx, rng, max(1, per // 2)) + csv_cases(
        base, rng) + value_cases(base, rng)
