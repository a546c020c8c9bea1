"""Run python-calamine in a child process with a memory limit and a timeout.

A crafted workbook can make the native parser abort the process or allocate without bound; in a
child that only costs the child. The child imports nothing heavy (no pandas), reads the cells and
sends them back pickled; a crash, a kill by the memory limit or the timeout become one message.
Run as ``python -m clusterdesk.io.contain`` with the job pickled on stdin; a frozen (PyInstaller)
build runs its own executable with ``CHILD_FLAG``, which its entry point must hand to
``child_main()`` before anything else (see installer/entry.py).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io.limits import Limits
from clusterdesk.io.names import shown

CHILD_FLAG = "--clusterdesk-io-child"


def child_command() -> list[str]:
    """How to start the reading child: this interpreter, or the frozen app with CHILD_FLAG."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "clusterdesk.io.contain"]


def run_job(job: dict, limits: Limits) -> dict:
    """Run a calamine job (see ``calamine_job``) in a contained child; returns its result."""
    import clusterdesk

    env = dict(os.environ)
    root = str(Path(clusterdesk.__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    env["RUST_BACKTRACE"] = "0"
    job = dict(job, memory=limits.child_memory_bytes)
    path = job["path"]
    try:
        proc = subprocess.run(
            child_command(),
            input=pickle.dumps(job), capture_output=True, timeout=limits.child_timeout_s,
            env=env, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise UserError(
            f"ClusterDesk could not read {shown(path)}: reading took longer than "
            f"{limits.child_timeout_s:.0f} seconds, so it was stopped. The file is damaged or too "
            f"large to open safely; save it again as .xlsx or export the data as CSV."
        ) from exc
    result = None
    if proc.returncode == 0 and proc.stdout:
        try:
            result = pickle.loads(proc.stdout)
        except Exception:  # noqa: BLE001 - half-written output after a crash
            result = None
    if result is None:
        from clusterdesk.io.ooxml import damaged

        raise damaged(path, "the spreadsheet reader stopped on it")
    return result


def calamine_job(job: dict) -> dict:
    """Do the reading; used in the child and, for pre-checked files, in this process."""
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_path(job["path"])
    except pc.PasswordError:
        return {"error": "encrypted"}
    except Exception as exc:  # noqa: BLE001 - calamine's errors all mean "cannot read"
        return {"error": "damaged", "detail": str(exc)[:300]}
    try:
        sheets = [(m.name, m.visible != pc.SheetVisibleEnum.Visible) for m in wb.sheets_metadata]
        out: dict = {"sheets": sheets}
        index = job.get("sheet")
        if index is None:
            return out
        sheet = wb.get_sheet_by_index(index)
        out["rows"] = sheet.to_python(skip_empty_area=False, nrows=job.get("nrows"))
        out["height"] = sheet.height
        try:
            out["merged"] = sheet.merged_cell_ranges or []
        except Exception:  # noqa: BLE001 - not supported for every format
            out["merged"] = []
        return out
    except pc.PasswordError:
        return {"error": "encrypted"}
    except Exception as exc:  # noqa: BLE001
        return {"error": "damaged", "detail": str(exc)[:300]}
    finally:
        wb.close()


def child_main() -> None:
    """The child's whole life: limit memory, read the job from stdin, pickle the result out."""
    job = pickle.loads(sys.stdin.buffer.read())
    try:
        import resource

        mem = int(job["memory"])
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    except (ImportError, ValueError, OSError):  # no rlimit on Windows: the timeout still holds
        pass
    result = calamine_job(job)
    try:
        import resource

        result["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:
        pass
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.flush()


if __name__ == "__main__":
    child_main()
