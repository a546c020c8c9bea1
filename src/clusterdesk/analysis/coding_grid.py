"""Roles read from several columns (spec section 7): a location factor asked as a grid of tick
boxes, and a yes/no outcome that is yes when any of its columns says yes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clusterdesk.mapping.roles import LOCATIONS
from clusterdesk.mapping.text import normalize

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from clusterdesk.mapping.model import Mapping


def ticked(col: pd.Series, mapping: Mapping) -> np.ndarray:
    """True where the cell is a tick: its text is in ``codes.ticked`` when the mapping lists
    them; otherwise any non-blank answer that is not in ``codes.not_ticked``. Blank = no tick."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    keys = [normalize(u) for u in uniques]
    if mapping.codes.ticked is not None:
        yes = {normalize(v) for v in mapping.codes.ticked} - {None}
        flags = [k in yes for k in keys]
    else:
        no = {normalize(v) for v in mapping.codes.not_ticked}
        flags = [k is not None and k not in no for k in keys]
    return np.array(flags + [False], dtype=bool)[codes]


def grid_location(role: str, mapping: Mapping, column: Callable[[str], pd.Series]):
    """The factor's level for each firm: the nearest (or farthest) level with a tick in any of its
    columns; missing when the firm ticked nothing in the grid. Levels not asked are left out."""
    import numpy as np
    import pandas as pd

    grid = mapping.grids[role]
    order = [lv for lv in LOCATIONS if lv in mapping.levels and grid.levels.get(lv)]
    if grid.rule == "farthest":
        order.reverse()
    n = len(column(grid.columns()[0]))
    out = np.full(n, None, dtype=object)
    for level in order:
        hit = np.zeros(n, dtype=bool)
        for name in grid.levels[level]:
            hit |= ticked(column(name), mapping)
        out[hit & pd.isna(out)] = level
    return pd.Categorical(out, categories=list(LOCATIONS))


def any_of(parts: list[np.ndarray]) -> np.ndarray:
    """Yes (1) when any part says yes, no (0) when every answered part says no, missing (NaN)
    when no part is answered."""
    import numpy as np

    stack = np.vstack(parts)
    answered = ~np.isnan(stack)
    out = np.where(answered.any(axis=0), 0.0, np.nan)
    out[(stack == 1.0).any(axis=0)] = 1.0
    return out
