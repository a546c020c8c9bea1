"""What a column's values say about it: answer meanings (location, yes/no, education level) and a
profile (numbers? categories? location answers?) that the role scores read.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from clusterdesk.mapping import vocabulary as V
from clusterdesk.mapping.numbers import parse_number
from clusterdesk.mapping.suggest_text import any_match, clean, matches
from clusterdesk.mapping.text import display, normalize

if TYPE_CHECKING:
    import pandas as pd

_SPACES = re.compile(r"\s+")  # as text.normalize / display
_INTEGRAL_TEXT = re.compile(r"^[+-]?\d+\.0*$")  # as text.normalize
_DIGIT = re.compile(r"\d")
# A character parse_number neither drops nor float() accepts: such text is no number.
_NOT_NUMBER = re.compile(r"[^\d\s%',.+\-_eEiInNfFtTyYaA]")
MAX_CODED_DISTINCT = 40  # more distinct answers than this is free text, not a closed question
_YES_LIKE = re.compile(r"^(y+e+s+!*|y+e+[ap]+h*|y+u+p+|j+a+|j+e+p+|ja+ da)$")
_NO_LIKE = re.compile(r"^(n+o+!*|no+pe+|n+a+h+|n+e+i+|næ+i+)$")


def _location_code(value: object) -> str | None:
    text = clean(display(value))
    if not text:
        return "missing"
    if any_match(V.MISSING_ANSWERS, text):
        return "missing"
    for code in ("international", "national", "regional"):
        if any_match(V.LOCATION_ANSWERS[code], text):
            return code
    return None


def _yes_no_code(value: object) -> str | None:
    key = normalize(value)
    if key is None:
        return "missing"
    if key in ("1", "true"):
        return "yes"
    if key in ("0", "false"):
        return "no"
    text = clean(display(value))
    if not text or any_match(V.MISSING_ANSWERS, text):
        return "missing"
    first = text.split()[0]
    yes = any_match(V.YES_ANSWERS, first, fuzzy=False) or bool(_YES_LIKE.match(first))
    no = any_match(V.NO_ANSWERS, first, fuzzy=False) or bool(_NO_LIKE.match(first))
    if yes != no:
        return "yes" if yes else "no"
    return None


def _education_rank(value: object) -> int | None:
    text = clean(display(value))
    best: tuple[int, int] | None = None  # (length of the word found, rank)
    tie = False
    for rank, words in enumerate(V.EDUCATION_LADDER):
        for word in words:
            if not matches(word, text, fuzzy=False):
                continue
            size = len(clean(word.lstrip("=")))
            if best is None or size > best[0]:
                best, tie = (size, rank), False
            elif size == best[0] and rank != best[1]:
                tie = True
    return None if best is None or tie else best[1]


def is_foreign(value: object) -> bool:
    text = clean(display(value))
    return any_match(V.FOREIGN_WORDS, text) and not any_match(V.NOT_FOREIGN_WORDS, text)


# Answers recur across columns ("Yes", "Vet ikke"): each text is read once.
_location_text = lru_cache(maxsize=65536)(_location_code)
_yes_no_text = lru_cache(maxsize=65536)(_yes_no_code)
_education_text = lru_cache(maxsize=65536)(_education_rank)


def location_code(value: object) -> str | None:
    """'I regionen' -> regional, 'Ellers i Norge' -> national, 'Abroad' -> international,
    'Vet ikke' -> missing; None when the answer says none of these."""
    return _location_text(value) if value.__class__ is str else _location_code(value)


def yes_no_code(value: object) -> str | None:
    """'Ja', 'Yes', 'Y', 'TRUE', '1', 'Yesss' -> yes; 'Nei', 'Nope', '0' -> no; 'Vet ikke' ->
    missing; None otherwise."""
    return _yes_no_text(value) if value.__class__ is str else _yes_no_code(value)


def education_rank(value: object) -> int | None:
    """Rung of a manager-education answer on vocabulary.EDUCATION_LADDER: primary (0), lower
    secondary, upper secondary, vocational college, bachelor, master, doctorate (6); None when
    the answer names no rung or two equally."""
    return _education_text(value) if value.__class__ is str else _education_rank(value)


def education_level(value: object) -> int | None:
    """Position of a manager-education answer on the scale primary (0) .. doctorate (4)."""
    rank = education_rank(value)
    return None if rank is None else V.EDUCATION_LEVEL_OF_RANK[rank]


@dataclass
class ColumnProfile:
    """One column, summarised once: distinct answers with counts and what they look like."""

    name: str
    position: int
    n_rows: int
    counts: dict[str, int] = field(default_factory=dict)  # comparison key -> count
    shown: dict[str, str] = field(default_factory=dict)  # comparison key -> as displayed
    numbers: list[float] = field(default_factory=list)
    numeric_share: float = 0.0
    location: dict[str, str | None] = field(default_factory=dict)
    yes_no: dict[str, str | None] = field(default_factory=dict)
    dates: bool = False  # the cells are dates or times (spreadsheet or SPSS date types)

    @property
    def n_answered(self) -> int:
        return sum(self.counts.values())

    @property
    def n_distinct(self) -> int:
        return len(self.counts)

    @property
    def number_range(self) -> tuple[float, float]:
        """(lowest, highest) of the numbers, (0, 0) without any: worked out once per list with
        numpy. An id column has 1,000,000 numbers; min() and max() over them held the GIL ~25 ms
        each, for every role the column was scored for."""
        cached = self.__dict__.get("_number_range")
        if cached is None or cached[0] is not self.numbers:
            import numpy as np

            values = np.fromiter(self.numbers, dtype=np.float64, count=len(self.numbers))
            span = (float(values.min()), float(values.max())) if len(values) else (0.0, 0.0)
            cached = self.__dict__["_number_range"] = (self.numbers, span)
        return cached[1]

    @property
    def missing_share(self) -> float:
        return 1 - self.n_answered / self.n_rows if self.n_rows else 1.0

    @property
    def kind(self) -> str:
        """'empty', 'number', 'text': what inspect shows as the column's type."""
        if not self.counts:
            return "empty"
        if self.dates:
            return "date"
        return "number" if self.numeric_share >= 0.9 else "text"

    def share(self, codes: dict[str, str | None], wanted: tuple[str, ...]) -> float:
        """Share of answered cells whose code is one of ``wanted`` (count-weighted)."""
        if not self.n_answered:
            return 0.0
        hit = sum(n for k, n in self.counts.items() if codes.get(k) in wanted)
        return hit / self.n_answered

    def small_integer_codes(self) -> bool:
        """Values like 1, 2, 3, 9: a coded closed question whose labels the file lacks."""
        return (self.numeric_share == 1.0 and 2 <= self.n_distinct <= 12
                and all(float(x).is_integer() and -9 <= x <= 99 for x in self.numbers))


_SAME_WHEN_EQUAL = (str, int, float, bool, _dt.datetime, _dt.date, _dt.time)
_FACTORIZE_FROM = 64  # rows from which pandas' hashing beats a Python loop over the cells


def _distinct(series: pd.Series) -> tuple[list[object], list[int]]:
    """The column's distinct cells in order of first appearance, with how often each occurs.

    Two cells are merged only when they are of one type whose equal values are written alike
    (so 1 and True, or aware datetimes, stay apart), which makes normalize() and display() of
    the first one stand for all of them: each cell is then normalised once per distinct value.
    """
    import numpy as np
    import pandas as pd

    if len(series) > _PIECE_ROWS:  # one factorize over 1,000,000 cells held the GIL ~0.15 s
        return _merged(series)
    dtype = series.dtype
    plain = isinstance(dtype, np.dtype)  # not Int64 or categories: their NA reads as "<na>"
    typed = (plain and dtype.kind in "fiu") or dtype == "str"  # "str": its NA is NaN
    if len(series) >= _FACTORIZE_FROM and (typed or (plain and dtype.kind == "O")):
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        if typed or _text_only(series, codes, uniques):
            counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
            return uniques.tolist(), counts.tolist()  # NaN: normalize() gives None: dropped
    return _by_cell_key(zip(series.tolist(), itertools.repeat(1)))


_PIECE_ROWS = 200_000


def _cell_key(v: object, position: int) -> object:
    """What two cells must share to be counted as one distinct value (see _distinct)."""
    t = v.__class__
    if t is str:
        return v
    if t in _SAME_WHEN_EQUAL and getattr(v, "tzinfo", None) is None:
        return (t, "nan") if v != v else (t, v)
    return ("cell", position)  # pd.NA, NaT, Decimal, aware times: every cell on its own


def _merged(series: pd.Series) -> tuple[list[object], list[int]]:
    """_distinct of a long column, worked out _PIECE_ROWS rows at a time and merged in order
    (so still in order of first appearance), with the GIL let go between pieces."""
    from clusterdesk.gil import in_pieces

    return _by_cell_key(pair for rows in in_pieces(len(series), _PIECE_ROWS)
                        for pair in zip(*_distinct(series.iloc[rows]), strict=True))


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


def _read_cell(raw: object) -> tuple[str | None, str, float | None]:
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
        return _read_cell(str(raw))
    shown = display(raw)
    return normalize(raw), shown, parse_number(shown)


def by_count(keys: list, counts: Iterable[int]) -> dict:
    """{key: count}, most frequent first, ties in the keys' order (value_counts' order).

    Built so that no single C call sees all of an id column's 1,000,000 keys (sorted(),
    np.fromiter over all of them or dict() over pairs each held the GIL for 0.06-0.25 s, freezing
    the window that waits on the worker; numpy's sort lets it go), and without a tuple per key:
    1,000,000 young tuples made each garbage collection meanwhile a 45 ms pause."""
    import numpy as np

    counts = iter(counts)
    pieces = []
    while (piece := np.fromiter(itertools.islice(counts, _PIECE), dtype=np.int64)).size:
        pieces.append(piece)
    tally = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)
    return {keys[i]: int(tally[i]) for i in np.argsort(-tally, kind="stable").tolist()}


_PIECE = 50_000  # items per C call where a column's distinct values are handled in bulk


def profile(name: str, position: int, series: pd.Series) -> ColumnProfile:
    """Summarise one column; answer meanings are worked out only for closed questions.

    Works on distinct cells (see _distinct), not on every row: same counts, keys and order as
    normalising every cell and calling value_counts.
    """
    prof = ColumnProfile(name=name, position=position, n_rows=len(series))
    # One dict grows here, not three: a dict's resize at 1,000,000 keys holds the GIL ~25 ms,
    # and three stores in a row give the waiting GUI thread no chance in between.
    index: dict[str, int] = {}
    tallies: list[int] = []
    first: list[str] = []
    numbers: list[float | None] = []
    for raw, n in zip(*_distinct(series), strict=True):
        key, shown, number = _read_cell(raw)
        if key is None:
            continue
        i = index.get(key)
        if i is not None:
            tallies[i] += n
            continue
        index[key] = len(tallies)
        tallies.append(n)
        first.append(shown)
        numbers.append(number)
    prof.counts = by_count(list(index), tallies)
    prof.shown = {k: first[i] for k, i in index.items()}
    as_number = {k: numbers[i] for k, i in index.items()}
    prof.dates = str(series.dtype).startswith("datetime") or _all_dates(series)
    prof.numbers = [as_number[k] for k in prof.counts if as_number[k] is not None]
    if prof.n_answered:
        prof.numeric_share = sum(n for k, n in prof.counts.items()
                                 if as_number[k] is not None) / prof.n_answered
    if prof.n_distinct <= MAX_CODED_DISTINCT:
        prof.location = {k: location_code(prof.shown[k]) for k in prof.counts}
        prof.yes_no = {k: yes_no_code(prof.shown[k]) for k in prof.counts}
    return prof


def _all_dates(series: pd.Series) -> bool:
    """The first 50 answered cells are all dates or times (and there is at least one)."""
    if series.dtype.kind in "fiub" or series.dtype == "str":
        return False
    import pandas as pd

    seen = 0
    for v in series.tolist():
        if pd.isna(v):
            continue
        if not isinstance(v, _dt.date | _dt.time):
            return False
        seen += 1
        if seen == 50:
            break
    return seen > 0


def location_fit(p: ColumnProfile) -> float:
    """How well the values look like answers to 'where is X located?' (0..1)."""
    if not p.location or p.numeric_share >= 0.99:
        return 0.45 if p.small_integer_codes() and p.n_distinct <= 5 else 0.0
    fit = p.share(p.location, ("regional", "national", "international", "missing"))
    found = {c for k, c in p.location.items() if c in ("regional", "national", "international")}
    return fit if len(found) >= 2 else fit * 0.3


# codes agencies give "not asked" or "not applicable" beside 1 = yes, 2 = no (spec 7)
NOT_ASKED_CODES = frozenset({"999", "888", "998", "997", "777", "9999", "8888", "99", "98", "-9",
                             "-99"})


def yes_no_fit(p: ColumnProfile) -> float:
    """How well the values look like answers to a yes/no question (0..1)."""
    if not p.yes_no or p.n_distinct > 15:
        return 0.0
    if set(p.counts) <= {"1", "2", "9", "8", "-1"} | NOT_ASKED_CODES and {"1", "2"} <= set(p.counts):
        return 0.6  # 1 = yes, 2 = no is the usual SPSS coding, but it is a guess
    fit = p.share(p.yes_no, ("yes", "no", "missing"))
    found = {c for c in p.yes_no.values() if c in ("yes", "no")}
    return fit if len(found) == 2 else fit * 0.5


def number_fit(p: ColumnProfile) -> float:
    if not p.n_answered:
        return 0.0
    return p.numeric_share if p.n_distinct >= 3 else p.numeric_share * 0.3


def category_fit(p: ColumnProfile) -> float:
    """A closed question with a handful of text categories (or numeric codes)."""
    if p.n_distinct < 2 or p.n_distinct > 60:
        return 0.0
    fit = 0.5 if p.numeric_share >= 0.9 else 1.0
    return fit * (1 - 0.9 * max(location_fit(p), yes_no_fit(p)))


def word_share(p: ColumnProfile, words: tuple[str, ...]) -> float:
    """Share of the distinct answers mentioning one of ``words``."""
    if not p.shown:
        return 0.0
    return sum(any_match(words, clean(v)) for v in p.shown.values()) / len(p.shown)


def education_share(p: ColumnProfile) -> float:
    if not p.shown or p.n_distinct > 15:
        return 0.0
    return sum(education_level(v) is not None for v in p.shown.values()) / len(p.shown)
