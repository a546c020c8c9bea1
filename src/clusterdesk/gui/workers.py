"""Run Qt-free long work (reading, coding, fitting, exporting) off the GUI thread.

The work takes a ``task`` (clusterdesk.runtime.Task: progress, cancel, turns for the window's
thread) and raises ``Cancelled``. ``Job`` runs it on a QThreadPool and turns its progress, result
and errors into queued signals, so they arrive on the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from clusterdesk.errors import Cancelled, UserError
from clusterdesk.runtime import Task


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """One background call of ``fn(*args, task=..., **kwargs)``; ``task`` reports to the
    ``progress`` signal and is stopped by ``cancel()``.

    Set ``pass_task=False`` for functions that take no ``task``.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, pass_task: bool = True,
                 **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._pass_task = pass_task
        self._stop = False
        self.task = Task(self._report, self._stopped)

    def cancel(self) -> None:
        self._stop = True

    @property
    def cancelled(self) -> bool:
        return self._stop

    def _emit(self, signal_name: str, *args: Any) -> None:
        """Emit unless the receiver side is gone (window closed while the job ran)."""
        try:
            getattr(self.signals, signal_name).emit(*args)
        except RuntimeError:
            pass

    def _report(self, fraction: float, message: str = "") -> None:
        self._emit("progress", float(fraction), str(message))

    def _stopped(self) -> bool:
        return self._stop

    def run(self) -> None:  # worker thread
        if self._stop:  # cancelled before it started
            self._emit("cancelled")
            return
        kwargs = dict(self._kwargs)
        if self._pass_task:
            kwargs["task"] = self.task
        try:
            result = self._fn(*self._args, **kwargs)
        except Cancelled:
            self._emit("cancelled")
        except UserError as exc:
            self._emit("failed", str(exc))
        except Exception as exc:  # a bug: one readable line, the traceback on stderr for reports
            traceback.print_exc()
            self._emit("failed", f"Something went wrong inside ClusterDesk ({type(exc).__name__}: "
                                     f"{exc}). Please report it to the developers.")
        else:
            if self._stop:
                self._emit("cancelled")
            else:
                self._emit("finished", result)


class JobRunner(QObject):
    """Starts jobs on the global pool; starting a new job cancels the previous one of this runner."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: Job | None = None
        self._jobs: set[Job] = set()  # keep Python wrappers alive until they end
        self._waiting: set[Job] = set()  # started with soon=True, not yet on the pool

    def start(self, job: Job, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[str], None] | None = None,
              on_progress: Callable[[float, str], None] | None = None,
              on_cancel: Callable[[], None] | None = None, soon: bool = False) -> Job:
        """Start ``job`` (cancelling this runner's previous one). With ``soon``, it goes on the
        pool at the next turn of the event loop, once the window has drawn what the caller just
        showed: drawing beside a worker waits for the interpreter at every Python call."""
        if self._current is not None:
            self._current.cancel()
        self._current = job
        self._jobs.add(job)

        def forget(*_: Any) -> None:
            self._jobs.discard(job)
            if self._current is job:
                self._current = None

        def done(result: Any) -> None:
            stale = job is not self._current
            forget()
            if not stale and on_done:
                on_done(result)

        def failed(message: str) -> None:
            stale = job is not self._current
            forget()
            if not stale and on_error:
                on_error(message)

        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        job.signals.cancelled.connect(lambda: (forget(), on_cancel and on_cancel()))
        if on_progress:
            job.signals.progress.connect(on_progress)
        if soon:
            self._waiting.add(job)
            QTimer.singleShot(0, self, lambda: self._launch(job))
        else:
            QThreadPool.globalInstance().start(job)
        return job

    def _launch(self, job: Job) -> None:
        if job in self._waiting:
            self._waiting.discard(job)
            QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()

    @property
    def busy(self) -> bool:
        return self._current is not None

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown); a job waiting to start starts."""
        for job in list(self._waiting):
            self._launch(job)
        return QThreadPool.globalInstance().waitForDone(msecs)
