"""Category labels of the bar charts read at a glance: drawn for real at the sizes a window and
the report give them, no label overlaps its neighbour or leaves the figure, and none is broken
inside a word."""

from __future__ import annotations

import pytest

from clusterdesk.analysis.results import COUNT, Column, ResultTable, Row
from clusterdesk.report import charts
from tests.report.chart_labels import CASES, SIZES, assert_labels_readable, category_labels


def _table(rows: list[str], columns: list[str]) -> ResultTable:
    cols = [Column(f"c{j}", c) for j, c in enumerate(columns)] + [Column("n", "N", COUNT, "count")]
    body = []
    for i, r in enumerate(rows):
        values = [10.0 + 7 * ((i + j) % 10) for j in range(len(columns))]
        body.append(Row(f"r{i}", r, values + [100], [v - 5 for v in values] + [None],
                        [v + 5 for v in values] + [None]))
    return ResultTable("t", "A table", cols, body)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("case", list(CASES))
def test_category_labels_never_overlap_or_break_inside_a_word(case, size):
    rows, columns = CASES[case]
    fig = charts.bar_chart(_table(rows, columns), size=(size[0] / 100, size[1] / 100))
    assert_labels_readable(fig, rows, (case, size))


def test_long_factor_names_turn_the_bars_horizontal_and_short_names_stay_columns():
    factors, levels = CASES["T4 Norwegian"]
    assert category_labels(charts.bar_chart(_table(factors, levels), size=(9.0, 5.6)))[0] is False
    regions, outcomes = CASES["T2 regions"]
    assert category_labels(charts.bar_chart(_table(regions, outcomes)))[0] is True


def test_horizontal_bars_keep_the_values_and_the_row_order():
    factors, levels = CASES["T4 English"]
    table = _table(factors, levels)
    fig = charts.bar_chart(table, size=(8.0, 5.0))
    assert category_labels(fig)[0] is False
    expected = [[r.values[j] for r in table.rows] for j in range(len(levels))]
    assert charts.bar_heights(fig.axes[0]) == expected
    assert fig.axes[0].yaxis_inverted()  # the first factor on top, as in the table


@pytest.fixture(scope="module")
def demo_results():
    from clusterdesk.analysis import analyse_file
    from clusterdesk.mapping.fileformat import load
    from clusterdesk.paths import demo_mapping, demo_survey

    return analyse_file(demo_survey(), load(demo_mapping()))


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_workbook_charts_with_long_factor_names_are_horizontal_bars(demo_results, tmp_path, lang):
    """The factor tables' native charts get horizontal bars (and error bars without a fixed
    direction, which horizontal charts do not take); the regions of T2 stay columns."""
    import openpyxl

    from clusterdesk.report.excel import write_workbook

    path = tmp_path / f"report-{lang}.xlsx"
    write_workbook(demo_results, path, lang=lang)
    kinds = {}
    for ws in openpyxl.load_workbook(path).worksheets:
        for chart in ws._charts:
            kinds[ws.title.split()[0]] = (chart.type, {s.errBars.errDir for s in chart.series
                                                       if s.errBars is not None})
    assert kinds["T2"] == ("col", {"y"})
    assert kinds["T3"][0] == kinds["T4"][0] == "bar"
    assert kinds["T4"][1] == {None}
