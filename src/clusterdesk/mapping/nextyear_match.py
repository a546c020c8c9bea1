"""Next year's file: which column now holds each role of last year's mapping.

A person looks at two things: the name (renamed, renumbered, reworded, a few words added or left
out) and the answers (a column whose answers are last year's answers for the role is that
question, whatever it is called now). Names are compared with rapidfuzz's token measures, so
"Industry" inside "Industry (NACE section)" and reordered words count as alike; the answers are
compared with the answers the mapping stores for the role (categories, codes, education order).
One column serves one role; a role nothing fits is reported as lost, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from clusterdesk.mapping.roles import FACTORS, OUTCOMES, ROLE_BY_KEY
from clusterdesk.mapping.suggest_score import header_scores, value_fit
from clusterdesk.mapping.suggest_text import clean_header
from clusterdesk.mapping.text import normalize

if TYPE_CHECKING:
    from clusterdesk.mapping.model import Mapping
    from clusterdesk.mapping.suggest_values import ColumnProfile

NAME_SURE = 0.85  # names this alike are the same question, unless the answers say otherwise
NAME_MIN = 0.72  # alike enough for a role whose answers the mapping does not store (numbers)
NAME_WEAK = 0.5  # alike enough when the answers are last year's too
CONTAINED = 0.9  # one name's words all inside the other's ("Industry" in "Industry (NACE)")
CONTAINED_LETTERS = 5  # ... when the shared words carry at least this many letters
VOCABULARY = 0.8  # both names say the role in the assistant's words (another language)
ANSWERS_AGREE = 0.8  # share of a column's answers that are last year's for the role
ANSWERS_DIFFER = 0.5  # below this share the answers contradict a name that looks alike
FIT_MIN = 0.5  # the column's values could belong to the role at all


@dataclass
class Match:
    """A column taken for a role, and why."""

    column: str
    name: float  # likeness of the names, 0..1
    answers: float | None  # share of its answers that were last year's, None when not stored


@dataclass
class Matching:
    found: dict[str, Match] = field(default_factory=dict)
    lost: list[str] = field(default_factory=list)  # roles in the order of ROLES
    hints: dict[str, list[str]] = field(default_factory=dict)  # lost role -> columns to look at


def name_likeness(old: str, new: str) -> float:
    """0..1: how alike two headers are once question numbers, case and punctuation are gone.

    Word order does not matter, and one name's words all found in the other's count as a match
    (CONTAINED) when those words say something: shared words of fewer than CONTAINED_LETTERS
    letters in all ("Q", "No", "Id", "Sum") are no evidence.
    """
    a, b = clean_header(old), clean_header(new)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    best = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100
    ta, tb = set(a.split()), set(b.split())
    shared = ta & tb
    letters = sum(len(t) for t in shared if not t.isdigit())
    if letters >= CONTAINED_LETTERS and fuzz.token_set_ratio(a, b) == 100:
        best = max(best, CONTAINED)
    elif letters >= CONTAINED_LETTERS:  # nearly contained: a word or two reworded
        best = max(best, CONTAINED * fuzz.token_set_ratio(a, b) / 100 - 0.05)
    return best


def known_answers(mapping: Mapping, role: str) -> set[str] | None:
    """Last year's answers for a role, as comparison keys; None when the mapping keeps none."""
    if role in FACTORS or role in OUTCOMES:
        values = [v for vals in mapping.codes.table_for(role).values() for v in vals]
    elif role == "manager_education":
        values = list(mapping.codes.manager_education)
    else:
        values = list(mapping.order.get(role, []))
        if role == "ownership" and mapping.codes.foreign:
            values += mapping.codes.foreign
    keys = {k for k in (normalize(v) for v in values) if k is not None}
    return keys or None


def answer_share(known: set[str] | None, prof: ColumnProfile) -> float | None:
    """Share of the column's answers that are last year's, weighed down a little when few of
    last year's answers are there (a column of only "Yes" is not last year's whole list)."""
    if known is None or not prof.n_answered:
        return None
    cover = sum(n for k, n in prof.counts.items() if k in known) / prof.n_answered
    recall = len(known & prof.counts.keys()) / len(known)
    return cover * (0.8 + 0.2 * recall)


@lru_cache(maxsize=1024)
def _says(header: str) -> dict[str, float]:
    """The assistant's reading of a header (each header is read once, not once per role)."""
    return header_scores(clean_header(header))


def _distinctive(role: str) -> bool:
    """The role's answers tell it from other roles (not the location or yes/no codes that every
    factor or outcome question shares)."""
    return role not in FACTORS and role not in OUTCOMES


def _pair_score(role: str, old: str, col: str, prof: ColumnProfile, known: set[str] | None,
                labels: dict[str, str]) -> tuple[float, float, float | None]:
    """(strength, name likeness, answer share) of taking ``col`` for ``role``; strength 0 =
    not by name. The answers can only confirm a name or contradict it here; a column found by
    its answers alone is the second pass's."""
    texts = [col] + ([labels[col]] if labels.get(col) else [])
    name = max(name_likeness(old, t) for t in texts)
    said = max(_says(t).get(role, 0.0) for t in texts)
    if said >= VOCABULARY and _says(old).get(role, 0.0) >= VOCABULARY:
        name = max(name, VOCABULARY)
    share = answer_share(known, prof)
    fit = value_fit(role, prof)
    if share is not None and share < ANSWERS_DIFFER:
        return 0.0, name, share  # a look-alike name over other answers: not this question
    if name >= NAME_SURE and fit >= FIT_MIN * 0.6:
        return 2.0 + name + (share or 0.0), name, share
    if share is not None and share >= ANSWERS_AGREE and name >= NAME_WEAK:
        return 1.5 + name + share, name, share
    if share is None and name >= NAME_MIN and fit >= FIT_MIN:
        return 1.0 + name, name, share
    return 0.0, name, share


def match_columns(mapping: Mapping, lost: list[str], free: list[str],
                  profiles: dict[str, ColumnProfile], labels: dict[str, str]) -> Matching:
    """Take a free column for each lost role: by name (confirmed, or at least not contradicted,
    by the answers), then by the answers alone where exactly one role and one column fit."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    out = Matching()
    if not lost:
        return out
    known = {r: known_answers(mapping, r) for r in lost}
    score = np.zeros((len(lost), len(free)))
    names = np.zeros_like(score)
    shares: dict[tuple[int, int], float | None] = {}
    for i, role in enumerate(lost):
        for j, col in enumerate(free):
            s, n, a = _pair_score(role, mapping.columns[role], col, profiles[col], known[role],
                                  labels)
            score[i, j], names[i, j], shares[i, j] = s, n, a
    if free:
        for i, j in zip(*linear_sum_assignment(score, maximize=True), strict=True):
            if score[i, j] > 0:
                out.found[lost[i]] = Match(free[j], float(names[i, j]), shares[i, j])
    taken = {m.column for m in out.found.values()}
    rest = [r for r in lost if r not in out.found]
    # by the answers alone: a role whose answers no other role shares, held by one column only
    by_answers: dict[str, list[str]] = {}
    for role in rest:
        if not _distinctive(role):
            continue
        i = lost.index(role)
        by_answers[role] = [free[j] for j in range(len(free)) if free[j] not in taken
                            and (shares[i, j] or 0.0) >= ANSWERS_AGREE]
    claimed = [c for cols in by_answers.values() for c in cols]
    for role, cols in by_answers.items():
        if len(cols) == 1 and claimed.count(cols[0]) == 1:
            j = free.index(cols[0])
            out.found[role] = Match(cols[0], float(names[lost.index(role), j]),
                                    shares[lost.index(role), j])
    taken = {m.column for m in out.found.values()}
    for role in lost:
        if role in out.found:
            continue
        out.lost.append(role)
        i = lost.index(role)
        # worth a look: a name somewhat alike, or the answers of a role whose answers are its own
        # (location and yes/no answers alone say only what kind of question it is)
        near = sorted((j for j in range(len(free)) if free[j] not in taken and (
            names[i, j] >= NAME_WEAK or (_distinctive(role)
                                         and (shares[i, j] or 0.0) >= ANSWERS_AGREE))),
            key=lambda j: -(names[i, j] + (shares[i, j] or 0.0)))
        out.hints[role] = [free[j] for j in near[:3]]
    return out


def is_required(role: str) -> bool:
    return ROLE_BY_KEY[role].required
