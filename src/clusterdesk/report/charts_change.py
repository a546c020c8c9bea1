"""The chart of a compared table (spec section 8): per share cell the change in points with its
95 % interval as an error bar; a change with p < 0.05 is drawn solid and starred, the others
pale. The category labels follow bar_chart's rules (wrapped between words under their group,
horizontal bars when a label would not fit there)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from clusterdesk.report.chart_parts import (
    HATCHES,
    PALETTE,
    SIZE,
    column_label_width,
    finish_axes,
    footnote,
    new_figure,
    wrapped_lines,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ALPHA = 0.05
PALE = 0.35  # the opacity of a change within sampling noise
FOOTNOTE = "Error bars: 95 % intervals of the change. Solid and *: p < 0.05."
AXIS = "Change (percentage points)"


def significant(row: Any, j: int) -> bool:
    """The change of the cell is larger than sampling noise (Fisher's p where it applies)."""
    p = row.fisher_p[j] if row.fisher_p[j] is not None else row.p[j]
    return p is not None and p < ALPHA


def change_chart(table: Any, size: tuple[float, float] = SIZE,
                 title: str | None = None) -> Figure:
    """Grouped bars of the changes of a TableChange (analysis.compare): one group per row, one
    bar per column; cells without a change are left out, cells without an interval get none."""
    import numpy as np

    fig = new_figure(size)
    ax = fig.add_subplot()
    rows = [r for r in table.rows if any(v is not None for v in r.change)]
    if not rows or not table.columns:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "Nothing to chart: the two waves have no cell in common.",
                ha="center", va="center", fontsize=14, transform=ax.transAxes)
        return fig
    labels = [r.label for r in rows]
    series = list(table.column_labels)
    width_chars = column_label_width(labels, series, size, 11)
    vertical = width_chars is not None
    x = np.arange(len(rows), dtype=float)
    width = 0.8 / len(series)
    for j, name in enumerate(series):
        change = np.array([_nan(r.change[j]) for r in rows])
        low = np.array([_nan(r.change_low[j]) for r in rows])
        high = np.array([_nan(r.change_high[j]) for r in rows])
        offsets = x - 0.4 + width * (j + 0.5)
        colour = PALETTE[j % len(PALETTE)]
        marked = [significant(r, j) for r in rows]
        style = {"color": colour, "hatch": HATCHES[(j // len(PALETTE)) % len(HATCHES)],
                 "edgecolor": colour, "linewidth": 0.8, "label": "\n".join(wrapped_lines(name, 28))}
        err = np.vstack([change - low, high - change])  # NaN: no error bar
        draw = ax.bar if vertical else ax.barh
        bars = draw(offsets, change, width * 0.9, **style)
        for patch, sure in zip(bars.patches, marked, strict=True):
            patch.set_alpha(1.0 if sure else PALE)
        if vertical:
            ax.errorbar(offsets, change, yerr=err, fmt="none", ecolor="#333333", elinewidth=1.0,
                        capsize=3)
        else:
            ax.errorbar(change, offsets, xerr=err, fmt="none", ecolor="#333333", elinewidth=1.0,
                        capsize=3)
        for k, sure in enumerate(marked):
            if sure and math.isfinite(change[k]):
                tip = high[k] if change[k] >= 0 else low[k]
                tip = change[k] if not math.isfinite(tip) else tip
                where = (offsets[k], tip) if vertical else (tip, offsets[k])
                ax.annotate("*", where, xytext=(0, 5 if change[k] >= 0 else -14) if vertical
                            else (8 if change[k] >= 0 else -8, -5),
                            textcoords="offset points", ha="center", fontsize=14,
                            fontweight="bold", color="#222222")
    if vertical:
        ax.set_xticks(x, ["\n".join(wrapped_lines(t, width_chars)) for t in labels], fontsize=11)
        ax.set_ylabel(AXIS, fontsize=13)
        ax.axhline(0, color="#333333", linewidth=1)
    else:
        ax.set_yticks(x, ["\n".join(wrapped_lines(t, 30)) for t in labels], fontsize=11)
        ax.invert_yaxis()  # first row on top, as in the table
        ax.set_xlabel(AXIS, fontsize=13)
        ax.axvline(0, color="#333333", linewidth=1)
    _symmetric(ax, vertical)
    finish_axes(ax, vertical)
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=PALETTE[j % len(PALETTE)], label="\n".join(wrapped_lines(name, 28)),
                     hatch=HATCHES[(j // len(PALETTE)) % len(HATCHES)], edgecolor="white")
               for j, name in enumerate(series)]  # solid: a pale first bar is not the series
    ax.legend(handles=handles, fontsize=11, frameon=False, loc="upper left",
              bbox_to_anchor=(1.0, 1.0))
    if title:
        ax.set_title(title, fontsize=15, loc="left")
    footnote(fig, FOOTNOTE)
    return fig


def _nan(value: float | None) -> float:
    return math.nan if value is None else float(value)


def _symmetric(ax: Any, vertical: bool) -> None:
    """Rises and falls on the same scale around zero, with room for the stars."""
    low, high = ax.get_ylim() if vertical else ax.get_xlim()
    reach = max(abs(low), abs(high), 1.0) * 1.08
    (ax.set_ylim if vertical else ax.set_xlim)(-reach, reach)
