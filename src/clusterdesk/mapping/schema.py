"""Every key of a mapping or project document checked for type and range before it is used
(spec sections 4 and 7), so a hand-edited file gets one refusal naming the file, the key and what
the key expects, never an internal error later.

Unknown keys are ignored (spec section 4); a role the engine does not know is reported by
Mapping.validate with the other mapping problems.
"""

from __future__ import annotations

import codecs
from typing import Any

from clusterdesk.mapping.model import CONTROLS, LOCATION_CODES, MODELS, SE_TYPES, YES_NO_CODES
from clusterdesk.mapping.roles import FACTORS, LOCATIONS, OUTCOMES, ROLE_BY_KEY
from clusterdesk.mapping.schema_types import (
    Where,
    answers,
    choice,
    flag,
    is_int,
    names,
    obj,
    subset,
    text,
    whole,
)
from clusterdesk.texts import quote, translate

RULES = ("nearest", "farthest")
YES_NO_KEYS = (*YES_NO_CODES, "skipped_means_no")
MAX_HEADER_ROWS = 100


def check_mapping(doc: dict[str, Any], origin: str) -> None:
    """Raise UserError for the first key of a mapping document that has the wrong type or range."""
    top = Where(origin)
    version = doc.get("version", 1)
    _source(obj(doc.get("source"), top.at("source")), top.at("source"))
    columns = obj(doc.get("columns"), top.at("columns"))
    for role, value in columns.items():
        _column(value, top.at("columns").at(role), role, version)
    _shared_columns(columns, top.at("columns"))
    if "levels" in doc:
        subset(doc["levels"], top.at("levels"), LOCATIONS, minimum=1)
    for role, table in obj(doc.get("labels"), top.at("labels")).items():
        where = top.at("labels").at(role)
        if role not in ROLE_BY_KEY or ROLE_BY_KEY[role].kind not in ("category", "ordinal"):
            raise where.refuse(translate("mapping", "a category role (region, sector, "
                                         "dependence, ownership)"), role,
                               translate("mapping", "not {role}").format(role=quote(role)))
        for code, name in obj(table, where).items():
            text(name, where.at(code))
    _codes(obj(doc.get("codes"), top.at("codes")), top.at("codes"))
    for role, values in obj(doc.get("order"), top.at("order")).items():
        answers(values, top.at("order").at(role))
    check_settings(doc.get("settings"), top.at("settings"), factors_asked(columns))


def check_project(doc: dict[str, Any], origin: str) -> None:
    """The project's own keys (its mapping is checked by check_mapping)."""
    top = Where(origin)
    source = obj(doc.get("source"), top.at("source"))
    for key in ("path", "relative_path"):
        text(source.get(key), top.at("source").at(key), optional=True)
    mapping = obj(doc.get("mapping"), top.at("mapping"))
    columns = mapping.get("columns") if isinstance(mapping.get("columns"), dict) else {}
    check_settings(doc.get("settings"), top.at("settings"), factors_asked(columns))


def factors_asked(columns: dict[str, Any]) -> int:
    """The location factors a mapping does not mark {"not_asked": true} (spec section 7)."""
    return sum(1 for f in FACTORS
               if not (isinstance(columns.get(f), dict) and columns[f].get("not_asked") is True))


def check_settings(settings: Any, where: Where, factors: int = len(FACTORS)) -> None:
    s = obj(settings, where)
    k = max(factors, 1)
    for key, low, high in (("min_answered", 1, k), ("regional_min", 1, k),
                           ("nonregional_max", 0, k - 1)):
        if s.get(key) is None:
            continue
        value = s[key]
        if is_int(value) and value > k:
            raise where.at(key).refuse(
                translate("mapping", "a whole number from {low} to {high}").format(
                    low=low, high=high), value,
                translate("mapping", "not {value}: the mapping has {k} location factors, so no "
                          "firm can have more than {k} at one level").format(value=value, k=k))
        whole(value, where.at(key), low, high)
    lo, hi = s.get("nonregional_max"), s.get("regional_min")
    if is_int(lo) and is_int(hi) and lo >= hi:
        raise where.at("nonregional_max").refuse(
            translate("mapping", "below 'regional_min' ({high})").format(high=hi), lo,
            translate("mapping", "not {value}: a firm would be a regional cluster and a "
                      "non-regional one at once").format(value=lo))
    for key, allowed in (("table4_outcome", OUTCOMES), ("model", MODELS), ("se", SE_TYPES)):
        if s.get(key) is not None:
            choice(s[key], where.at(key), allowed)
    if s.get("regression_outcomes") is not None:
        subset(s["regression_outcomes"], where.at("regression_outcomes"), OUTCOMES)
    if s.get("controls") is not None:
        subset(s["controls"], where.at("controls"), CONTROLS)
    text(s.get("sector_baseline"), where.at("sector_baseline"), optional=True)
    for key in ("weighted_model", "thresholds_given"):  # the second: in project files
        if s.get(key) is not None:
            flag(s[key], where.at(key))


def _source(source: dict[str, Any], where: Where) -> None:
    sheet = source.get("sheet")
    if sheet is not None and not isinstance(sheet, str) and not (is_int(sheet) and sheet >= 0):
        raise where.at("sheet").refuse(translate(
            "mapping", "a sheet name in quotes or a sheet number from 0"), sheet)
    whole(source.get("header_row"), where.at("header_row"), 1, optional=True)
    whole(source.get("header_rows"), where.at("header_rows"), 1, MAX_HEADER_ROWS, optional=True)
    encoding = text(source.get("encoding"), where.at("encoding"), optional=True)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise where.at("encoding").refuse(translate(
                "mapping", "the name of an encoding, such as \"utf-8\" or \"cp1252\""),
                encoding) from None
    delimiter = text(source.get("delimiter"), where.at("delimiter"), optional=True)
    if delimiter is not None and len(delimiter) != 1:
        raise where.at("delimiter").refuse(translate(
            "mapping", "one character, such as \";\" or \"\\t\""), delimiter)


def _column(value: Any, where: Where, role: str, version: object) -> None:
    """A role's column: a name, or (format 2) a tick grid, several columns or not asked."""
    if value is None or isinstance(value, str):
        return
    kind = ROLE_BY_KEY[role].kind if role in ROLE_BY_KEY else None
    if not isinstance(value, dict) or not (is_int(version) and version >= 2):
        if kind == "location" or kind == "yes_no":
            expected = translate("mapping", "a column name in quotes (tick grids, \"any_of\" and "
                                 "\"not_asked\" need \"version\": 2)")
        else:
            expected = translate("mapping", "a column name in quotes")
        raise where.refuse(expected, value)
    if kind not in ("location", "yes_no"):
        raise where.refuse(translate("mapping", "a column name in quotes"), value)
    if "grid" in value or "rule" in value or "not_asked" in value:
        if kind != "location":
            raise where.refuse(translate("mapping", "a column name or {\"any_of\": [...]} (tick "
                                         "grids and \"not_asked\" are for location roles)"), value)
        if "rule" in value:
            choice(value["rule"], where.at("rule"), RULES)
        if "not_asked" in value:
            flag(value["not_asked"], where.at("not_asked"))
        if "grid" in value:
            grid = obj(value["grid"], where.at("grid"))
            for level, cols in grid.items():
                if level not in LOCATIONS:
                    raise where.at("grid").refuse(translate(
                        "mapping", "an object whose keys are levels (regional, national, "
                        "international)"), level, translate("mapping", "not {level}").format(
                            level=quote(level)))
                names(cols, where.at("grid").at(level))
            if not any(grid.values()):
                raise where.at("grid").refuse(translate(
                    "mapping", "at least one column at one level"), grid)
    if "any_of" in value:
        if kind != "yes_no":
            raise where.at("any_of").refuse(translate(
                "mapping", "absent (\"any_of\" is for yes/no roles)"), value["any_of"])
        names(value["any_of"], where.at("any_of"), minimum=1)
    if "column" in value:
        text(value["column"], where.at("column"))
    if "question" in value:
        text(value["question"], where.at("question"))
    if not ("grid" in value or "any_of" in value or "column" in value
            or value.get("not_asked") is True):
        raise where.refuse(translate("mapping", "a column name, {\"grid\": ...}, {\"any_of\": "
                                     "[...]} or {\"not_asked\": true}"), value)


def _used_columns(value: Any) -> list[tuple[str, str]]:
    """(column name, the level it is at or "") for every column one role uses."""
    if isinstance(value, str):
        return [(value.strip(), "")] if value.strip() else []
    if not isinstance(value, dict):
        return []
    used = [(c.strip(), level) for level, cols in (value.get("grid") or {}).items()
            for c in cols]
    used += [(c.strip(), "") for c in value.get("any_of") or []]
    if isinstance(value.get("column"), str) and value["column"].strip():
        used.append((value["column"].strip(), ""))
    return used


def _shared_columns(columns: dict[str, Any], where: Where) -> None:
    """One column plays one role, and sits at one level of a grid."""
    owner: dict[str, tuple[str, str]] = {}
    for role, value in columns.items():
        for col, level in _used_columns(value):
            if col not in owner:
                owner[col] = (role, level)
                continue
            first_role, first_level = owner[col]
            if first_role != role:
                raise where.at(role).refuse(
                    translate("mapping", "a column no other role uses"), col, translate(
                        "mapping", "not {column}, which '{other}' already uses: one column "
                        "answers one question, so it can play one role only").format(
                            column=quote(col), other=where.at(first_role).key))
            if first_level != level:
                raise where.at(role).at("grid").refuse(
                    translate("mapping", "each column at one level"), col, translate(
                        "mapping", "but {column} is at {a} and at {b}: a tick can put the factor "
                        "at one level only").format(column=quote(col), a=first_level, b=level))


def _codes(codes: dict[str, Any], where: Where) -> None:
    _code_table(codes.get("location"), where.at("location"), LOCATION_CODES)
    _code_table(codes.get("yes_no"), where.at("yes_no"), YES_NO_KEYS)
    for key in ("ticked", "not_ticked", "manager_education", "foreign"):
        if codes.get(key) is not None:
            answers(codes[key], where.at(key))
    for role, table in obj(codes.get("by_role"), where.at("by_role")).items():
        kind = ROLE_BY_KEY[role].kind if role in ROLE_BY_KEY else None
        if kind not in ("location", "yes_no"):
            raise where.at("by_role").refuse(translate(
                "mapping", "an object whose keys are location or yes/no roles"), role,
                translate("mapping", "not {role}").format(role=quote(role)))
        _code_table(table, where.at("by_role").at(role),
                    LOCATION_CODES if kind == "location" else YES_NO_KEYS)


def _code_table(table: Any, where: Where, allowed: tuple[str, ...]) -> None:
    """{code: [answers]} with codes out of ``allowed``."""
    for code, values in obj(table, where).items():
        if code not in allowed:
            raise where.refuse(translate("mapping", "an object whose keys are {allowed}").format(
                allowed=", ".join(allowed)), code, translate("mapping", "not {code}").format(
                    code=quote(code)))
        answers(values, where.at(code))
