"""Cluster class and scope of each firm (spec section 3, T5 and T6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.mapping.roles import FACTORS

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.mapping.model import Settings

CLASSES = ("non_regional", "regional", "intermediate", "unclassified")
SCOPES = ("regional", "national", "international")


def classify(data: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Columns r, n, i, a, cluster_class and scope for every firm (index as ``data``).

    r, n, i count the factors coded regional, national, international; a = r + n + i. A firm
    with fewer than ``min_answered`` answers is unclassified; then r >= ``regional_min`` is a
    regional cluster, r <= ``nonregional_max`` non-regional, anything between intermediate.
    Scope: regional for a regional cluster, national (n >= i) or international for a
    non-regional one, missing otherwise (those firms are left out of the regression).
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
    cls = np.where(a < settings.min_answered, "unclassified",
                   np.where(r >= settings.regional_min, "regional",
                            np.where(r <= settings.nonregional_max, "non_regional",
                                     "intermediate")))
    scope = np.where(cls == "regional", "regional",
                     np.where(cls == "non_regional",
                              np.where(n >= i, "national", "international"), None))
    return pd.DataFrame({
        "r": r, "n": n, "i": i, "a": a,
        "cluster_class": pd.Categorical(cls, categories=list(CLASSES)),
        "scope": pd.Categorical(scope, categories=list(SCOPES)),
    }, index=data.index)
