"""The assistant's reading of a yes/no table of 1, 2 and a code such as 999 (spec 7: 1 yes, 2 no,
a frequent 999 'not asked: counts as no'), applied on the answer-codes page, and its check."""

from __future__ import annotations

from typing import Any

from clusterdesk.gui.wizard.models import CodeTableModel
from clusterdesk.mapping.roles import OUTCOMES
from clusterdesk.mapping.suggest_checks import Check
from clusterdesk.mapping.suggest_forms import answer_counts, yes_no_check, yes_no_proposal
from clusterdesk.mapping.text import normalize


def propose_yes_no(wiz: Any, model: CodeTableModel) -> None:
    """Assign the answers nothing assigned yet, unless the analyst or a loaded mapping coded one
    otherwise; the check then names the yes/no columns chosen now."""
    if wiz.mapping_from_file:
        return
    answers = answer_counts([(a.text, a.count) for a in model._answers])
    if (found := yes_no_proposal(answers)) is None:
        return
    table, skipped = found
    by_key = {normalize(v): code for code, vals in table.items() for v in vals}
    rows = range(model.rowCount())
    if any(model.code(r) not in (None, by_key.get(model.answer(r).key)) for r in rows):
        return  # the analyst or a loaded mapping said otherwise
    for row in rows:
        if model.code(row) is None:
            model.set_code(row, by_key.get(model.answer(row).key))
    wiz.checks = [c for c in wiz.checks if not c.yes_no]  # one, about the columns now chosen
    m = wiz.mapping
    cols = [c for r in OUTCOMES for c in m.source_columns(r)]
    outcome_cols = {r: m.columns[r] for r in OUTCOMES if m.columns.get(r)}
    wiz.checks.append(Check(yes_no_check(cols, skipped), outcome_cols,
                            yes_no={k: list(v) for k, v in table.items() if v}))
