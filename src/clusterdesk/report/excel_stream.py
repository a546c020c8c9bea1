"""A planned sheet streamed into openpyxl's write-only workbook: widths, heights, merges, print
set-up and charts first, then the rows; each style registered once per workbook."""

from __future__ import annotations

from copy import copy
from functools import lru_cache
from weakref import WeakKeyDictionary

from clusterdesk.report.excel_layout import MAX_ROW_HEIGHT, CellSpec, SheetPlan, Style


@lru_cache(maxsize=512)
def _openpyxl_style(style: Style) -> dict:
    from openpyxl.styles import Alignment, Border, Font, Side

    out: dict = {"font": Font(name="Calibri", bold=style.bold, italic=style.italic,
                              size=style.size, color=style.color)}
    if style.top or style.bottom:
        out["border"] = Border(top=Side(style=style.top) if style.top else Side(),
                               bottom=Side(style=style.bottom) if style.bottom else Side())
    if style.align or style.wrap or style.indent or style.valign:
        out["alignment"] = Alignment(horizontal=style.align, vertical=style.valign,
                                     wrap_text=style.wrap, indent=style.indent)
    if style.fmt:
        out["number_format"] = style.fmt
    return out


# Per workbook: Style -> openpyxl's array of style ids, so that only the first cell of a style pays
# for registering it (hashing fonts and borders is costly).
_STYLE_IDS: WeakKeyDictionary = WeakKeyDictionary()


def make_cell(ws, spec: CellSpec):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws)
    cell.value = spec.value
    if isinstance(spec.value, str):
        cell.data_type = "s"  # a string never becomes a formula, whatever it starts with
    known = _STYLE_IDS.setdefault(ws.parent, {})
    ids = known.get(spec.style)
    if ids is not None:
        cell._style = copy(ids)
        return cell
    for attr, obj in _openpyxl_style(spec.style).items():
        setattr(cell, attr, obj)
    if spec.style.quote:
        cell.quotePrefix = True
    known[spec.style] = copy(cell._style)
    return cell


def write_plan(wb, plan: SheetPlan, chart_values):
    """Stream one planned sheet into a write-only workbook; returns the worksheet.
    ``chart_values``: the workbook's excel_charts.ChartValues (error-bar lengths)."""
    from openpyxl.utils import get_column_letter

    plan.finish()
    ws = wb.create_sheet(plan.name)
    for c, w in plan.widths.items():
        dim = ws.column_dimensions[get_column_letter(c)]
        dim.width = w
        if c in plan.outline_cols:
            dim.outline_level = 1
    for r, h in plan.heights.items():
        ws.row_dimensions[r].height = min(h, MAX_ROW_HEIGHT)
    ws.sheet_view.showGridLines = False
    if plan.freeze:
        ws.freeze_panes = plan.freeze
    landscape = plan.landscape if plan.landscape is not None else plan.total_width > 95
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if plan.print_rows:
        ws.print_title_rows = f"{plan.print_rows[0]}:{plan.print_rows[1]}"
    for r1, c1, r2, c2 in plan.merges:
        ws.merged_cells.add(f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}")
    ncol = plan.max_col
    for r in range(1, plan.max_row + 1):
        row = []
        for c in range(1, ncol + 1):
            spec = plan.cells.get((r, c))
            row.append(None if spec is None else make_cell(ws, spec))
        ws.append(row)
    from openpyxl.worksheet.pagebreak import Break

    if plan.chart_needs_new_page(landscape):
        plan.breaks.append(plan.chart_at[0] - 1)
    for r in plan.breaks:
        ws.row_breaks.append(Break(id=r))
    for add_chart in plan.charts:
        add_chart(ws, chart_values)
    return ws
