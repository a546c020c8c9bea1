"""Checks of the survey-shape parts of a mapping (spec section 7): tick grids, the levels asked,
factors not asked, outcomes from several columns, skip codes and names for codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.mapping.roles import CATEGORY_ROLES, FACTORS, LOCATIONS, OUTCOMES, shown_label
from clusterdesk.mapping.text import normalize
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.mapping.model import Mapping, Problem


def shape_problems(mapping: Mapping) -> list[Problem]:
    from clusterdesk.mapping.model import GRID_RULES, Problem

    problems: list[Problem] = []

    def error(text: str, role: str | None = None) -> None:
        problems.append(Problem("error", text, role))

    levels = list(mapping.levels)
    wrong = [lv for lv in levels if lv not in LOCATIONS]
    if wrong or not levels or len(set(levels)) != len(levels):
        error(translate("mapping", "The levels the survey asks must be one or more of regional, "
                        "national and international, each once (the mapping gives "
                        "{levels}).").format(levels=", ".join(levels) or "none"))
    for role in _in_two_forms(mapping):
        error(translate("mapping", "'{item}' is given in two ways (a column, a grid, several "
                        "columns or not asked); keep one.").format(item=shown_label(role)), role)
    for role, grid in mapping.grids.items():
        if role not in FACTORS:
            error(translate("mapping", "Only a location factor can be a tick grid, not "
                            "'{role}'.").format(role=role), role)
            continue
        if grid.rule not in GRID_RULES:
            error(translate("mapping", "The grid of '{item}' has rule '{rule}'; use nearest or "
                            "farthest.").format(item=shown_label(role), rule=grid.rule), role)
        for level, cols in grid.levels.items():
            if level not in levels and cols:
                error(translate("mapping", "The grid of '{item}' lists columns for the {level} "
                                "level, which the survey does not ask (levels: {levels}). Remove "
                                "them or add the level.").format(
                    item=shown_label(role), level=level, levels=", ".join(levels)), role)
        seen: dict[str, str] = {}
        for level, cols in grid.levels.items():
            for col in cols:
                if col in seen and seen[col] != level:
                    error(translate("mapping", "Column '{column}' is in the grid of '{item}' at "
                                    "two levels ({a} and {b}); a tick can mean one level "
                                    "only.").format(column=col, item=shown_label(role),
                                                    a=seen[col], b=level), role)
                seen.setdefault(col, level)
        if not grid.columns():
            error(translate("mapping", "The grid of '{item}' lists no column. Pick the columns "
                            "of each level or mark the item as not asked.").format(
                item=shown_label(role)), role)
    for role, cols in mapping.any_of.items():
        if role not in OUTCOMES:
            error(translate("mapping", "Only a yes/no role can be read from several columns, not "
                            "'{role}'.").format(role=role), role)
        elif not cols:
            error(translate("mapping", "'{item}' is to be read from several columns, but none is "
                            "listed.").format(item=shown_label(role)), role)
    for role in mapping.not_asked:
        if role not in FACTORS:
            error(translate("mapping", "Only a location factor can be marked as not asked, not "
                            "'{role}'.").format(role=role), role)
    for role in mapping.labels:
        if role not in CATEGORY_ROLES:
            error(translate("mapping", "Names for codes can be given for {roles}, not "
                            "'{role}'.").format(roles=", ".join(CATEGORY_ROLES), role=role), role)
    for role in mapping.labels:
        names = [normalize(v) for v in mapping.labels[role].values()]
        if len(set(names)) != len(names):
            error(translate("mapping", "Two codes of '{item}' are given the same name; give "
                            "each its own.").format(item=shown_label(role)), role)
    for role, table in mapping.codes.by_role.items():
        if role in FACTORS and table.get("skipped_means_no"):
            error(translate("mapping", "'Skipped means no' applies to yes/no roles, not to "
                            "'{item}'.").format(item=shown_label(role)), role)
    if not mapping.factors_asked():
        problems.append(Problem("warning", translate(
            "mapping", "No location factor is asked: Tables 3 to 6 cannot be made (Tables 1 and 2 "
            "can).")))
    return problems


def _in_two_forms(mapping: Mapping) -> list[str]:
    forms: dict[str, int] = {}
    for group in (mapping.grids, mapping.any_of, mapping.not_asked,
                  [r for r, c in mapping.columns.items() if c]):
        for role in group:
            forms[role] = forms.get(role, 0) + 1
    return [r for r, n in forms.items() if n > 1]
