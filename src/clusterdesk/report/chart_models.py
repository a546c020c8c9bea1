"""Table 6 as a chart: each model's estimates with their 95 % intervals, one row per term, on the
coefficient, odds-ratio (log axis) or marginal-effect scale."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from clusterdesk.analysis.results import ModelResult, RegressionResult
from clusterdesk.report.chart_parts import (
    PALETTE,
    SIZE,
    footnote,
    new_figure,
    wrapped,
    wrapped_lines,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Z95 = 1.959963984540054  # normal 97.5 % quantile: the 95 % interval of the regression tables

SCALES = {
    "coef": ("Coefficient", 0.0),
    "odds_ratio": ("Odds ratio (log scale)", 1.0),
    "ame": ("Average marginal effect (percentage points)", 0.0),
}


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
    fig = new_figure(size)
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
        ax.text(0.5, 0.5, "\n".join(wrapped_lines(why, 60)) if why else
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
                    color=PALETTE[j % len(PALETTE)], label=wrapped(m.outcome_label, 30),
                    linewidth=1.5)
    if labels:
        ax.set_yticks(range(len(labels)), [wrapped(t, 30) for t in labels], fontsize=11)
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
    footnote(fig, " ".join(notes))
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
