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
from contextvars import ContextVar
from pathlib import Path

from clusterdesk.scratch import process_gone, remove_leftovers

TEMP_END = ".tmp"
# a leftover without a process id (an older version's workbook) is cleared once it is this old
OLD_LEFTOVER_SECONDS = 60.0
# inside together(): the (temporary file, target) pairs waiting to be moved into place
_PENDING: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("pending_saves", default=None)
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


def create(tmp: Path) -> None:
    """Create the empty temporary file ``tmp`` with the user's usual permissions (os.open with
    O_EXCL and 0o666 under the umask, not mkstemp's owner-only 0600)."""
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))


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
    tmp = temp_path(target, suffix)
    try:  # named first, so that an interruption right after its creation still removes it
        create(tmp)
        yield str(tmp)
        commit(tmp, target)
    except BaseException:
        remove_quietly(tmp)
        raise


def commit(tmp: Path, target: Path) -> None:
    """Move a finished temporary file onto its target, or (inside together()) at its end."""
    pending = _PENDING.get()
    if pending is None:
        os.replace(tmp, target)
    else:
        pending.append((Path(tmp), target))


@contextmanager
def together() -> Iterator[None]:
    """The saves inside the block replace their targets all at its end, or none does: a report
    and a results file written by one command stay a pair when the second save fails."""
    pending: list[tuple[Path, Path]] = []
    token = _PENDING.set(pending)
    try:
        yield
        _PENDING.reset(token)
        token = None
        while pending:
            tmp, target = pending[0]
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise _not_replaced(target, exc) from None
            pending.pop(0)
    finally:
        if token is not None:
            _PENDING.reset(token)
        for tmp, _ in pending:
            remove_quietly(tmp)


def _not_replaced(target: Path, exc: OSError) -> Exception:
    from clusterdesk.errors import UserError
    from clusterdesk.texts import translate

    if isinstance(exc, PermissionError):
        return UserError(translate("report", "'{name}' is open in another program or may not be "
                                   "replaced. Close it and try again, or choose another "
                                   "name.").format(name=target.name))
    return UserError(translate("report", "'{name}' could not be replaced ({error}). Choose "
                               "another folder or name.").format(
        name=target.name, error=exc.strerror or exc))
