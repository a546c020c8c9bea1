"""A sheet whose rows are not in ascending order in its XML (the format asks for it; a home-made
exporter may not) is read in full: a first row that comes late in the file must not be lost to
the reading child's quick way, which cuts the sheet after its first rows."""

from __future__ import annotations

import re

import clusterdesk.io as io
from clusterdesk.io import contain
from tests.io import xlsxkit as k


def _moved(rows: list[list], row: int) -> str:
    """The sheet's row elements with row ``row`` moved to the end of the XML."""
    xml = k.rows_xml(rows)
    element = re.search(rf'<row r="{row}">.*?</row>', xml).group(0)
    return xml.replace(element, "") + element


def test_a_first_row_that_comes_last_in_the_xml_is_read(tmp_path):
    rows = [["Firm", "Region", "Size"]] + [[f"F{i}", "Oslo", float(i)] for i in range(1, 300)]
    rows[4] = ["F4", "Bergen", 4000.0]  # sheet row 5: one of the first rows
    path = k.write_xlsx(tmp_path / "late.xlsx", [("Data", k.sheet_xml(_moved(rows, 5)))])
    got = io.read(path)
    assert got.n_rows == 299
    assert got.data["Region"].tolist().count("Bergen") == 1
    assert got.data.loc[got.data["Firm"] == "F4", "Size"].tolist() == [4000.0]
    assert sorted(got.data["Size"].tolist()) == sorted(r[2] for r in rows[1:])


def test_rows_in_order_still_take_the_quick_way(tmp_path, monkeypatch):
    rows = [["Firm", "Region", "Size"]] + [[f"F{i}", "Oslo", float(i)] for i in range(1, 300)]
    path = k.write_xlsx(tmp_path / "plain.xlsx", [("Data", k.sheet_xml(k.rows_xml(rows)))])
    jobs = []
    start = contain.start
    monkeypatch.setattr(contain, "start", lambda job, limits: jobs.append(job) or start(job, limits))
    assert io.read(path).n_rows == 299
    assert [bool(j.get("part")) for j in jobs] == [True]  # one child, given the sheet's part


def test_a_late_first_row_is_read_also_when_only_odd_cells_send_the_sheet_to_a_child(tmp_path):
    from clusterdesk.io.limits import Limits

    rows = [["Firm", "Region", "Size"]] + [[f"F{i}", "Oslo", float(i)] for i in range(1, 300)]
    rows[4] = ["F4", "Bergen", 4000.0]
    xml = re.sub(r'<c r="[A-Z]+\d+"', "<c", _moved(rows, 5))  # cells without a reference
    path = k.write_xlsx(tmp_path / "odd.xlsx", [("Data", k.sheet_xml(xml))])
    got = io.read(path, limits=Limits(contain=False))  # in-process, but for cells it cannot place
    assert got.n_rows == 299
    assert got.data.loc[got.data["Firm"] == "F4", "Size"].tolist() == [4000.0]
