"""Ctrl-C in the moment between building the workbook and saving it (the step that reports
"Saving the workbook"): the half-built workbook is discarded, so the interpreter's exit prints
nothing (before, openpyxl's streamed sheets printed ~70 lines of 'Exception ignored ... I/O
operation on closed file') and no temporary file stays beside the report."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CODE = textwrap.dedent('''
    import sys
    import clusterdesk.report.excel as ex
    from clusterdesk.analysis import analyse_file
    from clusterdesk.mapping import fileformat
    from clusterdesk.paths import demo_mapping, demo_survey
    from clusterdesk.runtime import Task

    res = analyse_file(demo_survey(), fileformat.load(demo_mapping()))

    def progress(fraction, message):
        if message == "Saving the workbook":
            raise KeyboardInterrupt

    try:
        ex.write_workbook(res, sys.argv[1], task=Task(progress))
    except KeyboardInterrupt:
        print("interrupted")
''')


def test_ctrl_c_before_the_save_leaves_no_noise_and_no_file(tmp_path: Path):
    target = tmp_path / "report.xlsx"
    done = subprocess.run([sys.executable, "-c", CODE, str(target)], capture_output=True,
                          text=True, timeout=300)
    assert done.stdout.strip() == "interrupted"
    assert done.stderr == ""
    assert list(tmp_path.iterdir()) == []


CLI_CODE = textwrap.dedent('''
    import sys
    import clusterdesk.analysis.regression as regression
    from clusterdesk.cli import _main  # without main's private temporary folder, removed whole

    def interrupted(*args, **kwargs):  # Ctrl-C in the models, the data sheet under way
        raise KeyboardInterrupt

    regression.regression = interrupted
    print(_main(["report", "--demo", "--out", sys.argv[1], "--json", sys.argv[2], "--quiet"]))
''')


def test_ctrl_c_during_the_analysis_stops_the_data_sheet_and_leaves_no_file(tmp_path: Path):
    """The command begins the data sheet when the firms are classified; Ctrl-C in the models
    after that stops its thread and removes its temporary files (TMPDIR is watched)."""
    temp, out = tmp_path / "temp", tmp_path / "out"
    temp.mkdir()
    out.mkdir()
    env = dict(__import__("os").environ, TMPDIR=str(temp))
    done = subprocess.run([sys.executable, "-c", CLI_CODE, str(out / "r.xlsx"),
                           str(out / "r.json")], capture_output=True, text=True, timeout=300,
                          env=env)
    assert done.stdout.strip() == "130", done.stderr
    assert done.stderr == "clusterdesk: interrupted.\n"
    assert list(out.iterdir()) == []
    assert list(temp.iterdir()) == []


def test_a_sheet_whose_closing_was_cut_short_is_still_discarded(tmp_path: Path):
    """Ctrl-C inside openpyxl's writing of a sheet's end ends that sheet's writer; discarding
    the workbook then must not fail on it (a StopIteration reached the analyst as an internal
    error) and must still remove its file."""
    import os

    from openpyxl import Workbook

    from clusterdesk.report.excel import discard

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("T1")
    ws.append([1, "a"])
    ws._get_writer()
    try:
        ws._writer.xf.throw(KeyboardInterrupt)  # as a Ctrl-C inside the writer's generator
    except KeyboardInterrupt:
        pass
    out = ws._writer.out
    assert os.path.exists(out) and not ws.closed
    discard(wb)
    assert not os.path.exists(out)
