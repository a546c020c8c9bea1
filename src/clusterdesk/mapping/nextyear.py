"""Next year's file: re-apply a saved mapping to an export whose questions were renamed or
renumbered, and whose answers gained new wordings. Every match is reported; nothing is dropped
silently.

Columns are matched by difflib's ratio on the cleaned header text (question numbers stripped),
helped by whether the values fit the role; new answers take the code of the most similar coded
answer, or the assistant's reading of them, or are left unassigned and reported.
"""

from __future__ import annotations

import copy
import difflib
import os
from dataclasses import replace
from typing import TYPE_CHECKING

from clusterdesk.errors import UserError
from clusterdesk.mapping.model import Mapping, SourceSpec
from clusterdesk.mapping.roles import FACTORS, OUTCOMES, ROLE_BY_KEY, ROLES, code_name, shown_label
from clusterdesk.mapping.suggest_score import value_fit
from clusterdesk.mapping.suggest_text import clean, clean_header
from clusterdesk.mapping.suggest_values import (
    ColumnProfile,
    education_level,
    is_foreign,
    location_code,
    profile,
    yes_no_code,
)
from clusterdesk.mapping.text import normalize
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.io.table import RawTable

MIN_MATCH = 0.6  # combined name and value likeness needed to take a renamed column
ANSWER_LIKENESS = 0.8  # a new answer this close to a coded one takes its code


def _likeness_table(olds: list[str], news: list[str], labels: dict[str, str]
                    ) -> list[list[float]]:
    """difflib's ratio of each old name to each new column's name or label (the better of the
    two), cleaned of question numbers. Each text is cleaned once and each new text's difflib
    index is built once (difflib keeps the index of its second sequence)."""
    cleaned = [clean_header(o) for o in olds]
    table = [[0.0] * len(news) for _ in olds]
    done: dict[str, list[float]] = {}
    for j, col in enumerate(news):
        texts = [clean_header(col)]
        if labels.get(col):
            texts.append(clean_header(labels[col]))
        for text in texts:
            if text not in done:
                matcher = difflib.SequenceMatcher(None, "", text)
                row = []
                for a in cleaned:
                    matcher.set_seq1(a)
                    row.append(matcher.ratio())
                done[text] = row
        for i in range(len(olds)):
            table[i][j] = max(done[t][i] for t in texts)
    return table


def _match_columns(mapping: Mapping, raw: RawTable, profiles: dict[str, ColumnProfile],
                   report: list[str]) -> dict[str, str]:
    present = {c.strip(): c for c in raw.columns}
    folded = {c.strip().casefold(): c for c in raw.columns}
    columns: dict[str, str] = {}
    lost: list[str] = []
    for role, col in mapping.columns.items():
        if col.strip() in present:
            columns[role] = present[col.strip()]
        elif col.strip().casefold() in folded:
            columns[role] = folded[col.strip().casefold()]
            report.append(translate("mapping", "{item}: column '{old}' is now written '{new}'; "
                                    "using it.").format(item=shown_label(role), old=col,
                                                        new=columns[role]))
        else:
            lost.append(role)
    free = [c for c in raw.columns if c not in columns.values() and c in profiles]
    if lost and free:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        score = np.zeros((len(lost), len(free)))
        names = _likeness_table([mapping.columns[r] for r in lost], free, raw.labels)
        for i, role in enumerate(lost):
            for j, col in enumerate(free):
                score[i, j] = names[i][j] * (0.6 + 0.4 * value_fit(role, profiles[col]))
        rows, picks = linear_sum_assignment(score, maximize=True)
        for i, j in zip(rows, picks, strict=True):
            if score[i, j] >= MIN_MATCH:
                role = lost[i]
                columns[role] = free[j]
                report.append(translate(
                    "mapping", "{item}: column '{old}' is not in this file; using '{new}' instead "
                    "({likeness} alike).").format(item=shown_label(role), old=mapping.columns[role],
                                                  new=free[j], likeness=f"{score[i, j]:.0%}"))
    for role in lost:
        if role not in columns:
            if ROLE_BY_KEY[role].required:
                text = translate("mapping", "{item}: column '{old}' is not in this file and no "
                                 "column resembles it. It is required: choose it by hand.")
            else:
                text = translate("mapping", "{item}: column '{old}' is not in this file and no "
                                 "column resembles it. Choose it by hand or leave the role out.")
            report.append(text.format(item=shown_label(role), old=mapping.columns[role]))
    return {r.key: columns[r.key] for r in ROLES if r.key in columns}


def _closest(value: str, known: dict[str, str]) -> tuple[str | None, float]:
    """The coded answer most like ``value`` (cleaned text), with its likeness."""
    text = clean(value)
    best, ratio = None, 0.0
    for k in known:
        r = difflib.SequenceMatcher(None, text, clean(k)).ratio()
        if r > ratio:
            best, ratio = k, r
    return best, ratio


def _new_answers(mapping: Mapping, columns: dict[str, str], profiles: dict[str, ColumnProfile],
                 roles: tuple[str, ...], table: dict[str, list[str]], kind: str,
                 reader, report: list[str]) -> None:
    """Code answers that the table does not know yet, in place (kind: location or yes/no)."""
    known = {v: code for code, vals in table.items() for v in vals}
    keys = {normalize(v) for v in known}
    seen: set[str] = set()
    for role in roles:
        prof = profiles.get(columns.get(role, ""))
        if prof is None:
            continue
        override = {normalize(v) for vals in mapping.codes.by_role.get(role, {}).values()
                    for v in vals}
        for key, shown in prof.shown.items():
            if key in keys or key in override or key in seen:
                continue
            seen.add(key)
            like, ratio = _closest(shown, known)
            if like is not None and ratio >= ANSWER_LIKENESS:
                code, why = known[like], translate("mapping", "it is like '{answer}'").format(
                    answer=like)
            else:
                code, why = reader(shown), translate("mapping", "by its wording")
            if code is None:
                text = translate("mapping", "New location answer '{answer}' ({n} firms in "
                                 "'{column}') is not coded; code it by hand, until then it "
                                 "counts as missing.", None, prof.counts[key]) \
                    if kind == "location" else \
                    translate("mapping", "New yes/no answer '{answer}' ({n} firms in '{column}') "
                              "is not coded; code it by hand, until then it counts as missing.",
                              None, prof.counts[key])
                report.append(text.format(answer=shown, n=prof.counts[key], column=prof.name))
                continue
            table.setdefault(code, []).append(shown)
            text = translate("mapping", "New location answer '{answer}' coded as {code} ({why}).") \
                if kind == "location" else \
                translate("mapping", "New yes/no answer '{answer}' coded as {code} ({why}).")
            report.append(text.format(answer=shown, code=code_name(code), why=why))


def _new_categories(mapping: Mapping, columns: dict[str, str],
                    profiles: dict[str, ColumnProfile], report: list[str]) -> None:
    for role, values in list(mapping.order.items()):
        prof = profiles.get(columns.get(role, ""))
        if prof is None:
            continue
        keys = {normalize(v) for v in values}
        new = [prof.shown[k] for k in prof.counts if k not in keys]
        if new:
            mapping.order[role] = values + sorted(new)
            text = translate("mapping", "{item}: new category {names} added at the end.") \
                if len(new) == 1 else \
                translate("mapping", "{item}: new categories {names} added at the end.")
            report.append(text.format(item=shown_label(role), names=", ".join(new)))
    prof = profiles.get(columns.get("ownership", ""))
    if prof is not None and mapping.codes.foreign is not None:
        listed = {normalize(v) for v in mapping.codes.foreign}
        for key, shown in prof.shown.items():
            if key not in listed and is_foreign(shown):
                mapping.codes.foreign.append(shown)
                report.append(translate("mapping", "Ownership: new answer '{answer}' counted as "
                                        "foreign.").format(answer=shown))
    prof = profiles.get(columns.get("manager_education", ""))
    if prof is None or not mapping.codes.manager_education or prof.kind == "number":
        return
    order = mapping.codes.manager_education
    keys = {normalize(v) for v in order}
    for key, shown in prof.shown.items():
        if key in keys:
            continue
        like, ratio = _closest(shown, {v: v for v in order})
        level = education_level(shown)
        if like is not None and ratio >= ANSWER_LIKENESS:
            order.insert(order.index(like) + 1, shown)
            report.append(translate("mapping", "Manager's education: new answer '{answer}' "
                                    "placed with '{like}'.").format(answer=shown, like=like))
        elif level is not None:
            pos = next((i for i, v in enumerate(order)
                        if (education_level(v) or 0) > level), len(order))
            order.insert(pos, shown)
            report.append(translate("mapping", "Manager's education: new answer '{answer}' "
                                    "placed by its level.").format(answer=shown))
        else:
            report.append(translate("mapping", "Manager's education: new answer '{answer}' is not "
                                    "in the order; place it by hand, until then it counts as "
                                    "missing.").format(answer=shown))


def adapt(mapping: Mapping, raw: RawTable) -> tuple[Mapping, list[str]]:
    """The saved mapping made to fit this file, and one sentence per change or gap."""
    new = copy.deepcopy(mapping)
    report: list[str] = []
    profiles = {c: profile(c, i, raw.data[c]) for i, c in enumerate(raw.columns)
                if c in raw.data.columns}
    new.columns = _match_columns(mapping, raw, profiles, report)
    _new_answers(new, new.columns, profiles, FACTORS, new.codes.location, "location",
                 location_code, report)
    _new_answers(new, new.columns, profiles, OUTCOMES, new.codes.yes_no, "yes/no",
                 yes_no_code, report)
    _new_categories(new, new.columns, profiles, report)
    return new, report


def adapt_file(path: str | os.PathLike, mapping: Mapping) -> tuple[RawTable, Mapping, list[str]]:
    """Read next year's file where the saved mapping says, or where the header now is if that
    fails (a title line added, a sheet renamed), then adapt the mapping to it."""
    from clusterdesk import io
    from clusterdesk.mapping.suggest import suggest_file

    src = mapping.source
    report: list[str] = []
    try:
        raw = io.read(path, sheet=src.sheet, header_row=src.header_row,
                      header_rows=src.header_rows, encoding=src.encoding,
                      delimiter=src.delimiter)
        found = set(mapping.columns.values()) & {c.strip() for c in raw.columns}
    except UserError:
        raw, found = None, set()
    source = src
    if raw is None or (mapping.columns and not found):
        raw, sug = suggest_file(path)
        source = replace(sug.mapping.source, encoding=src.encoding, delimiter=src.delimiter)
        report.append(translate("mapping", "The saved mapping's sheet and header do not fit "
                                "this file; {reason}").format(
            reason=f"{sug.header_reason[:1].lower()}{sug.header_reason[1:]}"))
    new, changes = adapt(mapping, raw)
    new.source = SourceSpec(**vars(source))
    return raw, new, report + changes
