"""Shares, Wilson intervals and chi-square tests of spec section 6, with and without weights.

Plain functions on numpy arrays so that every table computes its figures the same way and the
tests can check each one against a formula or scipy/statsmodels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import GroupTest

Z95 = 1.959963984540054  # scipy.stats.norm.ppf(0.975)


@dataclass
class Share:
    """A share in percent with its 95 % Wilson interval; ``n`` firms in the denominator."""

    pct: float | None
    low: float | None
    high: float | None
    n: int
    n_eff: float = 0.0  # Kish's effective size of the denominator (= n unweighted)


def wilson(p: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion p from n cases (n may be Kish's effective size)."""
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def share(y, w=None) -> Share:
    """Share of 1s among the non-missing values of y (0/1/NaN), weighted by w when given.

    With a weight the interval uses Kish's effective size (sum w)^2 / sum w^2 of the denominator.
    """
    import numpy as np

    y = np.asarray(y, dtype=float)
    ok = ~np.isnan(y)
    n = int(ok.sum())
    if n == 0:
        return Share(None, None, None, 0)
    if w is None:
        p = float(y[ok].mean())
        n_eff = float(n)
    else:
        ww = np.asarray(w, dtype=float)[ok]
        total = float(ww.sum())
        if total <= 0:
            return Share(None, None, None, n)
        p = float((ww * y[ok]).sum() / total)
        n_eff = total * total / float((ww * ww).sum())
    low, high = wilson(p, n_eff)
    return Share(100 * p, 100 * low, 100 * high, n, n_eff)


def chi2_test(key: str, label: str, groups, y, w=None) -> GroupTest:
    """Pearson chi-square (no continuity correction) of groups x y on firm counts (spec 6).

    ``groups`` holds a group label per firm (None/NaN = left out), ``y`` the column category per
    firm (0/1 or a label; NaN = left out). With weights the counts are weighted and rescaled to sum
    to the number of firms in the table, and the test is marked approximate. Rows or columns of
    zeros are dropped; fewer than two of either left gives no test and a note.
    """
    import numpy as np
    import pandas as pd
    from scipy.stats import chi2_contingency, fisher_exact

    if isinstance(getattr(groups, "dtype", None), pd.CategoricalDtype):
        # category order (the analyst's), so equal surveys give bit-equal sums whatever the names
        cat = pd.Categorical(groups)
        # int64: the codes of thousands of groups times the answers overflow int16
        g_all, n_groups = np.asarray(cat.codes, dtype=np.int64), len(cat.categories)
    else:
        g_all, g_levels = pd.factorize(pd.Series(np.asarray(groups, dtype=object)), sort=True)
        n_groups = len(g_levels)
    v = np.asarray(y)
    if v.dtype.kind == "f":  # 0/1/NaN: the same codes as the objects below, without them
        ok = (g_all >= 0) & ~np.isnan(v)
    else:
        v = pd.Series(np.asarray(y, dtype=object))
        ok = (g_all >= 0) & v.notna().to_numpy()
    n_firms = int(ok.sum())
    if n_firms == 0:
        return GroupTest(key, label, None, None, None, note=Note("test.no_answers"))
    gi = g_all[ok]
    vi, v_levels = pd.factorize(v[ok], sort=True)
    weights = None if w is None else np.asarray(w, dtype=float)[ok]
    cells = np.bincount(gi * len(v_levels) + vi, weights=weights,
                        minlength=n_groups * len(v_levels))
    counts = cells.reshape(n_groups, len(v_levels)).astype(float)
    if w is not None:
        total = counts.sum()
        if total <= 0:
            return GroupTest(key, label, None, None, None, approximate=True,
                             note=Note("test.zero_weight"))
        counts = counts * (n_firms / total)
    counts = counts[counts.sum(axis=1) > 0][:, counts.sum(axis=0) > 0]
    if counts.shape[0] < 2 or counts.shape[1] < 2:
        what = "test.one_group" if counts.shape[0] < 2 else "test.one_answer"
        return GroupTest(key, label, None, None, None, approximate=w is not None,
                         note=Note(what))
    chi2, p, dof, expected = chi2_contingency(counts, correction=False)
    fisher_p = None
    if counts.shape == (2, 2):
        fisher_p = float(fisher_exact(np.rint(counts).astype(np.int64))[1])
    return GroupTest(key, label, float(chi2), int(dof), float(p), fisher_p=fisher_p,
                     small_counts=bool((expected < 5).any()), approximate=w is not None)
