"""The reading child's quick way to Arrow gives the same cells, and the same table, as the plain
way: on a generated corpus (readcorpus.py), the real exports and the demo.

References worked out here: the rows python-calamine gives in this process (no child, no Arrow),
each body column converted the plain way (``plain_array``: a type per cell, Arrow's converter
cell by cell), and the whole RawTable read in this process (``Limits(contain=False)``).
"""

from __future__ import annotations

import datetime as dt
import math
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import clusterdesk.io as io
from clusterdesk.io import arrow_cells, contain, ooxml, quick_sheet
from clusterdesk.io.limits import Limits
from tests.io import readcorpus

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT.parent / "shared" / "fixtures" / "real-exports"
if not FIXTURES.is_dir():
    FIXTURES = Path("/work/shared/fixtures/real-exports")
REAL = sorted(FIXTURES.glob("*.xlsx")) + [ROOT / "resources" / "demo" / "demo_survey.xlsx"]


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> list[Path]:
    return readcorpus.corpus(tmp_path_factory.mktemp("corpus")) + REAL


def plain_array(cells: list) -> pa.Array:
    """A column the plain way: float64, a dictionary of texts, or a dense union by type."""
    kinds = set(map(type, cells))
    if int in kinds <= {float, int}:
        cells, kinds = [float(c) for c in cells], {float}
    if kinds == {float}:
        return pa.array(cells, pa.float64())
    if kinds == {str}:
        return pa.array(cells, pa.string()).dictionary_encode()
    types = {float: pa.float64(), int: pa.int64(), bool: pa.bool_(), str: pa.string(),
             dt.datetime: pa.timestamp("us"), dt.date: pa.date32(), dt.time: pa.time64("us"),
             dt.timedelta: pa.duration("us"), type(None): pa.null()}
    order = list(kinds)
    ids = [order.index(type(c)) for c in cells]
    children, offsets, seen = [], [], [0] * len(order)
    for i in ids:
        offsets.append(seen[i])
        seen[i] += 1
    for kind in order:
        child = pa.array([c for c in cells if type(c) is kind], types[kind])
        children.append(child.dictionary_encode() if kind is str else child)
    return pa.UnionArray.from_dense(pa.array(ids, pa.int8()), pa.array(offsets, pa.int32()),
                                    children, [str(i) for i in range(len(order))])


def same(a, b) -> bool:
    """The same Python value of the same type (NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    return a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


def test_text_array_is_the_plain_dictionary():
    cases = [["Oslo", "Bergen", "Oslo", ""], ["", ""], [" ", "\t", "a\nb", "😀", "Tromsø"],
             ["a\x00b", "c"], ["x" * 5000] * 3, [str(i % 97) for i in range(10_000)]]
    for cells in cases:
        got = arrow_cells.text_array(cells)
        if "\x00" in "".join(cells):
            assert got is None  # the separator inside a text: the cell-by-cell way
            continue
        assert got.equals(pa.array(cells, pa.string()).dictionary_encode())
        assert arrow_cells.objects(got).tolist() == cells
    for cells in ([], [1.0, "a"], ["a", 1.0], ["a", None], ["a", True]):
        assert arrow_cells.text_array(cells) is None


def test_every_mix_of_kinds_comes_back_as_it_went():
    import random

    rng = random.Random(7)
    for _ in range(200):
        kinds = rng.sample(readcorpus.KINDS, rng.randrange(1, 4))
        cells = [readcorpus.cell(rng.choice(kinds), rng) for _ in range(rng.randrange(1, 300))]
        if int in set(map(type, cells)) <= {float, int}:  # as the child sends numbers
            cells = [float(c) for c in cells]
        array = arrow_cells.column_array(cells)
        assert array.equals(plain_array(cells)), kinds
        back = arrow_cells.objects(array).tolist()
        assert all(same(a, b) for a, b in zip(back, cells, strict=True))


def test_the_childs_cells_are_the_readers_rows(books):
    """Cell for cell, with types: the child's head and Arrow body against python-calamine's rows
    read here; each body column's array against the plain conversion."""
    checked = quick = 0
    for path in books:
        with zipfile.ZipFile(path) as zf:
            part = ooxml.workbook_facts(zf, path, Limits()).sheets[0][1]
        job = {"path": str(path), "sheet": 0, "nrows": None, "part": part}
        rows = contain.calamine_job(job)["rows"]
        quick += quick_sheet_takes(job)
        width = max((len(r) for r in rows), default=0)
        rows = [list(r) + [""] * (width - len(r)) for r in rows]
        reply = contain.run_job(job, Limits())
        cells = contain.cells(reply).tolist()
        assert len(cells) == len(rows), path.name
        body = rows[contain.HEAD_ROWS:]
        for j in range(width):
            column = [r[j] for r in body]
            sent = reply.table.column(j).chunk(0) if body else None
            if body and not pa.types.is_union(sent.type):  # a union's order of kinds varies
                assert sent.equals(plain_array(column)), (path.name, j)
            if {type(c) for c in column} <= {float, int}:
                column = [float(c) for c in column]  # numbers below the head travel as floats
            for i, value in enumerate(column):
                assert same(cells[contain.HEAD_ROWS + i][j], value), (path.name, i, j)
        for i, row in enumerate(rows[:contain.HEAD_ROWS]):
            assert all(same(a, b) for a, b in zip(cells[i], row, strict=True)), (path.name, i)
        checked += len(rows) * width
    assert checked > 150_000
    assert quick >= 20  # the quick way was taken (one-kind columns, the demo), not only the plain


def quick_sheet_takes(job: dict) -> bool:
    """Whether the child reads this sheet the quick way (quick_sheet.py)."""
    try:
        quick_sheet.read(job["path"], job["part"], job["sheet"], contain.HEAD_ROWS)
    except quick_sheet.Unsuited:
        return False
    return True


def _compare(a, b) -> None:
    assert a.columns == b.columns
    pd.testing.assert_frame_equal(a.data, b.data, check_exact=True)
    for name in a.data.columns:  # object columns: each cell's own type, too
        assert list(map(type, a.data[name])) == list(map(type, b.data[name])), name
    np.testing.assert_array_equal(a.file_rows, b.file_rows)
    assert a.file_rows.dtype == b.file_rows.dtype
    for x, y in ((a.grid, b.grid), (a.preview, b.preview)):
        assert len(x) == len(y)
        assert all(same(c, d) for r, s in zip(x, y, strict=True) for c, d in zip(r, s, strict=True))
    assert (a.sheet, a.sheets, a.labels) == (b.sheet, b.sheets, b.labels)
    ra, rb = vars(a.report), vars(b.report)
    assert {k: v for k, v in ra.items() if k != "contained"} == \
        {k: v for k, v in rb.items() if k != "contained"}


def test_the_table_is_the_one_read_without_the_child(books):
    """The whole RawTable (values, dtypes, names, rows, grid, warnings and counts) as read in
    this process, where no Arrow is involved, for the detected header and for header row 1."""
    in_process = 0
    for path in books:
        for header_row in (None, 1) if "titled" in path.name or "two" in path.name else (None,):
            contained = io.read(path, header_row=header_row)
            here = io.read(path, header_row=header_row, limits=Limits(contain=False))
            assert contained.report.contained
            _compare(contained, here)
            in_process += not here.report.contained  # the scan vouched for the file
    assert in_process > len(books) / 2
