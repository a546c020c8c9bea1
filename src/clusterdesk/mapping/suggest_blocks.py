"""Blocks by position: questions whose headers say nothing ('q10' ... 'q13', 'Innov 1' ...
'Innov 4', 'Sp7_1' ... 'Sp7_6') but whose answers are yes/no or locations.

A person reading such a file guesses from the questionnaire's order: four yes/no questions in a
row are product, product new to market, process, process new to industry; six location questions
are the six factors in the order of spec section 1. It is a guess, so it is taken with low
confidence and marked for checking, and never over a column whose header names its role.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from clusterdesk.mapping.roles import FACTORS, OUTCOMES
from clusterdesk.mapping.suggest_values import ColumnProfile, location_fit, yes_no_fit

BLOCK_CONFIDENCE = 0.3  # a guess from position: shown as "unsure", never as settled
NAMED = 0.5  # a header score from this up names the column's role: the block leaves it alone
# stem, then a number or a letter at the end: "q10", "Innov 1", "Sp7_3", "Q7c", "V 12"
_STEM = re.compile(r"^(?P<stem>.*?[^\W\d_]?[\s_.\-]*)(?P<n>\d+|[a-z])\s*$", re.IGNORECASE)


@dataclass
class Block:
    roles: tuple[str, ...]
    columns: list[str]


def _stem_and_index(name: str) -> tuple[str, int] | None:
    m = _STEM.match(name.strip())
    if m is None or len(name.strip()) > 20:  # a long header is a question text, not a code
        return None
    n = m.group("n")
    stem = m.group("stem").casefold().strip()
    if n.isdigit():
        return stem, int(n)
    if not stem or not stem[-1].isdigit():  # a letter counts only after a number: "Q7c"
        return None
    return stem, ord(n.casefold()) - ord("a")


def _runs(profiles: list[ColumnProfile]) -> list[list[ColumnProfile]]:
    """Adjacent columns with one stem and consecutive numbers (or letters)."""
    runs: list[list[ColumnProfile]] = []
    last: tuple[str, int, int] | None = None  # stem, index, position
    for p in sorted(profiles, key=lambda p: p.position):
        key = _stem_and_index(p.name)
        if key is not None and last is not None and key[0] == last[0] \
                and key[1] == last[1] + 1 and p.position == last[2] + 1:
            runs[-1].append(p)
        elif key is not None:
            runs.append([p])
        last = None if key is None else (key[0], key[1], p.position)
    return runs


def find_blocks(profiles: dict[str, ColumnProfile],
                header: Callable[[str], dict[str, float]]) -> list[Block]:
    """Runs of exactly six location columns or four yes/no columns whose headers name no role
    of their kind (``header``: column -> role -> score from the header words alone)."""
    blocks = []
    for run in _runs(list(profiles.values())):
        for roles, fit, threshold in ((FACTORS, location_fit, 0.8), (OUTCOMES, yes_no_fit, 0.6)):
            if len(run) != len(roles) or not all(fit(p) >= threshold for p in run):
                continue
            if any(max(header(p.name)[r] for r in roles) >= NAMED for p in run):
                continue
            blocks.append(Block(roles, [p.name for p in run]))
    return blocks


def apply_block(block: Block, columns: dict[str, str], confidence: dict[str, float],
                sure: float) -> dict[str, str]:
    """Take the block's columns in its roles' order, except for roles already matched by name
    with confidence ``sure`` or more. Returns what was taken (role -> column)."""
    taken = {}
    for role, column in zip(block.roles, block.columns, strict=True):
        current = columns.get(role)
        if current is not None and current != column and confidence.get(role, 0.0) >= sure:
            continue
        for other, col in list(columns.items()):
            if col == column and other != role:  # the column guessed for another role by values
                del columns[other]
                confidence.pop(other, None)
        columns[role] = column
        confidence[role] = BLOCK_CONFIDENCE
        taken[role] = column
    return taken
