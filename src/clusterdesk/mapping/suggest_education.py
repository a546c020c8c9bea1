"""The order of the manager's education answers, lowest first, and how it was found.

A person orders them by what the file says first: the codes of SPSS/Stata value labels, or the
numbers the answers are written with ("1 Primary", "2) Secondary"); else by the education ladder
(vocabulary.EDUCATION_LADDER). An order that none of these gives is still proposed, but marked for
checking: it is a guess and changes Table 6.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clusterdesk.mapping import vocabulary as V
from clusterdesk.mapping.suggest_text import any_match, clean
from clusterdesk.mapping.suggest_values import ColumnProfile, education_rank
from clusterdesk.mapping.text import normalize
from clusterdesk.texts import quote, translate

# "1 Primary", "2) Secondary", "3. Bachelor", "4 - Master", "(5) PhD"
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2})\s*(?:[.):\-]\s*|\s+)(?=\S)(?!\d)")


@dataclass
class EducationOrder:
    order: list[str]  # the answers as shown, lowest first
    source: str  # "codes" | "numbers" | "ladder" | "guess"
    note: str  # what was decided, for the messages
    check: str | None = None  # set when the analyst must check the order


def not_a_level(text: str) -> bool:
    """'Vet ikke', "Don't know", 'No sabe': an answer that is no education level at all."""
    return any_match(V.MISSING_ANSWERS, clean(text))


def numbered(text: str) -> int | None:
    """The number an answer is written with ('2) Secondary' -> 2), None without one."""
    m = _NUMBERED.match(text)
    return int(m.group(1)) if m else None


def _listed(order: list[str]) -> str:
    return " < ".join(order)


def _disagrees(order: list[str]) -> bool:
    """The ladder knows every answer, and orders them differently."""
    ranks = [education_rank(v) for v in order]
    return None not in ranks and ranks != sorted(ranks)


def education_order(prof: ColumnProfile, value_codes: dict[str, float] | None = None
                    ) -> EducationOrder:
    """Order a text column of education answers; missing-like answers ('Vet ikke') are left out
    (they count as missing)."""
    answers = [(k, prof.shown[k]) for k in prof.counts if not not_a_level(prof.shown[k])]
    shown = [v for _, v in answers]
    codes = {normalize(text): code for text, code in (value_codes or {}).items()}
    if answers and all(k in codes for k, _ in answers):
        order = [v for k, v in sorted(answers, key=lambda kv: codes[kv[0]])]
        return _checked(order, "codes", translate(
            "mapping", "Manager's education, lowest first, in the order of the file's value "
            "codes: {levels}.").format(levels=_listed(order)))
    numbers = {k: numbered(v) for k, v in answers}
    if len(answers) >= 2 and None not in numbers.values() and \
            len(set(numbers.values())) == len(answers):
        order = [v for k, v in sorted(answers, key=lambda kv: numbers[kv[0]])]
        return _checked(order, "numbers", translate(
            "mapping", "Manager's education, lowest first, in the order of the numbers the "
            "answers start with: {levels}.").format(levels=_listed(order)))
    ranks = {k: education_rank(v) for k, v in answers}
    known = [k for k, _ in answers if ranks[k] is not None]
    known.sort(key=lambda k: (ranks[k], -prof.counts[k]))
    unknown = [prof.shown[k] for k, _ in answers if ranks[k] is None]
    order = [prof.shown[k] for k in known] + unknown
    tied = len({ranks[k] for k in known}) < len(known)
    if not unknown and not tied and order:
        return EducationOrder(order, "ladder", translate(
            "mapping", "Manager's education, lowest first: {levels}.").format(
                levels=_listed(order)))
    if unknown:
        why = translate("mapping", "ClusterDesk knows no level for {answers}, so they were "
                        "put last").format(answers=", ".join(quote(u) for u in unknown))
    else:
        why = translate("mapping", "some answers name the same level")
    check = translate(
        "mapping", "The order of the manager's education answers in '{column}' is a guess "
        "({why}): {levels}. Check it against the questionnaire; it changes Table 6.").format(
            column=prof.name, why=why, levels=_listed(order or shown))
    return EducationOrder(order, "guess", check, check)


def _checked(order: list[str], source: str, note: str) -> EducationOrder:
    """An order the file gives; marked when the ladder would order the same answers otherwise."""
    if not _disagrees(order):
        return EducationOrder(order, source, note)
    check = translate(
        "mapping", "The manager's education answers are ordered as the file numbers them "
        "({levels}), which is not the usual order of these levels. Check it against the "
        "questionnaire; it changes Table 6.").format(levels=_listed(order))
    return EducationOrder(order, source, note, check)
