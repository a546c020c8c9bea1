"""The Method sheet's account of what the survey asks (spec 7): each role's columns (a tick grid,
several columns, not asked) and question, names for codes, the levels and factors asked."""

from __future__ import annotations

from clusterdesk.mapping.roles import FACTORS, LOCATIONS, ROLES
from clusterdesk.report.labels import t


def _role_source(mapping, role: str, lang: str) -> str | None:
    if role in getattr(mapping, "not_asked", ()):
        return t(lang, "method.not_asked")
    grid = getattr(mapping, "grids", {}).get(role)
    if grid is not None:
        parts = [f"{t(lang, lv)}: {', '.join(grid.levels[lv])}" for lv in LOCATIONS
                 if grid.levels.get(lv)]
        return "; ".join(parts) + f" ({t(lang, 'method.' + grid.rule)})"
    cols = getattr(mapping, "any_of", {}).get(role)
    if cols:
        return t(lang, "method.any_of", columns=", ".join(cols))
    return mapping.columns.get(role) or None


def mapping_rows(mapping, lang: str) -> list[tuple[str, object]]:
    """Role -> its column(s), in the order of the roles, each with its question when given."""
    rows: list[tuple[str, object]] = []
    questions = getattr(mapping, "questions", {})
    for role in ROLES:
        source = _role_source(mapping, role.key, lang)
        if source is None:
            continue
        if role.key in questions:
            source = f"{source}\n{t(lang, 'method.question')}: {questions[role.key]}"
        rows.append((t(lang, role.key, default=role.label), source))
    for role, names in (getattr(mapping, "labels", None) or {}).items():
        rows.append((f"{t(lang, role, default=role)}: {t(lang, 'method.labels')}",
                     "; ".join(f"{code} = {name}" for code, name in names.items())))
    return rows


def shape_rows(mapping, lang: str) -> list[tuple[str, object]]:
    """The levels and factors the survey asks, when they are not the paper's."""
    if mapping is None:
        return []
    levels = [lv for lv in LOCATIONS if lv in (getattr(mapping, "levels", None) or LOCATIONS)]
    asked = [f for f in FACTORS if f not in (getattr(mapping, "not_asked", None) or ())]
    rows: list[tuple[str, object]] = []
    if levels != list(LOCATIONS):
        rows.append((t(lang, "method.levels"), t(lang, "method.levels_text",
                                                 levels=", ".join(t(lang, lv) for lv in levels),
                                                 inner=t(lang, levels[0]).lower())))
    if len(asked) != len(FACTORS):
        rows.append((t(lang, "method.factors"), t(lang, "method.factors_text", k=len(asked),
                                                  factors="; ".join(t(lang, f) for f in asked)
                                                  or "–")))
    return rows
