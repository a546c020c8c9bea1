"""Cluster class and scope of each firm (spec section 3, T5 and T6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.mapping.roles import FACTORS, LOCATIONS

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.mapping.model import Settings

CLASSES = ("non_regional", "regional", "intermediate", "unclassified")
SCOPES = ("regional", "national", "international")


def classify(data: pd.DataFrame, settings: Settings,
             levels: list[str] | tuple[str, ...] = LOCATIONS) -> pd.DataFrame:
    """Columns r, n, i, a, cluster_class and scope for every firm (index as ``data``).

    r, n, i count the factors coded regional, national, international; a = r + n + i. The
    classes are counted at the innermost level asked (spec 7; regional in the paper): a firm
    with fewer than ``min_answered`` answers is unclassified; then at least ``regional_min``
    factors at that level is an inner ("regional") cluster, at most ``nonregional_max`` a
    non-inner one, anything between intermediate. Scope: the inner level for an inner cluster;
    for a non-inner one the outer level asked with more factors (the nearer one on a tie: national
    if n >= i), missing otherwise (those firms are left out of the regression).
    """
    import numpy as np
    import pandas as pd

    from clusterdesk.analysis.groups import equal_to

    factors = [f for f in FACTORS if f in data.columns]
    counts = {}
    for loc, name in (("regional", "r"), ("national", "n"), ("international", "i")):
        counts[name] = sum((equal_to(data[f], loc) for f in factors),
                           start=np.zeros(len(data), dtype=np.int64)).astype(np.int64)
    r, n, i = counts["r"], counts["n"], counts["i"]
    a = r + n + i
    asked = [lv for lv in LOCATIONS if lv in levels] or list(LOCATIONS)
    by_level = dict(zip(LOCATIONS, (r, n, i), strict=True))
    inner, outer = asked[0], asked[1:]
    at_inner = by_level[inner]
    # positions in CLASSES and SCOPES, so that the categoricals are made from codes, not text
    cls = np.where(a < settings.min_answered, 3,
                   np.where(at_inner >= settings.regional_min, 1,
                            np.where(at_inner <= settings.nonregional_max, 0, 2)))
    if len(outer) == 2:
        outer_scope = np.where(by_level[outer[0]] >= by_level[outer[1]],
                               SCOPES.index(outer[0]), SCOPES.index(outer[1]))
    else:
        outer_scope = np.full(len(data), SCOPES.index(outer[0]) if outer else -1)
    scope = np.where(cls == 1, SCOPES.index(inner), np.where(cls == 0, outer_scope, -1))
    return pd.DataFrame({
        "r": r, "n": n, "i": i, "a": a,
        "cluster_class": pd.Categorical.from_codes(cls, categories=list(CLASSES)),
        "scope": pd.Categorical.from_codes(scope, categories=list(SCOPES)),
    }, index=data.index)
