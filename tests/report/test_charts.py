"""Charts: rendered for real to PNG/SVG; bars and intervals read back from the Axes."""

from __future__ import annotations

import math
import os
import stat
import subprocess
import sys

import numpy as np
import pytest
from statsmodels.stats.proportion import proportion_confint

from clusterdesk.analysis.results import (
    COUNT,
    Column,
    ModelResult,
    RegressionResult,
    ResultTable,
    Row,
    Term,
)
from clusterdesk.errors import UserError
from clusterdesk.report import charts

Z = 1.959963984540054


def _share_row(key: str, counts: list[tuple[int, int]], n_firms: int, kind="data") -> Row:
    """A T2 row from (k, n) counts per outcome, with Wilson intervals from statsmodels."""
    values = [100 * k / n for k, n in counts] + [n_firms]
    cis = [proportion_confint(k, n, alpha=0.05, method="wilson") for k, n in counts]
    return Row(key, key, values, ci_low=[100 * lo for lo, _ in cis] + [None],
               ci_high=[100 * hi for _, hi in cis] + [None], kind=kind)


def _t2() -> ResultTable:
    cols = [Column("product", "Product innovation"),
            Column("process", "Process innovation"),
            Column("n", "N firms", COUNT, "count")]
    rows = [_share_row("Oslo", [(6, 10), (3, 10)], 10),
            _share_row("Bergen", [(2, 8), (4, 8)], 8),
            _share_row("Total", [(8, 18), (7, 18)], 18, kind="total")]
    return ResultTable("innovation_by_region", "Innovation by region", cols, rows,
                       row_header="Region")


def _t5() -> ResultTable:
    cols = [Column("non_regional", "Non-regional cluster"), Column("regional", "Regional cluster"),
            Column("all", "All firms")]
    rows = [Row("product", "Product innovation", [40.0, 55.5, None]),
            Row("n", "N firms", [100, 200, 400], kind="count")]
    return ResultTable("cluster_classification", "Cluster classification", cols, rows)


def _regression() -> RegressionResult:
    def terms(shift: float) -> list[Term]:
        return [Term("national", "National", 0.2 + shift, 0.1, 2.0, 0.05, odds_ratio=None,
                     ame=4.0 + shift, ame_se=1.5, ame_p=0.01),
                Term("international", "International", -0.3, 0.2, -1.5, 0.13, ame=-6.0,
                     ame_se=2.0, ame_p=0.003),
                Term("sector[Retail]", "Retail", 0.5, 0.3, 1.7, 0.09, shown=False),
                Term("const", "Constant", 1.0, 0.4, 2.5, 0.01)]
    ok = ModelResult("product", "Product innovation", "logit", "model", n=500, terms=terms(0.0))
    ok2 = ModelResult("product_new_to_market", "Radical product innovation", "logit", "model",
                      n=480, terms=terms(0.1))
    failed = ModelResult("process", "Process innovation", "logit", "model",
                         error="every firm answered no")
    return RegressionResult("Regression: cluster scope and innovation", [ok, ok2, failed])


def _png_pixels(path):
    from matplotlib.image import imread

    return imread(path)


def test_bar_chart_heights_and_error_bars_are_the_tables(tmp_path):
    table = _t2()
    fig = charts.bar_chart(table)
    ax = fig.axes[0]
    heights = charts.bar_heights(ax)
    # one series per share column (the N column is not drawn), one bar per row (Total included)
    assert heights == [[60.0, 25.0, 100 * 8 / 18], [30.0, 50.0, 100 * 7 / 18]]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Oslo", "Bergen", "Total"]
    assert ax.get_ylabel() == "Share of firms (%)" and ax.get_xlabel() == "Region"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Product innovation",
                                                                    "Process innovation"]
    # error bar ends of the first series are the Wilson interval of 6 of 10, 2 of 8, 8 of 18
    from matplotlib.container import BarContainer

    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    container = bars[0]
    segments = container.errorbar.lines[2][0].get_segments()
    ends = [(seg[0][1], seg[1][1]) for seg in segments]
    expected = [proportion_confint(k, n, method="wilson") for k, n in [(6, 10), (2, 8), (8, 18)]]
    np.testing.assert_allclose(ends, 100 * np.array(expected), rtol=1e-12)
    # two series get two different colours
    assert container.patches[0].get_facecolor() != bars[1].patches[0].get_facecolor()

    path = charts.save_figure(fig, tmp_path / "t2.png")
    pixels = _png_pixels(path)
    assert pixels.shape[:2] == (800, 1280)
    assert (pixels[..., :3] < 0.9).mean() > 0.01  # something was drawn, not a blank page
    assert [p.name for p in tmp_path.iterdir()] == ["t2.png"]
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_bar_chart_skips_count_row_and_draws_missing_as_nothing():
    ax = charts.bar_chart(_t5(), error_bars=True).axes[0]
    heights = charts.bar_heights(ax)
    assert heights[:2] == [[40.0], [55.5]]
    assert math.isnan(heights[2][0])  # no value: no bar, not a zero
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Product innovation"]


def test_cells_without_interval_get_no_error_bar():
    table = _t2()
    table.rows.append(Row("average", "Average", [50.0, 40.0, None], kind="average"))
    from matplotlib.container import BarContainer

    ax = charts.bar_chart(table).axes[0]
    first = next(c for c in ax.containers if isinstance(c, BarContainer))
    segments = first.errorbar.lines[2][0].get_segments()
    assert len(segments) == 4
    assert np.isfinite(segments[2]).all() and not np.isfinite(segments[3]).any()  # none drawn


def test_bar_chart_without_error_bars():
    ax = charts.bar_chart(_t2(), error_bars=False).axes[0]
    from matplotlib.container import BarContainer

    assert all(c.errorbar is None for c in ax.containers if isinstance(c, BarContainer))
    assert len(ax.containers) == 2


def _errorbar_points(ax, label):
    container = next(c for c in ax.containers if c.get_label() == label)
    line = container.lines[0]
    xs, ys = line.get_xdata(), line.get_ydata()
    bars = container.lines[2][0].get_segments()
    return list(xs), list(ys), [(s[0][0], s[1][0]) for s in bars]


@pytest.mark.parametrize("scale", ["coef", "ame", "odds_ratio"])
def test_coefficient_plot_points_and_95_intervals(tmp_path, scale):
    fig = charts.coefficient_plot(_regression(), scale=scale)
    ax = fig.axes[0]
    # sector dummies and the constant are not drawn; the first term is on top
    assert [t.get_text() for t in ax.get_yticklabels()] == ["National", "International"]
    xs, ys, ends = _errorbar_points(ax, "Product innovation")
    if scale == "coef":
        expected = [(0.2, 0.2 - Z * 0.1, 0.2 + Z * 0.1), (-0.3, -0.3 - Z * 0.2, -0.3 + Z * 0.2)]
    elif scale == "ame":
        expected = [(4.0, 4.0 - Z * 1.5, 4.0 + Z * 1.5), (-6.0, -6.0 - Z * 2.0, -6.0 + Z * 2.0)]
    else:
        expected = [tuple(math.exp(v) for v in (0.2, 0.2 - Z * 0.1, 0.2 + Z * 0.1)),
                    tuple(math.exp(v) for v in (-0.3, -0.3 - Z * 0.2, -0.3 + Z * 0.2))]
        assert ax.get_xscale() == "log"
    np.testing.assert_allclose(xs, [e[0] for e in expected], rtol=1e-12)
    np.testing.assert_allclose(ends, [e[1:] for e in expected], rtol=1e-12)
    assert ys[0] < 1 <= ys[1] + 0.5  # national's row, then international's
    # the failed model is named, not drawn
    assert [c.get_label() for c in ax.containers] == ["Product innovation",
                                                      "Radical product innovation"]
    assert any("Process innovation: not drawn" in t.get_text() for t in fig.texts)
    assert ax.get_xlabel() == charts.SCALES[scale][0]
    path = charts.save_figure(fig, tmp_path / f"coef_{scale}.png")
    pixels = _png_pixels(path)
    assert pixels.shape[:2] == (800, 1280) and (pixels[..., :3] < 0.9).mean() > 0.005


def test_svg_and_bad_suffix(tmp_path):
    fig = charts.bar_chart(_t2())
    svg = charts.save_figure(fig, tmp_path / "sub" / "t2.svg")
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    with pytest.raises(UserError, match="t2.gif"):
        charts.save_figure(fig, tmp_path / "t2.gif")


def test_charts_touch_neither_pyplot_nor_qt(tmp_path):
    """In a fresh interpreter, so that GUI tests of the same run cannot hide an import."""
    code = ("import sys\n"
            "from clusterdesk.analysis.results import ResultTable, Column, Row\n"
            "from clusterdesk.report import charts\n"
            "t = ResultTable('t', 'T', [Column('a', 'A')], [Row('r', 'R', [50.0])])\n"
            "charts.save_figure(charts.bar_chart(t), sys.argv[1])\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib.pyplot'))]\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.png")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_odds_ratios_of_a_probit_are_not_drawn_but_named():
    reg = _regression()
    for m in reg.models:
        m.model = "probit"
    fig = charts.coefficient_plot(reg, scale="odds_ratio")
    assert fig.axes[0].containers == []
    note = " ".join(t.get_text() for t in fig.texts)
    assert "Product innovation: not drawn (no odds ratios for this model)" in note
    with pytest.raises(ValueError, match="scale"):
        charts.coefficient_plot(reg, scale="beta")


def test_table_without_shares_says_so():
    table = ResultTable("t", "Counts only", [Column("n", "N", COUNT, "count")],
                        [Row("a", "A", [3])])
    fig = charts.bar_chart(table)
    assert charts.bar_heights(fig.axes[0]) == []
    assert any("no shares" in t.get_text() for t in fig.axes[0].texts)
