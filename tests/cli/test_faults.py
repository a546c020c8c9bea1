"""Faults while writing, made real: a full disk, a read-only disk, folders without permission,
Ctrl-C and a kill during the save. Each ends in one line (exit 2, or 130 for Ctrl-C), the previous
report intact, and nothing left beside the report or in the temporary folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from clusterdesk.paths import demo_mapping, demo_survey
from tests.cli.faults import clusterdesk_bound, fill, permissions_hold, tmpfs

OLD = b"the previous report"


def run(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)],
                          capture_output=True, text=True, timeout=180, env=env)


def one_line(done: subprocess.CompletedProcess, code: int = 2) -> str:
    assert done.returncode == code, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def with_tmpdir(path: Path) -> dict:
    path.mkdir(exist_ok=True)
    return dict(os.environ, TMPDIR=str(path))


def test_full_disk_is_one_line_and_keeps_the_previous_report(tmp_path):
    with tmpfs(tmp_path / "disk", size_kb=256) as disk:
        (disk / "report.xlsx").write_bytes(OLD)
        fill(disk)
        systmp = tmp_path / "systmp"
        line = one_line(run("report", "--demo", "--out", disk / "report.xlsx",
                            env=with_tmpdir(systmp)))
        assert "'report.xlsx'" in line and "disk is full" in line
        assert (disk / "report.xlsx").read_bytes() == OLD
        assert leftovers(disk) == [] and list(systmp.iterdir()) == []


def test_read_only_disk_is_one_line(tmp_path):
    with tmpfs(tmp_path / "disk", read_only=True) as disk:
        line = one_line(run("report", "--demo", "--out", disk / "report.xlsx"))
        assert "'report.xlsx'" in line and "read-only" in line
        line = one_line(run("report", "--demo", "--json", disk / "results.json"))
        assert "results.json" in line and "Read-only" in line
        assert list(disk.iterdir()) == []


@pytest.mark.skipif(permissions_hold() is not None, reason=str(permissions_hold()))
def test_folders_without_permission_are_one_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    survey = locked / "survey.xlsx"
    survey.write_bytes(demo_survey().read_bytes())
    shut = tmp_path / "shut"
    shut.mkdir()
    (shut / "report.xlsx").write_bytes(OLD)
    locked.chmod(0o000)  # may not be searched: nothing inside can be reached
    shut.chmod(0o555)  # may be read, not written
    try:
        line = one_line(clusterdesk_bound("report", survey, "--mapping", demo_mapping(),
                                          "--json", tmp_path / "r.json"))
        assert str(survey) in line and "permission" in line
        line = one_line(clusterdesk_bound("report", "--demo", "--out", locked / "r.xlsx"))
        assert "'r.xlsx'" in line and str(locked) in line
        line = one_line(clusterdesk_bound("report", demo_survey(), "--mapping",
                                          locked / "m.clusterdesk.json", "--json",
                                          tmp_path / "r.json"))
        assert "m.clusterdesk.json" in line
        line = one_line(clusterdesk_bound("report", "--demo", "--out", shut / "report.xlsx"))
        assert "'report.xlsx'" in line and "read-only for you" in line
    finally:
        locked.chmod(0o755)
        shut.chmod(0o755)
    assert (shut / "report.xlsx").read_bytes() == OLD and leftovers(shut) == []


@pytest.fixture(scope="module")
def big_survey(tmp_path_factory) -> Path:
    """The demo survey 25 times over as CSV: a save long enough to be interrupted."""
    raw = pd.read_excel(demo_survey(), sheet_name="Data", engine="calamine")
    path = tmp_path_factory.mktemp("big") / "big.csv"
    pd.concat([raw] * 25, ignore_index=True).to_csv(path, index=False)
    return path


def _stopped_while_saving(survey: Path, target: Path, sig: int, env: dict):
    """Start a report, send ``sig`` as soon as its temporary file appears; return the process."""
    proc = subprocess.Popen([sys.executable, "-m", "clusterdesk", "report", str(survey),
                             "--mapping", str(demo_mapping()), "--out", str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 170
    while time.monotonic() < deadline and proc.poll() is None:
        if leftovers(target.parent):
            proc.send_signal(sig)
            break
        time.sleep(0.005)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_ctrl_c_while_saving_is_one_line_and_leaves_nothing(tmp_path, big_survey):
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    target.write_bytes(OLD)
    systmp = tmp_path / "systmp"
    done = _stopped_while_saving(big_survey, target, signal.SIGINT, with_tmpdir(systmp))
    assert one_line(done, 130) == "clusterdesk: interrupted."
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == [] and list(systmp.iterdir()) == []


def test_kill_while_saving_is_cleared_by_the_next_run(tmp_path, big_survey):
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    target.write_bytes(OLD)
    systmp = tmp_path / "systmp"
    killed = _stopped_while_saving(big_survey, target, signal.SIGKILL, with_tmpdir(systmp))
    assert killed.returncode == -signal.SIGKILL
    assert target.read_bytes() == OLD
    assert len(leftovers(target.parent)) == 1 and len(list(systmp.iterdir())) == 1
    (target.parent / "notes.xlsx.tmp").write_bytes(b"not ours")
    done = run("report", "--demo", "--out", target, "-q", env=with_tmpdir(systmp))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes()[:2] == b"PK"  # a new workbook replaced the old report
    assert leftovers(target.parent) == ["notes.xlsx.tmp"] and list(systmp.iterdir()) == []


def test_a_live_save_is_not_cleared(tmp_path):
    """Only the files of saves whose process is gone are removed."""
    from clusterdesk.report.excel_save import clear_leftovers

    target = tmp_path / "report.xlsx"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as alive:
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout.strip()
        live = tmp_path / f".report-{alive.pid}-0123abcd.xlsx.tmp"
        dead = tmp_path / f".report-{gone}-89abcdef.xlsx.tmp"
        other = tmp_path / f".summary-{gone}-89abcdef.xlsx.tmp"
        for p in (live, dead, other):
            p.write_bytes(b"x")
        assert clear_leftovers(target) == [dead]
        alive.kill()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])
