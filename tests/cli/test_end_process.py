"""A sub-command ends the process without unloading the libraries, after running the exit
handlers and flushing what it printed; its exit code is kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

SCRIPT = """
import atexit, sys
sys.path.insert(0, {src!r})

class Unloaded:  # a module global's finaliser runs only when the interpreter tears down
    def __del__(self):
        print("torn down", flush=True)

kept = Unloaded()
atexit.register(lambda: print("exit handler ran"))
sys.argv = ["clusterdesk"] + {argv!r}
from clusterdesk.cli import entry
entry()
"""


def run(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(src=str(SRC), argv=argv)],
                          capture_output=True, text=True, timeout=120)


def test_a_command_ends_at_once_with_its_output_and_exit_handlers(tmp_path):
    results = tmp_path / "demo.json"
    done = run(["report", "--demo", "--json", str(results)])
    assert done.returncode == 0, done.stderr
    assert results.stat().st_size > 1000
    assert "exit handler ran" in done.stdout  # printed without flush: flushed before the end
    assert "torn down" not in done.stdout  # the interpreter was not torn down


def test_a_refused_command_keeps_its_exit_code(tmp_path):
    done = run(["report", str(tmp_path / "missing.xlsx"), "--mapping",
                str(tmp_path / "missing.clusterdesk.json")])
    assert done.returncode == 2
    assert done.stderr.startswith("clusterdesk: ")
    assert "exit handler ran" in done.stdout
    assert "torn down" not in done.stdout


def test_a_command_run_in_this_process_returns(tmp_path):
    from clusterdesk.cli import main

    assert main(["report", str(tmp_path / "missing.xlsx"), "--mapping",
                 str(tmp_path / "missing.clusterdesk.json")]) == 2  # main itself never exits
