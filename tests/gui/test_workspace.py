"""The results workspace on the demo survey: every tab filled from the engine's Results, a
settings change recomputes exactly what analysis.run computes, and invalid choices are blocked."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from clusterdesk.analysis import run
from clusterdesk.gui.workspace import Workspace
from clusterdesk.mapping.model import Settings
from tests.gui import demo_workspace

survey, workspace = demo_workspace.survey, demo_workspace.workspace  # the shared fixtures

EDIT = Qt.ItemDataRole.EditRole
TIMEOUT = 60_000


def shown_values(model) -> list[list[float | None]]:
    """Every row of a result tab's model as its raw edit-role values (group headers skipped)."""
    out = []
    for r in range(model.rowCount()):
        if model.headerData(r, Qt.Orientation.Vertical).strip() == "χ² test p":
            continue
        out.append([model.data(model.index(r, c), EDIT)
                    for c in range(len(model.table.columns))])
    return [row for row in out if any(v is not None for v in row)]


def expected_values(table) -> list[list[float | None]]:
    rows = [[None if v is None else float(v) for v in r.values] for r in table.rows]
    return [row for row in rows if any(v is not None for v in row)]


def test_demo_fills_every_tab(workspace, survey, qtmodeltester):
    res = workspace.results
    assert res is not None and res.input.rows_used == len(survey.data) == 2002
    names = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert names == ["Data", "Sample", "Innovation by region", "Cluster extent",
                     "Innovation by factor location", "Cluster classification", "Regression"]
    for key, tab in workspace.table_tabs.items():
        qtmodeltester.check(tab.model)
        assert shown_values(tab.model) == expected_values(res.tables[key]), key
        assert tab.title.text() == res.tables[key].title
        assert "2 002" in tab.n_label.text()
    t2 = workspace.table_tabs["innovation_by_region"].model
    oslo = res.tables["innovation_by_region"].row("Oslo")
    text = t2.data(t2.index(0, 0))
    assert text == f"{oslo.values[0]:.1f} ({oslo.ci_low[0]:.1f}–{oslo.ci_high[0]:.1f})"
    footer = t2.rowCount() - 1
    assert t2.data(t2.index(footer, 0), EDIT) == res.tables["innovation_by_region"].test(
        "product").p
    sample = workspace.sample_tab
    qtmodeltester.check(sample.categories.model)
    assert shown_values(sample.categories.model) == expected_values(
        res.tables["sample_categories"])
    assert shown_values(sample.numbers.model) == expected_values(res.tables["sample_numbers"])
    reg = workspace.regression_tab.model
    qtmodeltester.check(reg)
    product = res.regression.models[0]
    assert reg.data(reg.index(0, 0), EDIT) == product.term("national").coef
    data = workspace.data_tab.model
    assert data.rowCount() == 2002 and "cluster_class" in data.column_keys()
    tab = workspace.data_tab
    tab.region.setCurrentIndex(tab.region.findText("Oslo"))
    tab.cls.setCurrentIndex(tab.cls.findText("Non-regional cluster"))
    firms = res.firms
    expected = int(((firms["region"] == "Oslo") & (firms["cluster_class"] == "non_regional")).sum())
    assert data.rowCount() == expected > 0
    assert tab.count.text() == f"{expected} of 2 002 firms"


def test_tabs_show_charts_of_the_results(workspace, qtbot):
    from clusterdesk.report.charts import bar_heights

    res = workspace.results
    tab = workspace.table_tabs["cluster_extent"]
    assert not tab.chart.ready  # hidden until now: its figure is still to be drawn
    with qtbot.waitSignal(tab.chart.rendered, timeout=TIMEOUT):
        workspace.tabs.setCurrentWidget(tab)
    assert tab.chart.ready
    heights = bar_heights(tab.chart.figure.axes[0])
    table = res.tables["cluster_extent"]
    assert heights[0] == pytest.approx([r.values[0] for r in table.rows])  # first region
    image = tab.chart.grab().toImage()
    assert image.pixelColor(image.width() // 3, image.height() // 2).name() != "#000000"
    with qtbot.waitSignal(workspace.regression_tab.chart.rendered, timeout=TIMEOUT):
        workspace.tabs.setCurrentWidget(workspace.regression_tab)
    ax = workspace.regression_tab.chart.figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "National cluster" in labels
    tab = workspace.regression_tab
    tab.scale.setCurrentIndex(tab.scale.findData("ame"))  # also resizes the table: no stale plot
    qtbot.waitUntil(lambda: "marginal" in tab.chart.figure.axes[0].get_xlabel(), timeout=TIMEOUT)
    xs = [float(x) for line in tab.chart.figure.axes[0].lines for x in line.get_xdata()]
    ame = res.regression.models[0].term("national").ame
    assert any(abs(x - ame) < 1e-9 for x in xs)  # the plot shows the engine's AME


def test_thresholds_recompute_as_the_spec_says(workspace, survey, qtbot):
    panel = workspace.panel
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        panel.min_answered.setValue(5)
        panel.regional_min.setValue(5)
        panel.nonregional_max.setValue(1)
    res = workspace.results
    settings = workspace.settings
    assert (settings.min_answered, settings.regional_min, settings.nonregional_max) == (5, 5, 1)
    direct = run(survey, dataclasses.replace(survey.mapping.settings, min_answered=5,
                                             regional_min=5, nonregional_max=1))
    for key in ("cluster_classification", "innovation_by_location"):
        assert res.tables[key].rows == direct.tables[key].rows
    # and by hand from the spec: r regional factors of a >= 5 answered; regional if r >= 5
    data = survey.data
    factors = ["customers", "suppliers", "competitors", "labour", "research", "capital"]
    r = sum((data[f] == "regional").to_numpy() for f in factors)
    a = sum(data[f].notna().to_numpy() for f in factors)
    regional = (a >= 5) & (r >= 5)
    nonregional = (a >= 5) & (r <= 1)
    product = data["product"].to_numpy()
    for mask, col in ((regional, 1), (nonregional, 0)):
        y = product[mask & ~np.isnan(product)]
        shown = workspace.table_tabs["cluster_classification"].model.data(
            workspace.table_tabs["cluster_classification"].model.index(0, col), EDIT)
        assert shown == pytest.approx(100 * y.mean(), abs=1e-9)
    n_row = res.tables["cluster_classification"].row("n")
    assert n_row.values[:2] == [int(nonregional.sum()), int(regional.sum())]


def test_invalid_threshold_combinations_cannot_be_entered(workspace):
    panel = workspace.panel
    panel.regional_min.setValue(4)
    panel.nonregional_max.setValue(5)  # above the regional minimum: clamped to 3
    assert panel.nonregional_max.value() == 3
    panel.regional_min.setValue(2)  # at or below the non-regional maximum: clamped to 4
    assert panel.regional_min.value() == 4
    s = panel.settings
    assert s.nonregional_max < s.regional_min


def test_t4_outcome_selector_and_model_choice(workspace, survey, qtbot):
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        workspace.t4_outcome.setCurrentIndex(workspace.t4_outcome.findData("process"))
        workspace.panel.model.setCurrentIndex(workspace.panel.model.findData("lpm"))
    assert workspace.panel.table4_outcome.currentData() == "process"
    assert not workspace.panel.se.isEnabled()  # the LPM always uses HC1
    res = workspace.results
    direct = run(survey, dataclasses.replace(survey.mapping.settings, table4_outcome="process",
                                             model="lpm"))
    assert res.tables["innovation_by_location"].rows == \
        direct.tables["innovation_by_location"].rows
    assert res.tables["innovation_by_location"].title == \
        direct.tables["innovation_by_location"].title
    m = res.regression.models[0]
    assert m.model == "lpm" and m.term("national").coef == pytest.approx(
        direct.regression.models[0].term("national").coef)
    tab = workspace.regression_tab
    tab.scale.setCurrentIndex(tab.scale.findData("odds_ratio"))
    assert tab.model.message(0).startswith("Odds ratios exist for logit models only")
    tab.scale.setCurrentIndex(tab.scale.findData("ame"))
    assert tab.model.data(tab.model.index(0, 0), EDIT) == m.term("national").ame


def test_only_the_newest_settings_reach_the_tabs(workspace, qtbot):
    panel = workspace.panel
    seen = []
    workspace.resultsChanged.connect(lambda r: seen.append(r.settings))
    workspace.recompute(dataclasses.replace(panel.settings, regional_min=6))
    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        workspace.recompute(dataclasses.replace(panel.settings, regional_min=5))
    workspace.wait()
    qtbot.wait(50)
    assert seen[-1].regional_min == 5
    assert all(s.regional_min == 5 for s in seen)  # the stale run never showed


def test_save_chart_as_png_and_svg(workspace, tmp_path):
    tab = workspace.table_tabs["innovation_by_region"]
    workspace.tabs.setCurrentWidget(tab)
    tab.chart.save(str(tmp_path / "t2.png"))
    tab.chart.save(str(tmp_path / "t2.svg"))
    assert (tmp_path / "t2.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "t2.svg").read_bytes()[:2000]
    from PySide6.QtGui import QImage

    saved = QImage(str(tmp_path / "t2.png"))
    assert (saved.width(), saved.height()) == (1280, 800)  # the report's size, not the tab's


def test_settings_panel_round_trip_and_default_controls(qtbot):
    from clusterdesk.gui.settings_panel import SettingsPanel

    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_available({"product", "process", "employees", "sector", "ownership"},
                        ["A", "B"])
    s = Settings(min_answered=3, regional_min=5, nonregional_max=1, table4_outcome="process",
                 model="probit", regression_outcomes=["process"], se="robust",
                 controls=["log_employees"], sector_baseline="B")
    panel.set_settings(s)
    assert panel.settings == s
    assert not panel.controls["manager_education"].isEnabled()  # not mapped
    assert not panel.outcomes["process"].isEnabled()  # the last ticked outcome stays ticked
    panel.set_settings(Settings())
    assert panel.settings.controls is None  # every mapped control, as the default says


def test_exported_workbook_holds_the_numbers_shown(workspace, qtbot, tmp_path):
    """After a settings change, every number a results tab shows is in the exported workbook."""
    import openpyxl

    from clusterdesk.report.excel import write_workbook

    with qtbot.waitSignal(workspace.resultsChanged, timeout=TIMEOUT):
        workspace.panel.nonregional_max.setValue(1)
    path = write_workbook(workspace.results, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    numbers = {round(float(v), 9) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
               for v in row if isinstance(v, int | float) and not isinstance(v, bool)}
    book.close()
    for key, tab in workspace.table_tabs.items():
        for row in shown_values(tab.model):
            for v in row:
                if v is not None:
                    assert round(v, 9) in numbers, (key, v)
    reg = workspace.regression_tab.model
    for r in range(reg.rowCount()):
        v = reg.data(reg.index(r, 0), EDIT)
        if isinstance(v, float) and reg.headerData(r, Qt.Orientation.Vertical) != "LR test p":
            assert round(v, 9) in numbers, ("regression", r, v)


def test_survey_without_optional_roles_and_a_model_that_cannot_be_fitted(qtbot):
    """Only mapped choices are offered; a model the engine cannot fit shows its message."""
    from tests.gui.test_views_models import small_survey

    survey = small_survey(300, seed=5)
    for role in ("sector", "process_new_to_industry", "pct_rd"):
        del survey.mapping.columns[role]
        del survey.data[role]
    survey.data["process"] = 1.0  # every firm a process innovator: no logit can be fitted
    settings = dataclasses.replace(survey.mapping.settings,
                                   regression_outcomes=["product", "process"])
    ws = Workspace()
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    with qtbot.waitSignals([ws.resultsChanged, ws.dataReady], timeout=TIMEOUT):
        ws.load(survey, settings)
    panel = ws.panel
    assert not panel.controls["sector"].isEnabled() and not panel.controls["sector"].isChecked()
    assert not panel.controls["rd_expenditure"].isEnabled()
    assert not panel.outcomes["process_new_to_industry"].isEnabled()
    assert panel.sector_baseline.count() == 1  # only "Largest sector"
    res = ws.results
    failed = res.regression.models[1]
    assert failed.outcome == "process" and failed.error
    tab = ws.regression_tab
    assert tab.model.data(tab.model.index(0, 1)) == failed.error
    assert tab.view.rowSpan(0, 1) == tab.model.estimate_rows()  # the message fills the column
    n_row = [tab.model.headerData(r, Qt.Orientation.Vertical)
             for r in range(tab.model.rowCount())].index("N")
    assert tab.model.data(tab.model.index(n_row, 1)) == ""
    assert tab.model.data(tab.model.index(n_row, 0), EDIT) == res.regression.models[0].n
    t2 = ws.table_tabs["innovation_by_region"].model
    assert [c.key for c in t2.table.columns] == [c.key for c in res.tables[
        "innovation_by_region"].columns]
    ws.wait()
