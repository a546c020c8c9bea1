"""What every chart shares: the palette and hatches, the default size, a figure without pyplot,
labels wrapped between words, and the note under the plot."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe & Ito (2008), without black (kept for text and reference lines).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#999999")
HATCHES = ("", "//", "..", "xx", "\\\\", "oo")
SIZE = (12.8, 8.0)
DPI = 100


def new_figure(size: tuple[float, float] = SIZE) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=size, dpi=DPI, layout="constrained")


def wrapped_lines(text: str, width: int) -> list[str]:
    """``text`` wrapped between words only: a word is never broken, however long."""
    return textwrap.wrap(str(text), width, break_long_words=False, break_on_hyphens=False) or [
        str(text)]


def wrapped(text: str, width: int = 18) -> str:
    return "\n".join(wrapped_lines(text, width))


def number_or_nan(value: float | None) -> float:
    """Missing cells are NaN: matplotlib leaves them out instead of drawing a zero."""
    return float("nan") if value is None else float(value)


def char_inches(fontsize: float) -> float:
    """A generous average width of one character of the default sans font."""
    return fontsize * 0.62 / 72


def column_label_width(labels: list[str], series: list[str], size: tuple[float, float],
                        fontsize: float) -> int | None:
    """Characters per line that each category label gets under its group of columns, or None
    when some word or label would not fit there (the chart then turns to horizontal bars)."""
    legend = min(max((len(s) for s in series), default=0), 28) * char_inches(fontsize) + 0.9
    plot = size[0] - legend - 1.0  # the y axis' numbers and title take about an inch
    chars = int(plot / max(len(labels), 1) / char_inches(fontsize)) - 1
    if chars < 4 or any(len(word) > chars for text in labels for word in str(text).split()):
        return None
    if max(len(wrapped_lines(text, chars)) for text in labels) > 3:
        return None
    return chars


def footnote(fig: Figure, text: str) -> None:
    """A note under the plot; as a figure-level x label the constrained layout makes room for it."""
    fig.supxlabel(text, x=0.01, ha="left", fontsize=10, color="#444444")


def finish_axes(ax, vertical: bool) -> None:
    """The bar charts' common look: a grid along the share axis only, drawn below the bars,
    category labels at 11 pt, no top or right frame."""
    share_axis, category_axis = (ax.yaxis, ax.xaxis) if vertical else (ax.xaxis, ax.yaxis)
    share_axis.grid(True, color="#dddddd")
    category_axis.grid(False)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y" if vertical else "x", labelsize=11)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
