"""detect_header on grids as read_grid returns them, and the naming rule of spec section 4."""

from __future__ import annotations

from clusterdesk.io.header import column_names, detect_header


def test_plain_header_on_first_row():
    grid = [["Firm", "Region", "Employees"], ["A", "Oslo", 12], ["B", "Bergen", 40]]
    assert detect_header(grid) == (1, 1)


def test_title_and_blank_lines_are_skipped():
    grid = [["Innovation survey 2024 - export from Questback, all respondents"], [None],
            ["Printed 2024-05-01", None, None],
            ["Firm", "Region", "Employees"], ["A", "Oslo", 12], ["B", "Bergen", 40]]
    assert detect_header(grid) == (4, 1)


def test_numeric_rows_are_never_the_header():
    grid = [[1, 2, 3], [4, 5, 6]]
    assert detect_header(grid) == (1, 1)  # nothing qualifies: the default


def test_merged_question_over_sub_questions_is_two_rows():
    grid = [["Firm", "Most important partners located", None, None, "New product?"],
            [None, "Customers", "Suppliers", "Research", None],
            ["A", "Regional", "National", "Regional", "Yes"],
            ["B", "National", "National", "Abroad", "No"]]
    assert detect_header(grid) == (1, 2)


def test_text_answers_under_a_header_with_a_blank_are_not_a_second_header():
    grid = [["Firm", "Region", None, "Product"],
            ["A", "Oslo", "x", "Yes"],
            ["B", "Oslo", "x", "No"],
            ["C", "Bergen", "x", "Yes"]]
    assert detect_header(grid) == (1, 1)


def test_names_forward_fill_join_strip_and_dedupe():
    header = [["Q7 Where are", None, " Q8 ", None], ["customers", "suppliers", None, "Q8"]]
    names, warnings = column_names(header, 5)
    assert names == ["Q7 Where are - customers", "Q7 Where are - suppliers", "Q8", "Q8 (2)",
                     "Column 5"]
    assert any("'Q8' -> 'Q8 (2)'" in w for w in warnings)
    assert any("'Column 5'" in w for w in warnings)
