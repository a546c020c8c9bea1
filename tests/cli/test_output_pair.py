"""Found by the fault campaign: a report and a results file written by one command stay a pair
(a full disk that takes the results file but not the workbook used to replace the first and
keep the old second, exit 2); Ctrl-C at any moment of a run, starting up included, is one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.cli.faults import fill, tmpfs


def run(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)],
                          capture_output=True, text=True, timeout=300, env=env)


def test_a_disk_with_room_for_the_results_file_only_keeps_both_previous_files(tmp_path):
    alone = tmp_path / "alone.json"
    assert run("report", "--demo", "--json", alone, "-q").returncode == 0
    room = alone.stat().st_size + 16 * 1024  # the results file fits, the workbook does not
    with tmpfs(tmp_path / "out", size_kb=1024) as out:
        report, results = out / "report.xlsx", out / "results.json"
        report.write_bytes(b"the previous report")
        results.write_bytes(b"the previous results")
        fill(out)
        filler = out / "filler"
        os.truncate(filler, filler.stat().st_size - room)
        done = run("report", "--demo", "--json", results, "--out", report, "-q")
        assert done.returncode == 2, done.stderr
        (line,) = done.stderr.strip().splitlines()
        assert "'report.xlsx'" in line and "disk is full" in line
        assert report.read_bytes() == b"the previous report"
        assert results.read_bytes() == b"the previous results"
        assert sorted(p.name for p in out.iterdir()) == ["filler", "report.xlsx", "results.json"]
        os.unlink(filler)  # with room again both are written
        assert run("report", "--demo", "--json", results, "--out", report, "-q").returncode == 0
        assert json.loads(results.read_text())["format"] == "clusterdesk-results"
        assert report.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("delay", [0.0, 0.3, 1.0, 2.5])
def test_ctrl_c_at_any_moment_is_one_line(tmp_path, delay):
    """From the command's start on (its private temporary folder appears: before that, Python
    itself is starting): importing, reading, analysing, saving or clearing up."""
    target, systmp = tmp_path / "results.json", tmp_path / "systmp"
    systmp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "clusterdesk", "report", "--demo", "--json",
                             str(target), "--out", str(tmp_path / "report.xlsx")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, TMPDIR=str(systmp)),
                            # a shell's background job ignores Ctrl-C, and its children with it
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while proc.poll() is None and not any(systmp.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.002)
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=300)
    # the demo takes seconds, so an early Ctrl-C finds it running
    assert proc.returncode in ((130,) if delay < 0.5 else (0, 130)), err
    assert "Traceback" not in err and "Exception ignored" not in err
    if proc.returncode == 130:
        assert err.strip().splitlines() == ["clusterdesk: interrupted."]
        assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
