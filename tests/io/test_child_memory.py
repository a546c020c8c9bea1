"""The reading child's memory limit grows with the sheet: a 1,000,000-row export (19 columns)
needs 2-3 GB of address space in the child, where the setting gives 1 GB."""

from __future__ import annotations

import zipfile

import clusterdesk.io as io
from clusterdesk.io import sheetscan
from clusterdesk.io.limits import Limits
from clusterdesk.paths import demo_survey
from tests.io import xlsxkit as k

MB = 2**20


def test_the_limit_is_the_setting_raised_by_160_bytes_a_cell_up_to_max_cells():
    limits = Limits()
    assert limits.for_cells(0).child_memory_bytes == 1024 * MB  # small sheets: the setting
    assert limits.for_cells(1_000_000 * 19).child_memory_bytes == 512 * MB + 19_000_000 * 160
    assert limits.for_cells(10**12).child_memory_bytes == 512 * MB + 20_000_000 * 160
    assert limits.for_cells(10**12).max_cells == limits.max_cells  # nothing else changes
    big = Limits(child_memory_bytes=8192 * MB)
    assert big.for_cells(19_000_000).child_memory_bytes == 8192 * MB  # never lowered


def _cells(path) -> int:
    with zipfile.ZipFile(path) as zf:
        return sheetscan.likely_cells(zf, "xl/worksheets/sheet1.xml", path)


def test_the_size_comes_from_the_dimension_or_else_from_the_xml(tmp_path):
    rows = [["Firm", "Region", "Size"]] + [[f"F{i}", "Oslo", float(i)] for i in range(99)]
    declared = k.write_xlsx(tmp_path / "d.xlsx", [("Data", k.sheet_xml(k.rows_xml(rows),
                                                                      dimension="A1:C100"))])
    assert _cells(declared) == 300
    bare = k.write_xlsx(tmp_path / "b.xlsx", [("Data", k.sheet_xml(k.rows_xml(rows)))])
    xml_bytes = len(k.sheet_xml(k.rows_xml(rows)).encode())
    assert _cells(bare) == xml_bytes // 20 >= 300  # never fewer than the cells it holds


def test_the_sheet_is_read_under_the_raised_limit_also_for_a_preview():
    """A 1-byte setting would stop any child at once (the sheet list of an .xlsb or .ods goes
    through the child unraised); the sheet itself gets at least 512 MB and is read, whole or
    its first rows (calamine loads the whole sheet for either)."""
    tiny = Limits(child_memory_bytes=1)
    assert len(io.read_grid(demo_survey(), max_rows=5, limits=tiny)) == 5
    assert io.read(demo_survey(), limits=tiny).n_rows == 2002
