"""A pause between chunks of bulk work, so that a thread waiting for the GIL (the window's) gets it.

CPython (3.11, 3.12) gives a waiting thread the GIL by force only when the holder has not let go
of it and taken it back within the switch interval (5 ms). numpy and pandas let go around many
small operations, so a worker counting a column in chunks takes the GIL back at once, again and
again, and the window's thread waits on: 0.1-0.5 s with nothing of its own to do, measured on the
wizard's answer counts of 1,000,000 rows. A real sleep, however short, leaves the GIL free long
enough for the waiting thread to take it. Harmless where nobody waits (0.25 ms a call).
"""

from __future__ import annotations

import time
from collections.abc import Iterator


def let_others_run() -> None:
    """Sleep 0.2 ms: call between the chunks of work done in a background thread."""
    time.sleep(0.0002)


def in_pieces(n: int, size: int) -> Iterator[slice]:
    """Slices of ``size`` rows covering rows 0..n, with others let run before each piece."""
    for start in range(0, n, size):
        let_others_run()
        yield slice(start, start + size)
