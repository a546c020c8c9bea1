"""CSV/TSV/TXT -> positional cells: encoding, delimiter, line endings and decimal commas guessed.

Every cell is read as text so that "007" stays "007" and "3,5" stays "3,5"; the engine converts
numbers by the spec's rule (section 2). What was guessed is recorded in the import report.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io.cutoff import cut_off_warning
from clusterdesk.io.limits import Limits
from clusterdesk.io.linebreaks import join_split_rows
from clusterdesk.io.names import shown, size_text
from clusterdesk.io.table import ImportReport
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import count, translate

_CANDIDATES = [",", ";", "\t", "|"]
_DEC_COMMA = re.compile(r"^\s*[+-]?\d{1,3}(\.?\d{3})*,\d+\s*%?\s*$")
_DEC_POINT = re.compile(r"^\s*[+-]?\d+\.\d+\s*%?\s*$")


def decode_pieces(raw: bytes, encoding: str | None, path: Path) -> tuple[list[str], str]:
    """(text as pieces of up to 4 MB, encoding name) trying the byte-order mark, UTF-8, then
    Windows-1252/Latin-1. Pieces, because one call over a whole large export keeps the window's
    thread waiting while a worker thread reads."""
    if encoding:
        try:
            return [raw.decode(encoding)], encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise UserError(translate(
                "io", "{file} cannot be read as {encoding}: {error}. Leave the encoding on "
                "automatic or choose another one.").format(
                    file=shown(path), encoding=encoding, error=exc.__class__.__name__)) from exc
    if raw.startswith(b"\xef\xbb\xbf"):
        return [raw[3:].decode("utf-8", "replace")], "utf-8-sig"
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16's mark
        return [raw.decode("utf-32", "replace")], "utf-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [raw.decode("utf-16", "replace")], "utf-16"
    head = raw[:4096]
    if b"\x00" in head and len(head) >= 4:
        if head[1::2].count(0) > 0.8 * len(head[1::2]):
            return [raw.decode("utf-16-le", "replace")], "utf-16-le"
        if head[0::2].count(0) > 0.8 * len(head[0::2]):
            return [raw.decode("utf-16-be", "replace")], "utf-16-be"
    try:
        return _decode_in_pieces(raw, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _decode_in_pieces(raw, "cp1252"), "cp1252"
    except UnicodeDecodeError:
        return _decode_in_pieces(raw, "latin-1"), "latin-1"


PIECE = 4 * 2**20


def _decode_in_pieces(raw: bytes, encoding: str, piece: int | None = None) -> list[str]:
    """``raw.decode(encoding)`` as pieces of text, each decoded in its own short call."""
    piece = piece or PIECE
    if len(raw) <= piece:
        return [raw.decode(encoding)]
    decoder = codecs.getincrementaldecoder(encoding)()
    parts = [decoder.decode(raw[i:i + piece]) for i in range(0, len(raw), piece)]
    parts.append(decoder.decode(b"", final=True))
    return [p for p in parts if p]


class _PiecesReader(io.RawIOBase):
    """The pieces of text, UTF-8 encoded a piece at a time, as one binary stream for pandas
    (io.StringIO of the whole text would copy it in one call)."""

    def __init__(self, parts: list[str]) -> None:
        super().__init__()
        self._parts = iter(parts)
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # noqa: ANN001 - a writable buffer
        while not self._buf:
            part = next(self._parts, None)
            if part is None:
                return 0
            self._buf = memoryview(part.encode("utf-8"))
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def sniff_delimiter(sample: str) -> str:
    """The candidate that splits the sample's lines into the most equal, widest rows."""
    lines = sample.splitlines()[:60]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may end mid-line
    if not lines:
        return ","
    best, best_score = ",", (-1.0, 0)
    for delim in _CANDIDATES:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delim) if r]
        except csv.Error:
            continue
        if not widths:
            continue
        mode = max(set(widths), key=widths.count)
        if mode < 2:
            continue
        score = (widths.count(mode) / len(widths), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_text(path: Path, encoding: str | None, delimiter: str | None, report: ImportReport,
              limits: Limits, nrows: int | None = None, task: Task = IDLE):
    """A positional DataFrame of text cells (object dtype, NaN for empty fields)."""
    import pandas as pd

    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise UserError(translate(
            "io", "{file} is {size}, more than the {limit} ClusterDesk reads. Export only the "
            "survey's own columns, or raise the limit in the settings.").format(
                file=shown(path), size=size_text(size), limit=size_text(limits.max_file_bytes)))
    with open(path, "rb") as fh:
        raw = fh.read()
    parts, enc = decode_pieces(raw, encoding, path)
    del raw
    if any("\x00" in p for p in parts):
        parts = [p.replace("\x00", "") for p in parts]
        report.warnings.append(translate(
            "io", "{file} contains NUL bytes (binary zeros); they were removed. Check that the "
            "export is complete.").format(file=shown(path)))
    report.encoding = enc
    if enc in ("cp1252", "latin-1"):
        report.warnings.append(translate(
            "io", "{file} is not UTF-8; it was read as Windows-1252/Latin-1 (check letters such "
            "as æ, ø, å in the preview).").format(file=shown(path)))
    head = parts[0][:65536] if parts else ""
    end = head.find("\n")
    first_line = (head if end < 0 else head[:end]).split("\r", 1)[0]
    hint = re.fullmatch(r'"?sep=(.)"?\s*', first_line)
    if hint:  # Excel's "sep=;" line names the delimiter
        parts[0] = parts[0][len(first_line):].lstrip("\r\n")
        delimiter = delimiter or hint.group(1)
    if any("\r" in p for p in parts) and not any("\n" in p for p in parts):
        report.warnings.append(translate(
            "io", "{file} uses old Mac line endings (CR only); they were read as line "
            "breaks.").format(file=shown(path)))
    delim = delimiter or sniff_delimiter(parts[0][:65536] if parts else "")
    report.delimiter = delim
    if all(not p or p.isspace() for p in parts):  # not text.strip(): no copy of the file
        raise UserError(translate("io", "{file} holds no data (only blank lines). Export the "
                                  "survey again.").format(file=shown(path)))
    if nrows is None:
        parts, joined = join_split_rows(parts, delim, path, task)
        if joined:
            report.warnings.append(joined)
    options = dict(sep=delim, header=None, dtype=object, keep_default_na=False, na_values=[""],
                   skip_blank_lines=False, engine="c", quotechar='"', nrows=nrows)
    try:
        frame = _read_csv(parts, options, task)
    except pd.errors.ParserError:
        # rows longer than the first: read again with room for the widest row
        try:
            # newline=None: a lone '\r' (old Mac line ends, a damaged byte) is a line break,
            # as in pandas, not the csv module's "new-line character seen in unquoted field"
            widths = [len(r) for r in csv.reader(io.StringIO("".join(parts), newline=None),
                                                 delimiter=delim)]
            width = max(widths, default=1)
            usual = max(set(widths), key=widths.count)
            most = min(limits.max_columns, 2 * usual + EXTRA_FIELDS)
            if width > most:  # not a stray delimiter; pandas takes minutes over such a width
                raise UserError(translate(
                    "io", "Row {row} of {file} has {n} fields where most rows have {usual}: "
                    "the file is damaged, or not separated by '{delimiter}'. Open it in a "
                    "spreadsheet program and export it again as CSV.").format(
                        row=next(i for i, w in enumerate(widths) if w > most) + 1,
                        file=shown(path), n=count(width), usual=count(usual), delimiter=delim))
            frame = _read_csv(parts, dict(options, names=range(width)), task)
        except (pd.errors.ParserError, csv.Error) as exc:
            raise UserError(translate(
                "io", "{file} is not a readable table ({error}). Open it in a spreadsheet "
                "program and export it again as CSV.").format(file=shown(path),
                                                             error=exc)) from exc
        report.warnings.append(translate(
            "io", "Some rows of {file} have more fields than the first row; the extra fields "
            "were kept as unnamed columns.").format(file=shown(path)))
    except pd.errors.EmptyDataError as exc:
        raise UserError(translate("io", "{file} holds no data. Export the survey again.").format(
            file=shown(path))) from exc
    cut = None if nrows is not None else cut_off_warning(parts, delim, len(frame), path)
    if cut:  # first: it says the analysis may be of part of the file
        report.warnings.insert(0, cut)
    report.decimal_comma = _decimal_comma(frame, delim)
    if report.decimal_comma:
        report.warnings.append(translate(
            "io", "Numbers in {file} use a decimal comma (3,5); the analysis reads them as "
            "decimals.").format(file=shown(path)))
    return frame


CHUNK_ROWS = 5_000
# a row may have this many fields beyond twice the usual before it is taken for damage
EXTRA_FIELDS = 10


def _read_csv(parts: list[str], options: dict, task: Task = IDLE):
    """pandas' C parser in pieces of CHUNK_ROWS rows, joined column by column, with a
    ``task.step`` after each: one parse of a whole large file would keep the window's thread
    waiting while a worker thread reads it."""
    import numpy as np
    import pandas as pd

    from clusterdesk.io.frame import frame_by_column

    data = io.BufferedReader(_PiecesReader(parts), buffer_size=2**20)
    chunks = []
    for chunk in task.each(pd.read_csv(data, chunksize=CHUNK_ROWS, encoding="utf-8", **options)):
        chunks.append(chunk)
    if len(chunks) == 1:
        return chunks[0]
    return frame_by_column(
        {name: np.concatenate([c.iloc[:, j].to_numpy(dtype=object) for c in chunks])
         for j, name in enumerate(chunks[0].columns)}, sum(len(c) for c in chunks))


def _decimal_comma(frame, delim: str) -> bool:
    """True when number-like cells use ',' as the decimal mark and none uses '.'."""
    if delim == ",":
        return False
    sample = frame.iloc[:2000]
    comma = point = 0
    for j in sample.columns:
        s = sample[j].dropna().astype(str)
        if s.empty:
            continue
        comma += int(s.str.match(_DEC_COMMA).sum())
        point += int(s.str.match(_DEC_POINT).sum())
    return comma > 0 and comma >= 4 * point
