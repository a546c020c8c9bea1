"""The rows of each category of a column, found in one pass: a table with a row or column per
region compares the column with every region otherwise, a pass per region, too slow with
thousands of regions (an id column mapped as region)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def group_rows(column: pd.Series) -> list[np.ndarray]:
    """For each category of a categorical column, in category order, the positions of its rows
    in ascending order (the order a boolean mask would select them in)."""
    import numpy as np

    codes = np.asarray(column.cat.codes, dtype=np.int64)
    n = len(column.cat.categories)
    order = np.argsort(codes, kind="stable")
    sizes = np.bincount(codes[codes >= 0], minlength=n)
    start = int((codes < 0).sum())  # missing (-1) sorts first
    return np.split(order[start:], np.cumsum(sizes)[:-1]) if n else []


def equal_to(column: pd.Series, value: object) -> np.ndarray:
    """``column.to_numpy(dtype=object) == value`` (False where missing), from a categorical's
    codes when it is one: comparing a string per firm is slow on 100,000 firms."""
    import numpy as np
    import pandas as pd

    if not isinstance(column.dtype, pd.CategoricalDtype):
        return np.asarray(column.to_numpy(dtype=object) == value, dtype=bool)
    codes = np.asarray(column.cat.codes)
    at = np.flatnonzero(column.cat.categories.to_numpy(dtype=object) == value)
    return codes == at[0] if len(at) else np.zeros(len(codes), dtype=bool)


def missing_in(column: pd.Series) -> np.ndarray:
    """``pd.isna(column.to_numpy(dtype=object))``, from a categorical's codes when it is one."""
    import numpy as np
    import pandas as pd

    if not isinstance(column.dtype, pd.CategoricalDtype):
        return np.asarray(pd.isna(column.to_numpy(dtype=object)), dtype=bool)
    return np.asarray(column.cat.codes) < 0
