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
from clusterdesk.report.excel_data import _cell_tail, _safe_value, start_data_sheet, text_tails
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
def test_many_distinct_texts_get_the_tails_of_the_one_value_path(seed):
    values = pd.Series(_texts(500, seed), dtype="str").unique()
    style = []

    def risky_style() -> int:
        style.append(1)
        return 7

    tails, cut = text_tails(pd.array(values, dtype="str"), risky_style)
    expected = []
    for v in values:
        got, _ = _safe_value(v)
        expected.append(_cell_tail(got, lambda: 7))
    assert tails.to_pylist() == expected
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
    with zipfile.ZipFile(target) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    cells = dict(re.findall(r'<c r="(A\d+)" t="n"><v>([^<]*)</v>', xml))
    assert cells == {"A2": "-0", "A3": "0", "A4": "1.5", "A5": "-0", "A7": "0"}
