"""Ctrl-C that never lands inside Python's own import machinery.

Python raises KeyboardInterrupt wherever the main thread is. Inside importlib's bookkeeping (say,
just after it takes the import lock and before the ``try`` that gives it back) the lock then stays
taken: a thread importing ahead waits for it for ever, and soon the main thread waits for that
thread. So a Ctrl-C that arrives there is asked again a moment later, until it lands outside.
"""

from __future__ import annotations

import _thread
import signal
import threading
import time
from types import FrameType

AGAIN_AFTER = 0.001  # seconds
_again = _thread.allocate_lock()  # held while no Ctrl-C waits to be asked again
_again.acquire()
_asker: threading.Thread | None = None


def install() -> None:
    """Handle Ctrl-C this way from now on (only the main thread may set a signal's handler)."""
    global _asker
    if threading.current_thread() is not threading.main_thread():
        return
    if _asker is None:
        _asker = threading.Thread(target=_ask_again, name="clusterdesk-ctrl-c", daemon=True)
        _asker.start()
    signal.signal(signal.SIGINT, on_ctrl_c)


def on_ctrl_c(signum: int, frame: FrameType | None) -> None:
    if not in_import_machinery(frame):
        raise KeyboardInterrupt
    try:
        _again.release()  # the asker thread asks again in a moment
    except RuntimeError:  # released already: it is about to ask
        pass


def in_import_machinery(frame: FrameType | None) -> bool:
    """Whether the main thread stands in importlib's own code, not in a module being imported
    (a Ctrl-C handled inside this handler stands where the outer one stood)."""
    while frame is not None and frame.f_code is on_ctrl_c.__code__:
        frame = frame.f_back
    return frame is not None and frame.f_code.co_filename.startswith("<frozen importlib")


def _ask_again() -> None:
    while True:
        _again.acquire()
        time.sleep(AGAIN_AFTER)
        _thread.interrupt_main(signal.SIGINT)
