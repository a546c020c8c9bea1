"""Distinct answers and their counts, as the answer-codes page shows them (Qt-free).

Answers are grouped by the comparison rule of spec section 2, so "Ja", " ja" and "JA" are one row,
shown as their most frequent spelling.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clusterdesk.mapping.text import display, normalize


@dataclass
class Answer:
    text: str  # as the analyst sees it (most frequent spelling)
    key: str  # comparison key (normalize)
    count: int


def distinct(data: Any, columns: list[str], limit: int | None = None) -> list[Answer]:
    """The answers found in `columns` of the DataFrame `data`, most frequent first."""
    counts: dict[str, int] = {}
    spelling: dict[str, tuple[int, str]] = {}
    for col in columns:
        if col not in data.columns:
            continue
        for value, n in data[col].value_counts(dropna=True).items():
            key = normalize(value)
            if key is None:
                continue
            counts[key] = counts.get(key, 0) + int(n)
            if n > spelling.get(key, (-1, ""))[0]:
                spelling[key] = (int(n), display(value))
    answers = [Answer(spelling[k][1], k, c) for k, c in counts.items()]
    answers.sort(key=lambda a: (-a.count, a.key))
    return answers[:limit] if limit else answers


def blank_count(data: Any, column: str) -> int:
    """Cells of a column that are missing by the comparison rule (blank, NaN)."""
    if column not in data.columns:
        return 0
    s = data[column]
    n = int(s.isna().sum())
    nonnull = s.dropna()
    if nonnull.dtype == object:
        n += int(nonnull.map(lambda v: normalize(v) is None).sum())
    return n


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
