"""Saving the built workbook: a temporary file beside the report, then one rename.

Whatever stops the save (a full or read-only disk, a folder without permission, Ctrl-C, Cancel)
ends in one UserError or the original interruption, with the temporary file removed, the previous
report untouched and nothing of openpyxl's left to complain when it is garbage-collected. The
temporary name carries the process id, so the next save clears what a killed one left.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk import atomic
from clusterdesk.errors import UserError
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.report.excel_packed import Packed

SUFFIX = ".xlsx"


def temp_path(target: Path) -> Path:
    return atomic.temp_path(target, SUFFIX)


def clear_leftovers(target: Path) -> list[Path]:
    """Remove the temporary files of earlier saves of ``target`` whose process is gone."""
    return atomic.clear_leftovers(target, SUFFIX)


def save(wb, target: Path, discard: Callable[[object], None], task: Task = IDLE,
         packed: dict[str, Packed] | None = None) -> None:
    """Write ``wb`` to a temporary file beside ``target`` and move it into place. ``packed``:
    sheets compressed already ({the sheet's file: Packed}), put in as they are and then
    removed, whatever happens."""
    from clusterdesk.report.excel_packed import remove

    packed = packed or {}
    tmp = atomic.temp_path(target, SUFFIX)
    committed = False
    try:  # named first, so that an interruption right after its creation still removes it
        try:
            clear_leftovers(target)
            atomic.create(tmp)
        except BaseException as exc:
            discard(wb)
            if isinstance(exc, OSError):
                raise UserError(_cannot_create(target, exc)) from None
            raise
        _write(wb, str(tmp), discard, packed)
        task.check()
        atomic.commit(tmp, target)
        committed = True
    except PermissionError as exc:
        raise UserError(translate("report", "'{name}' is open in another program (Excel?). Close "
                                  "it and export again, or choose another name.").format(
            name=target.name)) from exc
    except IsADirectoryError as exc:
        raise UserError(folder_not_file(target)) from exc
    except OSError as exc:  # disk full, read-only, network drive gone, ...
        raise UserError(_cannot_write(target, exc)) from None
    finally:
        for member in packed.values():
            remove(member.path)
        if not committed:
            atomic.remove_quietly(tmp)


def _write(wb, path: str, discard: Callable[[object], None], packed: dict[str, Packed]
           ) -> None:
    """openpyxl's Workbook.save with the fastest deflate level: the same files inside the zip, a
    bigger file, but deflating a big data sheet is otherwise most of the save (the figures are in
    benchmarks/README.md). On any failure the zip and the sheets' streams are closed here, so
    their finalizers have nothing left to write (and to print tracebacks about)."""
    import datetime as _dt
    from zipfile import ZIP_DEFLATED

    from openpyxl.writer.excel import ExcelWriter

    from clusterdesk.report.excel_packed import LEVEL, Zip

    if not wb.worksheets:
        wb.create_sheet()
    wb.properties.modified = _dt.datetime.now(tz=_dt.UTC).replace(tzinfo=None)
    archive = Zip(path, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=LEVEL)
    archive.packed = packed
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        _abandon(archive)
        discard(wb)
        raise


def _abandon(archive) -> None:
    """Close the zip's file without writing its directory (which fails again on a full disk)."""
    fp, archive.fp = archive.fp, None
    if fp is not None:
        try:
            fp.close()
        except (OSError, ValueError):
            pass


def reachable_dir(target: Path) -> bool:
    """``target.is_dir()``, or a UserError when a folder on the way may not be searched."""
    try:
        return target.is_dir()
    except PermissionError:
        raise UserError(translate("report", "'{name}' cannot be written: you may not open the "
                                  "folder '{folder}'. Choose another folder.").format(
            name=target.name, folder=target.parent)) from None


def check_folder(target: Path) -> None:
    """A UserError when a part of the folder of ``target`` is a file (a missing folder is
    refused by the workbook's save and created by the results file's)."""
    folder = _folder(target)
    for part in (folder, *folder.parents):
        try:
            if os.path.exists(part):
                if not os.path.isdir(part):
                    raise UserError(_cannot_write(target, OSError(errno.ENOTDIR, "")))
                return
        except OSError:  # no permission to look: the save says so
            return


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def folder_not_file(target: Path) -> str:
    return translate("report", "'{name}' is a folder, not a file. Choose another name for the "
                     "report.").format(name=target.name)


def _cannot_create(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return translate("report", "The folder '{folder}' does not exist. Choose another folder "
                         "for '{name}'.").format(folder=target.parent, name=target.name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("report", "'{name}' cannot be written: the folder '{folder}' is "
                         "read-only for you. Choose another folder.").format(
            name=target.name, folder=target.parent)
    return _cannot_write(target, exc)


def _cannot_write(target: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("report", "'{name}' could not be written: the disk is full. Free some "
                         "disk space or choose another folder, and export again.").format(
            name=target.name)
    if exc.errno == errno.EROFS:
        return translate("report", "'{name}' cannot be written: the disk of '{folder}' is "
                         "read-only. Choose another folder.").format(
            name=target.name, folder=target.parent)
    if exc.errno == errno.ENOTDIR:
        return translate("report", "'{name}' cannot be written: a part of '{folder}' is a file, "
                         "not a folder. Choose another folder.").format(
            name=target.name, folder=target.parent)
    return translate("report", "'{name}' could not be written ({error}). Free some disk space or "
                     "choose another folder, and export again.").format(
        name=target.name, error=exc.strerror or exc)
