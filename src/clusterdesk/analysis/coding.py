"""RawTable + Mapping -> Survey, by the rules of spec section 2.

Every column is coded through its UNIQUE values (a survey column has a handful of distinct
answers however many firms there are), so the work grows with the answers, not the firms, and
each odd answer is reported once, with its count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.checks import value_doubts
from clusterdesk.analysis.coding_answers import code_role, foreign
from clusterdesk.analysis.coding_grid import any_of, grid_location
from clusterdesk.analysis.coding_rules import (
    apply_radical_rule,
    check_weights,
    outside_levels,
    raw_rows,
)
from clusterdesk.analysis.survey import CodingReport, Survey
from clusterdesk.analysis.suspect import level_warnings, suspect_codes
from clusterdesk.mapping.roles import FACTORS, ROLE_BY_KEY, shown_label
from clusterdesk.mapping.text import normalize_all
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.io.table import RawTable
    from clusterdesk.mapping.model import Mapping


def code(raw: RawTable, mapping: Mapping, task: Task = IDLE) -> Survey:
    """Code every mapped column of ``raw``; answers that fit no code become missing and are listed."""
    import numpy as np
    import pandas as pd

    report = CodingReport(rows_read=len(raw.data))
    roles = [r for r in mapping.roles() if r in ROLE_BY_KEY]
    columns: dict[str, object] = {}
    blank = np.ones(len(raw.data), dtype=bool)
    factorized: dict[str, tuple] = {}  # by column name, for the checks after coding
    for step, role in enumerate(roles):
        task.step(step / max(len(roles), 1), translate("analysis", "Coding {item}").format(
            item=shown_label(role)))
        parts = []
        for name in mapping.source_columns(role):
            col = _column(raw, name)
            codes, uniques = factorized[name] = pd.factorize(col, use_na_sentinel=True)
            keys = normalize_all(uniques)
            # code -1 (NaN) takes the appended last element: a blank cell
            blank &= np.array([k is None for k in keys] + [True])[codes]
            if role not in mapping.grids:
                parts.append(code_role(role, mapping, codes, uniques, keys, report, name))
        if role in mapping.grids:
            columns[role] = grid_location(role, mapping, lambda name: _column(raw, name))
        else:
            columns[role] = parts[0] if len(parts) == 1 else any_of(parts)
        if len(raw.data) and not pd.notna(pd.Series(columns[role])).any():
            report.warnings.append(translate(
                "analysis", "Column '{column}' ({item}) has no usable answer in any row. Check "
                "that the right column is mapped and its answers coded.").format(
                    column="', '".join(mapping.source_columns(role)), item=shown_label(role)))
        if role == "ownership":
            columns["foreign_ownership"] = foreign(mapping, codes, uniques, keys)
    for role in roles:
        if role in FACTORS:
            columns[role] = outside_levels(role, columns[role], mapping, report)
    apply_radical_rule(columns)
    data = pd.DataFrame(columns, index=pd.RangeIndex(len(raw.data)))
    data["raw_row"] = raw_rows(raw)
    keep = ~blank if roles else np.ones(len(raw.data), dtype=bool)
    report.doubts = value_doubts(raw, mapping, data, keep, factorized)
    report.rows_dropped_empty = int((~keep).sum())
    if report.rows_dropped_empty:
        data = data.loc[keep].reset_index(drop=True)
        report.warnings.append(translate(
            "analysis", "{n} rows with no answer in any mapped column were left out (blank rows "
            "at the end of an export).", None, report.rows_dropped_empty).format(
                n=report.rows_dropped_empty))
    if "weight" in data.columns:
        check_weights(data, mapping, report)
    report.suspect = suspect_codes(data, mapping, raw, report.unassigned) + level_warnings(
        data, mapping)
    task.report(1.0, translate("analysis", "Coded"))
    return Survey(data=data, report=report, mapping=mapping, raw=raw)


def _column(raw: RawTable, name: str):
    if name in raw.data.columns:
        return raw.data[name]
    stripped = {str(c).strip(): c for c in raw.data.columns}
    if name.strip() in stripped:
        return raw.data[stripped[name.strip()]]
    from clusterdesk.errors import UserError

    raise UserError(translate(
        "analysis", "The mapping uses column '{column}', but '{file}' has no such column. Pick "
        "the column again or check that this is the right file.").format(column=name,
                                                                         file=raw.path.name))
