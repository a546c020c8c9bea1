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


def _noted(ran: list, task: Task) -> str:
    ran.append(True)
    return "done"


def test_a_job_started_soon_runs_after_the_event_loop_turns_and_not_at_all_once_cancelled(
        qtbot):
    """soon=True puts the job on the pool at the next turn of the event loop (after the window
    drew); cancelled before then, it never runs and says it was cancelled."""
    runner = JobRunner()
    ran, done = [], []
    runner.start(Job(_noted, ran), on_done=done.append, soon=True)
    time.sleep(0.2)  # no event loop: the job is not on the pool yet
    assert ran == [] and runner.busy
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    assert ran == [True] and done == ["done"] and not runner.busy

    skipped, cancelled = [], []
    runner.start(Job(_noted, skipped), on_done=done.append, soon=True,
                 on_cancel=lambda: cancelled.append(True))
    runner.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=15000)
    assert skipped == [] and done == ["done"] and not runner.busy


def test_wait_starts_a_job_still_waiting_for_the_event_loop_and_waits_for_it(qtbot):
    runner = JobRunner()
    ran = []
    runner.start(Job(_noted, ran), soon=True)
    assert runner.wait(15000)
    assert ran == [True]
    qtbot.wait(50)  # the turn of the event loop that would have started it: nothing twice
    assert ran == [True]
