"""From a file and a saved mapping straight to results: the demo, projects, Export report…"""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton

from clusterdesk import io
from clusterdesk.analysis import run
from clusterdesk.analysis.coding import code
from clusterdesk.gui import recent
from clusterdesk.gui.app import parse, start
from clusterdesk.mapping import fileformat
from clusterdesk.mapping import project as project_file
from clusterdesk.mapping.model import Settings
from tests.gui.wizard_helpers import TIMEOUT, error_boxes, settle, window


def _wait_results(qtbot, w) -> None:
    settle(qtbot, w)


def test_demo_opens_to_results(qtbot, demo_survey, demo_mapping):
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        start(w, parse(["--demo"]))
    _wait_results(qtbot, w)
    assert w.stack.currentWidget() is not w.start_page
    assert w.windowTitle() == "demo_survey.xlsx — ClusterDesk"
    mapping = fileformat.load(demo_mapping)
    direct = code(io.read(demo_survey, sheet=mapping.source.sheet,
                          header_row=mapping.source.header_row), mapping)
    assert w.survey.data.equals(direct.data)
    # the demo file's data rows, counted with openpyxl: every firm is in the status bar
    ws = load_workbook(demo_survey, read_only=True)[mapping.source.sheet]
    n_rows = sum(1 for row in ws.iter_rows(min_row=2, values_only=True)
                 if any(c not in (None, "") for c in row))
    assert f"{n_rows:,} firms".replace(",", " ") in w.statusBar().currentMessage()
    assert w.act_export.isEnabled() and w.act_save_project.isEnabled()
    assert recent.recent_files() == []  # the demo is not a recent file


def test_file_with_mapping_goes_straight_to_results_and_export(qtbot, demo_survey,
                                                               demo_mapping, tmp_path):
    data = shutil.copy(demo_survey, tmp_path / "survey 2025.xlsx")
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        start(w, parse([str(data), "--mapping", str(demo_mapping)]))
    _wait_results(qtbot, w)
    assert w.wizard is None
    entry = recent.recent_files()[0]
    assert entry.path == str(Path(data).absolute()) and entry.mapping == str(demo_mapping)
    assert entry.sheet == "Data"

    target = tmp_path / "rapport.xlsx"
    job = w.export_report(target, lang="nb", include_data=False)
    assert job is not None
    qtbot.waitUntil(lambda: target.exists() and not w.runner.busy, timeout=TIMEOUT)
    assert not error_boxes()
    wb = load_workbook(target)
    assert len(wb.sheetnames) >= 2
    # the workbook holds the numbers of the results the window shows (T3 average, Total)
    t3 = w.results.tables["cluster_extent"]
    average_total = t3.value("average", "Total")
    found = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, float) and abs(c.value - average_total) < 1e-9]
    assert found


def test_project_reopens_everything_and_asks_for_a_moved_file(qtbot, demo_survey,
                                                              demo_mapping, tmp_path):
    data = Path(shutil.copy(demo_survey, tmp_path / "survey.xlsx"))
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        w.open_with_mapping(data, demo_mapping)
    w.apply_settings(Settings(min_answered=5, regional_min=5, nonregional_max=3,
                              model="probit"))
    qtbot.waitUntil(lambda: w.results is not None
                    and w.results.settings.regional_min == 5, timeout=TIMEOUT)
    settle(qtbot, w)
    proj = tmp_path / "study.clusterdesk-project.json"
    w.save_project(proj)
    assert project_file.load(proj).settings.model == "probit"

    # the survey moves to another folder: the app asks where it is
    moved = tmp_path / "elsewhere" / "survey.xlsx"
    moved.parent.mkdir()
    shutil.move(data, moved)
    asked: list[Path] = []
    w2 = window(qtbot)
    with qtbot.waitSignal(w2.surveyLoaded, timeout=TIMEOUT):
        w2.open_project(proj, locate=lambda old: asked.append(old) or str(moved))
    assert asked == [data.absolute()]
    assert w2.source_path == moved
    assert fileformat.to_dict(w2.mapping) == fileformat.to_dict(w.mapping)
    assert w2.current_settings().regional_min == 5 and w2.current_settings().model == "probit"
    assert w2.survey.data.equals(w.survey.data)
    expected = run(w.survey, w.current_settings()).tables["cluster_classification"]
    _wait_results(qtbot, w2)
    shown = w2.results.tables["cluster_classification"]
    assert [r.values for r in shown.rows] == [r.values for r in expected.rows]
    # cancelling the question leaves the window as it was
    w3 = window(qtbot)
    moved.unlink()
    w3.open_project(proj, locate=lambda old: None)
    assert w3.survey is None and w3.stack.currentWidget() is w3.start_page
    settle(qtbot, w2)


def test_cancelled_export_leaves_no_file(qtbot, demo_survey, demo_mapping, tmp_path):
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        w.open_with_mapping(demo_survey, demo_mapping)
    settle(qtbot, w)
    target = tmp_path / "report.xlsx"
    job = w.export_report(target, lang="en", include_data=True)
    cancel = w.progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    assert job.cancelled
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=TIMEOUT)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report")]
    assert not error_boxes()


def test_next_years_file_with_last_years_mapping(qtbot, demo_survey, demo_mapping, tmp_path):
    """A renamed question: the saved mapping is fitted and the analyst is told what changed."""
    mapping = fileformat.load(demo_mapping)
    old = mapping.columns["product"]
    wb = load_workbook(demo_survey)
    ws = wb[mapping.source.sheet]
    cell = next(c for c in ws[1] if c.value == old)
    cell.value = "Q12 New or significantly improved products or services (last 3 years)"
    next_year = tmp_path / "survey 2026.xlsx"
    wb.save(next_year)
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        start(w, parse([str(next_year), "--mapping", str(demo_mapping)]))
    assert not error_boxes()  # told in the banner over the results, not in a message box
    banner = w.workspace.fit_banner
    assert banner.isVisible() and "fitted" in banner.title.text()
    assert [line for line in banner.lines() if cell.value in line]
    settle(qtbot, w)
    assert w.mapping.columns["product"] == cell.value
    # the product column is read exactly as last year's was
    direct = code(io.read(demo_survey, sheet=mapping.source.sheet), mapping)
    assert w.survey.data["product"].equals(direct.data["product"])
