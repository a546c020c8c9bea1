"""A big sheet compressed in a worker thread, while the program does other work, and put into
the workbook's zip as it is (no second compression when the workbook is saved).

zlib and pyarrow's kernels release the interpreter, so the thread costs the other work almost
nothing on a second core. The compressed stream goes to a temporary file (a million firms would
not fit in memory as text); its CRC and size are the zip's, computed over the text.
"""

from __future__ import annotations

import os
import tempfile
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from clusterdesk.errors import Cancelled
from clusterdesk.runtime import IDLE, Task

LEVEL = 1  # the workbook's level (excel_save): the fastest, the same files inside


@dataclass
class Packed:
    """One zip member's deflate stream in ``path``, with the CRC and size of its text."""

    path: str
    crc: int = 0
    size: int = 0


@dataclass
class Packing:
    """A member being compressed by a worker thread: ``finish`` waits for it, ``discard`` stops
    it; either way the temporary file is the caller's to remove (``Packed.path``) only after
    ``finish`` returned it."""

    packed: Packed
    thread: threading.Thread | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None

    def finish(self, task: Task = IDLE) -> Packed:
        """The whole member, once the thread is done (a Cancel asked meanwhile: Cancelled)."""
        while self.thread is not None and self.thread.is_alive():
            try:
                task.check()
            except BaseException:
                self.discard()
                raise
            self.thread.join(0.05)
        if self.error is not None:
            self.discard()
            raise self.error
        return self.packed

    def discard(self) -> None:
        """Stop the thread and remove its file."""
        self.stop.set()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join()
        remove(self.packed.path)


def pack(parts: Callable[[], Iterable[object]]) -> Packing:
    """Compress the byte buffers ``parts()`` yields (called in the thread) into a temporary
    file, in a worker thread started now."""
    fd, path = tempfile.mkstemp(prefix="clusterdesk-sheet-", suffix=".deflate")
    os.close(fd)
    packing = Packing(Packed(path))

    def run() -> None:
        try:
            _compress(parts(), packing)
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits (finish)
            packing.error = exc

    packing.thread = threading.Thread(target=run, name="clusterdesk-pack", daemon=True)
    try:
        packing.thread.start()
    except BaseException:
        remove(path)
        raise
    return packing


def _compress(parts: Iterable[object], packing: Packing) -> None:
    """Deflate each part in a second thread while this one makes the next (both let go of the
    interpreter): each part is a deflate stream of its own, ended by a sync flush, and one empty
    last block closes them; together one valid stream, as pigz writes them."""
    packed = packing.packed
    crc = size = 0
    pending: deque[Future[bytes]] = deque()
    with open(packed.path, "wb") as f, ThreadPoolExecutor(1, "clusterdesk-deflate") as pool:
        for part in parts:
            if packing.stop.is_set():
                raise Cancelled()
            view = memoryview(part)
            crc = zlib.crc32(view, crc)
            size += view.nbytes
            pending.append(pool.submit(_deflate, view))
            while len(pending) > 1:
                f.write(pending.popleft().result())
        while pending:
            f.write(pending.popleft().result())
        f.write(_LAST_BLOCK)
    packed.crc, packed.size = crc, size


def _deflate(view: memoryview) -> bytes:
    z = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return z.compress(view) + z.flush(zlib.Z_SYNC_FLUSH)


_LAST_BLOCK = zlib.compressobj(LEVEL, zlib.DEFLATED, -15).flush()  # an empty final block


def write_member(archive: ZipFile, source: str, arcname: str, packed: Packed) -> None:
    """Add ``packed`` as ``arcname`` (dated like the file ``source``), its stream copied as is.

    zipfile has no call for a stream compressed elsewhere: its writer is given a compressor
    that passes the stream through, then the text's CRC and size. Should the writer ever lack
    those fields, the stream is decompressed and written the ordinary way."""
    info = ZipInfo.from_file(source, arcname)
    info.compress_type = ZIP_DEFLATED
    info.file_size = packed.size  # decides the zip64 header, as ZipFile.write does
    with archive.open(info, "w") as dest, open(packed.path, "rb") as src:
        if not all(hasattr(dest, a) for a in ("_compressor", "_crc", "_file_size")):
            _inflate(src, dest)
            return
        dest._compressor = _AsIs()
        while chunk := src.read(1 << 20):
            dest.write(chunk)
        dest._crc, dest._file_size = packed.crc, packed.size


class Zip(ZipFile):
    """The workbook's zip: a sheet compressed already (``packed``: {its file: Packed}) goes in
    as it is when openpyxl writes that file."""

    packed: dict[str, Packed]

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None) -> None:
        member = self.packed.get(str(filename)) if arcname is not None else None
        if member is None:
            super().write(filename, arcname, compress_type, compresslevel)
        else:
            write_member(self, str(filename), arcname, member)


def _inflate(src, dest) -> None:
    z = zlib.decompressobj(-15)
    while chunk := src.read(1 << 20):
        dest.write(z.decompress(chunk))
    dest.write(z.flush())


class _AsIs:
    """A 'compressor' for data already compressed."""

    def compress(self, data: object) -> object:
        return data

    def flush(self) -> bytes:
        return b""


def remove(path: str) -> None:
    """Delete a temporary file, if it is still there."""
    try:
        os.remove(path)
    except OSError:
        pass
