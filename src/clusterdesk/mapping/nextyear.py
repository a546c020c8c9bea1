"""Next year's file: re-apply a saved mapping to an export whose questions were renamed or
renumbered, and whose answers gained new wordings. Every match is reported; nothing is dropped
silently.

Renamed columns are found by their name and their answers (nextyear_match); a role nothing fits
is reported first, with what the report then lacks. New answers take the code of the most similar
coded answer, or the assistant's reading of them, or are left unassigned and reported.
"""

from __future__ import annotations

import copy
import difflib
import os
from dataclasses import replace
from typing import TYPE_CHECKING

from clusterdesk.errors import UserError
from clusterdesk.mapping.model import Mapping, SourceSpec
from clusterdesk.mapping.nextyear_match import match_columns
from clusterdesk.mapping.nextyear_report import found_sentence, lost_sentence
from clusterdesk.mapping.roles import FACTORS, OUTCOMES, ROLE_BY_KEY, ROLES, code_name, shown_label
from clusterdesk.mapping.suggest_text import clean
from clusterdesk.mapping.suggest_values import (
    ColumnProfile,
    education_level,
    is_foreign,
    location_code,
    profile,
    yes_no_code,
)
from clusterdesk.mapping.text import normalize
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.io.table import RawTable

ANSWER_LIKENESS = 0.8  # a new answer this close to a coded one takes its code


def _match_columns(mapping: Mapping, raw: RawTable, profiles: dict[str, ColumnProfile],
                   lost_lines: list[str], report: list[str]) -> dict[str, str]:
    """Each role's column in this file: the same name, the same name written otherwise, or a
    renamed column found by its name and answers (nextyear_match). A role nothing fits goes to
    ``lost_lines``, which the callers list before every other change."""
    present = {c.strip(): c for c in raw.columns}
    folded = {c.strip().casefold(): c for c in raw.columns}
    columns: dict[str, str] = {}
    lost: list[str] = []
    for role, col in mapping.columns.items():
        if not isinstance(col, str):  # a role built of several columns is kept as it is
            columns[role] = col
        elif not col.strip():
            continue
        elif col.strip() in present:
            columns[role] = present[col.strip()]
        elif col.strip().casefold() in folded:
            columns[role] = folded[col.strip().casefold()]
            report.append(translate("mapping", "{item}: column '{old}' is now written '{new}'; "
                                    "using it.").format(item=shown_label(role), old=col,
                                                        new=columns[role]))
        elif role in ROLE_BY_KEY:
            lost.append(role)
    taken = {c for c in columns.values() if isinstance(c, str)}
    free = [c for c in raw.columns if c not in taken and c in profiles]
    found = match_columns(mapping, lost, free, profiles, raw.labels)
    for role in lost:
        if role in found.found:
            columns[role] = found.found[role].column
            report.append(found_sentence(role, mapping.columns[role], found.found[role]))
        else:
            lost_lines.append(lost_sentence(role, mapping.columns[role], found.hints[role]))
    return {r.key: columns[r.key] for r in ROLES if r.key in columns}


def lost_roles(before: Mapping, after: Mapping) -> list[str]:
    """The roles last year's mapping had and the fitted one lacks, in the order of ROLES: the
    first len(lost_roles(...)) lines of adapt()'s report are theirs."""
    return [r.key for r in ROLES if before.columns.get(r.key) and not after.columns.get(r.key)]


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


def adapt(mapping: Mapping, raw: RawTable, task: Task = IDLE) -> tuple[Mapping, list[str]]:
    """The saved mapping made to fit this file, and one sentence per change or gap: first one
    per role lost (in the order of ROLES), then the changes. ``task`` can stop the profiling
    of the file's columns, the long part."""
    new = copy.deepcopy(mapping)
    report: list[str] = []
    profiles = {c: profile(c, i, raw.data[c], task) for i, c in enumerate(raw.columns)
                if c in raw.data.columns}
    task.check()
    lost: list[str] = []
    new.columns = _match_columns(mapping, raw, profiles, lost, report)
    _new_answers(new, new.columns, profiles, FACTORS, new.codes.location, "location",
                 location_code, report)
    _new_answers(new, new.columns, profiles, OUTCOMES, new.codes.yes_no, "yes/no",
                 yes_no_code, report)
    _new_categories(new, new.columns, profiles, report)
    return new, lost + report


def adapt_file(path: str | os.PathLike, mapping: Mapping, task: Task = IDLE
               ) -> tuple[RawTable, Mapping, list[str]]:
    """Read next year's file where the saved mapping says, or where the header now is if that
    fails (a title line added, a sheet renamed), then adapt the mapping to it. ``task``
    reports the reading's progress and stops the reading and the matching (Cancelled)."""
    from clusterdesk import io
    from clusterdesk.mapping.suggest import suggest_file

    src = mapping.source
    report: list[str] = []
    try:
        raw = io.read(path, sheet=src.sheet, header_row=src.header_row,
                      header_rows=src.header_rows, encoding=src.encoding,
                      delimiter=src.delimiter, task=task.sub(0.0, 0.7))
        found = set(mapping.columns.values()) & {c.strip() for c in raw.columns}
    except UserError:
        raw, found = None, set()
    source = src
    if raw is None or (mapping.columns and not found):
        raw, sug = suggest_file(path, task=task.sub(0.0, 0.7))
        source = replace(sug.mapping.source, encoding=src.encoding, delimiter=src.delimiter)
        report.append(translate("mapping", "The saved mapping's sheet and header do not fit "
                                "this file; {reason}").format(
            reason=f"{sug.header_reason[:1].lower()}{sug.header_reason[1:]}"))
    new, changes = adapt(mapping, raw, task.sub(0.7, 1.0))
    new.source = SourceSpec(**vars(source))
    n_lost = len(lost_roles(mapping, new))  # the roles lost stay first
    return raw, new, changes[:n_lost] + report + changes[n_lost:]
