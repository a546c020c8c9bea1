"""The demo survey written in the five styles agencies receive, each with its own mapping file.

Why: the same 2,002 answers must give the same results however the export was made. Each writer
takes the generated DataFrame (resources/demo/generate_demo.py) and a folder, and returns the data
file and the mapping file it wrote there:

- plain: one English header row, .xlsx (what the app ships);
- norwegian: a hidden first sheet, title lines above the header, Norwegian answers ("I regionen",
  "Ja"/"Nei"/"Vet ikke"), numbers as text with decimal commas and no-break-space thousands;
- two_header_rows: a merged question cell above its sub-questions (two header rows);
- spss: .sav with numeric codes, value labels, variable labels and user-missing codes;
- csv_latin1: semicolon-separated cp1252 text with æøå in region and sector names.

The Norwegian styles name regions and sectors in Norwegian, so their results carry Norwegian keys;
`to_english` translates a results document back for comparison with the plain style's.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pandas as pd

from clusterdesk.paths import resource

STYLES = ("plain", "norwegian", "two_header_rows", "spss", "csv_latin1")
TRANSLATED = ("norwegian", "csv_latin1")  # styles whose category labels are Norwegian


@functools.cache
def generator() -> ModuleType:
    """resources/demo/generate_demo.py as a module (it is a script, not part of the package)."""
    path = resource("demo", "generate_demo.py")
    spec = importlib.util.spec_from_file_location("clusterdesk_generate_demo", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _demo_frame(n_firms: int) -> pd.DataFrame:
    return generator().generate(n_firms)


def demo_frame(n_firms: int = 2002) -> pd.DataFrame:
    """The generated demo answers (a copy: writers and tests may not change the cached one)."""
    return _demo_frame(n_firms).copy()


# ---- Norwegian wording ------------------------------------------------------------------------

NORWEGIAN = {  # English answer or category -> Norwegian, as a Norwegian export would show it
    "In the region": "I regionen", "Elsewhere in Norway": "Ellers i Norge",
    "Abroad": "I utlandet", "Don't know": "Vet ikke", "Not relevant": "Ikke relevant",
    "Yes": "Ja", "No": "Nei",
    "Oslo": "Oslo", "Bergen": "Bergen", "Stavanger": "Stavanger", "Trondheim": "Trondheim",
    "Rest of Norway": "Øvrige Norge",
    "Mining/quarrying": "Bergverksdrift og utvinning av råstoffer", "Manufacturing": "Industri",
    "Elec./gas & water supply": "Kraft- og vannforsyning",
    "Construction": "Bygge- og anleggsvirksomhet", "Wholesale/retail trade": "Varehandel",
    "Transport and storage": "Transport og lagring",
    "Food service and accommodation": "Hotell- og restaurantnæringen",
    "Information and communication": "Informasjon og kommunikasjon",
    "Financial services": "Finansiering og forsikring", "Other services": "Øvrig tjenesteyting",
    "Parent": "Morselskap", "Subsidiary": "Datterselskap", "Independent": "Frittstående",
    "Norwegian": "Norsk", "Partly foreign": "Delvis utenlandsk", "Fully foreign": "Helt utenlandsk",
    "Primary school": "Grunnskole", "Upper secondary": "Videregående skole",
    "Bachelor": "Bachelorgrad", "Master or higher": "Mastergrad eller høyere",
}
ENGLISH = {no: en for en, no in NORWEGIAN.items()}

NORWEGIAN_HEADERS = {
    "firm_id": "Løpenummer",
    "region": "Storbyregion",
    "sector": "Næring",
    "dependence": "Konserntilknytning",
    "ownership": "Eierskap",
    "employees": "Antall ansatte",
    "pct_university": "Andel ansatte med høyere utdanning (%)",
    "pct_rd": "FoU-utgifter (% av omsetning)",
    "manager_education": "Daglig leders høyeste fullførte utdanning",
    "customers": "Hvor er de mest krevende kundene?",
    "suppliers": "Hvor er de mest avanserte leverandørene?",
    "competitors": "Hvor er de tøffeste konkurrentene?",
    "labour": "Hvor er de best kvalifiserte arbeidstakerne?",
    "research": "Hvor er de mest relevante forskningsmiljøene?",
    "capital": "Hvor henter bedriften kapital?",
    "product": "Nye eller vesentlig forbedrede varer/tjenester siste tre år?",
    "product_new_to_market": "Var noen av disse nye for markedet?",
    "process": "Nye eller vesentlig forbedrede prosesser siste tre år?",
    "process_new_to_industry": "Var noen av disse nye for bransjen?",
}


def _number_text(value: object, thousands: bool) -> str:
    """A number as a Norwegian spreadsheet shows it: decimal comma, no-break-space thousands."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    f = float(value)
    if f.is_integer():
        text = f"{int(f):,}".replace(",", "\u00a0") if thousands else str(int(f))
    else:
        text = repr(f)
    return text.replace(".", ",")


def _norwegian_frame(df: pd.DataFrame, thousands: bool) -> pd.DataFrame:
    """Every cell as Norwegian text, under Norwegian headers."""
    gd = generator()
    out = {}
    for role, header in gd.HEADERS.items():
        col = df[header]
        if role in ("firm_id", "employees", "pct_university", "pct_rd"):
            grouped = thousands and role != "firm_id"
            out[NORWEGIAN_HEADERS[role]] = [_number_text(v, grouped) for v in col]
        else:
            out[NORWEGIAN_HEADERS[role]] = [
                "" if v is None or (isinstance(v, float) and math.isnan(v)) else NORWEGIAN[v]
                for v in col]
    return pd.DataFrame(out, dtype=object)


def _norwegian_mapping(columns: dict[str, str], source: dict) -> dict:
    gd = generator()
    doc = gd.mapping_document()
    doc["source"] = source
    doc["columns"] = columns
    doc["codes"] = {
        "location": {"regional": ["I regionen"], "national": ["Ellers i Norge"],
                     "international": ["I utlandet"], "missing": ["Vet ikke", "Ikke relevant"]},
        "yes_no": {"yes": ["Ja"], "no": ["Nei"], "missing": ["Vet ikke"]},
        "foreign": [NORWEGIAN[v] for v in ("Partly foreign", "Fully foreign")],
        "manager_education": [NORWEGIAN[v] for v in gd.EDUCATION],
        "by_role": {},
    }
    doc["order"] = {role: [NORWEGIAN[v] for v in values] for role, values in doc["order"].items()}
    return doc


def _write_mapping(doc: dict, path: Path) -> Path:
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def _cell(value: object) -> object:
    """numpy scalars and NaN -> what openpyxl writes (None = empty cell)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


# ---- the five writers -------------------------------------------------------------------------

def write_plain(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """(a) One English header row, exactly as the shipped demo workbook."""
    gd = generator()
    data = folder / "plain.xlsx"
    gd.write_xlsx(df, data)
    return data, _write_mapping(gd.mapping_document(), folder / "plain.clusterdesk.json")


def write_norwegian(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """(b) Hidden first sheet, two title lines and a blank row above the header (row 4),
    Norwegian answers, every number stored as text with a decimal comma."""
    from openpyxl import Workbook

    frame = _norwegian_frame(df, thousands=True)
    wb = Workbook()
    info = wb.active
    info.title = "Om undersøkelsen"
    info.append(["Eksport fra spørreskjemaverktøyet. Ikke endre dette arket."])
    info.sheet_state = "hidden"
    ws = wb.create_sheet("Svar")
    ws.append(["Spørreundersøkelse om klynger og innovasjon 2013"])
    ws.append([f"Eksportert 24.11.2013, {len(frame)} svar"])
    ws.append([])
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        ws.append([v if v != "" else None for v in row])
    data = folder / "norsk_eksport.xlsx"
    wb.save(data)
    columns = {role: NORWEGIAN_HEADERS[role] for role in generator().HEADERS}
    doc = _norwegian_mapping(columns, {"sheet": "Svar", "header_row": 4, "header_rows": 1})
    return data, _write_mapping(doc, folder / "norsk_eksport.clusterdesk.json")


GROUPS = (  # upper header cell (merged) over its sub-questions, in file order
    ("About the firm", {
        "firm_id": "Firm ID", "region": "City region", "sector": "Industry sector",
        "dependence": "Position in a group", "ownership": "Ownership",
        "employees": "Number of employees", "pct_university": "University educated (%)",
        "pct_rd": "R&D expenditure (% of turnover)",
        "manager_education": "Education of the chief executive"}),
    ("Where are the following located?", {
        "customers": "Demanding customers", "suppliers": "Advanced suppliers",
        "competitors": "Toughest competitors", "labour": "Most qualified employees",
        "research": "Most relevant research institutions", "capital": "Access to capital"}),
    ("Innovation in the last three years", {
        "product": "New or improved products", "product_new_to_market": "New to the market",
        "process": "New or improved processes", "process_new_to_industry": "New to the industry"}),
)


def write_two_header_rows(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """(c) Row 1: a question merged across its sub-questions; row 2: the sub-questions."""
    from openpyxl import Workbook

    gd = generator()
    wb = Workbook()
    ws = wb.active
    ws.title = "Responses"
    top, sub, roles = [], [], []
    for question, parts in GROUPS:
        start = len(top) + 1
        for i, (role, text) in enumerate(parts.items()):
            top.append(question if i == 0 else None)
            sub.append(text)
            roles.append(role)
        ws.merge_cells(start_row=1, start_column=start, end_row=1, end_column=len(top))
    for j, value in enumerate(top, start=1):
        if value is not None:
            ws.cell(row=1, column=j, value=value)
    for j, value in enumerate(sub, start=1):
        ws.cell(row=2, column=j, value=value)
    for row in df[[gd.HEADERS[r] for r in roles]].itertuples(index=False):
        ws.append([_cell(v) for v in row])
    data = folder / "two_header_rows.xlsx"
    wb.save(data)
    doc = gd.mapping_document()
    doc["source"] = {"sheet": 0, "header_row": 1, "header_rows": 2}
    doc["columns"] = {role: f"{question} - {text}"
                      for question, parts in GROUPS for role, text in parts.items()}
    return data, _write_mapping(doc, folder / "two_header_rows.clusterdesk.json")


SPSS_NAMES = {
    "firm_id": "id", "region": "region", "sector": "nace", "dependence": "konsern",
    "ownership": "eier", "employees": "ansatte", "pct_university": "hoyutd", "pct_rd": "fou",
    "manager_education": "ledutd", "customers": "q9a", "suppliers": "q9b", "competitors": "q9c",
    "labour": "q9d", "research": "q9e", "capital": "q9f", "product": "q10",
    "product_new_to_market": "q10b", "process": "q11", "process_new_to_industry": "q11b",
}


def _spss_labels() -> dict[str, dict[float, str]]:
    """Value labels per role: categories numbered 1.. in the mapping's order; answers coded as
    SPSS users do (1 region, 2 Norway, 3 abroad; 1 yes, 2 no; 8 and 9 user-missing)."""
    gd = generator()
    numbered = {
        "region": list(gd.REGIONS), "sector": list(gd.SECTORS),
        "dependence": list(gd.DEPENDENCE), "ownership": list(gd.OWNERSHIP),
        "manager_education": list(gd.EDUCATION),
    }
    labels = {role: {float(i): v for i, v in enumerate(values, start=1)}
              for role, values in numbered.items()}
    location = {1.0: gd.REGIONAL, 2.0: gd.NATIONAL, 3.0: gd.ABROAD,
                8.0: gd.NOT_RELEVANT, 9.0: gd.DONT_KNOW}
    yes_no = {1.0: gd.YES, 2.0: gd.NO, 9.0: gd.DONT_KNOW}
    labels |= {role: location for role in gd.FACTOR_KEYS}
    labels |= {role: yes_no for role in gd.OUTCOME_KEYS}
    return labels


def write_spss(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """(d) SPSS .sav: every answer a numeric code with a value label; 8/9 declared user-missing."""
    import pyreadstat

    gd = generator()
    labels = _spss_labels()
    out = {}
    for role, header in gd.HEADERS.items():
        col = df[header]
        if role in labels:
            code = {text: value for value, text in labels[role].items()}
            out[SPSS_NAMES[role]] = [float("nan") if _cell(v) is None else code[v] for v in col]
        else:
            out[SPSS_NAMES[role]] = pd.to_numeric(col).astype(float)
    frame = pd.DataFrame(out)
    missing = {SPSS_NAMES[r]: [8.0, 9.0] for r in gd.FACTOR_KEYS}
    missing |= {SPSS_NAMES[r]: [9.0] for r in gd.OUTCOME_KEYS}
    data = folder / "survey.sav"
    pyreadstat.write_sav(
        frame, str(data),
        column_labels={SPSS_NAMES[r]: h for r, h in gd.HEADERS.items()},
        variable_value_labels={SPSS_NAMES[r]: v for r, v in labels.items()},
        missing_ranges=missing)
    doc = gd.mapping_document()
    doc["source"] = {"sheet": 0, "header_row": 1, "header_rows": 1}
    doc["columns"] = {role: SPSS_NAMES[role] for role in gd.HEADERS}
    return data, _write_mapping(doc, folder / "survey.clusterdesk.json")


def write_csv_latin1(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """(e) What Norwegian Excel saves as CSV: ';' between fields, decimal commas, cp1252, CRLF."""
    frame = _norwegian_frame(df, thousands=False)
    data = folder / "eksport_latin1.csv"
    frame.to_csv(data, sep=";", index=False, encoding="cp1252", lineterminator="\r\n")
    columns = {role: NORWEGIAN_HEADERS[role] for role in generator().HEADERS}
    doc = _norwegian_mapping(columns, {"sheet": 0, "header_row": 1, "header_rows": 1})
    return data, _write_mapping(doc, folder / "eksport_latin1.clusterdesk.json")


WRITERS: dict[str, Callable[[pd.DataFrame, Path], tuple[Path, Path]]] = {
    "plain": write_plain,
    "norwegian": write_norwegian,
    "two_header_rows": write_two_header_rows,
    "spss": write_spss,
    "csv_latin1": write_csv_latin1,
}


def write_style(style: str, folder: Path, df: pd.DataFrame | None = None) -> tuple[Path, Path]:
    """Write the demo (or df) in one style into folder; returns (data file, mapping file)."""
    folder.mkdir(parents=True, exist_ok=True)
    return WRITERS[style](demo_frame() if df is None else df, folder)


# ---- comparing results documents ---------------------------------------------------------------

_BY_LENGTH = sorted(ENGLISH, key=len, reverse=True)
_WORD = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in _BY_LENGTH if ENGLISH[n] != n))


def _english_text(text: str) -> str:
    return _WORD.sub(lambda m: ENGLISH[m.group(0)], text)


def to_english(document: object) -> object:
    """A results document with the Norwegian category names (keys, columns, term keys such as
    'sector[Industri]', notes) put back into English; numbers untouched."""
    if isinstance(document, dict):
        return {_english_text(k) if isinstance(k, str) else k: to_english(v)
                for k, v in document.items()}
    if isinstance(document, list):
        return [to_english(v) for v in document]
    if isinstance(document, str):
        return _english_text(document)
    return copy.deepcopy(document)
