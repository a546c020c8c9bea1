"""What a column's values say about it: answer meanings (location, yes/no, education level) and a
profile (numbers? categories? location answers?) that the role scores read.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clusterdesk.mapping import vocabulary as V
from clusterdesk.mapping.suggest_text import any_match, clean, parse_number
from clusterdesk.mapping.text import display, normalize

if TYPE_CHECKING:
    import pandas as pd

MAX_CODED_DISTINCT = 40  # more distinct answers than this is free text, not a closed question
_YES_LIKE = re.compile(r"^(y+e+s+!*|y+e+[ap]+h*|y+u+p+|j+a+|j+e+p+|ja+ da)$")
_NO_LIKE = re.compile(r"^(n+o+!*|no+pe+|n+a+h+|n+e+i+|næ+i+)$")


def location_code(value: object) -> str | None:
    """'I regionen' -> regional, 'Ellers i Norge' -> national, 'Abroad' -> international,
    'Vet ikke' -> missing; None when the answer says none of these."""
    text = clean(display(value))
    if not text:
        return "missing"
    if any_match(V.MISSING_ANSWERS, text):
        return "missing"
    for code in ("international", "national", "regional"):
        if any_match(V.LOCATION_ANSWERS[code], text):
            return code
    return None


def yes_no_code(value: object) -> str | None:
    """'Ja', 'Yes', 'Y', 'TRUE', '1', 'Yesss' -> yes; 'Nei', 'Nope', '0' -> no; 'Vet ikke' ->
    missing; None otherwise."""
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


def education_level(value: object) -> int | None:
    """Position of a manager-education answer on the scale primary (0) .. doctorate (4)."""
    text = clean(display(value))
    for level in range(len(V.EDUCATION_LEVELS) - 1, -1, -1):
        if any_match(V.EDUCATION_LEVELS[level], text, fuzzy=False):
            return level
    return None


def is_foreign(value: object) -> bool:
    text = clean(display(value))
    return any_match(V.FOREIGN_WORDS, text) and not any_match(V.NOT_FOREIGN_WORDS, text)


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


def profile(name: str, position: int, series: pd.Series) -> ColumnProfile:
    """Summarise one column; answer meanings are worked out only for closed questions."""
    keys = series.map(normalize)
    counts = keys.value_counts(dropna=True)
    prof = ColumnProfile(name=name, position=position, n_rows=len(series))
    prof.counts = {str(k): int(n) for k, n in counts.items()}
    first = {}
    for raw, key in zip(series, keys, strict=True):
        if isinstance(key, str) and key not in first:
            first[key] = display(raw)
    prof.shown = first
    sample = series.dropna().head(50)
    prof.dates = str(series.dtype).startswith("datetime") or (
        len(sample) > 0 and all(isinstance(v, _dt.date | _dt.time) for v in sample))
    numbers = {k: parse_number(first[k]) for k in prof.counts}
    prof.numbers = [v for v in numbers.values() if v is not None]
    if prof.n_answered:
        prof.numeric_share = sum(n for k, n in prof.counts.items()
                                 if numbers[k] is not None) / prof.n_answered
    if prof.n_distinct <= MAX_CODED_DISTINCT:
        prof.location = {k: location_code(first[k]) for k in prof.counts}
        prof.yes_no = {k: yes_no_code(first[k]) for k in prof.counts}
    return prof


def location_fit(p: ColumnProfile) -> float:
    """How well the values look like answers to 'where is X located?' (0..1)."""
    if not p.location or p.numeric_share >= 0.99:
        return 0.45 if p.small_integer_codes() and p.n_distinct <= 5 else 0.0
    fit = p.share(p.location, ("regional", "national", "international", "missing"))
    found = {c for k, c in p.location.items() if c in ("regional", "national", "international")}
    return fit if len(found) >= 2 else fit * 0.3


def yes_no_fit(p: ColumnProfile) -> float:
    """How well the values look like answers to a yes/no question (0..1)."""
    if not p.yes_no or p.n_distinct > 15:
        return 0.0
    if set(p.counts) <= {"1", "2", "9", "8", "-1"} and {"1", "2"} <= set(p.counts):
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
