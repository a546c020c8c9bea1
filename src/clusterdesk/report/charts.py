"""Charts of the results as matplotlib Figures, shared by the GUI (in a canvas) and the report.

Figures are built with ``matplotlib.figure.Figure`` directly, never pyplot: pyplot keeps global
state and picks a GUI backend, which would tie this Qt-free layer to a display. The palette is
Okabe-Ito (distinguishable with the common colour-vision deficiencies); past eight series bars
also get hatches so that no two look alike. The default size is 12.8 x 8 inches at 100 dpi, i.e.
1280 x 800 pixels, with fonts sized to be read at that size.
"""

from __future__ import annotations

import math
import os
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.analysis.results import ModelResult, RegressionResult, ResultTable, Row

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe & Ito (2008), without black (kept for text and reference lines).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#999999")
HATCHES = ("", "//", "..", "xx", "\\\\", "oo")
SIZE = (12.8, 8.0)
DPI = 100
Z95 = 1.959963984540054  # normal 97.5 % quantile: the 95 % interval of the regression tables

SCALES = {
    "coef": ("Coefficient", 0.0),
    "odds_ratio": ("Odds ratio (log scale)", 1.0),
    "ame": ("Average marginal effect (percentage points)", 0.0),
}


def _figure(size: tuple[float, float] = SIZE) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=size, dpi=DPI, layout="constrained")


def _lines(text: str, width: int) -> list[str]:
    """``text`` wrapped between words only: a word is never broken, however long."""
    return textwrap.wrap(str(text), width, break_long_words=False, break_on_hyphens=False) or [
        str(text)]


def _wrap(text: str, width: int = 18) -> str:
    return "\n".join(_lines(text, width))


def _number(value: float | None) -> float:
    """Missing cells are NaN: matplotlib leaves them out instead of drawing a zero."""
    return float("nan") if value is None else float(value)


def share_rows(table: ResultTable) -> list[Row]:
    """Rows that hold shares (not the 'N firms' count row of T5)."""
    return [r for r in table.rows if r.kind != "count"]


def share_columns(table: ResultTable) -> list[int]:
    """Indexes of the columns that hold shares (not the N columns of T2)."""
    return [i for i, c in enumerate(table.columns) if c.kind == "share"]


def _char_inches(fontsize: float) -> float:
    """A generous average width of one character of the default sans font."""
    return fontsize * 0.62 / 72


def _column_label_width(labels: list[str], series: list[str], size: tuple[float, float],
                        fontsize: float) -> int | None:
    """Characters per line that each category label gets under its group of columns, or None
    when some word or label would not fit there (the chart then turns to horizontal bars)."""
    legend = min(max((len(s) for s in series), default=0), 28) * _char_inches(fontsize) + 0.9
    plot = size[0] - legend - 1.0  # the y axis' numbers and title take about an inch
    chars = int(plot / max(len(labels), 1) / _char_inches(fontsize)) - 1
    if chars < 4 or any(len(word) > chars for text in labels for word in str(text).split()):
        return None
    if max(len(_lines(text, chars)) for text in labels) > 3:
        return None
    return chars


def bar_chart(table: ResultTable, error_bars: bool = True, size: tuple[float, float] = SIZE,
              title: str | None = None) -> Figure:
    """Grouped bars of a share table (T2-T5): one group per row, one bar per share column.

    Bar heights are the table's values as they are (percent); with ``error_bars`` the 95 % Wilson
    intervals of the cells (``ci_low``/``ci_high``) are drawn where the engine computed them.
    Category labels wrap between words under their group; when a label cannot fit there at
    ``size`` (long factor names, many regions, a narrow window) the bars turn horizontal, with
    the labels whole at their left.
    """
    import numpy as np

    fig = _figure(size)
    ax = fig.add_subplot()
    rows = share_rows(table)
    cols = share_columns(table)
    if not any(math.isfinite(_number(r.values[c])) for r in rows for c in cols):
        # no bars of nothing: the sentence that says why (spec 7), else the general one
        ax.set_axis_off()
        why = getattr(table, "why", None)
        ax.text(0.5, 0.5, "\n".join(_lines(why, 60)) if why else
                "Nothing to chart: this table has no shares.", ha="center",
                va="center", fontsize=14, transform=ax.transAxes)
        return fig
    labels = [r.label for r in rows]
    width_chars = _column_label_width(labels, [table.columns[c].label for c in cols], size, 11)
    vertical = width_chars is not None
    x = np.arange(len(rows), dtype=float)
    width = 0.8 / len(cols)
    intervals = error_bars and any(r.ci_low is not None for r in rows)
    for j, ci in enumerate(cols):
        heights = np.array([_number(r.values[ci]) for r in rows])
        offsets = x - 0.4 + width * (j + 0.5)
        err = None
        if intervals:
            low = np.array([_number(r.ci_low[ci]) if r.ci_low else math.nan for r in rows])
            high = np.array([_number(r.ci_high[ci]) if r.ci_high else math.nan for r in rows])
            err = np.vstack([heights - low, high - heights])  # NaN: no bar (Average rows)
        style = {"label": "\n".join(_lines(table.columns[ci].label, 28)),
                 "color": PALETTE[j % len(PALETTE)],
                 "hatch": HATCHES[(j // len(PALETTE)) % len(HATCHES)], "edgecolor": "white",
                 "linewidth": 0.5, "capsize": 3 if err is not None else 0,
                 "error_kw": {"elinewidth": 1.0, "ecolor": "#333333"}}
        if vertical:
            ax.bar(offsets, heights, width * 0.95, yerr=err, **style)
        else:
            ax.barh(offsets, heights, width * 0.95, xerr=err, **style)
    share_axis, category_axis = (ax.yaxis, ax.xaxis) if vertical else (ax.xaxis, ax.yaxis)
    if vertical:
        ax.set_xticks(x, ["\n".join(_lines(t, width_chars)) for t in labels], fontsize=11)
        ax.set_ylabel("Share of firms (%)", fontsize=13)
        ax.set_xlabel(table.row_header or "", fontsize=13)
        ax.set_ylim(0, 102)  # shares on their whole scale, so that small differences look small
    else:
        ax.set_yticks(x, ["\n".join(_lines(t, 30)) for t in labels], fontsize=11)
        ax.invert_yaxis()  # first row on top, as in the table
        ax.set_xlabel("Share of firms (%)", fontsize=13)
        ax.set_ylabel(table.row_header or "", fontsize=13)
        ax.set_xlim(0, 102)
    share_axis.grid(True, color="#dddddd")
    category_axis.grid(False)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y" if vertical else "x", labelsize=11)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.legend(fontsize=11, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_title(title if title is not None else table.title, fontsize=15, loc="left")
    if intervals:
        _footnote(fig, "Error bars: 95 % Wilson intervals.")
    return fig


def _footnote(fig: Figure, text: str) -> None:
    """A note under the plot; as a figure-level x label the constrained layout makes room for it."""
    fig.supxlabel(text, x=0.01, ha="left", fontsize=10, color="#444444")


def bar_heights(ax: Axes) -> list[list[float]]:
    """Heights of the bars of each series of ``bar_chart`` (for tests and the GUI's tooltips)."""
    from matplotlib.container import BarContainer

    return [[p.get_height() if c.orientation == "vertical" else p.get_width()
             for p in c.patches] for c in ax.containers if isinstance(c, BarContainer)]


def _interval(term, scale: str) -> tuple[float, float, float] | None:
    if scale == "ame":
        if term.ame is None or term.ame_se is None:
            return None
        mid, half = float(term.ame), Z95 * float(term.ame_se)
        return mid, mid - half, mid + half
    mid, half = float(term.coef), Z95 * float(term.se)
    if scale == "odds_ratio":
        return math.exp(mid), math.exp(mid - half), math.exp(mid + half)
    return mid, mid - half, mid + half


def plotted_terms(model: ModelResult, include_const: bool = False) -> list:
    """The terms a coefficient plot shows: those the table shows (sector dummies are not)."""
    return [t for t in model.terms if t.shown and (include_const or t.key != "const")]


def coefficient_plot(regression: RegressionResult, scale: str = "coef",
                     size: tuple[float, float] = SIZE, include_const: bool = False) -> Figure:
    """Estimates with 95 % intervals, one row per term, one marker colour per model.

    ``scale``: 'coef' (the model's own scale), 'odds_ratio' (exp of coefficient and interval,
    logit only; log axis) or 'ame' (average marginal effect in percentage points, spec 6).
    Models that could not be fitted are named in a note instead of being drawn.
    """
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {sorted(SCALES)}, not {scale!r}")
    xlabel, reference = SCALES[scale]
    fig = _figure(size)
    ax = fig.add_subplot()
    fitted = [m for m in regression.models if m.error is None and m.terms]
    if scale == "odds_ratio":
        fitted = [m for m in fitted if m.model == "logit"]
    skipped = [m for m in regression.models if m not in fitted]
    labels: list[str] = []
    for m in fitted:
        for t in plotted_terms(m, include_const):
            if t.label not in labels:
                labels.append(t.label)
    if not labels:
        ax.set_axis_off()
        why = regression.notes[0] if not regression.models and regression.notes else None
        ax.text(0.5, 0.5, "\n".join(_lines(why, 60)) if why else
                "No model could be drawn on this scale.", ha="center", va="center",
                fontsize=14, transform=ax.transAxes)
    step = 0.7 / max(len(fitted), 1)
    for j, m in enumerate(fitted):
        ys, mids, lows, highs = [], [], [], []
        for t in plotted_terms(m, include_const):
            ci = _interval(t, scale)
            if ci is None or not all(math.isfinite(v) for v in ci):
                continue
            ys.append(labels.index(t.label) - 0.35 + step * (j + 0.5))
            mids.append(ci[0])
            lows.append(ci[0] - ci[1])
            highs.append(ci[2] - ci[0])
        ax.errorbar(mids, ys, xerr=[lows, highs], fmt="os"[j % 2], markersize=7, capsize=4,
                    color=PALETTE[j % len(PALETTE)], label=_wrap(m.outcome_label, 30),
                    linewidth=1.5)
    if labels:
        ax.set_yticks(range(len(labels)), [_wrap(t, 30) for t in labels], fontsize=11)
        ax.invert_yaxis()  # first term on top, as in the table
        ax.axvline(reference, color="#333333", linewidth=1, linestyle="--")
        if scale == "odds_ratio":
            _odds_ratio_axis(ax)
        ax.set_xlabel(xlabel, fontsize=13)
        ax.tick_params(axis="x", labelsize=11)
        ax.xaxis.grid(True, color="#dddddd")
        ax.set_axisbelow(True)
        if fitted:
            ax.legend(fontsize=11, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_title(regression.title, fontsize=15, loc="left")
    notes = ["Bars: 95 % intervals."]
    notes += [f"{m.outcome_label}: not drawn ({m.error or 'no odds ratios for this model'})."
              for m in skipped]
    _footnote(fig, " ".join(notes))
    return fig


_RATIO_TICKS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4, 5,
                10, 20, 50, 100)


def _odds_ratio_axis(ax: Axes) -> None:
    """Log axis (odds ratios of 0.5 and 2 are equally far from 1) with plain-number ticks."""
    from matplotlib.ticker import FixedLocator, NullFormatter, NullLocator, StrMethodFormatter

    ax.set_xscale("log")
    low, high = ax.get_xlim()
    ticks = [t for t in _RATIO_TICKS if low <= t <= high]
    if len(ticks) >= 2:
        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())


def save_figure(fig: Figure, path: str | os.PathLike, dpi: int = DPI) -> Path:
    """Save as PNG, SVG or PDF (by the file's suffix), atomically: temporary file, then rename."""
    from clusterdesk.errors import UserError
    from clusterdesk.texts import translate

    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise UserError(translate("report", "A chart can be saved as .png, .svg or .pdf, not "
                                  "'{name}'. Choose one of those file types.").format(
            name=target.name))
    try:
        from clusterdesk.atomic import replacing

        with replacing(target, f".{fmt}") as tmp:
            fig.savefig(tmp, format=fmt, dpi=dpi)
    except OSError as exc:
        raise UserError(translate("report", "The chart '{path}' cannot be written ({error}). "
                                  "Check that the folder exists and that you may write "
                                  "there.").format(path=target, error=exc.strerror or exc)) from None
    return target


def change_chart(table_change, size: tuple[float, float] = SIZE, title: str | None = None
                 ) -> Figure:
    """The changes of a compared table with their 95 % intervals (report.charts_change)."""
    from clusterdesk.report import charts_change

    return charts_change.change_chart(table_change, size=size, title=title)
