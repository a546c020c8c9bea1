"""The chart of a compared table: its category labels follow bar_chart's rules (never overlap,
never leave the figure, never broken inside a word) at the sizes a window and the report give
them; the bars are the changes, the error bars their intervals, significant changes solid."""

from __future__ import annotations

import math

import pytest
from matplotlib.container import BarContainer, ErrorbarContainer

from clusterdesk.analysis.comparison import RowChange, TableChange
from clusterdesk.report import charts
from tests.report.chart_labels import CASES, SIZES, assert_labels_readable, category_labels


def _change(rows: list[str], columns: list[str]) -> TableChange:
    body = []
    for i, r in enumerate(rows):
        change = [(-1) ** (i + j) * (1.5 + 2.5 * ((i + j) % 5)) for j in range(len(columns))]
        p = [0.01 if abs(c) > 8 else 0.4 for c in change]
        body.append(RowChange(f"r{i}", r, "data", [40.0] * len(columns),
                              [40.0 + c for c in change], change, [c - 4 for c in change],
                              [c + 4 for c in change], p, [None] * len(columns)))
    return TableChange("t", [f"c{j}" for j in range(len(columns))], list(columns), body)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("case", list(CASES))
def test_change_chart_labels_never_overlap_or_break_inside_a_word(case, size):
    rows, columns = CASES[case]
    fig = charts.change_chart(_change(rows, columns), size=(size[0] / 100, size[1] / 100))
    assert_labels_readable(fig, rows, (case, size))


def test_bars_are_the_changes_with_their_intervals_and_significant_ones_solid():
    table = _change(["Oslo", "Bergen", "Total"], ["Product innovation", "Process innovation"])
    fig = charts.change_chart(table, size=(12.8, 8.0))
    ax = fig.axes[0]
    assert category_labels(fig)[0] is True
    assert charts.bar_heights(ax) == [[r.change[j] for r in table.rows] for j in range(2)]
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    for j, container in enumerate(bars):
        for row, patch in zip(table.rows, container.patches, strict=True):
            assert (patch.get_alpha() == 1.0) == (row.p[j] < 0.05)
    errors = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    segments = errors[0].lines[2][0].get_segments()
    for row, seg in zip(table.rows, segments, strict=True):
        assert sorted(y for _, y in seg) == pytest.approx([row.change_low[0],
                                                           row.change_high[0]])
    stars = [t for t in ax.texts if t.get_text() == "*"]
    assert len(stars) == sum(p < 0.05 for r in table.rows for p in r.p)
    low, high = ax.get_ylim()
    assert math.isclose(-low, high)  # rises and falls on one scale


def test_cells_without_interval_get_no_error_bar_and_an_empty_table_says_so():
    table = _change(["Oslo"], ["Product innovation"])
    row = table.rows[0]
    row.change_low, row.change_high, row.p = [None], [None], [None]
    fig = charts.change_chart(table, size=(8, 5))
    errors = [c for c in fig.axes[0].containers if isinstance(c, ErrorbarContainer)]
    assert all(math.isnan(y) for seg in errors[0].lines[2][0].get_segments() for _, y in seg) \
        or not errors[0].lines[2][0].get_segments()
    empty = charts.change_chart(TableChange("t", [], [], []), size=(8, 5))
    assert "no cell in common" in empty.axes[0].texts[0].get_text()
