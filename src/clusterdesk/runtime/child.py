"""ClusterDesk's own child processes: how one is started, and the analysis child (analysis.child,
a ``Service`` that serves requests until its stdin closes); the reading child (io.contain, one
job, then it ends) is run by runtime/once.py. Both speak typed messages (runtime/wire.py) and
hand tables over as Arrow IPC.

From source, a child is ``python -m <module>`` with this checkout first on its path; a frozen
(PyInstaller) build has no ``-m``, so it runs its own executable with the child's flag, which its
entry point hands over before anything else is imported (installer/entry.py).
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clusterdesk.errors import Cancelled, UserError
from clusterdesk.runtime import wire
from clusterdesk.runtime.task import IDLE, Task


def command(module: str, flag: str, *args: str) -> list[str]:
    """How to start the child ``module``: this interpreter, or the frozen app with ``flag``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag, *args]
    return [sys.executable, "-m", module, *args]


def environment(**extra: str) -> dict[str, str]:
    """This process's environment, with this package first on the path and ``extra`` set."""
    import clusterdesk

    env = dict(os.environ)
    root = str(Path(clusterdesk.__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


# -- a child that serves requests until its stdin closes (the analysis child) -------------------
class Service:
    """One persistent child: ``call`` from any worker thread sends requests and waits for the
    answer (progress reported, a stop asked of the caller passed on). A newer call stops the
    older one at its next step; ``close()`` kills the child; a child that died is started again
    by the next call. ``holds`` is what the child keeps between calls (None after a restart)."""

    def __init__(self, module: str, flag: str, died: Callable[[], str],
                 command: list[str] | None = None) -> None:
        self._module, self._flag, self._died = module, flag, died
        self._command = command  # default: command(module, flag)
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()  # one writer at a time; guards the fields below
        self._waiting: dict[int, queue.Queue] = {}
        self._seq = 0
        self.holds: Any = None
        self._ready = threading.Event()
        self._reader: threading.Thread | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def ready(self) -> bool:
        """True once the child has imported what its work needs."""
        return self._ready.is_set() and self.alive

    def start(self) -> None:
        """Start the child unless it runs (cheap; it imports while the parent works)."""
        with self._lock:
            self._start_locked()

    def _start_locked(self) -> None:
        if self.alive:
            return
        self._ready.clear()
        self.holds = None
        proc = subprocess.Popen(self._command or command(self._module, self._flag),
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                env=environment())
        self._proc = proc
        weakref.finalize(self, _kill, proc)  # a dropped Service takes its child along
        self._reader = threading.Thread(target=_read_replies, args=(proc, weakref.ref(self)),
                                        daemon=True, name=f"{self._module}-reader")
        self._reader.start()

    def _dispatch(self, proc: subprocess.Popen, msg: Any) -> None:
        """Hand a reply to the call waiting for it; ``None``: the child is gone."""
        if isinstance(msg, wire.Ready):
            self._ready.set()
            return
        with self._lock:
            if msg is not None:
                box = self._waiting.get(msg.seq)
                boxes = [box] if box is not None else []
            else:
                boxes = list(self._waiting.values()) if self._proc is proc else []
                if self._proc is proc:  # dying, maybe not yet reapable: the next call starts anew
                    self._proc, self.holds = None, None
        for box in boxes:
            box.put(msg)

    def call(self, build: Callable[[int, Any], tuple[list[wire.Request], Any]],
             task: Task = IDLE) -> wire.Done:
        """Send ``build(seq, holds)``'s requests (and keep what it says the child then holds)
        and wait for the answer; the child's refusal is a UserError, its stop Cancelled."""
        box: queue.Queue = queue.Queue()
        with self._lock:
            self._start_locked()
            self._seq += 1
            seq = self._seq
            self._waiting[seq] = box
            try:
                requests, holds = build(seq, self.holds)
                for request in requests:
                    task.check()
                    wire.send(self._proc.stdin, request)
                self.holds = holds
                reader = self._reader
            except (BrokenPipeError, OSError):
                self._waiting.pop(seq, None)
                self.holds = None
                if self._proc is not None:
                    _kill(self._proc)
                    self._proc = None
                raise UserError(self._died()) from None
            except BaseException:
                self._waiting.pop(seq, None)
                self.holds = None
                raise
        try:
            return self._wait(seq, box, task, reader)
        finally:
            with self._lock:
                self._waiting.pop(seq, None)

    def _wait(self, seq: int, box: queue.Queue, task: Task, reader: threading.Thread
              ) -> wire.Done:
        while True:
            if task.stopped():
                self._tell(wire.Stop(seq))
                raise Cancelled()
            try:
                msg = box.get(timeout=0.05)
            except queue.Empty:
                if reader.is_alive() or not box.empty():
                    continue
                msg = None  # the reader ended without a word for this call
            if isinstance(msg, wire.Progress):
                task.report(msg.fraction, msg.message)
            elif isinstance(msg, wire.Done):
                return msg
            elif isinstance(msg, wire.Refused):
                raise UserError(msg.message)
            elif isinstance(msg, wire.Stopped):
                raise Cancelled()
            elif isinstance(msg, wire.Failed):  # the same one line a bug in a worker thread gives
                raise type(msg.kind, (RuntimeError,), {})(msg.message)
            else:  # the child died
                with self._lock:
                    self.holds = None
                raise UserError(self._died())

    def _tell(self, msg: Any) -> None:
        with self._lock:
            if self.alive:
                try:
                    wire.send(self._proc.stdin, msg)
                except OSError:
                    pass

    def close(self) -> None:
        """Kill the child and wait for it (Cancel, a closed window, another survey's window)."""
        with self._lock:
            proc, self._proc, self.holds = self._proc, None, None
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
            box.put(wire.Stopped(0))


def _read_replies(proc: subprocess.Popen, owner: weakref.ref) -> None:
    """The parent's reader thread: every reply to its Service, until the pipe ends."""
    while True:
        try:
            msg = wire.receive(proc.stdout)
        except Exception:  # noqa: BLE001 - the pipe ended, or a reply that cannot be read
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
