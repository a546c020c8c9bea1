"""One settings state bound by name: the settings panel and the tabs' own controls (Table 4's
outcome, Table 5's thresholds) show the same value at once, either one's change recomputes the
tables, and the numbers shown are those worked out here with pandas from the coded survey."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from tests.gui import demo_workspace

survey, workspace = demo_workspace.survey, demo_workspace.workspace  # the shared fixtures

EDIT = Qt.ItemDataRole.EditRole
TIMEOUT = 60_000
FACTORS = ["customers", "suppliers", "competitors", "labour", "research", "capital"]


def t5_shares(data, regional_min: int, nonregional_max: int, outcome: str = "product"):
    """Table 5 by hand (spec 3): a firm with >= 4 answered factors is regional with at least
    ``regional_min`` regional ones, non-regional with at most ``nonregional_max``."""
    r = (data[FACTORS] == "regional").sum(axis=1)
    answered = data[FACTORS].notna().sum(axis=1)
    y = data[outcome]
    regional = y[(answered >= 4) & (r >= regional_min)].dropna()
    nonregional = y[(answered >= 4) & (r <= nonregional_max)].dropna()
    return 100 * nonregional.mean(), 100 * regional.mean()


def shown_t5(ws, row: int = 0) -> tuple[float, float]:
    model = ws.table_tabs["cluster_classification"].model
    return model.data(model.index(row, 0), EDIT), model.data(model.index(row, 1), EDIT)


def test_panel_threshold_shows_in_table_5_tab_and_recomputes(workspace, survey, qtbot):
    data = survey.data
    assert "weight" not in data.columns  # the shares below are plain means
    tabs = workspace.tabs
    assert tabs.t5_regional_min.value() == workspace.panel.regional_min.value() == 4
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        workspace.panel.regional_min.setValue(5)
        assert tabs.t5_regional_min.value() == 5  # at once, before any result
    assert workspace.results.settings.regional_min == 5
    before = t5_shares(data, 4, 2)
    after = t5_shares(data, 5, 2)
    assert after[1] != pytest.approx(before[1])  # the change can be seen in the table
    assert shown_t5(workspace) == pytest.approx(after, abs=1e-9)
    # the tab's own box is bounded by the panel's: non-regional stays below regional
    assert tabs.t5_nonregional_max.maximum() == 4


def test_table_5_tab_threshold_edits_the_panel_and_the_results(workspace, survey, qtbot):
    tabs = workspace.tabs
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        tabs.t5_nonregional_max.setValue(1)
        assert workspace.panel.nonregional_max.value() == 1
    assert workspace.settings.nonregional_max == 1 and workspace.settings.thresholds_given
    assert shown_t5(workspace) == pytest.approx(t5_shares(survey.data, 4, 1), abs=1e-9)
    n = workspace.results.tables["cluster_classification"].row("n").values
    r = (survey.data[FACTORS] == "regional").sum(axis=1)
    answered = survey.data[FACTORS].notna().sum(axis=1)
    assert n[0] == int(((answered >= 4) & (r <= 1)).sum())
    # the panel cannot undo the rule from its side either: regional stays above 1
    assert workspace.panel.regional_min.minimum() == 2


def test_table_4_outcome_either_way(workspace, survey, qtbot):
    data = survey.data
    panel, tab_combo = workspace.panel.table4_outcome, workspace.t4_outcome
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        panel.setCurrentIndex(panel.findData("process"))
        assert tab_combo.currentData() == "process"
    model = workspace.table_tabs["innovation_by_location"].model
    # customers (the first row) regional: the share of process innovators, by hand
    y = data.loc[data["customers"] == "regional", "process"].dropna()
    assert model.data(model.index(0, 0), EDIT) == pytest.approx(100 * y.mean(), abs=1e-9)
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        tab_combo.setCurrentIndex(tab_combo.findData("product_new_to_market"))
        assert panel.currentData() == "product_new_to_market"
    y = data.loc[data["customers"] == "national", "product_new_to_market"].dropna()
    assert model.data(model.index(0, 1), EDIT) == pytest.approx(100 * y.mean(), abs=1e-9)


def test_settings_from_a_project_show_everywhere(workspace, survey, qtbot):
    """apply(): a project's settings reach the panel, the tabs and the results."""
    new = dataclasses.replace(workspace.settings, regional_min=6, nonregional_max=3,
                              table4_outcome="process", model="probit")
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        workspace.apply(new)
    assert workspace.results.settings == new == workspace.settings
    tabs, panel = workspace.tabs, workspace.panel
    assert (tabs.t5_regional_min.value(), tabs.t5_nonregional_max.value()) == (6, 3)
    assert (panel.regional_min.value(), panel.nonregional_max.value()) == (6, 3)
    assert tabs.t4_outcome.currentData() == panel.table4_outcome.currentData() == "process"
    assert panel.model.currentData() == "probit"
    assert shown_t5(workspace) == pytest.approx(t5_shares(survey.data, 6, 3), abs=1e-9)


def test_a_burst_of_edits_runs_the_analysis_once(workspace, qtbot):
    runs = []
    workspace.resultsChanged.connect(lambda r: runs.append(r.settings))
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        for value in (5, 6, 5, 6):
            workspace.tabs.t5_regional_min.setValue(value)
    workspace.wait()
    qtbot.wait(300)
    assert [s.regional_min for s in runs] == [6]
