"""The demo written in five export styles gives the same results file as the plain workbook.

First each writer is checked to really produce its style (hidden sheet, title lines, decimal
commas, merged header, value labels, cp1252 bytes...), so that the comparison is not between five
copies of one file; then every style goes through analyse_file + results_json.to_document and its
'tables' must equal the plain style's (Norwegian category names translated back to English).
"""

from __future__ import annotations

import pytest

from clusterdesk.mapping import fileformat
from tests.demo_styles import STYLES, TRANSLATED, to_english, write_style


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    root = tmp_path_factory.mktemp("styles")
    return {style: write_style(style, root / style) for style in STYLES}


def _document(data, mapping):
    from clusterdesk.analysis import analyse_file
    from clusterdesk.report.results_json import to_document

    return to_document(analyse_file(data, fileformat.load(mapping)))


@pytest.fixture(scope="module")
def plain_document(written):
    return _document(*written["plain"])


# ---- each writer makes its style -----------------------------------------------------------------

def test_norwegian_style_has_hidden_sheet_titles_and_text_numbers(written):
    from openpyxl import load_workbook

    data, mapping = written["norwegian"]
    wb = load_workbook(data)
    assert wb.worksheets[0].sheet_state == "hidden"
    ws = wb["Svar"]
    assert ws["A1"].value.startswith("Spørreundersøkelse") and ws["A3"].value is None
    header = [c.value for c in ws[4]]
    assert header[0] == "Løpenummer"
    rd = header.index("FoU-utgifter (% av omsetning)")
    cells = [row[rd] for row in ws.iter_rows(min_row=5, values_only=True)]
    assert all(isinstance(v, str) for v in cells)
    assert any("," in v for v in cells)
    employees = [row[header.index("Antall ansatte")] for row in ws.iter_rows(min_row=5,
                                                                            values_only=True)]
    assert any("\u00a0" in v for v in employees)  # 1 234 with a no-break space
    answers = {row[header.index("Hvor henter bedriften kapital?")]
               for row in ws.iter_rows(min_row=5, values_only=True)}
    assert answers == {"I regionen", "Ellers i Norge", "I utlandet", "Vet ikke", "Ikke relevant"}
    m = fileformat.load(mapping)
    assert (m.source.sheet, m.source.header_row) == ("Svar", 4)
    assert m.codes.yes_no["yes"] == ["Ja"]


def test_two_header_rows_style_merges_the_question(written):
    from openpyxl import load_workbook

    data, mapping = written["two_header_rows"]
    ws = load_workbook(data).worksheets[0]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "J1:O1" in merged and ws["J1"].value == "Where are the following located?"
    assert ws["J2"].value == "Demanding customers"
    m = fileformat.load(mapping)
    assert m.source.header_rows == 2
    assert m.columns["customers"] == "Where are the following located? - Demanding customers"
    assert m.columns["capital"] == "Where are the following located? - Access to capital"


def test_spss_style_has_codes_value_labels_and_user_missing(written):
    import pyreadstat

    data, _ = written["spss"]
    frame, meta = pyreadstat.read_sav(str(data), user_missing=True)
    assert frame["q9a"].dropna().isin([1, 2, 3, 8, 9]).all()
    assert meta.variable_value_labels["q9a"][1.0] == "In the region"
    assert meta.variable_value_labels["region"][5.0] == "Rest of Norway"
    assert {"lo": 9.0, "hi": 9.0} in meta.missing_ranges["q10"]
    assert meta.column_names_to_labels["q9a"].startswith("Q9a")


def test_csv_style_is_semicolon_cp1252_with_norwegian_letters(written):
    data, _ = written["csv_latin1"]
    raw = data.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    first = text.split("\r\n")[0]
    assert first.count(";") == 18 and "Næring" in first
    assert "Øvrige Norge" in text and "Hotell- og restaurantnæringen" in text and "råstoffer" in text
    assert ";0,3;" in text  # decimal comma


def test_to_english_translates_keys_terms_and_notes():
    doc = {"rows": [{"key": "Øvrige Norge", "values": [1.5]}], "columns": ["Oslo", "Øvrige Norge"],
           "terms": [{"key": "sector[Industri]"}], "notes": ["Baseline: Varehandel."],
           "Industrial": "Industrien"}
    assert to_english(doc) == {
        "rows": [{"key": "Rest of Norway", "values": [1.5]}], "columns": ["Oslo", "Rest of Norway"],
        "terms": [{"key": "sector[Manufacturing]"}], "notes": ["Baseline: Wholesale/retail trade."],
        "Industrial": "Industrien"}


# ---- same results whatever the style ----------------------------------------------------------

def test_plain_document_is_the_demo(plain_document):
    t2 = plain_document["tables"]["innovation_by_region"]
    assert t2["rows"][-1]["key"] == "Total" and t2["rows"][-1]["values"][-1] == 2002
    assert plain_document["input"]["rows_used"] == 2002
    assert all(m["error"] is None for m in plain_document["tables"]["regression"]["models"])


def _first_difference(a, b, path="tables"):
    """Where two documents first differ (a readable assertion message)."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return f"{path}: keys {sorted(a)} != {sorted(b)}"
        for k in a:
            found = _first_difference(a[k], b[k], f"{path}.{k}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = _first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


@pytest.mark.parametrize("style", [s for s in STYLES if s != "plain"])
def test_style_gives_the_plain_results(written, plain_document, style):
    document = _document(*written[style])
    tables = to_english(document["tables"]) if style in TRANSLATED else document["tables"]
    assert document["input"]["rows_used"] == 2002
    assert _first_difference(tables, plain_document["tables"]) is None
    assert tables == plain_document["tables"]
