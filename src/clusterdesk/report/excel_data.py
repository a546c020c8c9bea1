"""The coded-data sheet: one row per firm as the tables saw it (with cluster class and scope).

Each column's distinct values become cell XML once; the rows are joined from those texts by
Arrow's kernels and compressed by a worker thread (excel_packed), begun as soon as the firms are
classified, so the sheet is mostly written while the analysis runs. A firm's cells carry no
reference: each row names its number, and its cells follow from column A in order, a blank one
as an empty <c/> (ECMA-376 18.3.1.4 makes the reference optional; Excel, LibreOffice, openpyxl
and calamine read cells that way)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from clusterdesk.report.excel_packed import Packed, Packing, pack
from clusterdesk.report.excel_safe import EXCEL_MAX_TEXT, clean_text, is_risky, plain_number
from clusterdesk.report.labels import t
from clusterdesk.runtime import IDLE, Task

MAX_FIRMS_BY_DEFAULT = 100_000
_BLOCK = 25_000  # firms per block of rows: some 30 MB of XML at a time
_MANY = 64  # distinct texts from which Arrow's kernels pay
# plain text, written as it is: a letter or digit at both ends, no control character between
_PLAIN = (r"^[0-9A-Za-z]([^\x{00}-\x{08}\x{0b}\x{0c}\x{0e}-\x{1f}\x{7f}-\x{9f}]*"
          r"[0-9A-Za-z])?$")
_HEAD_KEYS = {"cluster_class": "data.class", "scope": "data.scope"}


def _safe_value(v) -> tuple[object, bool]:
    """One non-missing value as the cell gets it: inert text or a plain number."""
    if isinstance(v, str):
        got, was_cut = clean_text(v)
        return (_Risky(got) if is_risky(got) else got), was_cut
    n = plain_number(v)
    return (n if n is not None else clean_text(str(v))[0]), False


def _column_cells(series, risky_style: Callable[[], int]) -> _Cells:
    """The column's cells as XML: one text per distinct value (pandas.factorize) and each
    firm's code (-1: a blank cell), as _cell_xml writes the value (_safe_value: inert text or a
    plain number)."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    kind = series.dtype.kind
    arr = None
    if kind in "iub":
        series = series.astype("int64")
    elif kind == "f":
        arr = series.to_numpy(dtype=float)
        series = pd.Series(np.where(np.isfinite(arr), arr, np.nan))
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    if kind in "iubf":  # what _cell_xml writes for a number, without a call per value
        cells = [_number(v) for v in uniques.tolist()]
        negative_zero = np.signbit(arr) & (arr == 0) if arr is not None else None
        if negative_zero is not None and negative_zero.any():  # one key for pandas, two texts
            cells[int(codes[negative_zero][0])] = _number(0.0)  # the code of every zero
            codes = np.where(negative_zero, len(cells), codes)
            cells.append(_number(-0.0))
        table = pa.array(cells, type=pa.large_string())
    else:
        table, _ = text_cells(uniques, risky_style)
    return _Cells(table, codes)


def _number(v: float) -> str:
    return f"<c><v>{v:.16g}</v></c>"  # openpyxl's safe_string: "%.16g" % v; a number by default


def text_cells(uniques, risky_style: Callable[[], int]):
    """_cell_xml(_safe_value(v)) for each distinct value, as an Arrow array; plain text (an id
    column: letters and digits at both ends, nothing to clean) in one pass of Arrow's
    kernels. Returns (cells, any text truncated)."""
    import numpy as np
    import pyarrow as pa

    fast = _plain_cells(uniques) if len(uniques) >= _MANY else None
    if fast is None:
        plain, cells = np.zeros(len(uniques), dtype=bool), None
    else:
        plain, cells = fast
    cut = False
    slow: list[str | None] = [None] * len(uniques)
    for k in np.flatnonzero(~plain).tolist():
        got, was_cut = _safe_value(uniques[k])
        cut |= was_cut
        slow[k] = _cell_xml(got, risky_style)
    if cells is None:
        return pa.array(slow, type=pa.large_string()), cut
    if plain.all():
        return cells, cut
    import pyarrow.compute as pc

    return pc.if_else(pa.array(plain), cells, pa.array(slow, type=pa.large_string())), cut


def _plain_cells(uniques):
    """(mask of the plain texts, the cell of every value as if it were plain), or None when the
    values are not all text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        values = pa.array(uniques)
    except (pa.ArrowException, TypeError, ValueError):
        return None
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return None
    values = values.cast(pa.large_string())
    plain = pc.and_(pc.match_substring_regex(values, _PLAIN),
                    pc.less_equal(pc.utf8_length(values), EXCEL_MAX_TEXT))
    for raw, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        values = pc.replace_substring(values, raw, escaped)
    text = pa.large_string()
    cells = pc.binary_join_element_wise(pa.scalar('<c t="inlineStr"><is><t>', text), values,
                                        pa.scalar("</t></is></c>", text), pa.scalar("", text))
    return plain.fill_null(False).to_numpy(zero_copy_only=False), cells


@dataclass
class _Cells:
    """A column as XML: ``table[codes[i]]`` is firm i's cell (code -1: a blank one)."""

    table: object
    codes: object


class _Risky(str):
    """Text that Excel could take for a formula: written as a quote-prefixed string cell."""


def start_data_sheet(wb, firms, lang: str) -> DataSheet:
    """Append the per-firm sheet to a write-only workbook: its header here; each column's
    distinct values made cell XML, the rows joined and compressed by a worker thread meanwhile
    (excel_packed; ``firms`` is only read there); the workbook's save puts them in
    (``DataSheet.finish``)."""
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
    # the quote-prefix style, registered here: the worker thread must not touch the workbook
    quoted = WriteOnlyCell(ws, "=")
    quoted.data_type = "s"
    quoted.quotePrefix = True
    risky = quoted.style_id
    ws.close()  # openpyxl has written the sheet around the header row; the firms go in between
    try:
        with open(ws._writer.out, "rb") as f:
            sheet = f.read()
        end = sheet.rindex(b"</sheetData>")
        packing = pack(lambda: _sheet_parts(sheet[:end], firms, risky, sheet[end:]))
    except BaseException:
        ws._writer.cleanup()
        raise
    return DataSheet(ws, packing)


@dataclass
class DataSheet:
    """The data sheet of a workbook being built."""

    ws: Any
    packing: Packing

    def finish(self, task: Task = IDLE) -> Packed:
        """Wait for the rows (Cancel and Ctrl-C still stop it); on failure all is discarded."""
        try:
            return self.packing.finish(task)
        except BaseException:
            self.ws._writer.cleanup()
            raise

    def discard(self) -> None:
        self.packing.discard()
        self.ws._writer.cleanup()


def _sheet_parts(head: bytes, firms, risky: int, tail: bytes) -> Iterator[object]:
    """The sheet's XML in pieces: openpyxl's start with the header row, the firms' rows, the
    end. Every text a row is made of sits once in one Arrow array; a block of rows is one
    ``take`` of those texts in order, whose buffer is the XML (few calls: each one hands the
    interpreter back and forth with the analysis). ``risky``: the quote-prefix style."""
    import numpy as np
    import pyarrow as pa

    yield head
    cols = [_column_cells(firms[c], lambda: risky) for c in firms.columns]
    n = len(firms) if cols else 0
    if n:
        text = pa.large_string()
        arrays = [pa.array(['<row r="', '">', "</row>", "<c/>"], text),
                  pa.array(np.arange(2, n + 2)).cast(text)]
        arrays += [col.table.cast(text) for col in cols]
        starts = np.cumsum([0] + [len(a) for a in arrays])
        texts = pa.concat_arrays(arrays)
        codes = np.column_stack([col.codes for col in cols])
        for first in range(0, n, _BLOCK):
            yield _rows(texts, starts, codes, first, min(n, first + _BLOCK))
    yield tail


def _rows(texts, starts, codes, first: int, last: int):
    """The XML of firms first..last-1 (sheet rows first+2 ...), as one Arrow buffer: per row
    '<row r="', its number, '">', its cells in column order (``<c/>`` for a blank one), then
    '</row>'."""
    import numpy as np
    import pyarrow as pa

    m, c = last - first, codes.shape[1]
    here = codes[first:last]
    at = np.empty((m, 4 + c), dtype=np.int64)
    at[:, 0], at[:, 2], at[:, -1] = 0, 1, 2
    at[:, 1] = starts[1] + np.arange(first, last)
    at[:, 3:-1] = np.where(here >= 0, starts[2:-1] + here, 3)
    rows = texts.take(pa.array(at.ravel()))
    _, offsets, data = rows.buffers()  # the pieces' texts lie end to end in one buffer
    ends = np.frombuffer(offsets, dtype=np.int64, count=len(rows) + 1, offset=8 * rows.offset)
    return data[int(ends[0]):int(ends[-1])]


def _cell_xml(v, risky_style: Callable[[], int]) -> str:
    if not isinstance(v, str):
        return _number(v)
    style = f' s="{risky_style()}"' if isinstance(v, _Risky) else ""
    if v == "":
        return f'<c{style} t="inlineStr" />'
    text = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    stripped = v.strip()
    space = ' xml:space="preserve"' if stripped and v != stripped else ""
    return f'<c{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'
