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
