"""The analysis child process: the same Results as analysis.run in this process, the survey sent
once, the analyst's errors as the same message, and no child left behind."""

from __future__ import annotations

import dataclasses
import io
import os
import signal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from clusterdesk.analysis import code, run
from clusterdesk.analysis.child import AnalysisProcess, receive, send
from clusterdesk.errors import Cancelled, UserError
from clusterdesk.runtime import Task
from tests.analysis.helpers import mapping, random_survey, raw_table

TIMEOUT = 120


@pytest.fixture(scope="module")
def survey():
    frame = random_survey(600, seed=4)
    return code(raw_table(frame), mapping(frame, sector="Sector"))


@pytest.fixture
def child():
    proc = AnalysisProcess()
    yield proc
    proc.close()


def gone(pid: int) -> bool:
    """True when no process ``pid`` exists any more (reaped, not a zombie)."""
    return not Path(f"/proc/{pid}").exists()


def numbers(results) -> list:
    """Every number of every table and model, NaN-safe, in a stable order."""
    out = []
    for key in sorted(results.tables):
        t = results.tables[key]
        out.append((key, [c.key for c in t.columns],
                    [(r.key, r.group, r.values, r.ci_low, r.ci_high) for r in t.rows],
                    [(g.key, g.chi2, g.df, g.p) for g in t.tests], t.notes))
    for m in results.regression.models:
        out.append((m.outcome, m.n, m.pseudo_r2, m.llf, m.error,
                    [(x.key, x.coef, x.se, x.p, x.ame, x.ame_se) for x in m.terms]))
    return out


def test_wire_sends_numpy_arrays_out_of_band():
    arr = np.arange(100_000, dtype=np.float64)
    buf = io.BytesIO()
    send(buf, ("x", arr, {"k": [1, "a"]}))
    assert len(buf.getvalue()) < arr.nbytes + 1000  # the array once, as raw bytes
    buf.seek(0)
    kind, back, extra = receive(buf)
    assert kind == "x" and extra == {"k": [1, "a"]}
    np.testing.assert_array_equal(back, arr)


def test_child_gives_the_same_results_as_in_process(child, survey):
    settings = survey.mapping.settings
    here = run(survey, settings)
    there = child.run(survey, settings)
    assert numbers(there) == numbers(here)
    assert there.input == here.input and there.settings == here.settings
    pd.testing.assert_frame_equal(there.firms, here.firms)
    # another setting: only the settings travel, the child keeps the survey
    other = dataclasses.replace(settings, regional_min=5, model="probit")
    assert numbers(child.run(survey, other)) == numbers(run(survey, other))


def test_rows_dropped_in_coding_keep_their_index(child):
    frame = random_survey(300, seed=9)
    frame.iloc[10:20] = None  # blank rows: coding drops them, the index has gaps
    survey = code(raw_table(frame), mapping(frame))
    assert len(survey.data) == 290
    here, there = run(survey), child.run(survey, survey.mapping.settings)
    assert numbers(there) == numbers(here)
    pd.testing.assert_frame_equal(there.firms, here.firms)


def test_an_analyst_error_arrives_as_the_same_message(child, survey):
    # (a survey without a region is no error since spec 7: Tables 1 and 2 still hold)
    wrong = dataclasses.replace(survey.mapping.settings, model="tobit")
    with pytest.raises(UserError) as here:
        run(survey, wrong)
    with pytest.raises(UserError) as there:
        child.run(survey, wrong)
    assert str(there.value) == str(here.value)
    # the child still serves the next survey
    assert numbers(child.run(survey, survey.mapping.settings)) == numbers(run(survey))


def test_a_stopped_run_raises_cancelled_and_the_child_serves_on(child, survey):
    with pytest.raises(Cancelled):
        child.run(survey, survey.mapping.settings, task=Task(should_stop=lambda: True))
    assert child.run(survey, survey.mapping.settings).input.rows_used == len(survey.data)


def test_close_kills_the_child(child, survey):
    child.run(survey, survey.mapping.settings)
    pid = child.pid
    assert pid is not None and not gone(pid)
    child.close()
    assert gone(pid)


def test_a_child_that_dies_becomes_a_message_and_the_next_run_starts_another(child, survey):
    child.run(survey, survey.mapping.settings)
    pid = child.pid

    def kill_it(*_):
        os.kill(pid, signal.SIGKILL)

    with pytest.raises(UserError, match="stopped unexpectedly"):
        child.run(survey, survey.mapping.settings, task=Task(kill_it))
    results = child.run(survey, survey.mapping.settings)  # a new child, the survey sent again
    assert child.pid != pid
    assert numbers(results) == numbers(run(survey))


def test_the_child_ends_when_its_parent_goes():
    """Its stdin closing (the parent's end) ends the child: no orphan after a crash."""
    proc = AnalysisProcess()
    proc.start()
    child = proc._proc
    child.stdin.close()
    assert child.wait(timeout=TIMEOUT) == 0
    proc.close()
