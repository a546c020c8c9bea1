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
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.analysis.results import ResultTable, Row
from clusterdesk.report.chart_models import SCALES, coefficient_plot, plotted_terms
from clusterdesk.report.chart_parts import (
    DPI,
    HATCHES,
    PALETTE,
    SIZE,
    column_label_width,
    finish_axes,
    footnote,
    new_figure,
    number_or_nan,
    wrapped_lines,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Table 6's plot (chart_models.py) and the shared parts (chart_parts.py) are named here too.
__all__ = ["DPI", "HATCHES", "PALETTE", "SCALES", "SIZE", "bar_chart", "bar_heights", "change_chart",
           "coefficient_plot", "plotted_terms", "save_figure", "share_columns", "share_rows"]


def share_rows(table: ResultTable) -> list[Row]:
    """Rows that hold shares (not the 'N firms' count row of T5)."""
    return [r for r in table.rows if r.kind != "count"]


def share_columns(table: ResultTable) -> list[int]:
    """Indexes of the columns that hold shares (not the N columns of T2)."""
    return [i for i, c in enumerate(table.columns) if c.kind == "share"]


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

    fig = new_figure(size)
    ax = fig.add_subplot()
    rows = share_rows(table)
    cols = share_columns(table)
    if not any(math.isfinite(number_or_nan(r.values[c])) for r in rows for c in cols):
        # no bars of nothing: the sentence that says why (spec 7), else the general one
        ax.set_axis_off()
        why = getattr(table, "why", None)
        ax.text(0.5, 0.5, "\n".join(wrapped_lines(why, 60)) if why else
                "Nothing to chart: this table has no shares.", ha="center",
                va="center", fontsize=14, transform=ax.transAxes)
        return fig
    labels = [r.label for r in rows]
    width_chars = column_label_width(labels, [table.columns[c].label for c in cols], size, 11)
    vertical = width_chars is not None
    x = np.arange(len(rows), dtype=float)
    width = 0.8 / len(cols)
    intervals = error_bars and any(r.ci_low is not None for r in rows)
    for j, ci in enumerate(cols):
        heights = np.array([number_or_nan(r.values[ci]) for r in rows])
        offsets = x - 0.4 + width * (j + 0.5)
        err = None
        if intervals:
            low = np.array([number_or_nan(r.ci_low[ci]) if r.ci_low else math.nan for r in rows])
            high = np.array([number_or_nan(r.ci_high[ci]) if r.ci_high else math.nan for r in rows])
            err = np.vstack([heights - low, high - heights])  # NaN: no bar (Average rows)
        style = {"label": "\n".join(wrapped_lines(table.columns[ci].label, 28)),
                 "color": PALETTE[j % len(PALETTE)],
                 "hatch": HATCHES[(j // len(PALETTE)) % len(HATCHES)], "edgecolor": "white",
                 "linewidth": 0.5, "capsize": 3 if err is not None else 0,
                 "error_kw": {"elinewidth": 1.0, "ecolor": "#333333"}}
        if vertical:
            ax.bar(offsets, heights, width * 0.95, yerr=err, **style)
        else:
            ax.barh(offsets, heights, width * 0.95, xerr=err, **style)
    if vertical:
        ax.set_xticks(x, ["\n".join(wrapped_lines(t, width_chars)) for t in labels], fontsize=11)
        ax.set_ylabel("Share of firms (%)", fontsize=13)
        ax.set_xlabel(table.row_header or "", fontsize=13)
        ax.set_ylim(0, 102)  # shares on their whole scale, so that small differences look small
    else:
        ax.set_yticks(x, ["\n".join(wrapped_lines(t, 30)) for t in labels], fontsize=11)
        ax.invert_yaxis()  # first row on top, as in the table
        ax.set_xlabel("Share of firms (%)", fontsize=13)
        ax.set_ylabel(table.row_header or "", fontsize=13)
        ax.set_xlim(0, 102)
    finish_axes(ax, vertical)
    ax.legend(fontsize=11, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_title(title if title is not None else table.title, fontsize=15, loc="left")
    if intervals:
        footnote(fig, "Error bars: 95 % Wilson intervals.")
    return fig


def bar_heights(ax: Axes) -> list[list[float]]:
    """Heights of the bars of each series of ``bar_chart`` (for tests and the GUI's tooltips)."""
    from matplotlib.container import BarContainer

    return [[p.get_height() if c.orientation == "vertical" else p.get_width()
             for p in c.patches] for c in ax.containers if isinstance(c, BarContainer)]


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
