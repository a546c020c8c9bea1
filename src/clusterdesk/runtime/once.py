"""A child process for one job, then it ends (the reading child, io.contain): started with its
job as its one argument, or ahead of it (``spawn_once``) and handed the job on its stdin; its
reply comes on stdout, its table in a temporary file."""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

from clusterdesk.errors import Cancelled
from clusterdesk.runtime import wire
from clusterdesk.runtime.child import command, environment, remove
from clusterdesk.runtime.task import IDLE, Task

WAITING = "-"  # in place of the job: the child gets ready, then reads its job from stdin


@dataclass
class Once:
    """A one-job child under way: its reply comes on stdout, its bulk result in ``out``."""

    proc: subprocess.Popen
    started: float
    out: str  # a temporary file the child writes its table to (removed by finish or stop)
    job: dict = field(default_factory=dict)  # what it was asked, ``out`` included


def spawn_once(module: str, flag: str, **env: str) -> subprocess.Popen:
    """Start ``module`` before its job is known (it is given WAITING): it imports what it will
    need meanwhile, and ``start_once(..., ahead=...)`` hands it the job."""
    return subprocess.Popen(command(module, flag, WAITING), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=environment(**env))


def start_once(module: str, flag: str, job: dict, suffix: str,
               ahead: subprocess.Popen | None = None, **env: str) -> Once:
    """Start ``module`` on ``job`` (its one argument, as JSON, with ``out`` added: the file for
    its table), with stderr kept for messages; or hand the job to ``ahead``, a child
    ``spawn_once`` started with the same ``env``, if it is still waiting."""
    import json

    fd, out = tempfile.mkstemp(prefix="clusterdesk-child-", suffix=suffix)
    os.close(fd)
    job = dict(job, out=out)
    try:
        proc = _handed(ahead, json.dumps(job)) if ahead is not None else None
        if proc is None:
            proc = subprocess.Popen(command(module, flag, json.dumps(job)),
                                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=environment(**env))
    except BaseException:
        remove(out)
        raise
    return Once(proc=proc, started=time.monotonic(), out=out, job=job)


def _handed(proc: subprocess.Popen, job: str) -> subprocess.Popen | None:
    """``proc`` with ``job`` written on its stdin, which is then closed; None (the child ended
    or its pipe broke: it is no use) when that fails."""
    try:
        if proc.poll() is not None or proc.stdin is None:
            raise OSError("the child started ahead has ended")
        proc.stdin.write(job.encode("utf-8") + b"\n")
        proc.stdin.close()
    except (OSError, ValueError):
        drop(proc)
        return None
    proc.stdin = None  # closed here: communicate() must not flush it again
    return proc


def drop(proc: subprocess.Popen) -> None:
    """End a child started ahead whose job never came (a closed stdin ends it; kill to be sure)."""
    try:
        if proc.stdin is not None:
            proc.stdin.close()
    except OSError:
        pass
    proc.stdin = None
    if proc.poll() is None:
        proc.kill()
    proc.communicate()


def stop(running: Once) -> None:
    """Kill a one-job child whose result is no longer wanted, and remove its file."""
    if running.proc.poll() is None:
        running.proc.kill()
    running.proc.communicate()
    remove(running.out)


def wait_once(running: Once, timeout_s: float, task: Task = IDLE) -> tuple[Any, bytes]:
    """(the child's reply or None, its stderr); a stop asked of ``task``, polled while waiting,
    kills the child and raises Cancelled; past ``timeout_s`` the child is killed and
    TimeoutError raised. The result file is left for the caller."""
    while True:
        if task.stopped():
            stop(running)
            raise Cancelled()
        left = max(0.0, timeout_s - (time.monotonic() - running.started))
        try:
            out, err = running.proc.communicate(timeout=min(left, 0.25))
            break
        except subprocess.TimeoutExpired as exc:
            if left <= 0.25:
                stop(running)
                raise TimeoutError from exc
    reply = None
    if running.proc.returncode == 0 and out:
        try:
            reply = wire.receive(io.BytesIO(out))
        except Exception:  # noqa: BLE001 - a half-written reply: the child is no use
            reply = None
    return reply, err or b""
