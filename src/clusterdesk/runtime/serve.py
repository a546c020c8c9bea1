"""The child's side: its reply channel, memory limit and peak, and for a
``runtime.child.Service`` the loop that reads requests from stdin until it closes and answers
each with a typed message (runtime/wire.py).

A newer request stops an older one at its next step (``task.step``), as does a ``Stop`` from the
parent; the child ends when its stdin closes, so it cannot outlive the parent.
"""

from __future__ import annotations

import importlib
import os
import queue
import threading
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

from clusterdesk.errors import Cancelled, UserError
from clusterdesk.runtime import wire
from clusterdesk.runtime.task import Task


def reply_stream() -> BinaryIO:
    """The child's end for replies (its stdout), with stray prints sent to stderr instead."""
    out = os.fdopen(os.dup(1), "wb")
    try:
        os.dup2(2, 1)  # a stray print must not break the replies
    except OSError:  # no stderr (a windowed build): stray prints go to the pipe's old copy
        pass
    return out


def limit_memory(size: int) -> None:
    """Cap this (child) process's address space at ``size`` bytes where the system can; on
    Windows there is no such limit and the parent's timeout still holds."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    except (ImportError, ValueError, OSError):
        pass


def peak_memory_kb() -> int | None:
    """This process's peak resident memory, where the system tells it."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def serve(handle: Callable[[wire.Request, Task], Any], preload: Iterable[str] = (),
          warm_up: Callable[[], None] | None = None) -> None:
    """Answer requests with ``handle(request, task)``: its value comes back as ``Done`` (or as
    it is, when it is a ``Done``); requests whose ``answers`` is False get no answer. Modules
    in ``preload`` are imported before the first request is read (what unpickling one needs:
    numpy's import breaks when two threads run it at once); ``warm_up`` runs meanwhile."""
    out = reply_stream()
    inbox: queue.Queue = queue.Queue()
    state: dict = {"latest": 0, "stopped": set()}
    lock = threading.Lock()

    def listen() -> None:
        stdin = os.fdopen(0, "rb")  # fd 0 itself: a windowed frozen build has no sys.stdin
        while True:
            try:
                msg = wire.receive(stdin)
            except (EOFError, OSError):
                os._exit(0)  # the parent is gone: so is the child
            with lock:
                if isinstance(msg, wire.Stop):
                    state["stopped"].add(msg.seq)
                    continue
                state["latest"] = max(state["latest"], msg.seq)
            inbox.put(msg)

    for name in preload:
        importlib.import_module(name)
    threading.Thread(target=listen, daemon=True).start()
    if warm_up is not None:
        warm_up()
    reply_lock = threading.Lock()

    def reply(msg: Any) -> None:
        with reply_lock:
            wire.send(out, msg)

    reply(wire.Ready())
    while True:
        request = inbox.get()
        seq = request.seq
        if not getattr(request, "answers", True):
            handle(request, Task())
            continue

        def should_stop(seq: int = seq) -> bool:
            with lock:
                return seq in state["stopped"] or seq < state["latest"]

        if should_stop():
            reply(wire.Stopped(seq))
            continue
        task = Task(lambda f, m, seq=seq: reply(wire.Progress(seq, f, m)), should_stop)
        try:
            value = handle(request, task)
        except Cancelled:
            reply(wire.Stopped(seq))
        except UserError as exc:
            reply(wire.Refused(seq, str(exc)))
        except Exception as exc:  # a bug: the traceback on stderr, one line to the parent
            import traceback

            traceback.print_exc()
            reply(wire.Failed(seq, type(exc).__name__, str(exc)))
        else:
            reply(value if isinstance(value, wire.Done) else wire.Done(seq, value))
