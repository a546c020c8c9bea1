"""Writing output files safely: a temporary file beside the target, then one rename.

Shared by the writers of the workbook, mapping, project and results files and charts, so that a
crash or a locked target never leaves a half-written file and outputs get the user's usual
permissions. The temporary name carries the target's name and the writer's process id, so the
next save of the same file clears what a killed one left, and only that.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clusterdesk.scratch import process_gone, remove_leftovers

TEMP_END = ".tmp"
# a leftover without a process id (an older version's workbook) is cleared once it is this old
OLD_LEFTOVER_SECONDS = 60.0
# the target's name is shortened in the temporary name, which must stay under 255 bytes
MAX_STEM = 120


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _stem(target: Path, suffix: str) -> str:
    name = target.name
    if suffix and name.lower().endswith(suffix.lower()):
        name = name[:-len(suffix)]
    return name[:MAX_STEM]


def temp_path(target: Path, suffix: str) -> Path:
    """'.report-<pid>-<8 hex>.xlsx.tmp' beside 'report.xlsx' (``suffix`` ".xlsx")."""
    return _folder(target) / (f".{_stem(target, suffix)}-{os.getpid()}-{secrets.token_hex(4)}"
                              f"{suffix}{TEMP_END}")


def create_temp(target: Path, suffix: str) -> Path:
    """A new empty temporary file for ``target`` with the user's usual permissions (os.open
    with O_EXCL and 0o666 under the umask, not mkstemp's owner-only 0600)."""
    tmp = temp_path(target, suffix)
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    return tmp


def clear_leftovers(target: Path, suffix: str) -> list[Path]:
    """Remove the temporary files of earlier saves of ``target`` whose process is gone."""
    pattern = re.compile(rf"\.{re.escape(_stem(target, suffix))}-(?:(\d+)-)?[0-9a-f]{{8}}"
                         rf"{re.escape(suffix)}{re.escape(TEMP_END)}", re.IGNORECASE)
    return remove_leftovers(_folder(target), pattern,
                            lambda entry, found: _abandoned(entry, found.group(1)))


def _abandoned(entry: os.DirEntry, pid: str | None) -> bool:
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    if pid is None or os.name == "nt":  # no signal 0 on Windows, but an open file resists unlink
        return pid is not None or age > OLD_LEFTOVER_SECONDS
    return process_gone(int(pid))


def remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


@contextmanager
def replacing(target: Path, suffix: str) -> Iterator[str]:
    """Yield a temporary path beside ``target``; when the block ends normally it replaces
    ``target``, otherwise it is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_leftovers(target, suffix)
    tmp = create_temp(target, suffix)
    try:
        yield str(tmp)
        os.replace(tmp, target)
    except BaseException:
        remove_quietly(tmp)
        raise
