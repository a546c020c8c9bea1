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

    factors = [f for f in FACTORS if f in data.columns]
    counts = {}
    for loc, name in (("regional", "r"), ("national", "n"), ("international", "i")):
        counts[name] = sum(((data[f] == loc).to_numpy() for f in factors),
                           start=np.zeros(len(data), dtype=np.int64)).astype(np.int64)
    r, n, i = counts["r"], counts["n"], counts["i"]
    a = r + n + i
    asked = [lv for lv in LOCATIONS if lv in levels] or list(LOCATIONS)
    by_level = dict(zip(LOCATIONS, (r, n, i), strict=True))
    inner, outer = asked[0], asked[1:]
    at_inner = by_level[inner]
    cls = np.where(a < settings.min_answered, "unclassified",
                   np.where(at_inner >= settings.regional_min, "regional",
                            np.where(at_inner <= settings.nonregional_max, "non_regional",
                                     "intermediate")))
    if len(outer) == 2:
        outer_scope = np.where(by_level[outer[0]] >= by_level[outer[1]], outer[0], outer[1])
    else:
        outer_scope = np.full(len(data), outer[0] if outer else None, dtype=object)
    scope = np.where(cls == "regional", inner,
                     np.where(cls == "non_regional", outer_scope, None))
    return pd.DataFrame({
        "r": r, "n": n, "i": i, "a": a,
        "cluster_class": pd.Categorical(cls, categories=list(CLASSES)),
        "scope": pd.Categorical(scope, categories=list(SCOPES)),
    }, index=data.index)
