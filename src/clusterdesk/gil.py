"""The older names of ``clusterdesk.runtime.pause`` and ``Task.pieces``, for modules not yet
converted to a Task (the wizard's answer counts, the mapping assistant)."""

from __future__ import annotations

from collections.abc import Iterator

from clusterdesk.runtime.task import pause


def let_others_run() -> None:
    """Let a waiting thread run (``clusterdesk.runtime.pause``)."""
    pause()


def in_pieces(n: int, size: int) -> Iterator[slice]:
    """Slices of ``size`` rows covering rows 0..n, with others let run before each piece."""
    for start in range(0, n, size):
        let_others_run()
        yield slice(start, start + size)
