"""The coded-data sheet: one row per firm as the tables saw it (with cluster class and scope),
streamed column-wise so 100,000 firms cost little more than openpyxl's own floor."""

from __future__ import annotations

from collections.abc import Callable

from clusterdesk.errors import Cancelled
from clusterdesk.report.excel_safe import clean_text, is_risky, plain_number
from clusterdesk.report.labels import t

MAX_FIRMS_BY_DEFAULT = 100_000
_HEAD_KEYS = {"cluster_class": "data.class", "scope": "data.scope"}


def _column_values(series) -> tuple[list, bool]:
    """A column as plain Python values (None for missing); text made inert once per distinct
    value. Returns (values, any text truncated)."""
    import pandas as pd

    kind = series.dtype.kind
    if kind in "iub":
        return series.astype("int64").tolist(), False
    if kind == "f":
        arr = series.to_numpy(dtype=float)
        return [None if v != v or v in (float("inf"), float("-inf")) else v
                for v in arr.tolist()], False
    cut = False
    safe: dict[object, object] = {}
    out = []
    for v in series.astype(object).tolist():
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            out.append(None)
            continue
        got = safe.get(v)
        if got is None:
            if isinstance(v, str):
                got, was_cut = clean_text(v)
                cut |= was_cut
                got = _Risky(got) if is_risky(got) else got
            else:
                n = plain_number(v)
                got = n if n is not None else clean_text(str(v))[0]
            safe[v] = got
        out.append(got)
    return out, cut


class _Risky(str):
    """Text that Excel could take for a formula: written as a quote-prefixed string cell."""


def write_data_sheet(wb, firms, lang: str, should_stop: Callable[[], bool] | None = None,
                     progress: Callable[[float, str], None] | None = None) -> bool:
    """Append the per-firm sheet to a write-only workbook; returns True if a text was cut."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(t(lang, "sheet.data"))
    columns = [str(c) for c in firms.columns]
    heads = [t(lang, _HEAD_KEYS[c]) if c in _HEAD_KEYS else c for c in columns]  # spec keys
    sample = firms.head(2000)
    for i, (h, c) in enumerate(zip(heads, firms.columns, strict=True), start=1):
        longest = max((len(str(v)) for v in sample[c].dropna().tolist()), default=0)
        ws.column_dimensions[get_column_letter(i)].width = min(max(len(h), longest, 7) + 2, 40)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    bold = Font(bold=True)
    head_cells = []
    for h in heads:
        text = clean_text(h)[0]
        cell = WriteOnlyCell(ws, text)
        cell.data_type = "s"
        cell.quotePrefix = is_risky(text)
        cell.font = bold
        head_cells.append(cell)
    ws.append(head_cells)
    cut = False
    cols = []
    for c in firms.columns:
        values, was_cut = _column_values(firms[c])
        cut |= was_cut
        cols.append(values)
    risky_cols = [j for j, col in enumerate(cols) if any(isinstance(v, _Risky) for v in col)]
    n = len(firms)
    step = 5_000
    for i, row in enumerate(zip(*cols, strict=True)):
        if i % step == 0:
            if should_stop is not None and should_stop():
                raise Cancelled()
            if progress is not None and n:
                progress(i / n, "Writing the coded data")
        if risky_cols:
            row = list(row)
            for j in risky_cols:
                if isinstance(row[j], _Risky):
                    cell = WriteOnlyCell(ws, str(row[j]))
                    cell.data_type = "s"
                    cell.quotePrefix = True
                    row[j] = cell
        ws.append(row)
    return cut
