"""Values that cannot be right, found once after coding and listed before every other warning:
weights that weigh nothing, numbers out of their range, a region or sector column with so many
values that it is likely an id, and answers carrying invisible characters.

Each message names the column and the first few firms (file rows, and ids when the firm id is
mapped), so the analyst can find them in the file. The figures are left as they are except
infinite numbers, which become missing (no mean or model can use them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.mapping.roles import shown_label
from clusterdesk.mapping.text import INVISIBLE
from clusterdesk.texts import count, quote, translate

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from clusterdesk.io.table import RawTable
    from clusterdesk.mapping.model import Mapping

# more distinct values than this in a region or sector column: likely an id or free text
MAX_CATEGORIES = 300
# a number this many times the column's median (or 1) is not a plausible answer
IMPLAUSIBLE_TIMES_MEDIAN = 1e5
NUMBER_ROLES = ("employees", "pct_university", "pct_rd", "weight")
PERCENT_ROLES = ("pct_university", "pct_rd")
LISTED = 3


def value_doubts(raw: RawTable, mapping: Mapping, data: pd.DataFrame,
                 keep: np.ndarray | None = None,
                 factorized: dict[str, tuple] | None = None) -> list[str]:
    """The doubts about ``data`` (coded, one row per raw row, with ``raw_row``); ``keep`` marks
    the rows that stay (not blank). Infinite numbers in ``data`` are set to missing.
    ``factorized`` may hold ``pd.factorize`` of raw columns by their mapped name (coding has
    them), so that they are not factorized again."""
    import numpy as np

    keep = np.ones(len(data), dtype=bool) if keep is None else keep
    name = _Firms(data, keep)
    found = _Uniques(raw, factorized)
    doubts: list[str] = []
    for role in NUMBER_ROLES:
        if role in data.columns:
            doubts += _numbers(role, _name(mapping, role), data, found, name)
    if "weight" in data.columns:
        w = data["weight"].to_numpy(dtype=float)[keep]
        if len(w) and not (np.isfinite(w) & (w > 0)).any():
            doubts.append(translate(
                "analysis", "Every firm's weight in column '{column}' is 0, missing or not "
                "finite, so weighted shares and tests cannot be computed (they stay blank). Map "
                "the column that holds the weights, or leave the weight out to count every firm "
                "once.").format(column=_name(mapping, "weight")))
    for role in ("region", "sector"):
        if role in data.columns and hasattr(data[role], "cat"):
            doubts += _long_names(role, _name(mapping, role), data, keep, name)
            n = int(data[role][keep].nunique())
            if n > MAX_CATEGORIES:
                doubts.append(translate(
                    "analysis", "Column '{column}', mapped as '{item}', has {n} different "
                    "values: is this an id column? Every table gets a row or column for each "
                    "value. Map the column that holds the firms' {item}.").format(
                        column=_name(mapping, role), item=shown_label(role).lower(),
                        n=count(n)))
    for role, column in mapping.columns.items():
        if role in data.columns and isinstance(column, str):
            doubts += _invisible(column, found, name)
    return doubts


# a region or sector name longer than this is a paragraph or a damaged cell, not a place
LONGEST_NAME = 200


def _long_names(role: str, column: str, data: pd.DataFrame, keep, name) -> list[str]:
    import numpy as np

    cats = data[role].cat.categories
    lengths = np.fromiter((len(str(c)) for c in cats), dtype=np.int64, count=len(cats))
    if not len(lengths) or lengths.max() <= LONGEST_NAME:
        return []
    long_codes = np.flatnonzero(lengths > LONGEST_NAME)
    mask = np.isin(data[role].cat.codes.to_numpy(), long_codes) & keep
    if not mask.any():
        return []
    return [translate(
        "analysis", "Column '{column}', mapped as '{item}', has an answer of {n} characters "
        "({firms}): a name that long is not a {item}. Check the column and those rows.").format(
            column=column, item=shown_label(role).lower(), n=count(int(lengths.max())),
            firms=name(mask))]


class _Firms:
    """'rows 12, 40, 97 and 5 more' (with firm ids when the firm id is mapped)."""

    def __init__(self, data: pd.DataFrame, keep: np.ndarray) -> None:
        self.rows = data["raw_row"].to_numpy() if "raw_row" in data.columns else None
        self.ids = data["firm_id"].to_numpy(dtype=object) if "firm_id" in data.columns else None
        self.keep = keep

    def __call__(self, mask: np.ndarray) -> str:
        import numpy as np

        where = np.flatnonzero(mask & self.keep)
        shown = []
        for i in where[:LISTED]:
            row = int(self.rows[i]) if self.rows is not None else int(i) + 1
            firm = self.ids[i] if self.ids is not None else None
            if firm is not None and firm == firm:
                shown.append(translate("analysis", "row {row} (firm {firm})").format(
                    row=row, firm=quote(firm)))
            else:
                shown.append(str(row))
        text = ", ".join(shown)
        if len(where) > LISTED:
            text += " " + translate("analysis", "and {n} more").format(n=count(len(where) - LISTED))
        if self.ids is not None:
            return text
        return (translate("analysis", "row {rows}") if len(where) == 1
                else translate("analysis", "rows {rows}")).format(rows=text)


def _name(mapping: Mapping, role: str) -> str:
    column = mapping.columns.get(role)
    return column if isinstance(column, str) else role


def _numbers(role: str, column: str, data: pd.DataFrame, found: _Uniques, firms: _Firms
             ) -> list[str]:
    import numpy as np

    x = data[role].to_numpy(dtype=float)
    item = shown_label(role)
    out = []
    infinite = np.isinf(x)
    nan_text = _nan_text(found, column, len(x))
    if infinite.any() or nan_text.any():
        out.append(translate(
            "analysis", "Column '{column}' ({item}) has values that are not numbers ('NaN', "
            "infinite) in {firms}; they count as missing.").format(
                column=column, item=item, firms=firms(infinite | nan_text)))
        x = np.where(infinite, np.nan, x)
        data[role] = x
    finite = x[np.isfinite(x) & firms.keep]
    if not len(finite):
        return out
    if role in PERCENT_ROLES:
        bad = (x < 0) | (x > 100)
        if bad.any():
            out.append(translate(
                "analysis", "Column '{column}' ({item}) is a percentage but has values outside "
                "0-100 in {firms}. Correct them in the file, or check that the right column is "
                "mapped.").format(column=column, item=item, firms=firms(bad)))
    elif role == "employees" and (x < 0).any():
        out.append(translate(
            "analysis", "Column '{column}' ({item}) has negative numbers of employees in "
            "{firms}. Correct them in the file.").format(column=column, item=item,
                                                          firms=firms(x < 0)))
    median = float(np.median(np.abs(finite)))
    huge = np.abs(x) > IMPLAUSIBLE_TIMES_MEDIAN * max(median, 1.0)
    if huge.any():
        out.append(translate(
            "analysis", "Column '{column}' ({item}) has implausibly large values (up to {top:.3g},"
            " the median is {median:.3g}) in {firms}; they are used as they are and drive every "
            "mean. Correct them in the file.").format(
                column=column, item=item, top=float(np.nanmax(np.abs(x[huge]))), median=median,
                firms=firms(huge)))
    return out


def _raw_column(raw: RawTable, column: str):
    if column in raw.data.columns:
        return raw.data[column]
    stripped = {str(c).strip(): c for c in raw.data.columns}
    return raw.data[stripped[column.strip()]] if column.strip() in stripped else None


class _Uniques:
    """A raw column's codes and unique answers (``pd.factorize``), each column factorized once;
    None when the file has no such column or its length is not ``n``."""

    def __init__(self, raw: RawTable, factorized: dict[str, tuple] | None) -> None:
        self.raw, self.known = raw, dict(factorized or {})

    def __call__(self, column: str, n: int) -> tuple | None:
        import pandas as pd

        if column not in self.known:
            col = _raw_column(self.raw, column)
            self.known[column] = None if col is None else pd.factorize(col, use_na_sentinel=True)
        found = self.known[column]
        return found if found is not None and len(found[0]) == n else None


def _texts(uniques) -> bool:
    """False when no unique answer can be text (a numeric column): nothing to look at."""
    import numpy as np

    dtype = getattr(uniques, "dtype", None)
    return not (isinstance(dtype, np.dtype) and dtype.kind in "biufcmM")


def _nan_text(found: _Uniques, column: str, n: int) -> np.ndarray:
    """Cells whose text is 'NaN' (missing by the comparison rule, but worth a word)."""
    import numpy as np

    pair = found(column, n)
    if pair is None or not _texts(pair[1]):
        return np.zeros(n, dtype=bool)
    codes, uniques = pair
    flagged = [isinstance(u, str) and u.strip().casefold() == "nan" for u in uniques]
    if not any(flagged):
        return np.zeros(n, dtype=bool)
    return np.array(flagged + [False])[codes]


def _invisible(column: str, found: _Uniques, firms: _Firms) -> list[str]:
    """Answers with control or invisible characters, which the comparison rule drops."""
    import numpy as np

    pair = found(column, len(firms.keep))
    if pair is None or not _texts(pair[1]):
        return []
    codes, uniques = pair
    texts = [u for u in uniques if isinstance(u, str)]
    # one search over all the texts first ("\n" is none of the characters): most columns are clean
    if INVISIBLE.search("\n".join(texts)) is None:
        return []
    odd = [isinstance(u, str) and INVISIBLE.search(u) is not None for u in uniques]
    first = next(u for u, o in zip(uniques, odd, strict=True) if o)
    marks = ", ".join(sorted({f"U+{ord(c):04X}" for c in INVISIBLE.findall(first)}))
    return [translate(
        "analysis", "Column '{column}' has answers with invisible or control characters "
        "({marks} in {answer}) in {firms}; they were read without them, so such answers count "
        "with the visible ones.").format(
            column=column, marks=marks, answer=quote(INVISIBLE.sub("", first).strip()),
            firms=firms(np.array(odd + [False])[codes]))]
