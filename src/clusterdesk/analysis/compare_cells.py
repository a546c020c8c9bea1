"""One share cell in two waves: the change in points with Newcombe's interval and the chi-square
p (Fisher's exact p for small counts)."""

from __future__ import annotations

from clusterdesk.analysis.comparison import Cell


def cell_change(a: Cell | None, b: Cell | None, weighted: bool
                ) -> tuple[float | None, float | None, float | None, float | None, float | None]:
    """(change, low, high, p, fisher_p) in points of B - A; no interval or test without counts."""
    if a is None or b is None or a[0] is None or b[0] is None:
        return None, None, None, None, None
    change = b[0] - a[0]
    (pa, na), (pb, nb) = a, b
    if not na or not nb:
        return change, None, None, None, None
    ka, kb = pa / 100 * na, pb / 100 * nb
    if not weighted:  # whole firms: the share was k / n
        ka, kb = round(ka), round(kb)
    low, high = _newcombe(kb, nb, ka, na)
    p, fisher_p = _chi2(kb, nb, ka, na)
    return change, low, high, p, fisher_p


def _newcombe(kb: float, nb: float, ka: float, na: float) -> tuple[float, float]:
    from statsmodels.stats.proportion import confint_proportions_2indep

    low, high = confint_proportions_2indep(kb, nb, ka, na, method="newcomb", compare="diff")
    return 100 * float(low), 100 * float(high)


def _chi2(kb: float, nb: float, ka: float, na: float) -> tuple[float | None, float | None]:
    """Pearson's chi-square p on wave x outcome (no continuity correction); Fisher's exact p
    when an expected count is below 5. None when every firm of both waves answered alike."""
    import numpy as np
    from scipy.stats import chi2_contingency, fisher_exact

    table = np.array([[kb, nb - kb], [ka, na - ka]], dtype=float)
    if (table.sum(axis=0) <= 0).any():
        return None, None
    _, p, _, expected = chi2_contingency(table, correction=False)
    fisher = None
    if (expected < 5).any():
        fisher = float(fisher_exact(np.rint(table).astype(int))[1])
    return float(p), fisher
