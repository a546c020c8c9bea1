"""Everything wrong with a mapping, in the analyst's words: roles, columns, answer codes and
settings (``Mapping.validate``; the wizard and the command line share it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.mapping.model import (
    CONTROLS,
    LOCATION_CODES,
    MODELS,
    SE_TYPES,
    YES_NO_CODES,
    Problem,
)
from clusterdesk.mapping.roles import FACTORS, OUTCOMES, ROLE_BY_KEY, ROLES, code_name, shown_label
from clusterdesk.mapping.shape import shape_problems
from clusterdesk.mapping.text import normalize
from clusterdesk.mapping.validate_columns import absent_columns, shared_columns
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.mapping.model import Mapping


def validate(mapping: Mapping, file_columns: list[str] | None = None) -> list[Problem]:
    """Everything wrong with `mapping`; with `file_columns`, also the columns the file lacks."""
    problems: list[Problem] = []
    for role in mapping.columns:
        if role not in ROLE_BY_KEY:
            known = ", ".join(r.key for r in ROLES)
            problems.append(Problem("error", translate(
                "mapping", "The mapping names an unknown role '{role}'. Known roles are: "
                "{known}.").format(role=role, known=known), role))
    for r in ROLES:
        # region stays "required" for the assistant and wizard, but a survey without one
        # still has Tables 1 and 2 (spec 7)
        if r.required and r.key != "region" and not mapping.source_columns(r.key) \
                and r.key not in mapping.not_asked:
            problems.append(Problem("error", translate(
                "mapping", "No column is chosen for the required role '{item}' ({key}). "
                "Choose the column that holds it.").format(item=shown_label(r.key), key=r.key),
                r.key))
    problems += shape_problems(mapping)
    problems += shared_columns(mapping.columns, mapping.not_asked)
    if file_columns is not None:
        used = [(r, c) for r, c in mapping.columns.items() if r not in mapping.not_asked]
        used += [(r, c) for r in [*mapping.grids, *mapping.any_of] if r not in mapping.columns
                 for c in mapping.source_columns(r)]
        problems += absent_columns(used, file_columns)
    problems += _duplicate_codes(translate("mapping", "location answers"), mapping.codes.location)
    problems += _duplicate_codes(translate("mapping", "yes/no answers"), mapping.codes.yes_no)
    for role, table in mapping.codes.by_role.items():
        if role not in FACTORS and role not in OUTCOMES:
            problems.append(Problem("error", translate(
                "mapping", "Answer codes are given for '{role}', which is not a location or "
                "yes/no role.").format(role=role), role))
        else:
            problems += _duplicate_codes(translate("mapping", "answers of '{item}'").format(
                item=shown_label(role)), table)
    for key, allowed, wrong in (
            (mapping.codes.location, LOCATION_CODES,
             lambda: translate("mapping", "'{code}' is not a location code; use one of "
                               "{codes}.")),
            (mapping.codes.yes_no, YES_NO_CODES,
             lambda: translate("mapping", "'{code}' is not a yes/no code; use one of "
                               "{codes}."))):
        for code in key:
            if code not in allowed:
                problems.append(Problem("error", wrong().format(code=code,
                                                                codes=", ".join(allowed))))
    s = mapping.settings
    if s.model not in MODELS:
        problems.append(Problem("error", translate(
            "mapping", "Model '{model}' is unknown; use logit, probit or lpm.").format(
                model=s.model)))
    if s.se not in SE_TYPES:
        problems.append(Problem("error", translate(
            "mapping", "Standard errors '{se}' are unknown; use model or robust.").format(
                se=s.se)))
    for o in [s.table4_outcome, *s.regression_outcomes]:
        if o not in OUTCOMES:
            problems.append(Problem("error", translate(
                "mapping", "'{outcome}' is not an innovation outcome; use one of "
                "{outcomes}.").format(outcome=o, outcomes=", ".join(OUTCOMES))))
    k = mapping.factor_count() or 6
    s = mapping.effective_settings()
    if not 1 <= s.min_answered <= k:
        problems.append(Problem("error", translate(
            "mapping", "The minimum number of answered factors must be 1 to {k}.").format(k=k)))
    if s.nonregional_max >= s.regional_min:
        problems.append(Problem("error", translate(
            "mapping", "The non-regional maximum must be below the regional-cluster minimum "
            "(defaults: 2 and 4).")))
    for c in s.controls or []:
        if c not in CONTROLS:
            problems.append(Problem("error", translate(
                "mapping", "'{control}' is not a control; use {controls}.").format(
                    control=c, controls=", ".join(CONTROLS))))
    return problems


def _duplicate_codes(what: str, table: dict[str, list[str]]) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for code, values in table.items():
        for v in values:
            key = normalize(v)
            if key is None:
                continue
            if key in seen and seen[key] != code:
                problems.append(Problem("error", translate(
                    "mapping", "The answer '{answer}' is coded twice in the {what}: as '{a}' and "
                    "as '{b}'. Keep one.").format(answer=v, what=what, a=code_name(seen[key]),
                                                  b=code_name(code))))
            seen.setdefault(key, code)
    return problems
