"""A reading child started ahead of its job (the command line starts it before it has opened
the file) reads as a child started with its job does; one never given a job ends by itself,
and one that died meanwhile is replaced."""

from __future__ import annotations

import numpy as np
import pytest

from clusterdesk.cli import report_cmd
from clusterdesk.io import contain
from clusterdesk.io.limits import Limits
from clusterdesk.paths import demo_survey
from clusterdesk.runtime import once


@pytest.fixture(autouse=True)
def _no_child_left():
    yield
    contain._drop_ahead()


def _job() -> dict:
    return {"path": str(demo_survey()), "sheet": 0, "nrows": None,
            "part": "xl/worksheets/sheet1.xml"}


def _read(running) -> tuple:
    reply = contain.finish(running, Limits())
    cells = contain.cells(reply)
    return reply.sheets, reply.width, [list(c) for c in cells.columns]


def test_the_child_started_ahead_reads_the_job_it_is_given_later():
    contain.start_ahead()
    ahead = contain._AHEAD[0]
    running = contain.start(_job(), Limits())
    assert running.proc is ahead and not contain._AHEAD  # handed the job, not a new child
    assert running.proc.args[-1] == once.WAITING
    got = _read(running)
    fresh = contain.start(_job(), Limits())
    assert fresh.proc is not ahead
    want = _read(fresh)
    assert got[:2] == want[:2]
    assert len(got[2]) == want[1] and len(got[2][0]) == 2003  # the header and 2,002 firms
    for mine, theirs in zip(got[2], want[2], strict=True):
        assert [type(v) for v in mine] == [type(v) for v in theirs]
        assert np.array_equal(np.array(mine, dtype=object), np.array(theirs, dtype=object))


def test_a_child_never_given_a_job_ends_quietly():
    contain.start_ahead()
    proc = contain._AHEAD[0]
    contain._drop_ahead()
    assert proc.returncode is not None and not contain._AHEAD
    again = once.spawn_once("clusterdesk.io.contain", contain.CHILD_FLAG, **contain._ENV)
    again.stdin.close()  # the parent gone: its stdin ends, and so does the child, on its own
    again.stdin = None
    out, err = again.communicate(timeout=60)
    assert (again.returncode, out, err) == (0, b"", b"")


def test_a_child_that_died_before_its_job_is_replaced():
    contain.start_ahead()
    dead = contain._AHEAD[0]
    dead.kill()
    dead.wait()
    running = contain.start(_job(), Limits())
    assert running.proc is not dead
    assert _read(running)[1] == 19


def test_the_report_command_starts_one_for_a_workbook_only(tmp_path):
    csv = tmp_path / "survey.csv"
    csv.write_text("Firm,Region\nF1,Oslo\n", encoding="utf-8")
    report_cmd._reader_ahead(csv)
    assert not contain._AHEAD
    report_cmd._reader_ahead(tmp_path / "missing.xlsx")  # the reading will say what is wrong
    assert not contain._AHEAD
    report_cmd._reader_ahead(demo_survey())
    assert len(contain._AHEAD) == 1
