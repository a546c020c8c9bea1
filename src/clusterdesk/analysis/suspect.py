"""Codes that cannot be right (spec section 7): a yes/no item where one code covers at least 99 %
of the firms that answered, a Total share of exactly 0 or 100 %, a level asked that no answer
has. Each warning names the column and its answers; they are listed before every other one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clusterdesk.mapping.roles import FACTORS, OUTCOMES, code_name, shown_label
from clusterdesk.mapping.text import display
from clusterdesk.texts import translate

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.analysis.results import ResultTable
    from clusterdesk.io.table import RawTable
    from clusterdesk.mapping.model import Mapping

ONE_CODE = 0.99
MAX_ANSWERS = 6


def answers(raw: RawTable | None, mapping: Mapping, role: str) -> tuple[str, list[str]]:
    """The role's columns as quoted names and its answers, most frequent first, as
    ["2 x 2,210", "1 x 198"] (blank cells left out)."""
    names = mapping.source_columns(role)
    shown = ", ".join(f"'{c}'" for c in names)
    if raw is None:
        return shown, []
    tally: dict[str, int] = {}
    for name in names:
        col = raw.data[name] if name in raw.data.columns else None
        if col is None:
            continue
        for value, n in col.value_counts(dropna=True).items():
            text = display(value)
            if text:
                tally[text] = tally.get(text, 0) + int(n)
    ranked = sorted(tally.items(), key=lambda kv: -kv[1])
    listed = [f"{k} x {v:,}" for k, v in ranked[:MAX_ANSWERS]]
    if len(ranked) > MAX_ANSWERS:
        listed.append(translate("analysis", "and {n} more").format(n=len(ranked) - MAX_ANSWERS))
    return shown, listed


def suspect_codes(data: pd.DataFrame, mapping: Mapping, raw: RawTable | None,
                  unassigned: dict[str, dict[str, int]] | None = None) -> list[str]:
    """One warning per yes/no role whose answered firms are (almost) all coded alike."""
    warnings = []
    for role in OUTCOMES:
        if role not in data.columns:
            continue
        y = data[role].dropna()
        if not len(y):
            continue
        yes = float((y == 1.0).mean())
        if max(yes, 1 - yes) < ONE_CODE:
            continue
        code, other = ("yes", "no") if yes >= ONE_CODE else ("no", "yes")
        shown, listed = answers(raw, mapping, role)
        # the likely other code: an uncoded answer, not one of the skip codes (8, 99, 999 ...)
        odd = sorted((unassigned or {}).get(role, {}).items(),
                     key=lambda kv: (re.fullmatch(r"8+|9+|-\d+", kv[0]) is not None, -kv[1]))
        odd = [answer for answer, _ in odd]
        if odd:
            ask = translate("analysis", "is {answer} '{code}'?").format(
                answer=odd[0], code=code_name(other))
        else:
            ask = translate("analysis", "check which answers mean '{code}'.").format(
                code=code_name(other))
        warnings.append(translate(
            "analysis", "{pct} of the firms that answered {columns} ({item}) are coded "
            "'{code}', which cannot be right for an innovation question. Its answers: "
            "{answers}; {ask}").format(
                pct=f"{100 * max(yes, 1 - yes):.1f} %", columns=shown, item=shown_label(role),
                code=code_name(code), answers=", ".join(listed), ask=ask))
    return warnings


def level_warnings(data: pd.DataFrame, mapping: Mapping) -> list[str]:
    """A level the survey is said to ask that no answer of any factor is coded with."""
    factors = [f for f in FACTORS if f in data.columns]
    if not factors or not len(data):
        return []
    found = set()
    for f in factors:
        found |= _levels_found(data[f])
    return [translate(
        "analysis", "No answer of the location factors is coded {level}, although the mapping "
        "says the survey asks that level (levels: {levels}). Check the location codes and "
        "grids, or leave the level out.").format(level=code_name(lv),
                                                 levels=", ".join(mapping.levels))
        for lv in mapping.levels if lv not in found]


def _levels_found(values: pd.Series) -> set[str]:
    """The levels a factor's answers are coded with, as text."""
    if hasattr(values, "cat"):  # only the categories in use: not a string per firm
        import numpy as np

        codes = values.cat.codes.to_numpy()
        used = np.unique(codes[codes >= 0])
        return {str(c) for c in values.cat.categories[used]}
    return set(values.dropna().astype(str))


def suspect_totals(tables: dict[str, ResultTable], mapping: Mapping, raw: RawTable | None,
                   said: list[str]) -> list[str]:
    """A Total share of exactly 0 or 100 % (T2's Total row, T3's Total column), for the items
    not already named by suspect_codes."""
    out = []
    t2 = tables.get("innovation_by_region")
    checks: list[tuple[str, float | None, str]] = []
    if t2 is not None and t2.rows and t2.rows[-1].kind == "total":
        for col, value in zip(t2.columns, t2.rows[-1].values, strict=False):
            if col.kind == "share":
                checks.append((col.key, value, "2"))
    t3 = tables.get("cluster_extent")
    if t3 is not None and t3.columns and t3.columns[-1].key == "Total":
        for row in t3.rows:
            if row.key in FACTORS:
                checks.append((row.key, row.values[-1], "3"))
    for role, value, table in checks:
        if value is None or value not in (0.0, 100.0):
            continue
        shown, listed = answers(raw, mapping, role)
        if any(shown in s for s in said):
            continue
        out.append(translate(
            "analysis", "Table {table}: the Total share for {columns} ({item}) is exactly "
            "{pct} %, which is rarely true of a survey. Its answers: {answers}; check how they "
            "are coded.").format(table=table, columns=shown, item=shown_label(role),
                                 pct=f"{value:.0f}", answers=", ".join(listed)))
    return out
