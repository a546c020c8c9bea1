"""One warm-up policy: import what long work will need ahead of time, and keep objects that live
as long as the program out of the cycle collector's passes.

Module objects, classes and the window's widgets are never garbage, yet every full collection
walks them again; frozen (``gc.freeze``) they are skipped, while what work creates later stays
collectable. Figures behind these choices: benchmarks/README.md.
"""

from __future__ import annotations

import gc
import importlib
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


def one_blas_thread() -> None:
    """numpy's BLAS on one thread unless the user set otherwise, before numpy loads: the models'
    products (firms x a dozen terms) are too small for a second thread to pay; it only waits."""
    for name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def import_now(names: Iterable[str]) -> None:
    """Import the modules named, here and now (a child that waits for its first job)."""
    for name in names:
        importlib.import_module(name)


def import_ahead(names: Iterable[str], freeze: bool = False) -> threading.Thread:
    """Import the modules named in a daemon thread (importing only defines things, so it is safe
    off the window's thread; whoever needs one first waits on the import lock). With ``freeze``,
    everything alive once they are in is then frozen out of the collector's passes. An import
    that fails here fails again where it is needed, with the proper message."""
    wanted = tuple(names)

    def run() -> None:
        for name in wanted:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001, S112 - reported by the import that needs it
                continue
        if freeze:
            gc.freeze()

    thread = threading.Thread(target=run, name="clusterdesk-import-ahead", daemon=True)
    thread.start()
    return thread


def freeze() -> None:
    """Move every object alive now out of the collector's passes (libraries just imported)."""
    gc.freeze()


@contextmanager
def start_up() -> Iterator[None]:
    """No collections while the program builds what lives as long as it; frozen afterwards."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def batch_run() -> None:
    """One run over a whole survey's cells: a collection per 100,000 new objects, not per 700."""
    gc.set_threshold(100_000, 50, 100)


def one_shot() -> None:
    """A child that lives for one job and makes no reference cycles: no collector at all (its
    memory limit still holds)."""
    gc.disable()
