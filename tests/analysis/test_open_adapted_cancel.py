"""open_survey with next year's matching (adapt=True) reads through the task: the read reports
progress and a cancel stops it while the reading child runs, leaving no child behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from clusterdesk.analysis import open_survey
from clusterdesk.errors import Cancelled
from clusterdesk.mapping import fileformat
from clusterdesk.runtime import Task
from tests.cli.test_next_year import last_years_mapping, next_years_file


def _children() -> set[int]:
    """The live (not yet reaped or running) child processes of this process, from /proc."""
    me, found = os.getpid(), set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # gone meanwhile
                continue
            fields = stat[stat.rindex(")") + 2:].split()  # after "pid (name) "
            if int(fields[1]) == me:
                found.add(int(entry.name))
    return found


@pytest.fixture(scope="module")
def next_year(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("nextyear")
    return (next_years_file(folder / "survey 2026.xlsx"),
            last_years_mapping(folder / "2025.clusterdesk.json"))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="children are read from /proc")
def test_cancel_while_the_adapted_file_is_read_stops_the_child(next_year):
    path, mapping_path = next_year
    before = _children()
    asked: list[float] = []

    def should_stop() -> bool:
        if not asked and _children() - before:  # the reading child is running: stop now
            asked.append(time.perf_counter())
        return bool(asked)

    with pytest.raises(Cancelled):
        open_survey(path, fileformat.load(mapping_path), adapt=True,
                    task=Task(None, should_stop))
    assert asked, "the stop was never asked while the reading child ran"
    assert time.perf_counter() - asked[0] < 5.0  # promptly: not after reading and matching
    assert _children() - before == set()  # the child was stopped and reaped


def test_an_adapted_open_reports_the_reading_and_still_fits_the_file(next_year):
    path, mapping_path = next_year
    heard: list[tuple[float, str]] = []
    survey, changes = open_survey(path, fileformat.load(mapping_path), adapt=True,
                                  task=Task(lambda f, m: heard.append((f, m))))
    assert any(m == f"Opening {path.name}" for _, m in heard)  # io.read's own step
    fractions = [f for f, _ in heard]
    assert fractions == sorted(fractions) and 0.0 <= fractions[0] and fractions[-1] <= 0.2
    assert len(survey.data) > 0 and len(changes) >= 17  # every renamed role found again
