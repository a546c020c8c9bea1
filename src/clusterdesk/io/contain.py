"""Run python-calamine (or pyreadstat, stats_child.py) in a child process with a memory limit
and a timeout.

A crafted workbook can make the native parser abort the process or allocate without bound; in a
child that only costs the child. The child reads the cells, writes the columns below the first
rows as an Arrow IPC file (arrow_cells.py) and replies with a small typed message (``Reply``)
holding the sheet list and the first rows as they are. The parent can do its own checks while
the child reads. A crash, a kill by the memory limit or the timeout become one message. Started
as ``python -m clusterdesk.io.contain JOB``; a frozen (PyInstaller) build runs its own executable
with ``CHILD_FLAG JOB``, which its entry point must hand to ``child_main()`` before anything else
(see installer/entry.py). Started ahead of its job (``start_ahead``), JOB is "-": the child
imports its readers, then reads the job from stdin.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from typing import Any

from clusterdesk.errors import UserError
from clusterdesk.io.limits import Limits
from clusterdesk.io.names import shown, size_text
from clusterdesk.runtime import IDLE, Task, child, once, serve, wire
from clusterdesk.texts import translate

CHILD_FLAG = "--clusterdesk-io-child"
HEAD_ROWS = 60  # the rows above and around a header travel as they are (their columns are mixed)
Running = once.Once  # a reading child under way


@dataclass
class Reply:
    """What the reading child says: the sheets, or an error; the cells' first rows as they are
    (``head``) and, when there are more, ``body`` columns in the Arrow file (arrow_cells)."""

    sheets: list[tuple[str, bool]] = field(default_factory=list)  # (name, hidden)
    error: str | None = None  # "encrypted" | "damaged"
    detail: str = ""
    head: list[list] | None = None  # None: no sheet was read
    width: int = 0
    body: bool = False  # the Arrow file holds the rows below ``head``
    stats: dict | None = None  # SPSS/Stata: meta, encoding, misread, names (stats_child)
    peak_rss_kb: int | None = None
    table: Any = field(default=None, repr=False)  # the Arrow file's table, set by the parent


def child_command(job: dict) -> list[str]:
    """How to start the reading child: this interpreter, or the frozen app with CHILD_FLAG."""
    return child.command("clusterdesk.io.contain", CHILD_FLAG, json.dumps(job))


# numpy reserves memory per thread; Arrow's system allocator keeps within the memory limit
_ENV = {"RUST_BACKTRACE": "0", "OPENBLAS_NUM_THREADS": "1", "ARROW_DEFAULT_MEMORY_POOL": "system"}
_AHEAD: list[subprocess.Popen] = []  # a reading child started ahead of its job (start_ahead)
_AHEAD_LOCK = threading.Lock()
# what the child imports while it waits for its job
_READERS = ("numpy", "pyarrow", "python_calamine", "fastexcel", "clusterdesk.io.quick_sheet",
            "clusterdesk.io.arrow_cells")


def start_ahead() -> None:
    """Start a reading child now, for the next ``start``: it imports its readers while this
    process gets the job ready (the command line knows its file before it opens it). One left
    unused ends with this process."""
    proc = once.spawn_once("clusterdesk.io.contain", CHILD_FLAG, **_ENV)
    with _AHEAD_LOCK:
        old, _AHEAD[:] = list(_AHEAD), [proc]
    for p in old:
        once.drop(p)


@atexit.register
def _drop_ahead() -> None:
    with _AHEAD_LOCK:
        old, _AHEAD[:] = list(_AHEAD), []
    for p in old:
        once.drop(p)


def start(job: dict, limits: Limits) -> Running:
    """Start reading in a child (the one started ahead, if any); ``job``: path, sheet (index or
    None), nrows."""
    with _AHEAD_LOCK:
        ahead = _AHEAD.pop() if _AHEAD else None
    return once.start_once("clusterdesk.io.contain", CHILD_FLAG,
                            dict(job, memory=limits.child_memory_bytes), ".arrow", ahead=ahead,
                            **_ENV)


def cancel(running: Running) -> None:
    """Stop a child whose result is no longer wanted (the parent's own checks refused)."""
    once.stop(running)


def finish(running: Running, limits: Limits, refuse=None, task: Task = IDLE) -> Reply:
    """Wait for the child's reply (its table read into ``reply.table``); a crash or the
    timeout becomes a UserError, and a stop asked of ``task``, polled
    while waiting, stops the child and raises Cancelled. ``refuse(path, why)`` makes that
    UserError for files other than workbooks."""
    path = running.job["path"]
    try:
        reply, err = once.wait_once(running, limits.child_timeout_s, task)
    except TimeoutError as exc:
        why = translate("io", "reading took longer than {seconds} seconds, so it was "
                        "stopped").format(seconds=f"{limits.child_timeout_s:.0f}")
        if refuse is not None:
            raise refuse(path, why) from exc
        raise UserError(translate(
            "io", "ClusterDesk could not read {file}: reading took longer than {seconds} "
            "seconds, so it was stopped. The file is damaged or too large to open "
            "safely; save it again as .xlsx or export the data as CSV.").format(
                file=shown(path), seconds=f"{limits.child_timeout_s:.0f}")) from exc
    try:
        if isinstance(reply, Reply) and reply.body:
            from clusterdesk.io import arrow_cells

            reply.table = arrow_cells.read(running.out)
    except Exception:  # noqa: BLE001 - a half-written file after a crash
        reply = None
    finally:
        child.remove(running.out)
    if not isinstance(reply, Reply):
        from clusterdesk.io.ooxml import damaged

        if b"memory allocation" in err or b"MemoryError" in err or b"bad_alloc" in err:
            raise (refuse or damaged)(path, translate(
                "io", "reading it asked for more memory than the {size} allowed, as damaged "
                "files do; the limit is a setting").format(
                    size=size_text(limits.child_memory_bytes)))
        if refuse is not None:
            raise refuse(path, translate("io", "the reader stopped on it"))
        raise damaged(path, translate("io", "the spreadsheet reader stopped on it"))
    return reply


def run_job(job: dict, limits: Limits) -> Reply:
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


def cells(reply: Reply, task: Task = IDLE):
    """The cells the child sent, as a ColumnCells (a 1-D object array per column): the first
    rows as they came, the rest from the Arrow columns, a column at a time with a
    ``task.step`` between them."""
    import numpy as np

    from clusterdesk.io.arrow_cells import objects
    from clusterdesk.io.frame import ColumnCells

    head, width = reply.head or [], reply.width
    table = reply.table
    k = len(head)
    n = k + (table.num_rows if table is not None else 0)
    columns = []
    for j in range(width):
        task.step()
        column = np.empty(n, dtype=object)
        column[:k] = [row[j] for row in head]
        if table is not None:
            column[k:] = objects(table.column(j))
        columns.append(column)
    return ColumnCells(columns)


def _rows_reply(rows: list[list], out: str) -> Reply:
    """Rows -> the first HEAD_ROWS as they are, the rest as Arrow columns in ``out``."""
    width = max((len(r) for r in rows), default=0)
    if any(len(r) != width for r in rows):
        rows = [list(r) + [""] * (width - len(r)) for r in rows]
    head, body = [list(r) for r in rows[:HEAD_ROWS]], rows[HEAD_ROWS:]
    from clusterdesk.io import arrow_cells

    columns = []
    for col in (zip(*body, strict=True) if body else [[] for _ in range(width)]):
        array = arrow_cells.text_array(col)  # a column of only text, without a look at each type
        if array is None:
            kinds = set(map(type, col))
            if int in kinds <= {float, int}:  # numbers below the first rows travel as floats
                col, kinds = [float(c) for c in col], {float}
            array = arrow_cells.column_array(col, kinds)
        columns.append(array)
    arrow_cells.write(out, columns)
    return Reply(head=head, width=width, body=True)


def _quick_reply(job: dict) -> Reply | None:
    """A plain .xlsx sheet read the quick way (quick_sheet.py); None: read it the plain way."""
    from clusterdesk.io import arrow_cells, quick_sheet

    try:
        sheets, head, width, columns = quick_sheet.read(job["path"], job["part"], job["sheet"],
                                                        HEAD_ROWS)
    except quick_sheet.Unsuited:
        return None
    arrow_cells.write(job["out"], columns)
    return Reply(sheets=sheets, head=head, width=width, body=True)


def child_main(arg: str | None = None) -> None:
    """The child's whole life: limit memory, read the job, reply on stdout, cells to a file."""
    from clusterdesk.runtime import warm

    warm.one_shot()  # millions of cells, no reference cycles, one read
    out = serve.reply_stream()
    text = arg if arg is not None else sys.argv[-1]
    if text == once.WAITING:  # started ahead: ready the readers, then wait for the job
        warm.import_now(_READERS)
        with os.fdopen(0, "rb", closefd=False) as stdin:  # sys.stdin: None in a windowed build
            text = stdin.readline().decode("utf-8")
        if not text:
            return  # the parent needed no reading after all
    job = json.loads(text)
    serve.limit_memory(int(job["memory"]))
    if job.get("reader") == "stats":
        from clusterdesk.io.stats_child import stats_reply

        reply = stats_reply(job, job.get("out"))
    elif job.get("part") and job.get("nrows") is None and (quick := _quick_reply(job)):
        reply = quick
    else:
        result = calamine_job(job)
        rows = result.pop("rows", None)
        reply = Reply(sheets=result.get("sheets") or [], error=result.get("error"),
                      detail=result.get("detail") or "")
        if rows is not None:
            got = _rows_reply(rows, job.get("out"))
            reply.head, reply.width, reply.body = got.head, got.width, got.body
    reply.peak_rss_kb = serve.peak_memory_kb()
    wire.send(out, reply)


if __name__ == "__main__":  # the module itself, not __main__: its Reply must unpickle
    from clusterdesk.io.contain import child_main as main

    main()
