"""Table 1 as in the paper: one block per category role (count and % of sample), then the number
roles (N, mean, median, standard deviation, min, max)."""

from __future__ import annotations

from clusterdesk.analysis.results import ResultTable
from clusterdesk.report.excel_blocks import HEAD, HEAD_LEFT, notes_block, table_notes, title_block
from clusterdesk.report.excel_layout import SheetPlan, Style
from clusterdesk.report.labels import column_label, row_label, t


def sample_sheet(results, lang: str) -> SheetPlan:
    cats: ResultTable | None = results.tables.get("sample_categories")
    nums: ResultTable | None = results.tables.get("sample_numbers")
    plan = SheetPlan(t(lang, "sheet.sample_categories"))
    widths = [len(tb.columns) for tb in (cats, nums) if tb is not None]
    last_col = 1 + max(widths, default=1)
    row = title_block(plan, t(lang, "title.sample_categories"), last_col)
    plan.freeze = f"A{row}"
    plan.print_rows = (1, 1)
    first = row
    if cats is not None:
        groups: list[str] = []
        for r in cats.rows:
            if r.group not in groups:
                groups.append(r.group)
        for group in groups:
            row = _header(plan, row, cats, t(lang, group or "", default=group or ""), lang)
            for r in (x for x in cats.rows if x.group == group):
                _values(plan, row, cats, r, lang)
                row += 1
            row += 1
    if nums is not None and nums.rows:
        row = _header(plan, row, nums, t(lang, "rowhead.numbers"), lang)
        for r in nums.rows:
            _values(plan, row, nums, r, lang)
            row += 1
        row += 1
    # publication rules, after the cells exist (a later cell would replace its border)
    plan.rule(first, 1, last_col, "top", "medium")
    plan.rule(row - 2, 1, last_col, "bottom", "medium")
    tables = [tb for tb in (cats, nums) if tb is not None]
    lines = table_notes(results, None, lang, shares=False)
    if cats is not None:
        lines.append(t(lang, "note.sample"))
    if nums is not None and nums.rows:
        lines.append(t(lang, "note.numbers"))
    if results.input.weighted:
        lines.append(t(lang, "note.weighted"))
    for tb in tables:
        lines += table_notes(results, tb, lang, shares=False)[1:]
    row = notes_block(plan, row + 1, lines, last_col, lang)
    if plan.truncated:
        plan.span(row, 1, last_col, t(lang, "note.truncated"), Style(size=9))
    plan.min_widths[1] = 24
    plan.landscape = False
    return plan


def _header(plan: SheetPlan, row: int, table: ResultTable, label: str, lang: str) -> int:
    plan.text(row, 1, label, HEAD_LEFT)
    for c, col in enumerate(table.columns, start=2):
        plan.text(row, c, column_label(table.key, col.key, col.label, lang),
                  Style(**{**HEAD.__dict__, "align": "right"}))
    plan.rule(row, 1, 1 + len(table.columns), "bottom")
    return row + 1


def _values(plan: SheetPlan, row: int, table: ResultTable, r, lang: str) -> None:
    plan.text(row, 1, row_label(table.key, r.key, r.kind, r.label, lang),
              Style(indent=1, italic=r.kind == "missing"))
    for c, (col, v) in enumerate(zip(table.columns, r.values, strict=False), start=2):
        plan.num(row, c, v, Style(fmt=col.fmt))
