"""A column's distinct cells and their counts, the way the assistant profiles it: cells merged
only where normalize() and display() cannot tell them apart, in order of first appearance, a
long column a piece of rows at a time."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from clusterdesk.mapping.numbers import parse_number
from clusterdesk.mapping.text import display, normalize
from clusterdesk.runtime import IDLE, Task

if TYPE_CHECKING:
    import pandas as pd

_INTEGRAL_TEXT = re.compile(r"^[+-]?\d+\.0*$")  # as text.normalize
_DIGIT = re.compile(r"\d")
# A character parse_number neither drops nor float() accepts: such text is no number.
_NOT_NUMBER = re.compile(r"[^\d\s%',.+\-_eEiInNfFtTyYaA]")
_SAME_WHEN_EQUAL = (str, int, float, bool, _dt.datetime, _dt.date, _dt.time)
_FACTORIZE_FROM = 64  # rows from which pandas' hashing beats a Python loop over the cells


def distinct_cells(series: pd.Series, task: Task = IDLE) -> tuple[list[object], list[int]]:
    """The column's distinct cells in order of first appearance, with how often each occurs.

    Two cells are merged only when they are of one type whose equal values are written alike
    (so 1 and True, or aware datetimes, stay apart), which makes normalize() and display() of
    the first one stand for all of them: each cell is then normalised once per distinct value.
    """
    import numpy as np
    import pandas as pd

    if len(series) > PIECE_ROWS:  # a long column in pieces: the window gets its turn between
        return _merged(series, task)
    dtype = series.dtype
    plain = isinstance(dtype, np.dtype)  # not Int64 or categories: their NA reads as "<na>"
    typed = (plain and dtype.kind in "fiu") or dtype == "str"  # "str": its NA is NaN
    if len(series) >= _FACTORIZE_FROM and (typed or (plain and dtype.kind == "O")):
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        if typed or _text_only(series, codes, uniques):
            counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
            return uniques.tolist(), counts.tolist()  # NaN: normalize() gives None: dropped
    return _by_cell_key(zip(series.tolist(), itertools.repeat(1)))


PIECE_ROWS = 200_000


def _cell_key(v: object, position: int) -> object:
    """What two cells must share to be counted as one distinct value (see distinct_cells)."""
    t = v.__class__
    if t is str:
        return v
    if t in _SAME_WHEN_EQUAL and getattr(v, "tzinfo", None) is None:
        return (t, "nan") if v != v else (t, v)
    return ("cell", position)  # pd.NA, NaT, Decimal, aware times: every cell on its own


def _merged(series: pd.Series, task: Task) -> tuple[list[object], list[int]]:
    """distinct_cells of a long column, worked out PIECE_ROWS rows at a time and merged in order
    (so still in order of first appearance)."""
    return _by_cell_key(pair for rows in task.pieces(len(series), PIECE_ROWS)
                        for pair in zip(*distinct_cells(series.iloc[rows]), strict=True))


def _by_cell_key(pairs: Iterable[tuple[object, int]]) -> tuple[list[object], list[int]]:
    """(cell, count) pairs summed by _cell_key, in order of first appearance."""
    index: dict[object, int] = {}
    values: list[object] = []
    counts: list[int] = []
    for v, n in pairs:
        key = _cell_key(v, len(values))
        i = index.get(key)
        if i is None:
            index[key] = len(values)
            values.append(v)
            counts.append(n)
        else:
            counts[i] += n
    return values, counts


def _text_only(series: pd.Series, codes, uniques) -> bool:
    """Were the object column's cells text and blanks (None, NaN) only? Then pandas' hashing
    merged nothing that normalize() tells apart, and dropped nothing it would keep (NaT)."""
    if not all(u.__class__ is str for u in uniques):
        return False
    blank = codes < 0
    return not blank.any() or all(v is None or v.__class__ is float
                                  for v in series.to_numpy()[blank].tolist())


def read_cell(raw: object) -> tuple[str | None, str, float | None]:
    """(normalize(raw), display(raw), parse_number(display(raw))), quicker for text and floats.

    Same results as calling the three (see text.py and numbers.parse_number): a float is
    keyed and shown as its integer or its repr and reads back as itself; text with a letter
    float() refuses, or without a digit (and without "inf", spaces ignored) is no number.
    """
    t = raw.__class__
    if t is float and raw == raw:
        shown = str(int(raw)) if raw.is_integer() else repr(raw)
        return shown, shown, raw if raw else 0.0
    if t is str:
        shown = " ".join(raw.split())  # = _SPACES.sub(" ", raw).strip(): both use isspace()
        if not shown:
            key = None
        elif _INTEGRAL_TEXT.match(shown):
            key = str(int(float(shown)))
        else:
            key = shown.casefold()
            key = None if key == "nan" else key
        if _NOT_NUMBER.search(shown) or (
                _DIGIT.search(shown) is None and "inf" not in shown.casefold().replace(" ", "")):
            return key, shown, None
        return key, shown, parse_number(shown)
    if t in (_dt.datetime, _dt.date, _dt.time):  # both functions read these as their text
        return read_cell(str(raw))
    shown = display(raw)
    return normalize(raw), shown, parse_number(shown)


def by_count(keys: list, counts: Iterable[int]) -> dict:
    """{key: count}, most frequent first, ties in the keys' order (value_counts' order).

    Built so that no single call walks all of an id column's keys (numpy's sort lets other
    threads run; sorted() and dict() over pairs do not), and without a tuple per key, which the
    garbage collector would walk again and again."""
    import numpy as np

    counts = iter(counts)
    pieces = []
    while (piece := np.fromiter(itertools.islice(counts, _PIECE), dtype=np.int64)).size:
        pieces.append(piece)
    tally = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)
    return {keys[i]: int(tally[i]) for i in np.argsort(-tally, kind="stable").tolist()}


_PIECE = 50_000  # items per C call where a column's distinct values are handled in bulk


