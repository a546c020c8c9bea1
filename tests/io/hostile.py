"""A generator of bad, odd and hostile survey files, one builder per kind (issue 7).

Each kind says what ClusterDesk must do with it: import it ("ok", with the warning it must give)
or refuse it ("refused", with the words the message must contain). ``build_all(folder)`` writes
every kind and returns {name: (path, Kind)}.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.io import xlsxkit as k

ROWS = [["Firm", "Region", "Product"], ["A", "Oslo", "Yes"], ["B", "Bergen", "No"]]


@dataclass(frozen=True)
class Kind:
    name: str
    filename: str
    build: Callable[[Path], None]
    expect: str  # "ok" or "refused"
    match: str  # a phrase the warning (ok) or the message (refused) contains; "" = none needed
    rows: int | None = None  # answer rows an "ok" import must have
    columns: int | None = None


def _text(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _xlsx(**kw) -> Callable[[Path], None]:
    return lambda p: k.write_xlsx(p, **kw)


def _data_sheet(body: str, **kw) -> list[tuple[str, str]]:
    return [("Data", k.sheet_xml(body, **kw))]


def _valid_xlsx_bytes(tmp: Path) -> bytes:
    k.write_xlsx(tmp, _data_sheet(k.rows_xml(ROWS * 40)))
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def _truncated_xlsx(p: Path) -> None:
    data = _valid_xlsx_bytes(p.with_suffix(".tmp"))
    p.write_bytes(data[: len(data) // 2])


def _bomb(p: Path) -> None:
    """A real zip bomb: one sheet part of 300 MB of spaces in about 300 kB."""
    k.write_xlsx(p)
    with zipfile.ZipFile(p, "a") as zf:
        k.zip_member_raw(zf, "xl/worksheets/padding.xml", b" " * (300 * 2**20))


def _declared_huge(p: Path) -> None:
    k.write_xlsx(p)
    k.forge_sizes(p, "xl/worksheets/sheet1.xml", 0xFFFFFFF0)


def _lying_small(p: Path) -> None:
    """The header claims 100 bytes, the stream holds far more: the CRC gives it away."""
    k.write_xlsx(p, _data_sheet(k.rows_xml(ROWS * 500)))
    k.forge_sizes(p, "xl/worksheets/sheet1.xml", 100)


def _many_members(p: Path) -> None:
    k.write_xlsx(p, extra={f"customXml/item{i}.xml": b"<a/>" for i in range(10_050)})


def _sst_huge(p: Path) -> None:
    body = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    k.write_xlsx(p, _data_sheet(body), shared=k.shared_strings(["Firm", "Region"], 2**31))


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
           '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>')


def _laughs_sheet(p: Path) -> None:
    k.write_xlsx(p, [("Data", k.sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row>', prolog=_LAUGHS))])


def _laughs_strings(p: Path) -> None:
    shared = ('<?xml version="1.0"?>' + _LAUGHS + f'<sst xmlns="{k.MAIN}" count="1" '
              'uniqueCount="1"><si><t>&lol4;</t></si></sst>')
    body = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    k.write_xlsx(p, _data_sheet(body), shared=shared)


def _xxe(p: Path) -> None:
    k.write_xlsx(p, workbook_prolog='<!DOCTYPE workbook [<!ENTITY xxe SYSTEM '
                                    '"file:///etc/passwd">]>')


def _wide(p: Path) -> None:
    header = [f"Q{j}" for j in range(1, 2001)]
    k.write_xlsx(p, _data_sheet(k.rows_xml([header, list(range(2000)), list(range(2000))])))


def _fifty_sheets(p: Path) -> None:
    sheets = [(f"Sheet {i}", k.sheet_xml(k.rows_xml([["Other"], [i]]))) for i in range(1, 50)]
    k.write_xlsx(p, sheets + [("Survey", k.sheet_xml(k.rows_xml(ROWS)))],
                 hidden={f"Sheet {i}" for i in range(1, 50)})


def _formatted_empty(p: Path) -> None:
    empty = "".join(f'<row r="{i}"><c r="A{i}" s="1"/><c r="B{i}" s="1"/><c r="C{i}" s="1"/>'
                    "</row>" for i in range(4, 200_004))
    k.write_xlsx(p, _data_sheet(k.rows_xml(ROWS) + empty, dimension="A1:C200003"))


def _prefixed(p: Path) -> None:
    """SpreadsheetML with an x: prefix: the fast scan cannot see cells, the child reads it."""
    body = k.rows_xml(ROWS).replace("<row", "<x:row").replace("</row>", "</x:row>") \
        .replace("<c ", "<x:c ").replace("</c>", "</x:c>").replace("<is>", "<x:is>") \
        .replace("</is>", "</x:is>").replace("<t>", "<x:t>").replace("</t>", "</x:t>") \
        .replace("<v>", "<x:v>").replace("</v>", "</x:v>")
    xml = (f'<?xml version="1.0"?><x:worksheet xmlns:x="{k.MAIN}"><x:sheetData>{body}'
           "</x:sheetData></x:worksheet>")
    k.write_xlsx(p, [("Data", xml)])


def _no_refs(p: Path) -> None:
    body = k.rows_xml(ROWS).replace(' r="A', ' x="A').replace(' r="B', ' x="B') \
        .replace(' r="C', ' x="C')
    k.write_xlsx(p, _data_sheet(body))


def _broken_xml(p: Path) -> None:
    k.write_xlsx(p, [("Data", k.sheet_xml(k.rows_xml(ROWS))[:-40])])


def _no_workbook(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("xl/worksheets/sheet1.xml", k.sheet_xml(k.rows_xml(ROWS)))


def _errors(p: Path) -> None:
    body = k.rows_xml(ROWS[:1]) + ('<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c>'
                                   '<c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="e"><v>#DIV/0!</v>'
                                   '</c></row>')
    k.write_xlsx(p, _data_sheet(body))


def _formulas(p: Path) -> None:
    body = k.rows_xml(ROWS[:1]) + ('<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c>'
                                   '<c r="B2"><f>B3</f></c><c r="C2"><f>1+1</f><v>2</v></c></row>')
    k.write_xlsx(p, _data_sheet(body))


def _dates1904(p: Path) -> None:
    k.write_xlsx(p, _data_sheet(k.rows_xml([["Firm", "Employees"], ["A", 45000]])),
                 workbook_pr='date1904="1"')


def _numbers_as_text(p: Path) -> None:
    rows = [["Firm", "Employees"]] + [[f"F{i}", i] for i in range(20)] + \
        [["X", "12"], ["Y", "n/a"]]
    k.write_xlsx(p, _data_sheet(k.rows_xml(rows)))


def _excel_ok(rows) -> Callable[[Path], None]:
    return lambda p: k.write_xlsx(p, _data_sheet(k.rows_xml(rows)))


def _sav(p: Path) -> None:
    import pandas as pd
    import pyreadstat

    pyreadstat.write_sav(pd.DataFrame({"region": [1.0, 2.0, 9.0]}), str(p),
                         variable_value_labels={"region": {1.0: "Oslo", 2.0: "Bergen"}},
                         missing_ranges={"region": [9.0]})


def _truncated_sav(p: Path) -> None:
    _sav(p)
    p.write_bytes(p.read_bytes()[:300])


def _sav_renamed(p: Path) -> None:
    tmp = p.with_suffix(".sav")
    _sav(tmp)
    p.write_bytes(tmp.read_bytes())
    tmp.unlink()


def _xlsx_renamed(p: Path) -> None:
    p.write_bytes(_valid_xlsx_bytes(p.with_suffix(".tmp.xlsx")))


def _docx(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")


def _plain_zip(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("survey.csv", "Firm,Region\nA,Oslo\n")


def _far_cell(p: Path) -> None:
    body = k.rows_xml(ROWS) + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    k.write_xlsx(p, _data_sheet(body))


def _far_cell_out_of_order(p: Path) -> None:
    """The far cell hides inside row 2, where a row-by-row check would not look for it."""
    body = k.rows_xml(ROWS).replace("</row>", '<c r="XFD1048576"><v>1</v></c></row>', 1)
    k.write_xlsx(p, _data_sheet(body))


def _dimension_lies_small(p: Path) -> None:
    """Declares A1:C3 but a far cell sits in row 2: the row bound from the guess must not hold."""
    body = k.rows_xml(ROWS).replace("</row>", '<c r="XFD1048576"><v>1</v></c></row>', 1)
    k.write_xlsx(p, _data_sheet(body, dimension="A1:C3"))


def _dimension_too_small(p: Path) -> None:
    """Declares A1:C3 but holds 5,000 answers (old exporters): read them all."""
    rows = [ROWS[0]] + [[f"F{i}", "Oslo", "Yes"] for i in range(5000)]
    k.write_xlsx(p, _data_sheet(k.rows_xml(rows), dimension="A1:C3"))


def _far_cell_disguised(how: str) -> Callable[[Path], None]:
    """A far cell written so that simple byte patterns miss it; python-calamine aborts on each
    (measured), so only the contained child may read these."""
    cells = {
        "tab": '<c\tr="XFD1048576"><v>1</v></c>',
        "prefix": f'<x:c xmlns:x="{k.MAIN}" r="XFD1048576"><x:v>1</x:v></x:c>',
        "duplicate_r": '<c r="A4" r="XFD1048576"><v>1</v></c>',
    }
    return lambda p: k.write_xlsx(p, _data_sheet(
        k.rows_xml(ROWS) + f'<row r="4">{cells[how]}</row>'))


def _long_column(p: Path) -> None:
    body = k.rows_xml(ROWS) + '<row r="300000"><c r="A300000"><v>1</v></c></row>'
    k.write_xlsx(p, _data_sheet(body))


def _declared_dimension(p: Path) -> None:
    k.write_xlsx(p, _data_sheet(k.rows_xml(ROWS), dimension="A1:XFD1048576"))


def _fake_xlsb(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.bin", b"\x83\x01\x00" + b"\xff" * 64)


def _fake_xls(p: Path) -> None:
    p.write_bytes(k.cfb(["Workbook", "SummaryInformation"], 8192))


def _encrypted(p: Path) -> None:
    p.write_bytes(k.cfb(["EncryptionInfo", "EncryptedPackage", "DataSpaces"], 8192))


def _old_doc(p: Path) -> None:
    p.write_bytes(k.cfb(["WordDocument", "1Table"], 8192))


def _ods_ok(p: Path) -> None:
    k.ods(p, ROWS)


def _ods_repeat_bomb(p: Path) -> None:
    k.ods(p, ROWS, repeated_rows=1_048_000)


def _random_binary(p: Path) -> None:
    import random

    rnd = random.Random(7)
    p.write_bytes(bytes([0x00, 0x01, 0x02, 0x03]) + bytes(rnd.randrange(256) for _ in range(4000)))


def _sav_header_only(p: Path) -> None:
    p.write_bytes(b"$FL2@(#) SPSS DATA FILE" + b"\x00" * 20)


def _csv_huge_field(p: Path) -> None:
    p.write_bytes(b"Firm,Comment\nA," + b"x" * (8 * 2**20) + b"\nB,short\n")


def _stata_truncated(p: Path) -> None:
    p.write_bytes(b"<stata_dta><header><release>118</release>")


def _strict(p: Path) -> None:
    """Strict Open XML (Excel's 'Strict' save option): other namespaces, same structure."""
    k.write_xlsx(p, _data_sheet(k.rows_xml(ROWS)))
    with zipfile.ZipFile(p) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    swap = {k.MAIN.encode(): b"http://purl.oclc.org/ooxml/spreadsheetml/main",
            k.REL.encode(): b"http://purl.oclc.org/ooxml/officeDocument/relationships"}
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items.items():
            for old, new in swap.items():
                data = data.replace(old, new)
            zf.writestr(name, data)


def _ods_entities(p: Path) -> None:
    k.ods(p, ROWS)
    with zipfile.ZipFile(p) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    items["content.xml"] = items["content.xml"].replace(
        b"?>", b"?>" + _LAUGHS.replace("lolz", "office:document-content").encode(), 1)
    with zipfile.ZipFile(p, "w") as zf:
        for name, data in items.items():
            zf.writestr(name, data)


def _missing_sheet_part(p: Path) -> None:
    k.write_xlsx(p)
    with zipfile.ZipFile(p) as zf:
        items = {n: zf.read(n) for n in zf.namelist() if "worksheets/" not in n}
    with zipfile.ZipFile(p, "w") as zf:
        for name, data in items.items():
            zf.writestr(name, data)


KINDS: list[Kind] = [
    # what the file is (issue 7 point 1)
    Kind("zero_bytes_xlsx", "empty.xlsx", _text(b""), "refused", "empty (0 bytes)"),
    Kind("zero_bytes_csv", "empty.csv", _text(b""), "refused", "empty (0 bytes)"),
    Kind("encrypted_ooxml", "locked.xlsx", _encrypted, "refused",
         "the workbook is password-protected; remove the password in Excel and save again"),
    Kind("html_saved_as_xls", "report.xls",
         _text(b"<html><body><table><tr><td>Firm</td></tr></table></body></html>"),
         "refused", "web page (HTML)"),
    Kind("xml_spreadsheet_2003", "old.xls",
         _text(b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
               b'spreadsheet"></Workbook>'), "refused", "XML Spreadsheet 2003"),
    Kind("csv_renamed_xlsx", "survey.xlsx", _text(b"Firm,Region\nA,Oslo\nB,Bergen\n"),
         "ok", "really a text (CSV) file", rows=2, columns=2),
    Kind("xlsx_renamed_csv", "survey.csv", _xlsx_renamed, "ok", "really an Excel .xlsx",
         rows=119, columns=3),
    Kind("sav_renamed_xlsx", "spss.xlsx", _sav_renamed, "ok", "really an SPSS .sav",
         rows=3, columns=1),
    Kind("word_renamed_xlsx", "memo.xlsx", _docx, "refused", "Word document"),
    Kind("old_word_renamed_xls", "memo.xls", _old_doc, "refused", "old Office document"),
    Kind("plain_zip_xlsx", "bundle.xlsx", _plain_zip, "refused", "zip archive"),
    Kind("pdf_renamed_xlsx", "report.xlsx", _text(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
         "refused", "PDF"),
    Kind("random_binary", "noise.xlsx", _random_binary, "refused", "not a format"),
    Kind("fake_xls", "broken.xls", _fake_xls, "refused", "damaged or too large"),
    Kind("broken_xlsb", "binary.xlsb", _fake_xlsb, "refused", "damaged or too large"),
    Kind("ods_ok", "survey.ods", _ods_ok, "ok", "", rows=2, columns=3),
    Kind("xlsm_with_macros", "macro.xlsm",
         lambda p: k.write_xlsx(p, _data_sheet(k.rows_xml(ROWS)), vba=True), "ok", "",
         rows=2, columns=3),
    # broken files
    Kind("truncated_xlsx", "cut.xlsx", _truncated_xlsx, "refused", "damaged"),
    Kind("truncated_sav", "cut.sav", _truncated_sav, "refused", "damaged or incomplete"),
    Kind("sav_header_only", "stub.sav", _sav_header_only, "refused", "damaged or incomplete"),
    Kind("truncated_dta", "cut.dta", _stata_truncated, "refused", "damaged or incomplete"),
    Kind("broken_sheet_xml", "badxml.xlsx", _broken_xml, "refused", "damaged"),
    Kind("no_workbook_part", "parts.xlsx", _no_workbook, "refused", "is missing"),
    Kind("truncated_csv_mid_character", "cut.csv",
         _text("Firm;Region\nA;Tromsø\nB;Bodø".encode()[:-1]), "ok", "not UTF-8", rows=2,
         columns=2),
    # sizes and declarations (issue 7 point 2)
    Kind("zip_bomb", "bomb.xlsx", _bomb, "refused", "zip bomb"),
    Kind("declared_size_huge", "big.xlsx", _declared_huge, "refused", "unpacks to"),
    Kind("declared_size_lies_small", "liar.xlsx", _lying_small, "refused", "damaged"),
    Kind("too_many_members", "parts.xlsx", _many_members, "refused", "parts"),
    Kind("shared_strings_count_2_31", "sst.xlsx", _sst_huge, "refused",
         "declares 2,147,483,648 text values"),
    Kind("cell_at_xfd1048576", "far.xlsx", _far_cell, "refused", "XFD1048576"),
    Kind("far_cell_out_of_order", "far2.xlsx", _far_cell_out_of_order, "refused",
         "XFD1048576"),
    Kind("declared_dimension_huge", "dim.xlsx", _declared_dimension, "ok",
         "says it spans A1:XFD1048576", rows=2, columns=3),
    Kind("dimension_lies_small_far_cell", "far3.xlsx", _dimension_lies_small, "refused",
         "XFD1048576"),
    Kind("far_cell_after_tab", "tab.xlsx", _far_cell_disguised("tab"), "refused",
         "damaged or too large"),
    Kind("far_cell_prefixed", "prefix.xlsx", _far_cell_disguised("prefix"), "refused",
         "damaged or too large"),
    Kind("far_cell_duplicate_reference", "dupref.xlsx", _far_cell_disguised("duplicate_r"),
         "refused", "damaged or too large"),
    Kind("dimension_too_small", "olddim.xlsx", _dimension_too_small, "ok", "", rows=5000,
         columns=3),
    Kind("one_far_row", "tall.xlsx", _long_column, "ok", "", rows=3, columns=3),
    Kind("entity_bomb_sheet", "lol.xlsx", _laughs_sheet, "refused", "XML entities"),
    Kind("entity_bomb_shared_strings", "lol2.xlsx", _laughs_strings, "refused",
         "XML entities"),
    Kind("external_entity_workbook", "xxe.xlsx", _xxe, "refused", "XML entities"),
    Kind("ods_entity_bomb", "lol.ods", _ods_entities, "refused", "XML entities"),
    Kind("strict_open_xml", "strict.xlsx", _strict, "ok", "", rows=2, columns=3),
    Kind("sheet_part_missing", "nosheet.xlsx", _missing_sheet_part, "refused", "holds no cells"),
    Kind("ods_repeated_rows_bomb", "repeat.ods", _ods_repeat_bomb, "refused",
         "damaged or too large"),
    Kind("columns_2000", "wide.xlsx", _wide, "ok", "", rows=2, columns=2000),
    Kind("sheets_50_hidden", "many.xlsx", _fifty_sheets, "ok", "Hidden sheet", rows=2,
         columns=3),
    Kind("formatted_empty_rows_200k", "formatted.xlsx", _formatted_empty, "ok", "", rows=2,
         columns=3),
    Kind("namespace_prefixed_cells", "prefixed.xlsx", _prefixed, "ok", "", rows=2, columns=3),
    Kind("cells_without_reference", "norefs.xlsx", _no_refs, "ok", "", rows=2, columns=3),
    # data problems (issue 7 point 4)
    Kind("error_cells", "errors.xlsx", _errors, "ok", "2 cell(s) hold spreadsheet errors",
         rows=1, columns=3),
    Kind("formula_without_result", "formula.xlsx", _formulas, "ok",
         "1 formula cell(s)", rows=1, columns=3),
    Kind("date_system_1904", "mac.xlsx", _dates1904, "ok", "1904 date system", rows=1,
         columns=2),
    Kind("numbers_stored_as_text", "numtext.xlsx", _numbers_as_text, "ok",
         "'n/a' x1", rows=22, columns=2),
    Kind("duplicate_and_blank_headers", "dups.xlsx",
         _excel_ok([["Q1", "Q1", None, "Q2"], [1, 2, 3, 4]]), "ok", "renamed", rows=1,
         columns=4),
    Kind("rtl_and_invisible_header", "bidi.xlsx",
         _excel_ok([["\u202eRegion", "Firm\u200b"], ["Oslo", "A"]]), "ok",
         "control characters", rows=1, columns=2),
    Kind("latin1_csv", "latin.csv", _text("Firma;By\nÆra;Tromsø\n".encode("latin-1")), "ok",
         "not UTF-8", rows=1, columns=2),
    Kind("utf16_csv", "utf16.csv", _text("Firma,By\nÆra,Tromsø\n".encode("utf-16")), "ok", "",
         rows=1, columns=2),
    Kind("utf16_no_bom_tsv", "utf16.tsv", _text("Firma\tBy\nÆra\tTromsø\n".encode("utf-16-le")),
         "ok", "", rows=1, columns=2),
    Kind("cr_only_csv", "mac.csv", _text(b"Firm,Region\rA,Oslo\rB,Bergen\r"), "ok", "CR only",
         rows=2, columns=2),
    Kind("nul_bytes_csv", "nul.csv", _text(b"Firm,Region\nA,Os\x00lo\nB,Bergen\nC,Bod\xc3\xb8\n"),
         "ok", "NUL bytes", rows=3, columns=2),
    Kind("csv_8mb_single_field", "long.csv", _csv_huge_field, "ok", "", rows=2, columns=2),
    Kind("csv_blank_lines_only", "blank.csv", _text(b"\n\n  \n\r\n"), "refused", "no data"),
    Kind("csv_error_values", "errs.csv", _text(b"Firm,Share\nA,#N/A\nB,#DIV/0!\nC,1\n"), "ok",
         "2 cell(s) hold spreadsheet errors", rows=3, columns=2),
]


def build_all(folder: Path) -> dict[str, tuple[Path, Kind]]:
    """Write every kind into its own sub-folder of ``folder``."""
    out = {}
    for kind in KINDS:
        sub = folder / kind.name
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / kind.filename
        kind.build(path)
        out[kind.name] = (path, kind)
    return out

