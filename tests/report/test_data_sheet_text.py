"""The coded-data sheet written by Arrow's kernels for many distinct values (an id column) holds
what the cell-by-cell path writes, and reads back as the survey's text made inert."""

from __future__ import annotations

import re
import zipfile

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from clusterdesk.report.excel import discard
from clusterdesk.report.excel_data import _cell_xml, _safe_value, start_data_sheet, text_cells
from clusterdesk.report.excel_save import save

ODD = ["=1+2", "+3", "-4", "@SUM(A1)", "\tTab", "a & b", "<b>", "x > y", " lead", "trail ",
       "in\nside", "end\xa0", "\xa0start", "bell\x07", "del\x7fete", "c1\x85", "é-ending", "ok é",
       "", "x" * 40_000, "A", "9", "a\u2003", "Z<>&Z"]


def _texts(n: int, seed: int) -> list:
    rng = np.random.default_rng(seed)
    out: list = [f"F{k:06d}" for k in range(n)]
    for k in rng.choice(n, size=len(ODD), replace=False):
        out[k] = ODD[len(out[k]) % len(ODD)]
    for k, odd in zip(rng.choice(n, size=len(ODD), replace=False), ODD, strict=True):
        out[k] = odd
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_many_distinct_texts_get_the_cells_of_the_one_value_path(seed):
    values = pd.Series(_texts(500, seed), dtype="str").unique()
    style = []

    def risky_style() -> int:
        style.append(1)
        return 7

    cells, cut = text_cells(pd.array(values, dtype="str"), risky_style)
    expected = []
    for v in values:
        got, _ = _safe_value(v)
        expected.append(_cell_xml(got, lambda: 7))
    assert cells.to_pylist() == expected
    assert cut  # the 40,000 characters
    assert style  # the formula-like texts asked for the quote-prefix style


def _written(tmp_path, firms: pd.DataFrame):
    wb = Workbook(write_only=True)
    sheet = start_data_sheet(wb, firms, "en")
    packed = {sheet.ws._writer.out: sheet.finish()}
    target = tmp_path / "data.xlsx"
    save(wb, target, discard, packed=packed)
    return target


def test_the_sheet_reads_back_as_the_texts_made_inert(tmp_path):
    texts = _texts(3_000, 4)
    texts[10] = None
    firms = pd.DataFrame({"firm_id": pd.Series(texts, dtype="object"),
                          "employees": np.arange(3_000, dtype=float) / 4})
    firms.loc[5, "employees"] = np.nan
    target = _written(tmp_path, firms)
    with zipfile.ZipFile(target) as z:
        assert z.testzip() is None
    ws = load_workbook(target)["Coded data"]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == 3_000
    for k, (idc, emp) in enumerate(rows):
        v = texts[k]
        if v is None or v == "":
            assert idc.value is None, k
        else:
            want = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", v)
            if len(want) > 32_767:
                want = want[:32_767 - len(" […]")] + " […]"
            assert idc.value == want, k
            assert idc.quotePrefix == want.startswith(("=", "+", "-", "@", "\t", "\r")), k
        assert emp.value == (None if k == 5 else k / 4), k


def test_negative_zero_keeps_its_sign_beside_zero(tmp_path):
    firms = pd.DataFrame({"x": [-0.0, 0.0, 1.5, -0.0, np.inf, 0.0]})
    target = _written(tmp_path, firms)
    assert _stored(target) == {"A2": "-0", "A3": "0", "A4": "1.5", "A5": "-0", "A7": "0"}


def _stored(target) -> dict[str, str]:
    """Each number cell's text as stored, by reference; a cell without a reference is the one
    after the previous cell of its row (ECMA-376 18.3.1.4), as spreadsheet programs place it."""
    from xml.etree import ElementTree

    from openpyxl.utils.cell import column_index_from_string, get_column_letter

    with zipfile.ZipFile(target) as z:
        root = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    out = {}
    for row in root.iter(f"{ns}row"):
        col = 0
        for c in row.iter(f"{ns}c"):
            ref = c.get("r")
            col = col + 1 if ref is None else column_index_from_string(ref.rstrip("0123456789"))
            v = c.find(f"{ns}v")
            if v is not None and c.get("t", "n") == "n":
                out[f"{get_column_letter(col)}{row.get('r')}"] = v.text
    return out


def test_cells_without_a_reference_land_in_their_columns_for_every_reader(tmp_path):
    # blanks first, between and last in a row, a row of blanks only: each value must stay in
    # its column whether a reader places cells by reference or by order
    firms = pd.DataFrame({
        "a": pd.Series([None, "x", None, "=risky", None], dtype="object"),
        "b": [np.nan, 2.5, np.nan, -1.0, np.nan],
        "c": pd.Series(["y", None, "", "z", None], dtype="object"),
        "d": [1.0, np.nan, np.nan, 4.0, np.nan]})
    target = _written(tmp_path, firms)
    want = [["a", "b", "c", "d"], [None, None, "y", 1.0], ["x", 2.5, None, None],
            [None, None, None, None], ["=risky", -1.0, "z", 4.0], [None, None, None, None]]
    got = [[c.value for c in row] for row in load_workbook(target)["Coded data"].iter_rows()]
    assert got == want
    from python_calamine import CalamineWorkbook

    grid = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Coded data").to_python()
    assert [[None if v == "" else v for v in row] for row in grid] == want[:5]  # no last blanks
