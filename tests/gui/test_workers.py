"""gui.workers.Job hands the work one Task: its steps arrive as the progress signal on the GUI
thread, and cancel() makes the next step raise Cancelled (the cancelled signal, no result)."""

from __future__ import annotations

import time

from clusterdesk.gui.workers import Job, JobRunner
from clusterdesk.runtime import Task


def _until_stopped(n: int, task: Task) -> str:
    task.step(0.5, f"half of {n}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        task.step()  # Cancelled once the job is cancelled
    return "never stopped"


def _counted(n: int, task: Task) -> int:
    for i in range(n):
        task.step(i / n, f"item {i}")
    return n


def test_progress_arrives_and_cancel_stops_the_work_at_its_next_step(qtbot):
    runner = JobRunner()
    seen, done, cancelled = [], [], []
    job = Job(_until_stopped, 3)

    def heard(fraction: float, message: str) -> None:
        seen.append((fraction, message))
        job.cancel()

    runner.start(job, on_done=done.append, on_progress=heard,
                 on_cancel=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: bool(cancelled), timeout=15000)
    assert seen == [(0.5, "half of 3")] and done == [] and not runner.busy


def test_a_job_not_cancelled_gives_its_result_after_every_step(qtbot):
    runner = JobRunner()
    seen, done = [], []
    runner.start(Job(_counted, 4), on_done=done.append,
                 on_progress=lambda f, m: seen.append((f, m)))
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    assert done == [4]
    assert seen == [(i / 4, f"item {i}") for i in range(4)]
