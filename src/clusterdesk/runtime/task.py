"""A Task: what long work needs from whoever started it, in the spirit of Orange's TaskState.

``task.step(fraction, message)`` reports progress, raises Cancelled once the starter asked to
stop, and pauses so that a thread waiting for the interpreter (the window's) gets its turn;
``task.pieces(n, size)`` does the same between pieces of bulk work; ``task.sub(lo, hi)`` hands a
part of the work its own 0..1 range. Work that nobody watches gets IDLE.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from clusterdesk.errors import Cancelled

Progress = Callable[[float, str], None]
ShouldStop = Callable[[], bool]
T = TypeVar("T")


def pause() -> None:
    """Let a waiting thread run: a worker in a tight numpy/pandas loop otherwise takes the
    interpreter back at once, and the window's thread waits on (benchmarks/README.md)."""
    time.sleep(0.0002)


class Task:
    """Progress and cancelling for one piece of long work; see the module's docstring."""

    __slots__ = ("_progress", "_should_stop", "_lo", "_span")

    def __init__(self, progress: Progress | None = None, should_stop: ShouldStop | None = None,
                 lo: float = 0.0, hi: float = 1.0) -> None:
        self._progress = progress
        self._should_stop = should_stop
        self._lo = lo
        self._span = hi - lo

    def stopped(self) -> bool:
        """True once the starter asked the work to stop."""
        return self._should_stop is not None and bool(self._should_stop())

    def check(self) -> None:
        """Raise Cancelled once the starter asked the work to stop."""
        if self.stopped():
            raise Cancelled()

    def report(self, fraction: float, message: str = "") -> None:
        """Tell the starter how far the work is (``fraction`` of this task's own range)."""
        if self._progress is not None:
            self._progress(self._lo + fraction * self._span, message)

    def step(self, fraction: float | None = None, message: str = "") -> None:
        """Check for cancel, report ``fraction`` (when given) and let other threads run."""
        self.check()
        if fraction is not None:
            self.report(fraction, message)
        pause()

    def pieces(self, n: int, size: int) -> Iterator[slice]:
        """Slices of ``size`` rows covering rows 0..n, with a step before each."""
        for start in range(0, n, size):
            self.step()
            yield slice(start, start + size)

    def each(self, items: Iterable[T]) -> Iterator[T]:
        """The items, with a step after each (pieces that come from a reader)."""
        for item in items:
            yield item
            self.step()

    def sub(self, lo: float, hi: float) -> Task:
        """A task for the part of this one between ``lo`` and ``hi`` (fractions of it)."""
        return Task(self._progress, self._should_stop, self._lo + lo * self._span,
                    self._lo + hi * self._span)

    def worded(self, word: Callable[[str], str]) -> Task:
        """This task with each message passed through ``word`` first (a translation, or one
        message for a part whose own steps the starter does not show)."""
        progress = self._progress
        if progress is None:
            return self
        return Task(lambda fraction, message: progress(fraction, word(message)),
                    self._should_stop, self._lo, self._lo + self._span)


IDLE = Task()
