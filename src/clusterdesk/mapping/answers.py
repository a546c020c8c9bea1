"""Distinct answers and their counts, as the wizard's pages show them.

Answers are grouped by the comparison rule of spec section 2, so "Ja", " ja" and "JA" are one row,
shown as their most frequent spelling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clusterdesk.mapping.text import display, normalize
from clusterdesk.runtime import IDLE, Task


@dataclass
class Answer:
    text: str  # as the analyst sees it (most frequent spelling)
    key: str  # comparison key (normalize)
    count: int


CHUNK = 100_000  # cells counted per call: the window's thread gets its turn between them


def value_counts(series: Any) -> list[tuple[Any, int]]:
    """``series.value_counts(dropna=True)`` as (value, count), most frequent first."""
    return list(_tally(series).items())


def _tally(series: Any, task: Task = IDLE) -> dict[Any, int]:
    """{value: count}, most frequent first, counted in chunks so that a long column does not keep
    the window waiting. A dict, not pairs: the collector does not track a dict of texts and
    numbers, and an id column has a pair per firm."""
    if len(series) <= CHUNK:
        return {v: int(n) for v, n in series.value_counts(dropna=True).items()}
    total: dict[Any, int] = {}
    for rows in task.pieces(len(series), CHUNK):
        for value, n in series.iloc[rows].value_counts(dropna=True).items():
            total[value] = total.get(value, 0) + int(n)
    from clusterdesk.mapping.suggest_distinct import by_count

    return by_count(list(total), total.values())


def distinct(data: Any, columns: list[str], limit: int | None = None,
             task: Task = IDLE) -> list[Answer]:
    """The answers found in `columns` of the DataFrame `data`, most frequent first."""
    tallies = []
    for col in columns:
        if col in data.columns:
            task.step()  # lets the window's thread in between columns (runtime.task.pause)
            tallies.append(_tally(data[col], task))
    return _grouped(tallies, limit)[0]


def _grouped(tallies: list[dict[Any, int]], limit: int | None = None
             ) -> tuple[list[Answer], int, int]:
    """Values and counts grouped by the comparison rule: the first ``limit`` (all: None) most
    frequent first, how many there are, and the cells the rule finds blank (" ", "nan"). Kept in dicts of text and numbers, which the garbage
    collector does not track, and sorted only as far as shown: an id column has one per firm."""
    counts: dict[str, int] = {}
    best: dict[str, int] = {}
    spelling: dict[str, str] = {}
    blank = 0
    for tally in tallies:
        for value, n in tally.items():
            key = normalize(value)
            if key is None:
                blank += n
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
    return [Answer(spelling[k], k, counts[k]) for k in keys], len(counts), blank


def answers_and_blanks(data: Any, column: str, limit: int | None = None,
                       task: Task = IDLE) -> tuple[list[Answer], int, int]:
    """A column's answers as distinct() gives them (the first ``limit``), its blank cells, and
    how many different answers it has, from one count of its values (the blanks by the rule
    once per distinct value, not once per cell)."""
    if column not in data.columns:
        return [], 0, 0
    s = data[column]
    answers, n_distinct, blank = _grouped([_tally(s, task)], limit)
    n = int(s.isna().sum()) + (blank if s.dtype == object else 0)
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


def page_answers(data: Any, columns: dict[str, str | list[str]],
                 task: Task = IDLE) -> PageAnswers:
    """The distinct answers of the mapped columns (`columns`: role -> column name, or the
    columns of an outcome read from several)."""
    from clusterdesk.mapping.roles import FACTORS, OUTCOMES

    def cols(roles: tuple[str, ...] | list[str]) -> list[str]:
        found: list[str] = []
        for r in roles:
            col = columns.get(r)
            found += [c for c in ([col] if isinstance(col, str) else col or []) if c]
        return found

    task.step(0.0, "Counting the answers to the six factor questions…")
    location = distinct(data, cols(FACTORS), task=task)
    task.step(0.5, "Counting the yes/no answers…")
    yes_no = distinct(data, cols(OUTCOMES), task=task)
    task.step(0.7, "Counting categories…")
    ownership = distinct(data, cols(["ownership"]), task=task)
    edu = columns.get("manager_education")
    education = (None if isinstance(edu, str) and edu in data.columns
                 and is_numeric(data[edu], task)
                 else distinct(data, cols(["manager_education"]), task=task))
    region = distinct(data, cols(["region"]), task=task)
    categories = {"region": region, "ownership": ownership}
    for role in ("sector", "dependence"):
        categories[role] = distinct(data, cols([role]), limit=NAMES_LIMIT, task=task)
    task.step(1.0, "")
    return PageAnswers(location, yes_no, ownership, education, region,
                       {r: a for r, a in categories.items() if a})


def is_numeric(series: Any, task: Task = IDLE) -> bool:
    """A column of numbers (also numbers stored by a spreadsheet as an object column).

    Looked at in chunks, stopping at the first answer that is not a number (a long text column
    in one call kept the window waiting)."""
    import pandas as pd

    if pd.api.types.is_numeric_dtype(series.dtype):
        return True
    answered = False
    for rows in task.pieces(len(series), CHUNK):
        piece = series.iloc[rows]
        for v in piece[piece.notna()].tolist():
            if v.__class__ is bool or not isinstance(v, int | float):
                return False
            answered = True
    return answered
