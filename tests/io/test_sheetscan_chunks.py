"""The sheet scan across chunks: a sheet XML of several 4 MB pieces, where later pieces are
vouched for against the bounds of earlier ones, must still find what hides in a later piece."""

from __future__ import annotations

import zipfile

import pytest

import clusterdesk.io as io
from clusterdesk.errors import UserError
from clusterdesk.io import sheetscan
from clusterdesk.io.limits import Limits
from tests.io import xlsxkit as k

ROWS = 40_000  # ~7 MB of sheet XML: two 4 MB pieces
TRUSTED = Limits(contain=False)


@pytest.fixture(scope="module")
def body() -> str:
    rows = [["Firm", "Region", "Size"]] + [[f"F{i}", "Oslo", float(i)] for i in range(ROWS)]
    return k.rows_xml(rows)


def _with_late_cell(body: str, cell: str) -> str:
    """The cell appended to a row near the end, well inside the last piece."""
    at = body.find("</row>", len(body) - 2_000)
    return body[:at] + cell + body[at:]


def _write(tmp_path, body: str, name: str = "s.xlsx"):
    path = tmp_path / name
    k.write_xlsx(path, [("Data", k.sheet_xml(body))])
    assert zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size > 5 * 2**20
    return path


def _scan(path):
    with zipfile.ZipFile(path) as zf:
        return sheetscan.scan_sheet(zf, "xl/worksheets/sheet1.xml", path, Limits())


def test_plain_sheet_extent(tmp_path, body):
    scan = _scan(_write(tmp_path, body))
    assert (scan.max_row, scan.max_col, scan.unchecked) == (ROWS + 1, 3, False)


def test_wider_and_taller_cells_in_a_later_piece_count(tmp_path, body):
    late = _with_late_cell(body, '<c r="AB9"><v>1</v></c><c r="A250000"><v>1</v></c>')
    scan = _scan(_write(tmp_path, late))
    assert (scan.max_row, scan.max_col) == (250_000, 28)  # AB = 28


def test_far_cell_in_a_later_piece_is_refused(tmp_path, body):
    path = _write(tmp_path, _with_late_cell(body, '<c r="XFD1048576"><v>1</v></c>'))
    with pytest.raises(UserError, match="damaged or too large"):
        io.read(path, limits=TRUSTED)


@pytest.mark.parametrize("cell", ['<c\tr="B9"><v>1</v></c>', '<c r="b9"><v>1</v></c>',
                                  '<c s="0" r="B9"><v>1</v></c>',
                                  f'<x:c xmlns:x="{k.MAIN}" r="B9"><x:v>1</x:v></x:c>'])
def test_odd_cell_in_a_later_piece_goes_to_the_child(tmp_path, body, cell):
    scan = _scan(_write(tmp_path, _with_late_cell(body, cell)))
    assert scan.unchecked


def test_error_and_formula_cells_in_a_later_piece_are_counted(tmp_path, body):
    late = _with_late_cell(body, '<c r="D9" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
                                 '<c r="E9"><f>1+1</f></c>')
    scan = _scan(_write(tmp_path, late))
    assert (scan.error_cells, scan.formulas_without_value, scan.max_col) == (1, 1, 5)
