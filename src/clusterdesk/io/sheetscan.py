"""The real extent of a worksheet's cells, measured on its XML before python-calamine sees it.

calamine allocates the whole rectangle its cells span; one cell at XFD1048576 asks for 549 GB
and aborts the process. So the sheet part is streamed (decompressed in 4 MB pieces, capped) and
searched with a few byte-level patterns: column letters, row numbers, cells without an r=""
reference (those go to the contained child), error cells and formulas without a stored result.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io.limits import Limits
from clusterdesk.io.names import size_text
from clusterdesk.io.ooxml import damaged, head, refuse_dtd

_CHUNK = 4 * 2**20
_COL = re.compile(rb'<c r="([A-Z]{1,3})')
_ROW_OF_CELL = re.compile(rb'<c r="[A-Z]{1,3}(\d{1,9})"')
_NO_RESULT = (b"</f></c>", b'"/></c>', b"</f><v /></c>", b"</f><v/></c>", b"</f><v></v></c>")
# a cell start written another way: other whitespace, no attributes, or a namespace prefix
_ODD_CELL = re.compile(rb"<c[\t\r\n/]|:c[\s>/]")
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

    @property
    def cells(self) -> int:
        return self.max_row * self.max_col


def scan_sheet(zf: zipfile.ZipFile, part: str, path: Path, limits: Limits) -> SheetScan:
    """Real extent of the cells, error cells and formulas without results: one streamed, capped
    pass, and a second for the rows only when the declared dimension cannot vouch for them."""
    scan = SheetScan()
    head_bytes = head(zf, part, path)
    refuse_dtd(head_bytes, part, path)
    if b"<worksheet" not in head_bytes:  # a namespace prefix (x:c) hides cells from the fast scan
        scan.unchecked = True
    dim = _DIM.search(head_bytes)
    if dim and dim.group(3):
        scan.declared = (dim.group(1) or b"").decode() + (dim.group(2) or b"").decode() + ":" \
            + dim.group(3).decode() + dim.group(4).decode()
        scan.declared_cells = _col_number(dim.group(3)) * int(dim.group(4))
    # Rows of cells are bounded without listing them: the declared last row (right in honest
    # files) gives a bound B (100001 -> 199999) and one search finds any cell beyond B.
    guess = int(dim.group(4)) if dim and dim.group(4) else 0
    bound, beyond = _row_bound(min(max(guess, 1), 999_999))
    max_col = b""
    long_rows = False
    size = 0
    try:
        for buf, chunk_size in _chunks(zf, part):
            size += chunk_size
            if size > limits.max_part_bytes:
                raise damaged(path, f"the sheet unpacks to more than "
                                    f"{size_text(limits.max_part_bytes)}")
            refs = _COL.findall(buf)
            if refs:
                max_col = max(set(refs) | {max_col}, key=lambda c: (len(c), c))
            long_rows = long_rows or beyond.search(buf) is not None
            if buf.count(b"<c ") + buf.count(b"<c>") != len(refs) or _ODD_CELL.search(buf):
                scan.unchecked = True  # cells the patterns cannot locate: only the child reads
            scan.error_cells += buf.count(b't="e"')
            if b"<f" in buf:
                scan.formulas_without_value += sum(buf.count(end) for end in _NO_RESULT)
        scan.max_col = _col_number(max_col) if max_col else 0
        honest = guess and not long_rows and scan.declared_cells <= limits.max_cells
        if honest and scan.max_col * bound <= limits.max_cells:
            scan.max_row = guess  # every cell is at or below B, and B x columns fits
        else:  # find the largest row any cell names
            max_row = b""
            for buf, _ in _chunks(zf, part):
                found = set(_ROW_OF_CELL.findall(buf))
                if found:
                    max_row = max(found | {max_row}, key=lambda r: (len(r.lstrip(b"0")), r))
            scan.max_row = int(max_row) if max_row else 0
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - CRC mismatch, truncated member
        raise damaged(path, "the sheet cannot be unpacked") from exc
    if scan.max_col > limits.max_columns or scan.cells > limits.max_cells:
        raise damaged(path, f"its cells span {scan.max_row:,} rows x {scan.max_col:,} columns "
                            f"(up to cell {_col_letters(scan.max_col)}{scan.max_row})")
    return scan


def _chunks(zf: zipfile.ZipFile, part: str):
    """(bytes ending before a tag, raw chunk size) pieces of a member, decompressed by stream."""
    tail = b""
    with zf.open(part) as fh:
        while True:
            chunk = fh.read(_CHUNK)
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


def _row_bound(row: int) -> tuple[int, re.Pattern]:
    """(B, pattern of a cell whose row is above B) with B >= row: 100001 -> 199999."""
    digits = str(row)
    first, n = int(digits[0]), len(digits)
    longer = rb"\d{%d}" % (n + 1)
    if first == 9:
        return 10 ** n - 1, re.compile(rb'<c r="[A-Z]{1,3}' + longer)
    higher = rb"[%d-9]\d{%d}\D" % (first + 1, n - 1)
    return (first + 1) * 10 ** (n - 1) - 1, re.compile(rb'<c r="[A-Z]{1,3}(?:' + longer + rb"|"
                                                        + higher + rb")")


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
