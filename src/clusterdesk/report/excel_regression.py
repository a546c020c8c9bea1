"""Table 6 as in the paper: one column pair per model (coefficient with its stars in the number
format, standard error beside it), model statistics, then odds ratios and average marginal
effects with their standard errors and p on the same sheet."""

from __future__ import annotations

from clusterdesk.analysis.results import ModelResult, RegressionResult, Term
from clusterdesk.report.excel_blocks import (
    HEAD,
    HEAD_LEFT,
    P_FORMAT,
    SENTENCE,
    notes_block,
    table_notes,
    title_block,
)
from clusterdesk.report.excel_layout import SheetPlan, Style
from clusterdesk.report.labels import t
from clusterdesk.report.notes import note_in
from clusterdesk.report.sentences import regression_sentence

SCOPE = ("national", "international")
CONTROLS = ("log_employees", "manager_education", "foreign_ownership", "rd_expenditure")
STATS = (("n", "0"), ("pseudo_r2", "0.000"), ("llf", "0.0"), ("llr_pvalue", P_FORMAT),
         ("aic", "0.0"))
def coef_format(p: float | None, decimals: int = 2) -> str:
    """Stars in the number format, padded so decimal points line up: the cell stays a number."""
    base = "0." + "0" * decimals
    n = 3 if p is not None and p < 0.01 else 2 if p is not None and p < 0.05 else \
        1 if p is not None and p < 0.1 else 0
    return base + (f'"{"*" * n}"' if n else "") + "_*" * (3 - n)


def _term_label(term: Term, lang: str) -> str:
    if term.key.startswith("sector["):
        return t(lang, "reg.sector", name=term.key[len("sector["):-1])
    return t(lang, "reg." + term.key, default=term.label)


def _terms(models: list[ModelResult]) -> list[Term]:
    """Every term of any model once, in the paper's order (scope, controls, sectors, constant)."""
    seen: dict[str, Term] = {}
    for m in models:
        for term in m.terms:
            seen.setdefault(term.key, term)
    rank = {k: i for i, k in enumerate(SCOPE + CONTROLS)}
    return sorted(seen.values(), key=lambda x: (x.key == "const", rank.get(x.key, 50)))


def _note(note: str, lang: str) -> str | None:
    """A Table 6 note in `lang`, or None where the sheet says it otherwise (the sectors note
    as a footnote; each model's kind and n in its own rows, in Norwegian)."""
    key = getattr(note, "key", None)
    if key == "reg.sectors" or (key == "model.n" and lang != "en"):
        return None
    return note_in(note, lang)


def regression_sheet(results, lang: str) -> SheetPlan:
    reg: RegressionResult = results.regression
    models = reg.models
    plan = SheetPlan(t(lang, "sheet.regression"))
    last_col = max(1 + 4 * len(models), 3)
    row = title_block(plan, t(lang, "title.regression", default=reg.title), last_col)
    if not models:  # a survey that cannot have Table 6 (spec 7): the sentence saying why
        lines = table_notes(results, None, lang, shares=False)
        lines += [text for n in reg.notes if (text := _note(n, lang)) is not None]
        notes_block(plan, row, lines, 8, lang)
        plan.min_widths[1] = 18
        return plan
    top = row
    plan.text(top, 1, t(lang, "rowhead.default"), HEAD_LEFT)
    plan.merges.append((top, 1, top + 1, 1))
    for k, m in enumerate(models):
        c = 2 + 2 * k
        plan.span(top, c, c + 1, t(lang, m.outcome, default=m.outcome_label), HEAD)
        plan.text(top + 1, c, t(lang, "reg.coef"), Style(italic=True, size=9, align="right"))
        plan.text(top + 1, c + 1, t(lang, "reg.se"), Style(italic=True, size=9, align="left"))
    plan.heights[top] = 28
    plan.rule(top, 1, 1 + 2 * len(models), "top", "medium")
    plan.rule(top + 1, 1, 1 + 2 * len(models), "bottom")
    row = top + 2
    terms = _terms(models)
    shown = [x for x in terms if x.shown]
    sections = [("reg.scope", [x for x in shown if x.key in SCOPE]),
                ("reg.controls", [x for x in shown if x.key not in SCOPE and x.key != "const"]),
                (None, [x for x in shown if x.key == "const"])]
    first_term = row
    for head, group in sections:
        if not group:
            continue
        if head:
            plan.text(row, 1, t(lang, head), Style(italic=True))
            row += 1
        for term in group:
            plan.text(row, 1, _term_label(term, lang), Style(indent=1))
            for k, m in enumerate(models):
                _coef_cells(plan, row, 2 + 2 * k, m, term.key)
            row += 1
    for k, m in enumerate(models):
        if m.error:
            c = 2 + 2 * k
            plan.text(first_term, c, t(lang, "reg.failed", error=note_in(m.error, lang)),
                      Style(size=9, wrap=True, valign="top"), fit=False)
            plan.merges.append((first_term, c, max(row - 1, first_term), c + 1))
    plan.rule(row - 1, 1, 1 + 2 * len(models), "bottom", "hair")
    for key, fmt in STATS:
        plan.text(row, 1, t(lang, "reg." + key))
        for k, m in enumerate(models):
            if m.error is None:
                plan.num(row, 2 + 2 * k, getattr(m, key), Style(fmt=fmt))
        row += 1
    plan.rule(row - 1, 1, 1 + 2 * len(models), "bottom", "medium")
    plan.freeze = f"B{top + 2}"
    row += 1
    for m in models:
        if (text := regression_sentence(m, lang)) is not None:
            plan.span(row, 1, last_col, text, SENTENCE, wrap_height=True)
            row += 1
    lines = table_notes(results, None, lang, shares=False)
    lines.append(t(lang, "note.stars"))
    if any(not x.shown for x in terms) or any(getattr(n, "key", None) == "reg.sectors"
                                              for n in reg.notes):
        lines.append(t(lang, "reg.sectors_note"))
    lines.append(", ".join(f"{t(lang, m.outcome, default=m.outcome_label)}: "
                           f"{t(lang, 'model.' + m.model)}, {t(lang, 'method.se').lower()} "
                           f"{t(lang, 'se.' + m.se_type)}" for m in models))
    for note in reg.notes:
        if (text := _note(note, lang)) is not None:
            lines.append(text)
    for m in models:
        for note in m.notes:
            if (text := _note(note, lang)) is not None:
                lines.append(f"{t(lang, m.outcome, default=m.outcome_label)}: {text}")
    row = notes_block(plan, row + 1, lines, last_col, lang)
    if plan.truncated:
        plan.span(row, 1, last_col, t(lang, "note.truncated"), Style(size=9))
        row += 1
    # The detail block prints on its own page: the paper's table and its notes stay together,
    # and no repeated header says "Coefficient" over odds ratios.
    plan.breaks.append(row)
    _effects_block(plan, row + 1, models, [x for x in terms if x.key != "const"], lang)
    plan.min_widths[1] = 26
    for c in range(2, last_col + 1):
        plan.min_widths[c] = 8
    return plan


def _coef_cells(plan: SheetPlan, row: int, c: int, m: ModelResult, key: str) -> None:
    if m.error:
        return
    term = next((x for x in m.terms if x.key == key), None)
    if term is None:
        return
    decimals = 3 if m.model == "lpm" else 2
    plan.num(row, c, term.coef, Style(fmt=coef_format(term.p, decimals)))
    plan.num(row, c + 1, term.se, Style(fmt=f'"("0.{"0" * decimals}")"', align="left", size=9))


def _effects_block(plan: SheetPlan, row: int, models: list[ModelResult], terms: list[Term],
                   lang: str) -> int:
    """Odds ratio, AME (percentage points), its SE and p per model; returns the next row."""
    last = 1 + 4 * len(models)
    plan.span(row, 1, last, t(lang, "reg.effects"), Style(bold=True))
    row += 1
    for k, m in enumerate(models):
        c = 2 + 4 * k
        plan.span(row, c, c + 3, t(lang, m.outcome, default=m.outcome_label), HEAD)
        for i, key in enumerate(("reg.or", "reg.ame", "reg.ame_se", "reg.ame_p")):
            plan.text(row + 1, c + i, t(lang, key), Style(italic=True, size=9, align="right"))
    plan.rule(row, 1, last, "top", "medium")
    plan.heights[row] = 28
    plan.rule(row + 1, 1, last, "bottom")
    row += 2
    for term in terms:
        plan.text(row, 1, _term_label(term, lang), Style(indent=1))
        for k, m in enumerate(models):
            x = None if m.error else next((y for y in m.terms if y.key == term.key), None)
            if x is None:
                continue
            c = 2 + 4 * k
            plan.num(row, c, x.odds_ratio, Style(fmt="0.00"))
            plan.num(row, c + 1, x.ame, Style(fmt="0.0"))
            plan.num(row, c + 2, x.ame_se, Style(fmt='"("0.0")"', size=9))
            plan.num(row, c + 3, x.ame_p, Style(fmt=P_FORMAT, size=9))
        row += 1
    plan.rule(row - 1, 1, last, "bottom", "medium")
    return row
