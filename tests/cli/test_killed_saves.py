"""A save killed half-way (a real SIGKILL of the writing process) leaves a temporary file beside
its target; the next save of the same file, in a new process, clears it. Every kind of save:
the results file, a mapping, a project, a chart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clusterdesk.paths import demo_mapping

# The child writes half a file inside the save and kills itself with SIGKILL, as a power cut or
# the task manager would: no finally block, no atexit runs.
KILLED_SAVE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from clusterdesk.atomic import replacing
    target, suffix = Path(sys.argv[1]), sys.argv[2]
    with replacing(target, suffix) as tmp:
        with open(tmp, "w") as fh:
            fh.write('{"half": ')
            fh.flush()
        os.kill(os.getpid(), signal.SIGKILL)
""")


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def killed_while_saving(target: Path, suffix: str) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(target), suffix],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    (left,) = temporaries(target.parent)
    assert left.startswith(f".{target.name[:-len(suffix)]}-") and left.endswith(suffix + ".tmp")


def test_a_killed_results_file_save_is_cleared_by_the_next_report(tmp_path):
    target = tmp_path / "results.json"
    target.write_text('{"previous": true}')
    killed_while_saving(target, ".json")
    assert json.loads(target.read_text()) == {"previous": True}  # the previous file is intact
    done = subprocess.run([sys.executable, "-m", "clusterdesk", "report", "--demo", "--json",
                           str(target), "-q"], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text())["format"] == "clusterdesk-results"
    assert temporaries(tmp_path) == []


def _save_mapping(target: Path) -> None:
    from clusterdesk.mapping import fileformat

    fileformat.save(fileformat.load(demo_mapping()), target)


def _save_project(target: Path) -> None:
    from clusterdesk.mapping import fileformat, project

    mapping = fileformat.load(demo_mapping())
    survey = target.parent / "survey.csv"
    survey.write_text("a\n1\n")
    project.save(project.Project(source_path=survey, mapping=mapping,
                                 settings=mapping.settings), target)


def _save_chart(target: Path) -> None:
    from matplotlib.figure import Figure

    from clusterdesk.report.charts import save_figure

    save_figure(Figure(), target)


@pytest.mark.parametrize(("name", "suffix", "save"), [
    ("survey.clusterdesk.json", ".json", _save_mapping),
    ("study.clusterdesk-project.json", ".json", _save_project),
    ("chart.png", ".png", _save_chart)])
def test_every_kind_of_killed_save_is_cleared_by_the_next_save(tmp_path, name, suffix, save):
    target = tmp_path / name
    killed_while_saving(target, suffix)
    other = tmp_path / f".other-{os.getpid() + 1}-0123abcd{suffix}.tmp"  # another file's save
    other.write_text("not this target's")
    save(target)
    assert target.stat().st_size > 0
    assert temporaries(tmp_path) == [other.name]


def test_a_live_writer_keeps_its_temporary_file(tmp_path):
    from clusterdesk.atomic import clear_leftovers, temp_path

    target = tmp_path / "results.json"
    mine = temp_path(target, ".json")  # this process is alive
    mine.write_text("{")
    assert clear_leftovers(target, ".json") == []
    assert mine.exists()
