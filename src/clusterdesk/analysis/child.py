"""The analysis in a child process, so the GUI's event loop never waits for the GIL.

statsmodels and pandas hold the GIL through long single C calls (a logit fit on 1,000,000 firms,
classification, Table 2): in a worker thread each one freezes the window. A persistent child
receives the coded survey ONCE (numpy arrays sent out-of-band with pickle protocol 5: categories
as their codes, numbers as they are; no pickle of Python objects per firm) and then only settings,
and answers with Results. Results leave out the per-firm table (``firms``): the child sends the
class columns as arrays and the parent joins them to the survey it already holds, so no second
copy of the coded survey comes back.

Started as ``python -m clusterdesk.analysis.child``; a frozen (PyInstaller) build runs its own
executable with CHILD_FLAG (see installer/entry.py). The child ends when its stdin closes, so it
cannot outlive the window that started it. Qt-free: the GUI calls ``AnalysisProcess.run`` from a
worker thread, which waits on a pipe (no GIL held).
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import queue
import struct
import subprocess
import threading
import weakref
from collections.abc import Callable
from typing import Any, BinaryIO

from clusterdesk.errors import Cancelled, UserError
from clusterdesk.runtime import child as runner
from clusterdesk.texts import translate

CHILD_FLAG = "--clusterdesk-analysis-child"
_HEAD = struct.Struct("<QI")  # pickle length, number of out-of-band buffers
_LEN = struct.Struct("<Q")
CLASS_COLUMNS = ("r", "n", "i", "a", "cluster_class", "scope")


def _died() -> str:
    """The message when the child ends without an answer, in the interface language."""
    return translate("analysis", "The analysis stopped unexpectedly (its process ended), so the "
                     "tables were not computed. Change a setting to try again; if it happens "
                     "again, the computer may be short of memory: close other programs.")


# -- the wire: pickle protocol 5 with numpy buffers sent as raw bytes ---------------------------
def send(stream: BinaryIO, obj: Any) -> None:
    """Write ``obj``; numpy arrays inside go as their raw bytes, without a copy."""
    buffers: list[pickle.PickleBuffer] = []
    head = pickle.dumps(obj, protocol=5, buffer_callback=buffers.append)
    stream.write(_HEAD.pack(len(head), len(buffers)))
    stream.write(head)
    for buf in buffers:
        raw = buf.raw()
        stream.write(_LEN.pack(raw.nbytes))
        stream.write(raw)
    stream.flush()


def _read_exactly(stream: BinaryIO, n: int) -> bytearray:
    out = bytearray(n)
    view, got = memoryview(out), 0
    while got < n:
        k = stream.readinto(view[got:])
        if not k:
            raise EOFError
        got += k
    return out


def receive(stream: BinaryIO) -> Any:
    """Read one object written by ``send``; EOFError when the other side is gone."""
    size, count = _HEAD.unpack(_read_exactly(stream, _HEAD.size))
    head = _read_exactly(stream, size)
    buffers = [_read_exactly(stream, _LEN.unpack(_read_exactly(stream, _LEN.size))[0])
               for _ in range(count)]
    return pickle.loads(head, buffers=buffers)


# -- the survey as arrays ---------------------------------------------------------------------
def pack_survey(survey: Any) -> dict:
    """The coded survey as numpy arrays: numbers as they are, categories as codes.

    Text columns (the firm identifier) are left out: the analysis never reads them, and 1,000,000
    strings would cost the GUI process seconds of pickling under the GIL.
    """
    import pandas as pd

    data = survey.data
    columns = [_pack_column(name, data[name]) for name in data.columns
               if isinstance(data[name].dtype, pd.CategoricalDtype)
               or data[name].dtype.kind in "fiub"]
    index = data.index
    index = (("range", index.start, index.stop, index.step) if isinstance(index, pd.RangeIndex)
             else ("array", index.to_numpy()))
    raw = survey.raw
    if raw is not None:  # the run reads the path, sheet and report only
        raw = dataclasses.replace(raw, data=pd.DataFrame(), grid=[], file_rows=None, labels={},
                                  preview=[])
    return {"columns": columns, "index": index, "report": survey.report,
            "mapping": survey.mapping, "raw": raw}


def unpack_survey(packed: dict) -> Any:
    """The Survey ``pack_survey`` took apart (without its text columns)."""
    import pandas as pd

    from clusterdesk.analysis.survey import Survey

    kind, *index = packed["index"]
    index = pd.RangeIndex(*index) if kind == "range" else pd.Index(index[0])
    columns = {name: _column(kind, rest) for name, kind, *rest in packed["columns"]}
    data = pd.DataFrame(columns, index=index)
    return Survey(data=data, report=packed["report"], mapping=packed["mapping"],
                  raw=packed["raw"])


def _column(kind: str, rest: list) -> Any:
    """One packed column back: ("category", codes, categories, ordered) or ("array", values)."""
    import pandas as pd

    if kind == "category":
        codes, categories, ordered = rest
        return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories,
                                                                          ordered=ordered))
    return rest[0]


def _pack_column(name: str, col: Any) -> tuple:
    """One column as ``_column`` reads it back: categories as codes, anything else as an array."""
    import pandas as pd

    if isinstance(col.dtype, pd.CategoricalDtype):
        return (name, "category", col.cat.codes.to_numpy(), col.cat.categories, col.cat.ordered)
    return (name, "array", col.to_numpy())


def pack_classes(firms: Any) -> list[tuple]:
    return [_pack_column(name, firms[name]) for name in CLASS_COLUMNS if name in firms.columns]


def join_classes(data: Any, classes: list[tuple]) -> Any:
    """Results.firms as ``analysis.run`` builds it: the survey's columns, then the classes."""
    import pandas as pd

    cols = {name: _column(kind, rest) for name, kind, *rest in classes}
    return pd.concat([data, pd.DataFrame(cols, index=data.index)], axis=1)


# -- the parent's side ------------------------------------------------------------------------
def child_command() -> list[str]:
    """This interpreter, or the frozen app with CHILD_FLAG."""
    return runner.command("clusterdesk.analysis.child", CHILD_FLAG)


class AnalysisProcess:
    """One analysis child for one window: ``run(survey, settings)`` from any worker thread.

    The survey is sent once (again only when another survey is run); a newer run stops the older
    one at its next step. ``close()`` kills the child. A child that died is started again, and
    the survey sent again, by the next run.
    """

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command  # default: child_command() (installer/check_bundle.py sets it)
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()  # one writer at a time; guards the fields below
        self._waiting: dict[int, queue.Queue] = {}
        self._seq = 0
        self._sent: Any = None  # the survey the child holds
        self._ready = threading.Event()
        self.runs = 0  # runs the child completed (diagnostics and tests)
        self._reader: threading.Thread | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def ready(self) -> bool:
        """True once the child has imported the engine (a run starts without delay)."""
        return self._ready.is_set() and self.alive

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        """Start the child unless it runs (cheap; it imports the engine while the parent works)."""
        with self._lock:
            self._start_locked()

    def _start_locked(self) -> None:
        if self.alive:
            return
        env = runner.environment()
        self._ready.clear()
        self._sent = None
        proc = subprocess.Popen(self._command or child_command(), stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, env=env)
        self._proc = proc
        weakref.finalize(self, _kill, proc)  # a dropped AnalysisProcess takes its child along
        self._reader = threading.Thread(target=_read_replies, args=(proc, weakref.ref(self)),
                                        daemon=True, name="analysis-child-reader")
        self._reader.start()

    def _dispatch(self, proc: subprocess.Popen, msg: tuple | None) -> None:
        """Hand a reply to the run waiting for it; ``None``: the child is gone."""
        if msg is not None and msg[0] == "ready":
            self._ready.set()
            return
        with self._lock:
            if msg is not None:
                boxes = [self._waiting[msg[1]]] if msg[1] in self._waiting else []
            else:
                boxes = list(self._waiting.values()) if self._proc is proc else []
                msg = ("died", None)
                if self._proc is proc:  # dying, maybe not yet reapable: the next run starts anew
                    self._proc, self._sent = None, None
        for box in boxes:
            box.put(msg)

    def run(self, survey: Any, settings: Any, progress: Callable[[float, str], None] | None = None,
            should_stop: Callable[[], bool] | None = None) -> Any:
        """``clusterdesk.analysis.run(survey, settings)`` in the child (blocks this thread)."""
        box: queue.Queue = queue.Queue()
        with self._lock:
            self._start_locked()
            self._seq += 1
            seq = self._seq
            self._waiting[seq] = box
            try:
                if should_stop is not None and should_stop():
                    raise Cancelled()
                if self._sent is not survey:
                    send(self._proc.stdin, ("survey", seq, pack_survey(survey)))
                    self._sent = survey
                if should_stop is not None and should_stop():
                    raise Cancelled()
                send(self._proc.stdin, ("run", seq, settings))
                reader = self._reader
            except (BrokenPipeError, OSError):
                self._waiting.pop(seq, None)
                self._sent = None
                if self._proc is not None:
                    _kill(self._proc)
                    self._proc = None
                raise UserError(_died()) from None
            except BaseException:
                self._waiting.pop(seq, None)
                raise
        try:
            return self._wait(seq, box, survey, progress, should_stop, reader)
        finally:
            with self._lock:
                self._waiting.pop(seq, None)

    def _wait(self, seq: int, box: queue.Queue, survey: Any, progress: Any,
              should_stop: Any, reader: threading.Thread) -> Any:
        while True:
            if should_stop is not None and should_stop():
                self._tell(("stop", seq))
                raise Cancelled()
            try:
                msg = box.get(timeout=0.05)
            except queue.Empty:
                if reader.is_alive() or not box.empty():
                    continue
                msg = ("died", None)  # the reader ended without a word for this run
            kind = msg[0]
            if kind == "progress":
                if progress is not None:  # the child speaks English: its fixed step names
                    progress(msg[2], translate("analysis", msg[3]))  # are in the catalogue
            elif kind == "done":
                results, classes = msg[2], msg[3]
                if classes is not None:
                    results.firms = join_classes(survey.data, classes)
                self.runs += 1
                return results
            elif kind == "user_error":
                raise UserError(msg[2])
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "bug":  # the same one line a bug in a worker thread gives
                raise type(msg[2], (RuntimeError,), {})(msg[3])
            elif kind == "died":
                with self._lock:
                    self._sent = None
                raise UserError(_died())

    def _tell(self, msg: tuple) -> None:
        with self._lock:
            if self.alive:
                try:
                    send(self._proc.stdin, msg)
                except OSError:
                    pass

    def close(self) -> None:
        """Kill the child and wait for it (Cancel, a closed window, another survey's window)."""
        with self._lock:
            proc, self._proc, self._sent = self._proc, None, None
            boxes = list(self._waiting.values())
        if proc is None:
            return
        _kill(proc)
        for stream in (proc.stdin, proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        for box in boxes:
            box.put(("cancelled", None))


def _read_replies(proc: subprocess.Popen, owner: weakref.ref) -> None:
    """The parent's reader thread: every reply to its AnalysisProcess, until the pipe ends."""
    while True:
        try:
            msg = receive(proc.stdout)
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            msg = None
        except Exception:  # noqa: BLE001 - a reply that cannot be read: the child is no use
            import traceback

            traceback.print_exc()
            msg = None
        target = owner()
        if target is None:
            return
        target._dispatch(proc, msg)
        del target
        if msg is None:
            try:
                proc.wait(timeout=5)  # reap it (the pipe ends when the child does)
            except subprocess.TimeoutExpired:
                pass
            return


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait()


# -- the child's side -------------------------------------------------------------------------
def child_main() -> None:
    """Import the engine, then run what stdin asks until it closes."""
    out = os.fdopen(os.dup(1), "wb")
    try:
        os.dup2(2, 1)  # a stray print must not break the replies
    except OSError:  # no stderr (a windowed build): stray prints go to the pipe's old copy
        pass
    inbox: queue.Queue = queue.Queue()
    state = {"latest": 0, "stopped": set()}
    lock = threading.Lock()

    def listen() -> None:
        stdin = os.fdopen(0, "rb")  # fd 0 itself: a windowed frozen build has no sys.stdin
        while True:
            try:
                msg = receive(stdin)
            except (EOFError, OSError):
                os._exit(0)  # the window is gone: so is the child
            with lock:
                if msg[0] == "stop":
                    state["stopped"].add(msg[1])
                    continue
                if msg[0] == "run":
                    state["latest"] = msg[1]
            inbox.put(msg)

    # what unpickling a message needs, imported before the listener can unpickle one (numpy's
    # import breaks when two threads run it at once); the rest while the survey arrives
    import importlib

    for name in ("pandas", "clusterdesk.analysis.results", "clusterdesk.analysis.survey",
                 "clusterdesk.io.table", "clusterdesk.mapping.model"):
        importlib.import_module(name)
    import clusterdesk.analysis as analysis

    threading.Thread(target=listen, daemon=True).start()
    _warm_up()
    reply_lock = threading.Lock()

    def reply(msg: tuple) -> None:
        with reply_lock:
            send(out, msg)

    reply(("ready",))
    survey = None
    while True:
        msg = inbox.get()
        kind, seq = msg[0], msg[1]
        if kind == "survey":
            survey = unpack_survey(msg[2])
            continue

        def should_stop(seq: int = seq) -> bool:
            with lock:
                return seq in state["stopped"] or seq < state["latest"]

        if should_stop():
            reply(("cancelled", seq))
            continue
        try:
            results = analysis.run(survey, msg[2], should_stop=should_stop,
                                   progress=lambda f, m, seq=seq: reply(("progress", seq, f, m)))
        except Cancelled:
            reply(("cancelled", seq))
        except UserError as exc:
            reply(("user_error", seq, str(exc)))
        except Exception as exc:  # a bug: the traceback on stderr, one line to the window
            import traceback

            traceback.print_exc()
            reply(("bug", seq, type(exc).__name__, str(exc)))
        else:
            classes = pack_classes(results.firms) if results.firms is not None else None
            results.firms = None
            reply(("done", seq, results, classes))


def _warm_up() -> None:
    """Import what a run needs now, while the parent is still reading or coding."""
    from clusterdesk.runtime import warm

    warm.import_now(("scipy.stats", "statsmodels.discrete.discrete_model",
                     "statsmodels.regression.linear_model",
                     *(f"clusterdesk.analysis.{m}" for m in ("classify", "fit", "margins",
                                                            "regression", "sample", "stats",
                                                            "tables"))))


if __name__ == "__main__":
    child_main()
