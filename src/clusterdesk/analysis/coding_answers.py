"""One column's answers coded by the role's kind (spec section 2): categories in the analyst's
order, locations and yes/no by the code tables, education by its order, numbers as analysts type
them; each through the column's unique values. Answers that fit no code are listed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.coding_category import categorical, category, text
from clusterdesk.analysis.coding_odd import odd_counts, odd_message
from clusterdesk.analysis.survey import CodingReport
from clusterdesk.mapping.numbers import commas_are_thousands, parse_number
from clusterdesk.mapping.roles import CATEGORY_ROLES, FACTORS, LOCATIONS, ROLE_BY_KEY
from clusterdesk.mapping.text import display, normalize
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.mapping.model import Mapping

FOREIGN_WORDS = ("foreign", "utenlandsk", "utanlandsk")
NOT_FOREIGN_WORDS = ("not foreign", "non-foreign", "non foreign", "ikke", "ikkje")


def code_role(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport,
              column: str):
    kind = ROLE_BY_KEY[role].kind
    if role in CATEGORY_ROLES:
        return category(role, mapping, codes, uniques, keys)
    if kind == "location" or kind == "yes_no":
        return _coded(role, mapping, codes, uniques, keys, report, column)
    if role == "manager_education" and mapping.codes.manager_education:
        return _ordinal(role, mapping, codes, uniques, keys, report)
    if kind in ("number", "ordinal"):
        return _number(role, mapping, codes, uniques, keys, report)
    return text(codes, uniques)


def _coded(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport, column: str):
    """Location -> 'regional'/...; yes/no -> 1.0/0.0 (skipped_means_no -> 0.0); 'missing' codes
    and unknown answers -> NaN."""
    import numpy as np

    table = mapping.codes.table_for(role)
    lookup = {normalize(v): c for c, vals in table.items() for v in vals if normalize(v) is not None}
    is_location = role in FACTORS
    meaning = {"yes": 1.0, "no": 0.0, "skipped_means_no": 0.0}
    out: list[object] = []
    odd: list[int] = []
    skipped: list[int] = []
    for i, k in enumerate(keys):
        c = lookup.get(k) if k is not None else "missing"
        if c is None:
            odd.append(i)
            c = "missing"
        if c == "skipped_means_no" and not is_location:
            skipped.append(i)
        if is_location:
            out.append(None if c == "missing" or c == "skipped_means_no" else c)
        else:
            out.append(meaning.get(c, np.nan))
    if odd:
        found = odd_counts(codes, uniques, odd)
        merged = report.unassigned.setdefault(role, {})
        for k, v in found.items():
            merged[k] = merged.get(k, 0) + v
        report.warnings.append(odd_message(column, found,
                                           "location" if is_location else "yes_no"))
    if skipped:
        counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
        n = int(sum(counts[i] for i in skipped))
        answers = ", ".join(display(uniques[i]) for i in skipped)
        report.skipped.setdefault(role, {})[column] = n
        report.warnings.append(translate(
            "analysis", "{n} firms not asked {column} ({answers}) counted as non-innovators.",
            None, n).format(n=f"{n:,}", column=column, answers=answers))
    if is_location:
        return categorical(out, codes, list(LOCATIONS))
    return np.array(out + [np.nan], dtype=float)[codes]




def _ordinal(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport):
    """Manager's education: the analyst's order (lowest first) codes 0, 1, 2, ..."""
    import numpy as np

    rank = {}
    for i, v in enumerate(mapping.codes.manager_education):
        rank.setdefault(normalize(v), float(i))
    out, odd = [], []
    for i, k in enumerate(keys):
        if k is None:
            out.append(np.nan)
        elif k in rank:
            out.append(rank[k])
        else:
            out.append(np.nan)
            odd.append(i)
    return _floats(out, odd, report.unassigned, "education", role, mapping, codes, uniques, report)


def _number(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport):
    import numpy as np

    out, odd = [], []
    thousands = commas_are_thousands(uniques)
    for i, u in enumerate(uniques):
        f = parse_number(u, thousands)
        if f is None and keys[i] is not None:
            odd.append(i)
        out.append(np.nan if f is None else f)
    return _floats(out, odd, report.not_numbers, "number", role, mapping, codes, uniques, report)


def _floats(out: list[float], odd: list[int], listed: dict[str, dict[str, int]], kind: str,
            role: str, mapping: Mapping, codes, uniques, report: CodingReport):
    """Each row's number from its unique answer's; the answers at ``odd`` are listed under
    ``listed[role]`` and said in one warning."""
    import numpy as np

    if odd:
        found = odd_counts(codes, uniques, odd)
        listed[role] = found
        report.warnings.append(odd_message(", ".join(mapping.source_columns(role)), found, kind))
    return np.array(out + [np.nan], dtype=float)[codes]


def foreign(mapping: Mapping, codes, uniques, keys):
    """Ownership -> foreign 1/0 (codes.foreign, or categories that mention foreign/utenlandsk)."""
    import numpy as np

    if mapping.codes.foreign is not None:
        chosen = {normalize(v) for v in mapping.codes.foreign}
        flags = [np.nan if k is None else float(k in chosen) for k in keys]
    else:
        flags = [np.nan if k is None else float(_mentions_foreign(k)) for k in keys]
    return np.array(flags + [np.nan], dtype=float)[codes]


def _mentions_foreign(key: str) -> bool:
    return any(w in key for w in FOREIGN_WORDS) and not any(w in key for w in NOT_FOREIGN_WORDS)
