"""The coded-data sheet: one row per firm as the tables saw it (with cluster class and scope),
streamed column-wise so 100,000 firms cost little more than openpyxl's own floor."""

from __future__ import annotations

from collections.abc import Callable

from clusterdesk.report.excel_safe import clean_text, is_risky, plain_number
from clusterdesk.report.labels import t
from clusterdesk.runtime import IDLE, Task

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
            got, was_cut = _safe_value(v)
            cut |= was_cut
            safe[v] = got
        out.append(got)
    return out, cut


def _safe_value(v) -> tuple[object, bool]:
    """One non-missing value as the cell gets it: inert text or a plain number."""
    if isinstance(v, str):
        got, was_cut = clean_text(v)
        return (_Risky(got) if is_risky(got) else got), was_cut
    n = plain_number(v)
    return (n if n is not None else clean_text(str(v))[0]), False


def _column_tails(series, risky_style: Callable[[], int]) -> tuple[list[str | None], bool]:
    """The column's cells as XML after the coordinate (None: no cell), each distinct value
    converted once (pandas.factorize), the same as _column_values then _cell_tail per value.
    Returns (tails, any text truncated)."""
    import numpy as np
    import pandas as pd

    kind = series.dtype.kind
    if kind in "iub":
        series = series.astype("int64")
    elif kind == "f":
        arr = series.to_numpy(dtype=float)
        if np.any(np.signbit(arr) & (arr == 0)):  # -0.0 and 0.0 are one key but two texts
            values, cut = _column_values(series)
            return [None if v is None else _cell_tail(v, risky_style) for v in values], cut
        series = pd.Series(np.where(np.isfinite(arr), arr, np.nan))
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    cut = False
    tails: list[str | None]
    if kind in "iubf":  # what _cell_tail writes for a number, without a call per value
        tails = [f'" t="n"><v>{v:.16g}</v></c>' for v in uniques.tolist()]
    else:
        tails = []
        for v in uniques:
            got, was_cut = _safe_value(v)
            cut |= was_cut
            tails.append(_cell_tail(got, risky_style))
    table = np.array([*tails, None], dtype=object)  # code -1 (missing) -> the last: None
    return table[codes].tolist(), cut


class _Risky(str):
    """Text that Excel could take for a formula: written as a quote-prefixed string cell."""


def write_data_sheet(wb, firms, lang: str, task: Task = IDLE) -> bool:
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
    style_ids: list[int] = []

    def risky_style() -> int:
        """The style of a quote-prefixed text cell, registered the first time one is needed."""
        if not style_ids:
            quoted = WriteOnlyCell(ws, "=")
            quoted.data_type = "s"
            quoted.quotePrefix = True
            style_ids.append(quoted.style_id)
        return style_ids[0]

    cut = False
    cols = []
    for c in firms.columns:
        tails, was_cut = _column_tails(firms[c], risky_style)
        cut |= was_cut
        cols.append(tails)
    ws.close()  # openpyxl has written the sheet around the header row; the firms go in between
    try:
        _insert_rows(ws._writer.out, cols, task)
    except BaseException:
        ws._writer.cleanup()
        raise
    return cut


def _cell_tail(v, risky_style: Callable[[], int]) -> str:
    if not isinstance(v, str):
        return f'" t="n"><v>{v:.16g}</v></c>'  # openpyxl's safe_string: "%.16g" % v
    style = f' s="{risky_style()}"' if isinstance(v, _Risky) else ""
    if v == "":
        return f'"{style} t="inlineStr" />'
    text = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    stripped = v.strip()
    space = ' xml:space="preserve"' if stripped and v != stripped else ""
    return f'"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _insert_rows(path: str, cols: list[list[str | None]], task: Task) -> None:
    """Write the firm rows into the closed sheet file, before its closing </sheetData>.

    The same XML openpyxl writes cell by cell, joined as text column by column (numpy adds the
    strings of a whole column in one C loop), far quicker than openpyxl's element writer
    (benchmarks/README.md)."""
    import numpy as np
    from openpyxl.utils import get_column_letter

    with open(path, "rb") as f:
        sheet = f.read()
    end = sheet.rindex(b"</sheetData>")
    n = len(cols[0]) if cols else 0
    step = 5_000
    with open(path, "wb") as f:
        f.write(sheet[:end])
        for first in range(0, n, step):
            task.step(first / n, "Writing the coded data")
            last = min(n, first + step)
            r = np.array([str(i) for i in range(first + 2, last + 2)], dtype=object)
            parts = ['<row r="' + r + '">']
            for j, col in enumerate(cols, start=1):
                tails = np.array(col[first:last], dtype=object)
                here = np.not_equal(tails, None)
                cells = np.full(last - first, "", dtype=object)
                cells[here] = '<c r="' + get_column_letter(j) + r[here] + tails[here]
                parts.append(cells)
            parts.append(np.full(last - first, "</row>", dtype=object))
            f.write("".join(map("".join, zip(*parts, strict=True))).encode("utf-8"))
        f.write(sheet[end:])
