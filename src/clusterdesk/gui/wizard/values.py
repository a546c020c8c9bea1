"""Distinct answers and their counts, as the answer-codes page shows them (Qt-free).

Answers are grouped by the comparison rule of spec section 2, so "Ja", " ja" and "JA" are one row,
shown as their most frequent spelling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clusterdesk.gil import in_pieces
from clusterdesk.mapping.text import display, normalize


@dataclass
class Answer:
    text: str  # as the analyst sees it (most frequent spelling)
    key: str  # comparison key (normalize)
    count: int


CHUNK = 100_000  # cells per C call: between chunks the GUI thread gets the GIL (see clusterdesk.gil)


def value_counts(series: Any) -> list[tuple[Any, int]]:
    """``series.value_counts(dropna=True)`` as (value, count), most frequent first."""
    return list(_tally(series).items())


def _tally(series: Any, should_stop: Any = None) -> dict[Any, int]:
    """{value: count}, most frequent first, counted in chunks: one call over 1,000,000 text cells
    holds the GIL long enough to freeze the window, also from a worker thread. A dict, not pairs:
    an id column's 1,000,000 tuples made each garbage collection meanwhile a 0.1 s pause."""
    if len(series) <= CHUNK:
        return {v: int(n) for v, n in series.value_counts(dropna=True).items()}
    total: dict[Any, int] = {}
    for rows in in_pieces(len(series), CHUNK):
        if should_stop is not None and should_stop():
            from clusterdesk.errors import Cancelled

            raise Cancelled()
        for value, n in series.iloc[rows].value_counts(dropna=True).items():
            total[value] = total.get(value, 0) + int(n)
    from clusterdesk.mapping.suggest_values import by_count

    return by_count(list(total), total.values())


def distinct(data: Any, columns: list[str], limit: int | None = None) -> list[Answer]:
    """The answers found in `columns` of the DataFrame `data`, most frequent first."""
    tallies = [_tally(data[col]) for col in columns if col in data.columns]
    return _grouped(tallies, limit)[0]


def _grouped(tallies: list[dict[Any, int]], limit: int | None = None) -> tuple[list[Answer], int]:
    """Values and counts grouped by the comparison rule: the first ``limit`` (all: None) most
    frequent first, and how many there are. Kept in dicts of text and numbers, which the garbage
    collector does not track, and sorted only as far as shown: an id column has 1,000,000."""
    counts: dict[str, int] = {}
    best: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for tally in tallies:
        for value, n in tally.items():
            key = normalize(value)
            if key is None:
                continue
            counts[key] = counts.get(key, 0) + n
            if n > best.get(key, -1):
                best[key] = n
                spelling[key] = display(value)

    def order(k: str) -> tuple[int, str]:
        return -counts[k], k

    if limit is not None and len(counts) > limit:
        import heapq

        keys = heapq.nsmallest(limit, counts, key=order)
    else:
        keys = sorted(counts, key=order)
    return [Answer(spelling[k], k, counts[k]) for k in keys], len(counts)


def answers_and_blanks(data: Any, column: str, limit: int | None = None,
                       should_stop: Any = None) -> tuple[list[Answer], int, int]:
    """A column's answers as distinct() gives them (the first ``limit``), its blank cells, and
    how many different answers it has, from one count of its values (the blanks by the rule
    once per distinct value, not once per cell: 1M cells, 2 s). ``should_stop()`` is asked
    between chunks (raises Cancelled)."""
    if column not in data.columns:
        return [], 0, 0
    s = data[column]
    tally = _tally(s, should_stop)
    n = int(s.isna().sum())
    if s.dtype == object:
        n += sum(c for v, c in tally.items() if normalize(v) is None)
    answers, n_distinct = _grouped([tally], limit)
    return answers, n, n_distinct


def code_of(table: dict[str, list[str]], key: str) -> str | None:
    """Which code of a code table holds the answer with comparison key `key` (None: unassigned)."""
    for code, values in table.items():
        if any(normalize(v) == key for v in values):
            return code
    return None


def assign(table: dict[str, list[str]], answer: Answer, code: str | None) -> None:
    """Move one answer to `code` (None: unassign) in place, removing every other spelling."""
    for values in table.values():
        values[:] = [v for v in values if normalize(v) != answer.key]
    if code is not None:
        table.setdefault(code, []).append(answer.text)


def ordered(categories: list[str], order: list[str]) -> list[str]:
    """Categories in the analyst's order; ones the order does not name follow, as found."""
    keys = {normalize(c): c for c in categories}
    out = [keys.pop(normalize(o)) for o in order if normalize(o) in keys]
    return out + list(keys.values())


NAMES_LIMIT = 300  # codes a category can be given names for on the page


@dataclass
class PageAnswers:
    """Everything the answer-codes page lists, computed off the GUI thread (big surveys)."""

    location: list[Answer]
    yes_no: list[Answer]
    ownership: list[Answer]
    education: list[Answer] | None  # None: the column holds numbers, used as they are
    region: list[Answer]
    categories: dict[str, list[Answer]] = field(default_factory=dict)  # role -> its answers


def page_answers(data: Any, columns: dict[str, str | list[str]], progress: Any = None,
                 should_stop: Any = None) -> PageAnswers:
    """The distinct answers of the mapped columns (`columns`: role -> column name, or the
    columns of an outcome read from several)."""
    from clusterdesk.errors import Cancelled
    from clusterdesk.mapping.roles import FACTORS, OUTCOMES

    def step(fraction: float, message: str) -> None:
        if should_stop is not None and should_stop():
            raise Cancelled()
        if progress is not None:
            progress(fraction, message)

    def cols(roles: tuple[str, ...] | list[str]) -> list[str]:
        found: list[str] = []
        for r in roles:
            col = columns.get(r)
            found += [c for c in ([col] if isinstance(col, str) else col or []) if c]
        return found

    step(0.0, "Counting the answers to the six factor questions…")
    location = distinct(data, cols(FACTORS))
    step(0.5, "Counting the yes/no answers…")
    yes_no = distinct(data, cols(OUTCOMES))
    step(0.7, "Counting categories…")
    ownership = distinct(data, cols(["ownership"]))
    edu = columns.get("manager_education")
    education = (None if isinstance(edu, str) and edu in data.columns and is_numeric(data[edu])
                 else distinct(data, cols(["manager_education"])))
    region = distinct(data, cols(["region"]))
    categories = {"region": region, "ownership": ownership}
    for role in ("sector", "dependence"):
        categories[role] = distinct(data, cols([role]), limit=NAMES_LIMIT)
    step(1.0, "")
    return PageAnswers(location, yes_no, ownership, education, region,
                       {r: a for r, a in categories.items() if a})


def is_numeric(series: Any) -> bool:
    """A column of numbers (also numbers stored by a spreadsheet as an object column).

    Looked at in chunks, stopping at the first answer that is not a number: dropna() and map()
    over a 1,000,000-row text column held the GIL for 0.4 s (the window froze on Next)."""
    import pandas as pd

    if pd.api.types.is_numeric_dtype(series.dtype):
        return True
    answered = False
    for rows in in_pieces(len(series), CHUNK):
        piece = series.iloc[rows]
        for v in piece[piece.notna()].tolist():
            if v.__class__ is bool or not isinstance(v, int | float):
                return False
            answered = True
    return answered
