"""Text and category columns: each answer shown as the file has it (categories merged by the
comparison rule), categories in the analyst's order, then the others in natural order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.mapping.numbers import natural_key
from clusterdesk.mapping.text import display, display_all, normalize

if TYPE_CHECKING:
    from clusterdesk.mapping.model import Mapping


def text(codes, uniques):
    import numpy as np

    values = np.array(display_all(uniques) + [None], dtype=object)
    return values[codes]


def category(role: str, mapping: Mapping, codes, uniques, keys):
    """Categorical in the analyst's order; equal answers by the comparison rule are one category."""
    # names for codes (spec 7): the name is shown and is the key; the order may give either
    named = {normalize(c): n for c, n in mapping.labels.get(role, {}).items()}
    by_name = {normalize(n): n for n in named.values()}
    shown: dict[str, str] = {}
    for want in mapping.order.get(role, []):
        k = normalize(want)
        if k is not None:
            shown.setdefault(k, named.get(k) or by_name.get(k) or display(want))
    listed = list(dict.fromkeys(shown.values()))
    seen = {}
    for u, k in zip(uniques, keys, strict=True):
        if k is not None and k not in shown:
            seen.setdefault(k, named.get(k) or display(u))
    extra = sorted(set(seen.values()) - set(listed), key=natural_key)
    shown.update(seen)
    return categorical([shown[k] if k is not None else None for k in keys], codes,
                       listed + extra)


def categorical(values: list, codes, categories: list):
    """``pd.Categorical(values[codes], categories=categories)`` (a value per unique answer, code
    -1 missing) built from integer codes: no string per firm is looked up."""
    import numpy as np
    import pandas as pd

    where = {c: i for i, c in enumerate(categories)}
    index = np.array([-1 if v is None else where.get(v, -1) for v in values] + [-1],
                     dtype=np.int64)
    return pd.Categorical.from_codes(index[codes], categories=categories)
