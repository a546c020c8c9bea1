"""A temporary folder of the process's own, so that nothing it or its libraries leave in the
system's temporary folder (openpyxl's sheet files, a reader's result) outlives it: removed when
the command ends, and cleared by the next run when the process was killed.

Outside the layers (like atomic.py): the command line and the desktop app both use it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "clusterdesk-"
_OURS = re.compile(rf"{re.escape(PREFIX)}(\d+)-[A-Za-z0-9_]+")
# Windows has no harmless "is this process alive?": leftovers there are cleared after a day
WINDOWS_LEFTOVER_SECONDS = 86_400.0


def process_alive(pid: int) -> bool:
    """True when a process with this id exists (POSIX; signal 0 checks without sending)."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def clear_leftovers(base: str | os.PathLike) -> list[Path]:
    """Remove the private folders of earlier runs in ``base`` whose process is gone."""
    removed = []
    try:
        entries = list(os.scandir(base))
    except OSError:
        return removed
    for entry in entries:
        found = _OURS.fullmatch(entry.name)
        if found is None or not entry.is_dir(follow_symlinks=False):
            continue
        pid = int(found.group(1))
        if os.name == "nt":
            try:
                stale = time.time() - entry.stat().st_mtime > WINDOWS_LEFTOVER_SECONDS
            except OSError:
                stale = False
        else:
            stale = pid != os.getpid() and not process_alive(pid)
        if stale:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed


@contextmanager
def private_tempdir() -> Iterator[Path | None]:
    """Point ``tempfile`` at a fresh folder inside the system's temporary folder for the block,
    and remove the folder afterwards. Yields None (and changes nothing) when the system's
    temporary folder cannot be written: the libraries then fail with their own message."""
    base = tempfile.gettempdir()
    clear_leftovers(base)
    try:
        path = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base)
    except OSError:
        yield None
        return
    before = tempfile.tempdir
    tempfile.tempdir = path
    try:
        yield Path(path)
    finally:
        tempfile.tempdir = before
        shutil.rmtree(path, ignore_errors=True)
