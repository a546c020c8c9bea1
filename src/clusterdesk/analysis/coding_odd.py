"""The warning for a column's answers that fit no code: one sentence per kind and number, each
answer listed once with its count (the five most frequent, then "and N more")."""

from __future__ import annotations

from clusterdesk.mapping.text import display
from clusterdesk.texts import quote, translate

MAX_LISTED = 5

# What is odd about the answers a column lists, one sentence per kind and number, so that each
# language words it whole: (one answer, several answers). Translated when used (lambdas).
_ODD = {
    "location": (lambda: translate("analysis", "Column '{column}' has {n} answer that is neither "
                                   "regional, national nor international ({answers}). Mark them "
                                   "as missing or map them."),
                 lambda: translate("analysis", "Column '{column}' has {n} answers that are neither "
                                   "regional, national nor international ({answers}). Mark them "
                                   "as missing or map them.")),
    "yes_no": (lambda: translate("analysis", "Column '{column}' has {n} answer that is neither yes "
                                 "nor no ({answers}). Mark them as missing or map them."),
               lambda: translate("analysis", "Column '{column}' has {n} answers that are neither "
                                 "yes nor no ({answers}). Mark them as missing or map them.")),
    "education": (lambda: translate("analysis", "Column '{column}' has {n} answer that is not in "
                                    "the education levels you ordered ({answers}). Add them to "
                                    "the order or mark them as missing."),
                  lambda: translate("analysis", "Column '{column}' has {n} answers that are not in "
                                    "the education levels you ordered ({answers}). Add them to "
                                    "the order or mark them as missing.")),
    "number": (lambda: translate("analysis", "Column '{column}' has {n} answer that is not numbers "
                                 "({answers}). They are treated as missing; correct them in the "
                                 "file if they should count."),
               lambda: translate("analysis", "Column '{column}' has {n} answers that are not "
                                 "numbers ({answers}). They are treated as missing; correct them "
                                 "in the file if they should count.")),
}


def odd_counts(codes, uniques, odd: list[int]) -> dict[str, int]:
    """The answers at positions `odd` of `uniques` with their counts, most frequent first."""
    import numpy as np

    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    found = {display(uniques[i]): int(counts[i]) for i in odd}
    return dict(sorted(found.items(), key=lambda kv: -kv[1]))


def odd_message(column: str, found: dict[str, int], kind: str) -> str:
    """'Column 'Sp10' has 14 answers that are neither yes nor no ('Vet ikke' x12, '-' x2). ...'"""
    total = sum(found.values())
    listed = ", ".join(f"{quote(k)} x{v}" for k, v in list(found.items())[:MAX_LISTED])
    if len(found) > MAX_LISTED:
        listed += " " + translate("analysis", "and {n} more").format(n=len(found) - MAX_LISTED)
    one, several = _ODD[kind]
    return (one if total == 1 else several)().format(column=column, n=total, answers=listed)
