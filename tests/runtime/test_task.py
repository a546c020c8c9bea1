"""runtime.Task: progress in its own range, cancel between steps, pieces covering every row."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import clusterdesk.io as io
from clusterdesk.errors import Cancelled
from clusterdesk.runtime import IDLE, Task


def test_step_reports_the_fraction_of_its_own_range():
    seen: list[tuple[float, str]] = []
    task = Task(lambda f, m: seen.append((f, m)))
    task.step(0.5, "half")
    part = task.sub(0.2, 0.6)
    part.step(0.0, "start of the part")
    part.step(1.0, "end of the part")
    part.sub(0.5, 1.0).step(0.5, "three quarters of the part")
    task.step()  # no fraction: nothing reported
    assert seen == [(0.5, "half"), (0.2, "start of the part"), (0.6, "end of the part"),
                    (pytest.approx(0.2 + 0.75 * 0.4), "three quarters of the part")]


def test_step_raises_cancelled_once_stop_is_asked_and_not_before():
    asked = []
    task = Task(should_stop=lambda: len(asked) > 0)
    task.step(0.1, "")
    asked.append(True)
    with pytest.raises(Cancelled):
        task.step(0.2, "")
    with pytest.raises(Cancelled):
        task.sub(0.5, 1.0).step()


def test_pieces_cover_every_row_once_and_stop_between_pieces():
    rows = np.arange(1_003)
    got = np.concatenate([rows[s] for s in IDLE.pieces(len(rows), 100)])
    assert got.tolist() == rows.tolist()
    assert list(IDLE.pieces(0, 100)) == []
    done = []
    task = Task(should_stop=lambda: len(done) >= 3)
    with pytest.raises(Cancelled):
        for s in task.pieces(1_000, 100):
            done.append(s)
    assert [s.start for s in done] == [0, 100, 200]


def test_each_steps_after_every_item():
    taken = []
    task = Task(should_stop=lambda: len(taken) >= 2)
    with pytest.raises(Cancelled):
        for item in task.each("abcd"):
            taken.append(item)
    assert taken == ["a", "b"]


def test_worded_passes_each_message_through_and_keeps_the_range_and_the_stop():
    seen, stop = [], []
    task = Task(lambda f, m: seen.append((f, m)), lambda: bool(stop)).sub(0.5, 1.0)
    loud = task.worded(str.upper)
    loud.step(0.5, "half")
    loud.sub(0.0, 0.5).step(1.0, "part")
    assert seen == [(0.75, "HALF"), (0.75, "PART")]
    stop.append(True)
    with pytest.raises(Cancelled):
        loud.step()
    assert IDLE.worded(str.upper) is IDLE


def test_read_with_a_task_reports_and_cancels(tmp_path):
    path = tmp_path / "firms.csv"
    frame = pd.DataFrame({"Firm": [f"F{i}" for i in range(50)], "Region": ["Oslo", "Bergen"] * 25})
    frame.to_csv(path, index=False)
    seen: list[float] = []
    table = io.read(path, task=Task(lambda f, m: seen.append(f)).sub(0.5, 1.0))
    assert table.columns == ["Firm", "Region"] and table.n_rows == 50
    assert table.data["Region"].tolist() == frame["Region"].tolist()
    assert seen[0] == 0.5 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        io.read(path, task=Task(should_stop=lambda: True))
