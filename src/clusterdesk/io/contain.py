"""Run python-calamine (or pyreadstat, stats_child.py) in a child process with a memory limit
and a timeout.

A crafted workbook can make the native parser abort the process or allocate without bound; in a
child that only costs the child. The child imports nothing heavy (no pandas), reads the cells and
sends them back column by column (numbers as packed floats, everything else as a small table of
distinct values plus codes), which is quicker to move than rows of Python objects. The parent
can do its own checks while the child reads. A crash, a kill by the memory limit or the timeout
become one message. Started as ``python -m clusterdesk.io.contain JOB``; a frozen (PyInstaller)
build runs its own executable with ``CHILD_FLAG JOB``, which its entry point must hand to
``child_main()`` before anything else (see installer/entry.py).
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.errors import Cancelled, UserError
from clusterdesk.io.limits import Limits
from clusterdesk.io.names import shown, size_text
from clusterdesk.runtime import IDLE, Task, child
from clusterdesk.texts import translate

CHILD_FLAG = "--clusterdesk-io-child"


def child_command(job: dict) -> list[str]:
    """How to start the reading child: this interpreter, or the frozen app with CHILD_FLAG."""
    return child.command("clusterdesk.io.contain", CHILD_FLAG, json.dumps(job))


@dataclass
class Running:
    """A reading child under way."""

    proc: subprocess.Popen
    path: str
    started: float
    out: str  # the file the child writes its result to


def start(job: dict, limits: Limits) -> Running:
    """Start reading in a child; ``job``: path, sheet (index or None), nrows, columnar."""
    env = child.environment(RUST_BACKTRACE="0")
    env.setdefault("OPENBLAS_NUM_THREADS", "1")  # numpy (SPSS child) reserves memory per thread
    # The result comes back in a file, not through stdout: a file is read in one call, a pipe in
    # thousands of small reads that keep the window's thread waiting.
    fd, out = tempfile.mkstemp(prefix="clusterdesk-read-", suffix=".pickle")
    os.close(fd)
    job = dict(job, memory=limits.child_memory_bytes, out=out)
    try:
        proc = subprocess.Popen(child_command(job), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except BaseException:
        _remove(out)
        raise
    return Running(proc=proc, path=job["path"], started=time.monotonic(), out=out)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def cancel(running: Running) -> None:
    """Stop a child whose result is no longer wanted (the parent's own checks refused)."""
    if running.proc.poll() is None:
        running.proc.kill()
    running.proc.communicate()
    _remove(running.out)


def finish(running: Running, limits: Limits, should_stop=None, refuse=None,
           task: Task | None = None) -> dict:
    """Wait for the child's result; a crash or the timeout becomes a UserError, and a stop asked
    of ``task`` (or ``should_stop()``), polled while waiting, stops the child and raises
    Cancelled. ``refuse(path, why)`` makes that UserError for files other than workbooks."""
    task = Task.of(task, should_stop=should_stop)
    while True:
        if task.stopped():
            cancel(running)
            raise Cancelled()
        left = max(0.0, limits.child_timeout_s - (time.monotonic() - running.started))
        try:
            _out, err = running.proc.communicate(timeout=min(left, 0.25))
            break
        except subprocess.TimeoutExpired as exc:
            if left <= 0.25:
                cancel(running)
                if refuse is not None:
                    raise refuse(running.path, translate(
                        "io", "reading took longer than {seconds} seconds, so it was "
                        "stopped").format(seconds=f"{limits.child_timeout_s:.0f}")) from exc
                raise UserError(translate(
                    "io", "ClusterDesk could not read {file}: reading took longer than {seconds} "
                    "seconds, so it was stopped. The file is damaged or too large to open "
                    "safely; save it again as .xlsx or export the data as CSV.").format(
                        file=shown(running.path),
                        seconds=f"{limits.child_timeout_s:.0f}")) from exc
    result = None
    try:
        if running.proc.returncode == 0:
            result = pickle.loads(Path(running.out).read_bytes())
    except Exception:  # noqa: BLE001 - no or half-written output after a crash
        result = None
    finally:
        _remove(running.out)
    if result is None:
        from clusterdesk.io.ooxml import damaged

        if b"memory allocation" in err or b"MemoryError" in err:
            raise (refuse or damaged)(running.path, translate(
                "io", "reading it asked for more memory than the {size} allowed, as damaged "
                "files do; the limit is a setting").format(
                    size=size_text(limits.child_memory_bytes)))
        if refuse is not None:
            raise refuse(running.path, translate("io", "the reader stopped on it"))
        raise damaged(running.path, translate("io", "the spreadsheet reader stopped on it"))
    return result


def run_job(job: dict, limits: Limits) -> dict:
    """Start a child and wait for it."""
    return finish(start(job, limits), limits)


def calamine_job(job: dict) -> dict:
    """Do the reading (in the child, or in this process for pre-checked trusted files)."""
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
        return out
    except pc.PasswordError:
        return {"error": "encrypted"}
    except Exception as exc:  # noqa: BLE001
        return {"error": "damaged", "detail": str(exc)[:300]}
    finally:
        wb.close()


HEAD_ROWS = 60  # the rows above and around a header travel as they are (their columns are mixed)
VALUES_PER_PICKLE = 100_000  # distinct values per pickle: each is one C call in the parent


def pack_columns(rows: list[list]) -> dict:
    """Rows -> columns: floats packed as bytes, other columns as distinct values + their codes.

    The first HEAD_ROWS rows (titles, header rows) go as they are, so that below them a column
    of numbers is one packed array. A column whose cells are all float/int (a bool is neither)
    is packed directly; any other column is hashed once: its distinct values plus one C-level
    lookup of every cell give the codes.
    """
    import array
    import operator

    width = max((len(r) for r in rows), default=0)
    if any(len(r) != width for r in rows):
        rows = [list(r) + [""] * (width - len(r)) for r in rows]
    top, body = [list(r) for r in rows[:HEAD_ROWS]], rows[HEAD_ROWS:]
    n = len(body)
    columns = []
    for col in zip(*body, strict=True):
        if set(map(type, col)) <= {float, int}:
            columns.append(("f8", array.array("d", col).tobytes()))
            continue
        index = dict.fromkeys(col)
        for i, key in enumerate(index):
            index[key] = i
        codes = operator.itemgetter(*col)(index) if n > 1 else (index[col[0]],)
        distinct = list(index)
        packed_codes = array.array(_code_type(len(distinct)), codes).tobytes()
        if len(distinct) > VALUES_PER_PICKLE:  # an id column: its values pickled in pieces
            distinct = [pickle.dumps(distinct[i:i + VALUES_PER_PICKLE], pickle.HIGHEST_PROTOCOL)
                        for i in range(0, len(distinct), VALUES_PER_PICKLE)]
            columns.append(("pieces", distinct, packed_codes))
        else:
            columns.append(("codes", distinct, packed_codes))
    return {"top": top, "n_rows": len(top) + n, "width": width, "columns": columns}


def _code_type(n_values: int) -> str:
    """The smallest array type for codes 0..n_values-1: one byte for most survey columns, which
    keeps what the parent unpickles (in the thread the window waits on) small."""
    return "B" if n_values <= 2**8 else "H" if n_values <= 2**16 else "i"


def unpack_columns(packed: dict, task: Task = IDLE):
    """The cells ``pack_columns`` took apart, as a ColumnCells (a 1-D object array per column),
    a column at a time and an id column's values a piece at a time, with a ``task.step``
    between them."""
    import numpy as np

    from clusterdesk.io.frame import ColumnCells

    n, width, top = packed["n_rows"], packed["width"], packed["top"]
    k = len(top)
    columns = []
    for j in range(width):
        task.step()
        column = np.empty(n, dtype=object)
        column[:k] = [row[j] for row in top]
        if packed["columns"]:  # none when the sheet has no rows below the first ones
            column[k:] = _unpacked(packed["columns"][j], task)
        columns.append(column)
    return ColumnCells(columns)


def _unpacked(col: tuple, task: Task = IDLE):
    """One packed column's cells: floats from their buffer, other cells from values + codes."""
    import numpy as np

    if col[0] == "f8":
        return np.frombuffer(col[1], dtype=np.float64)
    values = col[1]
    if col[0] == "pieces":
        values = []
        for blob in col[1]:
            task.step()
            values.extend(pickle.loads(blob))
    distinct = np.empty(len(values), dtype=object)
    distinct[:] = values
    return distinct[np.frombuffer(col[2], dtype=_code_type(len(values)))]


def child_main(arg: str | None = None) -> None:
    """The child's whole life: limit memory, read the job, pickle the result to stdout."""
    from clusterdesk.runtime import warm

    warm.one_shot()  # millions of cells, no reference cycles, one read
    job = json.loads(arg if arg is not None else sys.argv[-1])
    child.limit_memory(int(job["memory"]))
    if job.get("reader") == "stats":
        from clusterdesk.io.stats_child import stats_job

        result = stats_job(job)
    else:
        result = calamine_job(job)
    if job.get("columnar") and "rows" in result:
        result["packed"] = pack_columns(result.pop("rows"))
    peak = child.peak_memory_kb()
    if peak is not None:
        result["peak_rss_kb"] = peak
    data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    if job.get("out"):
        with open(job["out"], "wb") as fh:
            fh.write(data)
    else:  # started by hand: python -m clusterdesk.io.contain '{"path": ...}'
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


if __name__ == "__main__":
    child_main()
