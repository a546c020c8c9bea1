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
from collections.abc import Callable, Iterator
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


def remove_leftovers(folder: str | os.PathLike, pattern: re.Pattern[str],
                     stale: Callable[[os.DirEntry, re.Match[str]], bool],
                     remove: Callable[[str], None] = os.unlink) -> list[Path]:
    """Remove what earlier runs left in ``folder``: the entries whose name matches ``pattern``
    and that ``stale`` finds abandoned. One that cannot be removed (still open on Windows, not
    ours) stays."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found is None or not stale(entry, found):
            continue
        try:
            remove(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def process_gone(pid: int) -> bool:
    """True when ``pid`` is not this process and no process has it (POSIX)."""
    return pid != os.getpid() and not process_alive(pid)


def clear_leftovers(base: str | os.PathLike) -> list[Path]:
    """Remove the private folders of earlier runs in ``base`` whose process is gone."""
    return remove_leftovers(base, _OURS, _stale_folder,
                            lambda path: shutil.rmtree(path, ignore_errors=True))


def _stale_folder(entry: os.DirEntry, found: re.Match[str]) -> bool:
    if not entry.is_dir(follow_symlinks=False):
        return False
    if os.name == "nt":
        try:
            return time.time() - entry.stat().st_mtime > WINDOWS_LEFTOVER_SECONDS
        except OSError:
            return False
    return process_gone(int(found.group(1)))


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
