"""What the start-up path leaves out or does once, so that the window shows sooner
(benchmarks/startup.py times it; these tests only check the shortcuts change nothing)."""

from __future__ import annotations

from clusterdesk.gui.app import _parser, parse
from tests.gui.fresh import last_line


def test_a_launch_without_arguments_opens_what_the_parser_would():
    assert parse([]) == _parser().parse_known_args([])[0]


def test_arguments_are_still_parsed():
    args = parse(["survey.xlsx", "--sheet", "2", "--mapping", "m.clusterdesk.json", "-psn_0_1"])
    assert (args.file, args.sheet, args.mapping, args.demo, args.project) == (
        "survey.xlsx", "2", "m.clusterdesk.json", False, None)
    assert parse(["--demo"]).demo is True


def test_app_icon_is_made_once_with_every_size(qtbot):
    from clusterdesk.gui.start_page import app_icon

    icon = app_icon()
    assert app_icon() is icon
    assert sorted(s.width() for s in icon.availableSizes()) == [16, 24, 32, 48, 64, 128, 256]


def test_json_and_dataclasses_load_before_pyside(tmp_path):
    """The GUI entry imports them before PySide6, whose import hook would otherwise read the
    source of each of their modules; the start-up path does not import PySide6 any earlier."""
    code = ("import sys\n"
            "import clusterdesk.cli, clusterdesk.gui.app\n"
            "print(sorted(m for m in ('json', 'dataclasses', 'PySide6') if m in sys.modules))\n")
    assert last_line(code, tmp_path) == "['dataclasses', 'json']"


def test_garbage_collector_runs_again_once_the_window_is_up(tmp_path):
    """Paused while the window is built, then on again, with what start-up made frozen out of
    its later passes."""
    code = ("import gc, os\n"
            "os.environ['CLUSTERDESK_SMOKE_TEST'] = '1'\n"
            "from clusterdesk.gui.app import main\n"
            "assert gc.isenabled() and gc.get_freeze_count() == 0\n"
            "code = main([])\n"
            "print(code, gc.isenabled(), gc.get_freeze_count() > 10000)\n")
    assert last_line(code, tmp_path) == "0 True True"


def test_what_opening_a_survey_needs_is_imported_ahead_in_a_thread(tmp_path):
    """After the window shows, app.main starts a thread that imports numpy, the workspace and
    the wizard's pages, which the first Open survey otherwise imported on the GUI thread."""
    code = ("import os, sys, threading\n"
            "os.environ['CLUSTERDESK_SMOKE_TEST'] = '1'\n"
            "from clusterdesk.gui.app import main\n"
            "from clusterdesk.gui.main_window import OPENING_NEEDS\n"
            "before = sorted(m for m in OPENING_NEEDS if m in sys.modules)\n"
            "main([])\n"
            "for t in threading.enumerate():\n"
            "    if t.name == 'clusterdesk-import-ahead': t.join(60)\n"
            "print(before, [m for m in OPENING_NEEDS if m not in sys.modules])\n")
    assert last_line(code, tmp_path) == "[] []"
