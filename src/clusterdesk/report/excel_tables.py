"""Sheets of Tables 2-5: the paper's layout, each share followed by its 95% interval, then the
tests, the sentence, the notes and a native bar chart of the shares."""

from __future__ import annotations

from clusterdesk.analysis.results import ResultTable
from clusterdesk.report.excel_blocks import (
    HEAD,
    HEAD_LEFT,
    notes_block,
    sentence_block,
    table_notes,
    tests_block,
    title_block,
)
from clusterdesk.report.excel_charts import add_bar_chart, interval_bars
from clusterdesk.report.excel_layout import SheetPlan, Style
from clusterdesk.report.labels import column_label, row_label, t, table_title

MAX_BESIDE = 6  # share columns that can carry their interval beside them on one page width
# Table 2's header groups as in the paper: "Product innovations: Total, Radical", ...
_T2_GROUPS = {"product": ("group.product", "col.total_share"),
              "product_new_to_market": ("group.product", "col.radical"),
              "process": ("group.process", "col.total_share"),
              "process_new_to_industry": ("group.process", "col.radical")}


def _title(results, table: ResultTable, lang: str) -> str:
    if table.key == "innovation_by_location":
        outcome = getattr(results.settings, "table4_outcome", "product")
        return t(lang, "title.innovation_by_location", outcome=t(lang, "short." + outcome))
    return table_title(table, lang)


def _ci_columns(table: ResultTable) -> list[int]:
    return [j for j in range(len(table.columns))
            if any(r.ci_low is not None and r.ci_low[j] is not None for r in table.rows)]


def _layout(table: ResultTable, beside: bool) -> list[tuple[int, int, bool]]:
    """(column index, first sheet column, interval columns beside it) per table column."""
    out, c = [], 2
    ci_cols = set(_ci_columns(table)) if beside else set()
    for j, _ in enumerate(table.columns):
        out.append((j, c, j in ci_cols))
        c += 3 if j in ci_cols else 1
    return out


def share_sheet(results, table: ResultTable, lang: str) -> SheetPlan:
    """One table of shares (T2-T5) as a report-ready sheet."""
    plan = SheetPlan(t(lang, "sheet." + table.key, default=table.key[:31]))
    if not table.columns or not table.rows:
        return _without_figures(plan, results, table, lang)
    ci_cols = _ci_columns(table)
    # Beside each share while the table stays readable on a landscape page; for wider tables
    # (many regions) the bounds go in two blocks below with the table's own columns.
    beside = len(ci_cols) <= MAX_BESIDE
    layout = _layout(table, beside)
    last_col = max(c + (2 if ci else 0) for _, c, ci in layout)
    row = title_block(plan, _title(results, table, lang), last_col)
    top = row
    grouped = table.key == "innovation_by_region"
    if grouped:
        row = _group_header(plan, row, table, layout, lang)
    head, sub = row, row + 1
    rowhead = t(lang, f"rowhead.{table.key}", default=t(lang, "rowhead.default"))
    plan.text(top, 1, rowhead, HEAD_LEFT)
    plan.merges.append((top, 1, sub, 1))
    for j, c, ci in layout:
        col = table.columns[j]
        text = column_label(table.key, col.key, col.label, lang, col.glossary)
        if grouped and col.key in _T2_GROUPS:
            text = t(lang, _T2_GROUPS[col.key][1])
        if ci:
            plan.span(head, c, c + 2, text, HEAD)
            plan.text(sub, c, "%", Style(bold=True, align="right", size=9))
            plan.span(sub, c + 1, c + 2, t(lang, "ci.caption"), Style(italic=True, size=9,
                                                                       align="center"))
            plan.outline_cols |= {c + 1, c + 2}
        else:
            plan.text(top if grouped else head, c, text, HEAD)
            plan.merges.append((top if grouped else head, c, sub, c))
    plan.rule(top, 1, last_col, "top", "medium")
    plan.rule(sub, 1, last_col, "bottom")
    first = sub + 1
    row = first
    chart_rows, charted = [], []
    for r in table.rows:
        _data_row(plan, row, table, r, layout, lang)
        if r.kind == "data" or (r.kind == "total" and table.key == "innovation_by_region"):
            chart_rows.append(row)
            charted.append(r)
        row += 1
    plan.rule(row - 1, 1, last_col, "bottom", "medium")
    if ci_cols and not beside:
        row = _interval_blocks(plan, row + 1, table, layout, lang, last_col)
    plan.freeze = f"B{first}"
    plan.print_rows = (top, sub)
    row = tests_block(plan, row + 1, table, lang, last_col) + 1
    outcome = getattr(results.settings, "table4_outcome", "product")
    row, _ = sentence_block(plan, row, table, lang, last_col, outcome)
    lines = table_notes(results, table, lang)
    row = notes_block(plan, row, lines, last_col, lang)
    if plan.truncated:
        plan.span(row, 1, last_col, t(lang, "note.truncated"), Style(size=9))
        row += 1
    series = [(j, c, ci) for j, c, ci in layout if table.columns[j].kind == "share"]
    if chart_rows and any(r.values[j] is not None for r in charted for j, _, _ in series):
        # (a table without a single share, e.g. T3 of a survey without the regional level,
        # gets no chart of empty bars: its note says why)
        cols = [table.columns[j] for j, _, _ in series]
        titles = [column_label(table.key, col.key, col.label, lang, col.glossary) for col in cols]
        if grouped:
            titles = [_cap(t(lang, "short." + col.key)) for col in cols]
        bars = [interval_bars([r.values[j] for r in charted],
                              [r.ci_low[j] if r.ci_low else None for r in charted],
                              [r.ci_high[j] if r.ci_high else None for r in charted])
                for j, _, _ in series]
        add_bar_chart(plan, anchor_row=row + 1, rows=chart_rows,
                      series_cols=[c for _, c, _ in series], titles=titles,
                      y_title=t(lang, "chart.share"), bars=bars,
                      categories=[row_label(table.key, r.key, r.kind, r.label, lang)
                                  for r in charted])
    plan.min_widths[1] = 18
    return plan


def _without_figures(plan: SheetPlan, results, table: ResultTable, lang: str) -> SheetPlan:
    """A table the survey cannot have (spec 7): its title and the sentence saying why."""
    last_col = 8
    row = title_block(plan, _title(results, table, lang), last_col)
    notes_block(plan, row, table_notes(results, table, lang, shares=False), last_col, lang)
    plan.min_widths[1] = 18
    return plan


def _interval_blocks(plan: SheetPlan, row: int, table: ResultTable, layout, lang: str,
                     last_col: int) -> int:
    """Lower and upper bounds of the 95% intervals, each laid out like the table itself."""
    rows = [r for r in table.rows if r.ci_low and any(v is not None for v in r.ci_low)]
    for attr, key in (("ci_low", "ci.lower_block"), ("ci_high", "ci.upper_block")):
        plan.span(row, 1, last_col, t(lang, key), Style(bold=True, top="thin", bottom="thin"))
        row += 1
        for j, c, _ in layout:
            col = table.columns[j]
            if any(getattr(r, attr)[j] is not None for r in rows):
                plan.text(row, c, column_label(table.key, col.key, col.label, lang, col.glossary),
                          Style(bold=True, size=9, align="right", wrap=True, bottom="thin"))
        plan.rule(row, 1, last_col, "bottom")
        row += 1
        for r in rows:
            plan.text(row, 1, row_label(table.key, r.key, r.kind, r.label, lang), Style(size=9))
            for j, c, _ in layout:
                plan.num(row, c, getattr(r, attr)[j], Style(fmt=table.columns[j].fmt, size=9))
            row += 1
        plan.rule(row - 1, 1, last_col, "bottom")
        row += 1
    return row


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _group_header(plan: SheetPlan, row: int, table: ResultTable, layout, lang: str) -> int:
    """Table 2's upper header: 'Product innovation' over Total and Radical, and so on."""
    spans: dict[str, list[int]] = {}
    for j, c, ci in layout:
        key = table.columns[j].key
        if key in _T2_GROUPS:
            cols = spans.setdefault(_T2_GROUPS[key][0], [])
            cols += [c, c + (2 if ci else 0)]
    for group, cols in spans.items():
        plan.span(row, min(cols), max(cols), t(lang, group), Style(**{**HEAD.__dict__,
                                                                       "bottom": "thin"}))
    return row + 1


def _data_row(plan: SheetPlan, row: int, table: ResultTable, r, layout, lang: str) -> None:
    special = r.kind in ("total", "average", "count")
    top = "hair" if special else None
    plan.text(row, 1, row_label(table.key, r.key, r.kind, r.label, lang),
              Style(italic=r.kind == "average", top=top))
    for j, c, ci in layout:
        col = table.columns[j]
        fmt = "0" if r.kind == "count" else col.fmt
        plan.num(row, c, r.values[j], Style(fmt=fmt, top=top))
        if ci:
            low = r.ci_low[j] if r.ci_low else None
            high = r.ci_high[j] if r.ci_high else None
            grey = "FF595959"
            plan.num(row, c + 1, low, Style(fmt=f'"("{col.fmt}', align="right", top=top,
                                            size=9, color=grey))
            plan.num(row, c + 2, high, Style(fmt=f'"–"{col.fmt}")"', align="left", top=top,
                                             size=9, color=grey))
