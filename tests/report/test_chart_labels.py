"""Category labels of the bar charts read at a glance: drawn for real at the sizes a window and
the report give them, no label overlaps its neighbour or leaves the figure, and none is broken
inside a word."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.container import BarContainer

from clusterdesk.analysis.results import COUNT, Column, ResultTable, Row
from clusterdesk.mapping.roles import FACTORS, label
from clusterdesk.report import charts

LEVELS_EN = ["Regional", "National", "International"]
LEVELS_NB = ["Regionalt", "Nasjonalt", "Internasjonalt"]
REGIONS = ["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"]
MANY_REGIONS = ["Agder", "Innlandet", "Møre og Romsdal", "Nordland", "Oslo", "Rogaland",
                "Troms og Finnmark", "Trøndelag", "Vestfold og Telemark", "Vestland", "Viken",
                "Svalbard og Jan Mayen"]

CASES = {  # name: (row labels, share column labels)
    "T4 English": ([label(f, "en") for f in FACTORS] + ["Average (un-weighted)"], LEVELS_EN),
    "T4 Norwegian": ([label(f, "nb") for f in FACTORS] + ["Gjennomsnitt (uvektet)"], LEVELS_NB),
    "T2 regions": (REGIONS + ["Total"], ["Product innovation", "New to market product "
                                         "innovation", "Process innovation"]),
    "T2 twelve counties": (MANY_REGIONS + ["Total"], ["Product innovation"]),
    "T5 outcomes": (["New or significantly improved products", "New to market product "
                     "innovation", "New or significantly improved processes"],
                    ["Non-regional cluster", "Regional cluster", "All firms"]),
}
SIZES = [(600, 450), (800, 500), (1000, 560), (1280, 800), (1366, 768)]


def _table(rows: list[str], columns: list[str]) -> ResultTable:
    cols = [Column(f"c{j}", c) for j, c in enumerate(columns)] + [Column("n", "N", COUNT, "count")]
    body = []
    for i, r in enumerate(rows):
        values = [10.0 + 7 * ((i + j) % 10) for j in range(len(columns))]
        body.append(Row(f"r{i}", r, values + [100], [v - 5 for v in values] + [None],
                        [v + 5 for v in values] + [None]))
    return ResultTable("t", "A table", cols, body)


def _category_labels(fig):
    ax = fig.axes[0]
    bars = next(c for c in ax.containers if isinstance(c, BarContainer))
    vertical = bars.orientation == "vertical"
    return vertical, (ax.get_xticklabels() if vertical else ax.get_yticklabels())


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("case", list(CASES))
def test_category_labels_never_overlap_or_break_inside_a_word(case, size):
    rows, columns = CASES[case]
    fig = charts.bar_chart(_table(rows, columns), size=(size[0] / 100, size[1] / 100))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    vertical, ticks = _category_labels(fig)
    assert [" ".join(t.get_text().split()) for t in ticks] == rows  # wrapped between words only
    boxes = [t.get_window_extent(renderer) for t in ticks]
    for a, b in zip(boxes, boxes[1:], strict=False):
        if vertical:
            assert a.x1 <= b.x0, (case, size, "labels touch side by side")
        else:  # horizontal bars: first row on top, pixel y grows upwards
            assert b.y1 <= a.y0, (case, size, "labels touch one above the other")
    whole = fig.bbox
    for box in boxes:
        assert box.x0 >= whole.x0 - 0.5 and box.x1 <= whole.x1 + 0.5
        assert box.y0 >= whole.y0 - 0.5 and box.y1 <= whole.y1 + 0.5


def test_long_factor_names_turn_the_bars_horizontal_and_short_names_stay_columns():
    factors, levels = CASES["T4 Norwegian"]
    assert _category_labels(charts.bar_chart(_table(factors, levels), size=(9.0, 5.6)))[0] is False
    regions, outcomes = CASES["T2 regions"]
    assert _category_labels(charts.bar_chart(_table(regions, outcomes)))[0] is True


def test_horizontal_bars_keep_the_values_and_the_row_order():
    factors, levels = CASES["T4 English"]
    table = _table(factors, levels)
    fig = charts.bar_chart(table, size=(8.0, 5.0))
    assert _category_labels(fig)[0] is False
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
