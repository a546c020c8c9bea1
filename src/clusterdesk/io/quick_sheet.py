"""The reading child's quick way through a plain .xlsx sheet, used when it gives the same cells.

The first rows (``head``) must come as they are, types mixed (a header over numbers): python-
calamine reads them from an in-memory copy of the workbook whose sheet is cut after those rows.
The rows below go through fastexcel straight into Arrow, with one type per column enforced
("strict"). Only columns of numbers, texts, booleans or blanks are taken, blanks and error cells
becoming the empty text python-calamine gives. Any other sheet (a column mixing kinds, dates, first
rows that do not reach column A) raises ``Unsuited`` and the child reads it the plain way.
tests/io/test_read_exact.py checks it cell for cell against python-calamine.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable

import numpy as np
import pyarrow as pa

_ROW = re.compile(rb"<row[\s/>]")
_ROW_NUMBER = re.compile(rb'\sr="(\d{1,9})"')
_DIMENSION = re.compile(rb"<dimension\b[^>]*/>")
_EMPTY_SHEET = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData/></worksheet>")
_DATES = {dt.date, dt.datetime, dt.time, dt.timedelta}
_CHUNK = 2**16
_SCAN_CHUNK = 4 * 2**20
# a text a reader may take for a blank: spaces, or one of pandas' defaults (which fastexcel
# follows) in any case; "" is harmless, python-calamine gives "" for a blank too
_BLANK_LIKE = re.compile(
    rb"<t(?:\s[^>]*)?>(?:\s+|\s*(?:n/?a|#n/?a(?: n/a)?|null|-?nan|none|&lt;na(?:&gt;|>)|-?1\.#ind"
    rb"|-?1\.#qnan)\s*)</t>", re.IGNORECASE)
_HEAD_XML_MAX = 32 * 2**20  # the first rows' XML; beyond, the sheet is not a plain table


class Unsuited(Exception):
    """This sheet is read the plain way."""


def cut_sheet(zf: zipfile.ZipFile, part: str, rows: int) -> bytes | None:
    """The sheet's XML up to its first row numbered over ``rows``, closed; None when it has no
    such row, a row without a number, or a namespace prefix."""
    data = bytearray()
    seen = 0
    with zf.open(part) as fh:
        while len(data) <= _HEAD_XML_MAX:
            chunk = fh.read(_CHUNK)
            if not chunk:
                return None
            data += chunk
            for found in _ROW.finditer(data, seen):
                end = data.find(b">", found.start())
                if end < 0:
                    break
                number = _ROW_NUMBER.search(data, found.start(), end)
                if number is None:
                    return None
                if int(number.group(1)) > rows:
                    if b"<worksheet" not in data[:8192]:
                        return None
                    # a <dimension> would size the range to the whole sheet's
                    head = _DIMENSION.sub(b"", bytes(data[:found.start()]), count=1)
                    return head + b"</sheetData></worksheet>"
                seen = end
    return None


def head_workbook(path: str, part: str, rows: int) -> tuple[bytes, bytes] | None:
    """The workbook again, uncompressed, with ``part`` cut after ``rows`` rows and its other
    worksheets empty, and its shared strings' XML; None when the sheet cannot be cut."""
    shared = b""
    with zipfile.ZipFile(path) as zf:
        cut = cut_sheet(zf, part, rows)
        if cut is None:
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for info in zf.infolist():
                name = info.filename
                if name == part:
                    copy.writestr(name, cut)
                elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    copy.writestr(name, _EMPTY_SHEET)
                else:
                    data = zf.read(name)
                    if name.casefold().endswith("sharedstrings.xml"):
                        shared = data
                    copy.writestr(name, data)
    return out.getvalue(), shared


def texts_may_read_as_blank(path: str, part: str, shared: bytes) -> bool:
    """Whether a text in the workbook could be one fastexcel reads as a blank in a column of
    numbers ("n/a", "NULL", spaces...): in the shared strings or kept in the sheet itself."""
    if b"<r>" in shared or _BLANK_LIKE.search(shared):
        return True  # (rich text runs: not worth telling apart)
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        tail = b""
        while chunk := fh.read(_SCAN_CHUNK):
            window = tail + chunk
            if b't="str"' in window or b"<is><r>" in window:
                return True  # formula results and rich inline texts: not worth telling apart
            if b"inlineStr" in window and _BLANK_LIKE.search(window):
                return True
            tail = chunk[-256:]
    return False


def read(path: str, part: str, index: int,
         rows: int) -> tuple[list[tuple[str, bool]], list[list], int, list[pa.Array]]:
    """(sheets, the first ``rows`` rows, width, the columns below) as the plain way gives them;
    ``Unsuited`` when this sheet must be read the plain way."""
    import python_calamine as pc

    got = head_workbook(path, part, rows)
    if got is None:
        raise Unsuited
    data, shared = got
    with pc.CalamineWorkbook.from_filelike(io.BytesIO(data)) as wb:
        meta = wb.sheets_metadata
        sheets = [(m.name, m.visible != pc.SheetVisibleEnum.Visible) for m in meta]
        sheet = wb.get_sheet_by_index(index)
        if sheet.start is None or sheet.start[1] != 0:
            raise Unsuited  # the first rows must reach column A to place the columns below
        head = sheet.to_python(skip_empty_area=False)
    if any(type(c) in _DATES for r in head for c in r):
        raise Unsuited  # a date column (a form's time stamp) would be refused below, after a read
    columns = body(path, meta[index].name, rows,
                   lambda: texts_may_read_as_blank(path, part, shared))
    width = max(len(columns), max((len(r) for r in head), default=0))
    if len(columns) < width:
        raise Unsuited
    if columns and len(columns[0]):
        head += [[] for _ in range(rows - len(head))]  # the rows above the body, blank or not
    else:
        columns = [pa.array([], pa.float64()) for _ in range(width)]
    head = [list(r) + [""] * (width - len(r)) for r in head]
    return sheets, head, width, columns


def body(path: str, name: str, skip: int, texts_may_hide: Callable[[], bool]) -> list[pa.Array]:
    """The sheet's rows below the first ``skip`` as Arrow columns of the child's kinds;
    ``texts_may_hide()`` tells whether a blank in a column of numbers may be a text."""
    import fastexcel

    try:
        sheet = fastexcel.read_excel(path).load_sheet(
            name, header_row=None, skip_rows=skip, schema_sample_rows=None,
            dtype_coercion="strict")
        batch = sheet.to_arrow()
    except Exception as exc:  # noqa: BLE001 - a column of mixed kinds, or anything unusual
        raise Unsuited from exc
    arrays = [batch.column(j) for j in range(batch.num_columns)]
    for values in arrays:
        if pa.types.is_floating(values.type) and np.isnan(values.drop_null().to_numpy()).any():
            raise Unsuited  # the text "nan"
    if any(v.null_count and not _texts_or_blanks(v.type) for v in arrays) and texts_may_hide():
        raise Unsuited
    return [column(values) for values in arrays]


def _texts_or_blanks(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_null(kind)


def column(values: pa.Array) -> pa.Array:
    """One fastexcel column as ``arrow_cells.column_array`` would send the same cells."""
    kind = values.type
    if pa.types.is_null(kind):
        return _blanks(len(values))
    if pa.types.is_string(kind):
        return _texts(values)
    if not (pa.types.is_float64(kind) or pa.types.is_boolean(kind)):
        raise Unsuited  # dates, times, durations: their Python types are the plain way's
    if values.null_count == 0 and pa.types.is_float64(kind):
        return values
    # a column of booleans, or of numbers with blanks: a union of the values and the blanks
    blank = values.is_null().to_numpy(zero_copy_only=False)
    ids = blank.astype(np.int8)
    offsets = np.empty(len(values), dtype=np.int32)
    offsets[~blank] = np.arange(int((~blank).sum()), dtype=np.int32)
    offsets[blank] = np.arange(int(blank.sum()), dtype=np.int32)
    return pa.UnionArray.from_dense(pa.array(ids), pa.array(offsets),
                                    [values.drop_null(), _blanks(int(blank.sum()))], ["0", "1"])


def _texts(values: pa.Array) -> pa.DictionaryArray:
    """A text column with blanks as the dictionary of its texts, a blank being the text ""."""
    if not values.null_count:
        return values.dictionary_encode()
    # the blank gets its own entry where it first occurs, which becomes "" (merged with an ""
    # already there); fill_null would give the same, but its first call costs a sixth of a second
    coded = values.dictionary_encode(null_encoding="encode")
    words, codes = coded.dictionary, coded.indices.to_numpy(zero_copy_only=False)
    blank = int(np.flatnonzero(words.is_null().to_numpy(zero_copy_only=False))[0])
    empty = np.flatnonzero(words.to_numpy(zero_copy_only=False) == "")
    parts = [words[:blank], pa.array([""]), words[blank + 1:]]
    if len(empty):
        first, second = sorted((blank, int(empty[0])))
        codes = np.where(codes == second, first, codes)
        codes = codes - (codes > second)
        parts = [words[:first], pa.array([""]), words[first + 1:second], words[second + 1:]]
    return pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32)),
                                          pa.concat_arrays(parts))


def _blanks(n: int) -> pa.DictionaryArray:
    return pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, np.int32)), pa.array([""]))
