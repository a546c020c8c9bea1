"""The real extent of a worksheet's cells, measured on its XML before python-calamine sees it.

calamine allocates the whole rectangle its cells span; one cell at XFD1048576 asks for 549 GB
and aborts the process. So the sheet part is streamed (decompressed in pieces, capped) and
searched with a few byte-level patterns: column letters, row numbers, cells without an r=""
reference (those go to the contained child), error cells and formulas without a stored result.
"""

from __future__ import annotations

import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io.limits import Limits
from clusterdesk.io.names import size_text
from clusterdesk.io.ooxml import damaged, head, refuse_dtd
from clusterdesk.runtime import pause
from clusterdesk.texts import count, translate

_CHUNK = 4 * 2**20
_CHUNK_BESIDE_WINDOW = 2**20
_COL = re.compile(rb'<c r="([A-Z]{1,3})')
_ROW_OF_CELL = re.compile(rb'<c r="[A-Z]{1,3}(\d{1,9})"')
_REF = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,9})"')
_NO_RESULT = (b"</f></c>", b'"/></c>', b"</f><v /></c>", b"</f><v/></c>", b"</f><v></v></c>")
# a cell start written another way: other whitespace, no attributes, or a namespace prefix
_ODD_CELL = re.compile(rb"<c[\t\r\n/]|:c[\s>/]")
_ROW_TAG = re.compile(rb'<row[^>]*?\sr="(\d{1,9})"')
_FORMULA = re.compile(rb"<f")  # the regular expression's search is quicker than `in` here
_DIM = re.compile(rb'<dimension ref="([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+))?"')


@dataclass
class SheetScan:
    """What a sheet's XML really holds, measured without building any cells."""

    max_row: int = 0
    max_col: int = 0
    declared: str | None = None
    declared_cells: int = 0
    error_cells: int = 0
    formulas_without_value: int = 0
    unchecked: bool = False  # cells the fast scan cannot locate: read in the child process
    head_row_late: bool = False  # one of the first rows comes after a later one (scan_sheet)

    @property
    def cells(self) -> int:
        return self.max_row * self.max_col


def likely_cells(zf: zipfile.ZipFile, part: str, path: Path) -> int:
    """The cells the sheet's <dimension> says it spans, or, without one (openpyxl's write-only
    files), as many as its XML could hold at 20 bytes a cell (<c r="A1"><v>1</v></c>). Read
    before the child starts, to size the child's memory; the scan checks the real extent."""
    declared = _declared_cells(_DIM.search(head(zf, part, path)))
    return declared or zf.getinfo(part).file_size // 20


def _declared_cells(dim: re.Match | None) -> int:
    """Columns x rows of a <dimension ref="A1:S1000001"> (0 for a single cell or none)."""
    return _col_number(dim.group(3)) * int(dim.group(4)) if dim and dim.group(3) else 0


def scan_sheet(zf: zipfile.ZipFile, part: str, path: Path, limits: Limits,
               head_rows: int = 0) -> SheetScan:
    """Real extent of the cells, error cells and formulas without results: one streamed, capped
    pass, and a second for the rows only when the declared dimension cannot vouch for them.
    With ``head_rows``, also whether one of the first ``head_rows`` rows comes after a row
    beyond them in the XML."""
    scan = SheetScan()
    order = _HeadOrder(head_rows) if head_rows else None
    head_bytes = head(zf, part, path)
    refuse_dtd(head_bytes, part, path)
    if b"<worksheet" not in head_bytes:  # a namespace prefix (x:c) hides cells from the fast scan
        scan.unchecked = True
    dim = _DIM.search(head_bytes)
    if dim and dim.group(3):
        scan.declared = (dim.group(1) or b"").decode() + (dim.group(2) or b"").decode() + ":" \
            + dim.group(3).decode() + dim.group(4).decode()
        scan.declared_cells = _declared_cells(dim)
    # The old shortcut's bound: the declared last row (right in honest files) gives B
    # (100001 -> 199999); an honest dimension's last row is reported when no cell is beyond B.
    guess = int(dim.group(4)) if dim and dim.group(4) else 0
    bound = _row_bound(min(max(guess, 1), 999_999))
    extent = _Extent()
    size = 0
    try:
        for buf, chunk_size in _chunks(zf, part):
            size += chunk_size
            if size > limits.max_part_bytes:
                raise damaged(path, translate("io", "the sheet unpacks to more than {size}")
                              .format(size=size_text(limits.max_part_bytes)))
            if not extent.vouch(buf):  # odd or new extremes: the exact per-chunk work
                extent.exact(buf)
                if buf.count(b"<c ") + buf.count(b"<c>") != len(_COL.findall(buf)) \
                        or _ODD_CELL.search(buf):
                    scan.unchecked = True  # cells the patterns cannot locate: the child reads
            elif b":" in buf and b":c" in buf and _ODD_CELL.search(buf):  # ":" alone: quick
                scan.unchecked = True
            if order is not None and not scan.head_row_late:
                scan.head_row_late = order.late(buf)
            scan.error_cells += buf.count(b't="e"')
            if _FORMULA.search(buf):
                scan.formulas_without_value += sum(buf.count(end) for end in _NO_RESULT)
        scan.max_col = extent.col
        honest = guess and extent.row <= bound and scan.declared_cells <= limits.max_cells
        if honest and scan.max_col * bound <= limits.max_cells:
            scan.max_row = guess  # every cell is at or below B, and B x columns fits
        else:
            scan.max_row = extent.row
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - CRC mismatch, truncated member
        raise damaged(path, translate("io", "the sheet cannot be unpacked")) from exc
    if scan.max_col > limits.max_columns or scan.cells > limits.max_cells:
        raise damaged(path, translate(
            "io", "its cells span {rows} rows x {columns} columns (up to cell {cell})").format(
                rows=count(scan.max_row), columns=count(scan.max_col),
                cell=f"{_col_letters(scan.max_col)}{scan.max_row}"))
    return scan


def _chunks(zf: zipfile.ZipFile, part: str):
    """(bytes ending before a tag, raw chunk size) pieces of a member, decompressed by stream.

    Each search over a piece holds the interpreter: in a worker thread, whose window waits on
    it, 1 MB pieces keep those waits to a few ms; the main thread (the command line) takes 4 MB
    pieces, which leave its reading child more of the processor (benchmarks/README.md)."""
    size = _CHUNK if threading.current_thread() is threading.main_thread() \
        else _CHUNK_BESIDE_WINDOW
    tail = b""
    with zf.open(part) as fh:
        while True:
            pause()  # a long loop in a worker thread: the window's thread gets its turn
            chunk = fh.read(size)
            if not chunk:
                if tail:
                    yield tail, 0
                return
            buf = tail + chunk
            cut = buf.rfind(b"<")
            if cut <= 0:
                buf, tail = buf, b""
            else:
                buf, tail = buf[:cut], buf[cut:]
            yield buf, len(chunk)


class _HeadOrder:
    """Whether a row among the first ``head`` comes after a row beyond them (the format wants
    rows in order; the reading child's quick way cuts the sheet at the first row beyond them)."""

    def __init__(self, head: int) -> None:
        self.head = head
        self.passed = False  # a row beyond the first ``head`` has been seen
        self.early = re.compile(rb'<row[^>]*?\sr="' + _upto(str(head), "1", "0", "9") + rb'"')

    def late(self, buf: bytes) -> bool:
        start = 0
        if not self.passed:
            for m in _ROW_TAG.finditer(buf):
                if int(m[1]) > self.head:
                    self.passed, start = True, m.end()
                    break
            else:
                return False
        return self.early.search(buf, start) is not None


def _row_bound(row: int) -> int:
    """B >= row, the next round bound: 100001 -> 199999."""
    digits = str(row)
    first, n = int(digits[0]), len(digits)
    return 10 ** n - 1 if first == 9 else (first + 1) * 10 ** (n - 1) - 1


class _Extent:
    """The largest column and row any cell names, found cheaply in honest sheets.

    A chunk is vouched for without listing its cells when one search finds no tag starting
    ``<c`` other than a cell ``<c r="..."`` whose reference is within the largest column so far
    and the larger of the largest row so far and the chunk's last cell's row: both bounds are
    then attained, so the maxima stay exact, and every cell is one the patterns locate. Anything
    else lists the chunk's cells as before (``exact``).
    """

    def __init__(self) -> None:
        self.col = 0
        self.row = 0

    def vouch(self, buf: bytes) -> bool:
        end = buf.rfind(b'<c r="')
        if end < 0:
            return b"<c" not in buf
        if not self.col:
            return False
        last = _REF.match(buf, end)
        if last is None or _col_number(last[1]) > self.col:
            return False
        row = max(self.row, int(last[2]))
        # any tag starting <c that is not a cell with an in-bounds reference first
        odd = re.compile(rb'<c(?! r="' + _upto(_col_letters(self.col), "A", "A", "Z")
                         + _upto(str(row), "1", "0", "9") + rb'")')
        if odd.search(buf):
            return False
        self.row = row
        return True

    def exact(self, buf: bytes) -> None:
        cols = set(_COL.findall(buf))
        if cols:
            top = max(cols, key=lambda c: (len(c), c))
            self.col = max(self.col, _col_number(top))
        rows = set(_ROW_OF_CELL.findall(buf))
        if rows:
            self.row = max(self.row, max(map(int, rows)))


def _upto(top: str, first: str, lo: str, hi: str) -> bytes:
    """Regex of the strings over [lo-hi] starting [first-hi] whose value is at most ``top``
    (column letters or row digits): shorter ones, or as long and not greater."""
    n = len(top)
    alts = [top]
    for i in range(n):
        low = first if i == 0 else lo
        if top[i] > low:
            alts.append(f"{top[:i]}[{low}-{chr(ord(top[i]) - 1)}][{lo}-{hi}]{{{n - i - 1}}}")
    if n > 1:
        alts.append(f"[{first}-{hi}][{lo}-{hi}]{{0,{n - 2}}}")
    return ("(?:" + "|".join(alts) + ")").encode()


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _col_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out or "A"
