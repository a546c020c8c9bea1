"""Workbooks written with openpyxl in tmp_path: header rules of spec section 4 and data problems."""

from __future__ import annotations

import datetime as dt

import pytest

import clusterdesk.io as io
from clusterdesk.errors import UserError
from clusterdesk.runtime import Task


def _book(path, rows, title="Data", hidden_first=False, epoch1904=False):
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    ws = wb.active
    if hidden_first:
        ws.title = "Secret"
        ws.append(["not", "this", "one"])
        ws.append([1, 2, 3])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet(title)
    else:
        ws.title = title
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    for r in rows:
        ws.append(r)
    wb.save(path)
    return wb, ws


def test_one_header_row_numbers_stay_numbers(tmp_path):
    p = tmp_path / "plain.xlsx"
    _book(p, [["Firm", "Region", "Employees"], ["A", "Oslo", 12], ["B", "Bergen", 7.5]])
    t = io.read(p)
    assert t.columns == ["Firm", "Region", "Employees"]
    assert t.data["Employees"].tolist() == [12, 7.5]
    assert t.data["Region"].tolist() == ["Oslo", "Bergen"]
    assert (t.report.header_row, t.report.header_rows, t.n_rows) == (1, 1, 2)


def test_title_lines_above_header_are_skipped_and_kept_in_grid(tmp_path):
    p = tmp_path / "titled.xlsx"
    _book(p, [["Spørreundersøkelse om innovasjon i norske bedrifter 2024"], [],
              ["Bedrift", "Region", "Sp1", "Sp2"], ["A", "Oslo", "Ja", "Nei"],
              ["B", "Bergen", "Vet ikke", "Ja"]])
    t = io.read(p)
    assert t.report.header_row == 3
    assert t.columns == ["Bedrift", "Region", "Sp1", "Sp2"]
    assert t.file_rows.tolist() == [4, 5]
    assert t.n_rows == 2
    assert t.grid[0][0].startswith("Spørreundersøkelse")
    assert len(t.grid) == 2


def test_merged_two_row_header_forward_fills_and_joins(tmp_path):
    p = tmp_path / "two.xlsx"
    wb, ws = _book(p, [
        ["Firm", "Where are your most important partners?", None, None, "Product"],
        [None, "Customers", "Suppliers", "Competitors", None],
        ["A", "Regional", "National", "Abroad", "Yes"],
        ["B", "National", "Regional", "Regional", "No"],
    ])
    ws.merge_cells("B1:D1")
    wb.save(p)
    expected = ["Firm", "Where are your most important partners? - Customers",
                "Where are your most important partners? - Suppliers",
                "Where are your most important partners? - Competitors", "Product"]
    t = io.read(p, header_row=1, header_rows=2)
    assert t.columns == expected
    assert t.data.iloc[1].tolist() == ["B", "National", "Regional", "Regional", "No"]
    detected = io.read(p)  # the same found without being told
    assert (detected.report.header_row, detected.report.header_rows) == (1, 2)
    assert detected.columns == expected


def test_hidden_first_sheet_is_skipped_by_default(tmp_path):
    p = tmp_path / "hidden.xlsx"
    _book(p, [["Firm", "Region"], ["A", "Oslo"]], hidden_first=True)
    sheets = io.list_sheets(p)
    assert [(s.name, s.hidden) for s in sheets] == [("Secret", True), ("Data", False)]
    t = io.read(p)
    assert t.sheet == "Data" and t.columns == ["Firm", "Region"]
    assert any("Hidden sheet" in w and "Secret" in w for w in t.report.warnings)
    assert io.read(p, sheet=0).columns == ["not", "this", "one"]  # asked for by index
    assert io.read(p, sheet="Secret").sheet == "Secret"
    with pytest.raises(UserError, match="no sheet named 'Nope'.*'Secret', 'Data'"):
        io.read(p, sheet="Nope")
    with pytest.raises(UserError, match="no sheet number 5"):
        io.read(p, sheet=4)


def test_duplicate_and_blank_headers_renamed_and_listed(tmp_path):
    p = tmp_path / "dups.xlsx"
    _book(p, [["Q1", "Q1", None, " Q2 ", "Q1"], [1, 2, 3, 4, 5]])
    t = io.read(p, header_row=1)
    assert t.columns == ["Q1", "Q1 (2)", "Column 3", "Q2", "Q1 (3)"]
    text = " ".join(t.report.warnings)
    assert "'Column 3'" in text and "'Q1' -> 'Q1 (2)'" in text and "'Q1' -> 'Q1 (3)'" in text


def test_error_cells_blank_rows_and_trailing_rows(tmp_path):
    p = tmp_path / "errors.xlsx"
    _book(p, [["Firm", "Share"], ["A", "#N/A"], [" ", None], ["B", "#DIV/0!"], ["C", 0.5],
              ["", " "], [None, "  "]])
    t = io.read(p)
    assert t.n_rows == 3
    assert t.report.blank_rows_dropped == 3
    assert t.data["Share"].isna().tolist() == [True, True, False]
    assert any("2 cell(s) hold spreadsheet errors" in w for w in t.report.warnings)
    assert t.report.error_cells == 2 and t.report.contained  # read in the guarded child
    assert t.file_rows.tolist() == [2, 4, 5]  # the sheet rows of the answers
    assert t.data.attrs == {}  # not a copy there: pandas deep-copies attrs on every slice


def test_dates_are_dates_in_both_date_systems(tmp_path):
    for epoch1904 in (False, True):
        p = tmp_path / f"dates{int(epoch1904)}.xlsx"
        _book(p, [["Firm", "Answered"], ["A", dt.datetime(2024, 3, 15, 10, 30)]],
              epoch1904=epoch1904)
        t = io.read(p)
        value = t.data["Answered"].iloc[0]
        assert value == dt.datetime(2024, 3, 15, 10, 30), (epoch1904, value)
        assert any("1904" in w for w in t.report.warnings) == epoch1904


def test_formula_without_result_is_flagged(tmp_path):
    p = tmp_path / "formula.xlsx"
    _book(p, [["Firm", "Total"], ["A", "=1+1"], ["B", 3]])  # openpyxl stores no result
    t = io.read(p)
    assert t.data["Total"].tolist()[1] == 3
    assert any("1 formula cell(s)" in w for w in t.report.warnings)


def test_numbers_stored_as_text_reported_with_failures(tmp_path):
    p = tmp_path / "numtext.xlsx"
    _book(p, [["Firm", "Employees"], ["A", 10], ["B", "12"], ["C", "3,5"], ["D", "ca. 50"],
              ["E", 40], ["F", 41], ["G", 42], ["H", 43], ["I", 44], ["J", 45]])
    t = io.read(p)
    assert t.data["Employees"].tolist()[:3] == [10, "12", "3,5"]  # as the file holds them
    msg = [w for w in t.report.warnings if "Employees" in w]
    assert msg and "2 number(s) are stored as text" in msg[0] and "'ca. 50' x1" in msg[0]
    assert t.report.decimal_comma is True  # "3,5"


def test_decimal_commas_in_text_cells_are_noted(tmp_path):
    p = tmp_path / "komma.xlsx"
    _book(p, [["Bedrift", "FoU-andel"], ["A", "3,5"], ["B", "12,25"], ["C", "4"]])
    t = io.read(p)
    assert t.data["FoU-andel"].tolist() == ["3,5", "12,25", "4"]
    assert t.report.decimal_comma is True
    plain = tmp_path / "plain.xlsx"
    _book(plain, [["Firm", "Share"], ["A", 3.5], ["B", "4"]])
    assert io.read(plain).report.decimal_comma is False


def test_invisible_characters_in_headers_removed_and_flagged(tmp_path):
    p = tmp_path / "bidi.xlsx"
    _book(p, [["\u200fRegion\u200e", "Sp\u200b1", "\u202eQ3"], ["Oslo", "Ja", 1]])
    t = io.read(p)
    assert t.columns == ["Region", "Sp1", "Q3"]
    assert any("control characters" in w for w in t.report.warnings)


def test_read_grid_gives_first_rows_unheaded(tmp_path):
    p = tmp_path / "grid.xlsx"
    _book(p, [["Title"], ["A", "B"]] + [[i, i * 2] for i in range(100)])
    grid = io.read_grid(p, max_rows=5)
    assert grid[0] == ["Title", None] and grid[1] == ["A", "B"] and len(grid) == 5


def test_formatted_empty_rows_are_skipped_quickly(tmp_path):
    import openpyxl
    from openpyxl.styles import Font

    p = tmp_path / "formatted.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Firm", "Region"])
    ws.append(["A", "Oslo"])
    bold = Font(bold=True)
    for r in range(3, 20003):
        ws.cell(row=r, column=1).font = bold
    wb.save(p)
    t = io.read(p)
    assert t.n_rows == 1 and t.columns == ["Firm", "Region"]


def test_header_row_option_overrides_detection(tmp_path):
    p = tmp_path / "opt.xlsx"
    _book(p, [["Title line"], ["Firm", "Region"], ["A", "Oslo"]])
    t = io.read(p, header_row=2)
    assert t.columns == ["Firm", "Region"] and t.n_rows == 1
    with pytest.raises(UserError, match="header row"):
        io.read(p, header_row=0)


def test_legacy_xls_read_in_contained_child():
    """tests/io/data/legacy.xls was written by xlwt 1.3 (no .xls writer is a dependency):
    hidden sheet 'Hidden' (A1 'secret'), then sheet 'Data' with a blank row 4 and a date format."""
    from pathlib import Path

    path = Path(__file__).parent / "data" / "legacy.xls"
    assert [(s.name, s.hidden) for s in io.list_sheets(path)] == [("Hidden", True),
                                                                  ("Data", False)]
    t = io.read(path)
    assert t.report.file_format == "xls" and t.sheet == "Data" and t.report.contained
    assert t.columns == ["Bedrift", "Region", "Ansatte", "Svart"]
    assert t.data["Region"].tolist() == ["Trøndelag", "Østlandet", "Oslo"]
    assert t.data["Ansatte"].tolist() == [12, "007", 3.5]
    assert t.data["Svart"].iloc[0] in (dt.date(2024, 3, 15), dt.datetime(2024, 3, 15))
    assert t.report.blank_rows_dropped == 1


def test_header_rows_given_without_header_row_keeps_the_given_depth(tmp_path):
    p = tmp_path / "depth.xlsx"
    _book(p, [["Survey 2024 (export of all answers, do not edit)"],
              ["Firm", "Region", "Product"], ["id", "where", "new?"], ["A", "Oslo", "Yes"]])
    t = io.read(p, header_rows=2)
    assert (t.report.header_row, t.report.header_rows) == (2, 2)
    assert t.columns == ["Firm - id", "Region - where", "Product - new?"] and t.n_rows == 1


def test_progress_and_cancel_follow_the_house_convention(tmp_path):
    from clusterdesk.errors import Cancelled

    p = tmp_path / "steps.xlsx"
    _book(p, [["Firm", "Region"], ["A", "Oslo"]])
    seen = []
    io.read(p, task=Task(lambda f, m: seen.append(f)))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    calls = []

    def stop_on_second_check():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(Cancelled):
        io.read(p, task=Task(should_stop=stop_on_second_check))
