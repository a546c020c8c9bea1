"""The workspace's analysis child: its tables are analysis.run's, a settings change goes through
it, Cancel and closing the window end it, and an analyst's error inside it reaches the window as
the same message."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clusterdesk.analysis import run
from clusterdesk.errors import UserError
from clusterdesk.gui.workspace import Workspace
from tests.analysis.test_child import numbers
from tests.gui.test_workspace import expected_values, shown_values

TIMEOUT = 60_000


def gone(pid: int) -> bool:
    return not Path(f"/proc/{pid}").exists()


@pytest.fixture(scope="module")
def survey():
    import clusterdesk.io as io
    from clusterdesk.analysis import code
    from clusterdesk.mapping import fileformat
    from clusterdesk.paths import demo_mapping, demo_survey

    mapping = fileformat.load(demo_mapping())
    src = mapping.source
    return code(io.read(demo_survey(), sheet=src.sheet, header_row=src.header_row,
                        header_rows=src.header_rows), mapping)


def ready_workspace(qtbot) -> Workspace:
    """A shown workspace whose child has imported the engine, so every run goes through it."""
    ws = Workspace()
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    ws.start_analysis()
    qtbot.waitUntil(lambda: ws.analysis_child.ready, timeout=TIMEOUT)
    return ws


def test_tabs_filled_through_the_child_equal_analysis_run(qtbot, survey):
    ws = ready_workspace(qtbot)
    with qtbot.waitSignals([ws.resultsChanged, ws.dataReady], timeout=TIMEOUT):
        ws.load(survey, survey.mapping.settings)
    assert ws.analysis_child.runs == 1  # computed in the child, not in a thread
    direct = run(survey, survey.mapping.settings)
    res = ws.results
    assert numbers(res) == numbers(direct)
    assert res.firms.equals(direct.firms)
    for key, tab in ws.table_tabs.items():
        assert shown_values(tab.model) == expected_values(direct.tables[key]), key
    reg = ws.regression_tab.model
    assert reg.data(reg.index(0, 0), Qt.ItemDataRole.EditRole) == \
        direct.regression.models[0].term("national").coef
    assert ws.data_tab.model.rowCount() == 2002 and "cluster_class" in \
        ws.data_tab.model.column_keys()

    # a settings change sends only the settings: the same tables as analysis.run computes
    with qtbot.waitSignal(ws.resultsChanged, timeout=TIMEOUT):
        ws.panel.regional_min.setValue(5)
        ws.panel.model.setCurrentIndex(ws.panel.model.findData("probit"))
    assert ws.analysis_child.runs >= 2
    assert (ws.settings.regional_min, ws.settings.model) == (5, "probit")
    changed = run(survey, dataclasses.replace(survey.mapping.settings, regional_min=5,
                                              model="probit"))
    qtbot.waitUntil(lambda: not ws.busy, timeout=TIMEOUT)
    assert numbers(ws.results) == numbers(changed)
    t5 = ws.table_tabs["cluster_classification"].model
    assert shown_values(t5) == expected_values(changed.tables["cluster_classification"])
    ws.wait()


def test_cancel_kills_the_child_and_the_next_change_starts_another(qtbot, survey):
    ws = ready_workspace(qtbot)
    with qtbot.waitSignals([ws.resultsChanged, ws.dataReady], timeout=TIMEOUT):
        ws.load(survey, survey.mapping.settings)
    pid = ws.analysis_child.pid
    ws.recompute(dataclasses.replace(ws.settings, regional_min=5))
    ws.cancel()
    assert gone(pid)
    qtbot.waitUntil(lambda: not ws.busy, timeout=TIMEOUT)
    assert "stopped" in ws.status.text()
    with qtbot.waitSignal(ws.resultsChanged, timeout=TIMEOUT):
        ws.recompute(dataclasses.replace(ws.settings, regional_min=3))
    assert ws.results.settings.regional_min == 3
    child = ws.analysis_child
    assert child.pid is not None and child.pid != pid  # a new child for the next changes
    qtbot.waitUntil(lambda: child.ready, timeout=TIMEOUT)
    runs = child.runs
    with qtbot.waitSignal(ws.resultsChanged, timeout=TIMEOUT):
        ws.recompute(dataclasses.replace(ws.settings, regional_min=5))
    assert child.runs == runs + 1 and ws.results.settings.regional_min == 5
    ws.wait()


def test_closing_the_window_kills_the_child(qtbot, survey):
    from clusterdesk.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        w.show_survey(Path("demo.xlsx"), survey, survey.mapping)
    ws = w.workspace
    qtbot.waitUntil(lambda: ws.results is not None and not ws.busy, timeout=TIMEOUT)
    pid = ws.analysis_child.pid
    assert pid is not None and not gone(pid)
    w.close()
    assert gone(pid)
    ws.wait()


def test_deleting_the_workspace_kills_the_child(qtbot):
    ws = Workspace()
    ws.start_analysis()
    pid = ws.analysis_child.pid
    assert not gone(pid)
    ws.deleteLater()
    qtbot.waitUntil(lambda: gone(pid), timeout=TIMEOUT)


def test_an_error_in_the_child_reaches_the_window_as_the_same_message(qtbot, survey):
    # (a survey without a region is no error since spec 7: Tables 1 and 2 still hold)
    wrong = dataclasses.replace(survey.mapping.settings, model="tobit")
    with pytest.raises(UserError) as direct:
        run(survey, wrong)
    ws = ready_workspace(qtbot)
    with qtbot.waitSignal(ws.failed, timeout=TIMEOUT) as failed:
        ws.load(survey, wrong)
    assert failed.args == [str(direct.value)]
    assert ws.status.text() == str(direct.value)
    assert "Traceback" not in ws.status.text()
    qtbot.waitUntil(lambda: not ws.busy, timeout=TIMEOUT)
    ws.wait()


def test_the_child_starts_with_the_wizard_and_ends_when_the_import_is_cancelled(
        qtbot, english_xlsx):
    from tests.gui.wizard_helpers import close_wizard, open_wizard, window

    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    pid = w.workspace.analysis_child.pid  # started while the analyst is still in the wizard
    assert pid is not None and not gone(pid)
    close_wizard(qtbot, wiz)
    assert gone(pid)


def test_the_workspace_and_its_process_start_while_the_analyst_chooses_a_file(
        qtbot, english_xlsx):
    """warm_up builds the workspace behind the start page and starts its analysis process;
    Open survey then uses both instead of starting others."""
    from tests.gui.wizard_helpers import close_wizard, open_wizard, window

    w = window(qtbot)
    w.warm_up()
    qtbot.waitUntil(lambda: w.workspace is not None, timeout=TIMEOUT)
    built = w.workspace
    pid = built.analysis_child.pid
    assert pid is not None and not gone(pid)
    assert w.stack.currentWidget() is w.start_page
    qtbot.waitUntil(lambda: built.analysis_child.ready, timeout=TIMEOUT)
    wiz = open_wizard(qtbot, w, english_xlsx)
    assert w.workspace is built and built.analysis_child.pid == pid
    close_wizard(qtbot, wiz)
    assert gone(pid) and w.stack.currentWidget() is w.start_page


def test_finish_computes_the_tables_in_the_child_started_by_the_wizard(qtbot, english_xlsx):
    from tests.gui.wizard_helpers import finish, next_page, open_wizard, window

    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    for _ in range(3):
        next_page(qtbot, wiz)
    child = w.workspace.analysis_child
    qtbot.waitUntil(lambda: child.ready, timeout=TIMEOUT)
    finish(qtbot, w, wiz)
    assert child.runs == 1
    assert numbers(w.results) == numbers(run(w.survey, w.mapping.settings))
