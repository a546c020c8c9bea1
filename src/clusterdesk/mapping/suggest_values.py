"""What a column's values say about it: answer meanings (location, yes/no, education level) and a
profile (numbers? categories? location answers?) that the role scores read.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from clusterdesk.mapping import vocabulary as V
from clusterdesk.mapping.suggest_distinct import by_count, distinct_cells, read_cell
from clusterdesk.mapping.suggest_text import any_match, clean, matches
from clusterdesk.mapping.text import display, normalize
from clusterdesk.runtime import IDLE, Task

if TYPE_CHECKING:
    import pandas as pd

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
        numpy (an id column has a number per firm, and is scored for every role)."""
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


def profile(name: str, position: int, series: pd.Series, task: Task = IDLE) -> ColumnProfile:
    """Summarise one column; answer meanings are worked out only for closed questions.

    Works on distinct cells (see distinct_cells), not on every row: same counts, keys and order as
    normalising every cell and calling value_counts.
    """
    prof = ColumnProfile(name=name, position=position, n_rows=len(series))
    # One dict grows here, not three: a big dict's resize is one long call, and three in a row
    # give the window's waiting thread no turn in between.
    index: dict[str, int] = {}
    tallies: list[int] = []
    first: list[str] = []
    numbers: list[float | None] = []
    for raw, n in zip(*distinct_cells(series, task), strict=True):
        key, shown, number = read_cell(raw)
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
