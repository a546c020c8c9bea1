"""File > Compare with an earlier wave… in the app: the demo (the earlier wave) against a later
wave the test writes; the change view's figures against statsmodels on counts made here, the
wave names edited, the change sheet in the exported workbook, the pair kept by the project."""

from __future__ import annotations

import numpy as np
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from statsmodels.stats.proportion import confint_proportions_2indep

from clusterdesk.gui.views.change_model import HIGH_ROLE, LOW_ROLE
from clusterdesk.mapping import project as project_file
from clusterdesk.paths import demo_mapping, demo_survey
from tests.demo_styles import demo_frame, write_plain
from tests.gui.wizard_helpers import TIMEOUT, error_boxes, settle, window

PRODUCT = "Q10 New or significantly improved products or services in the last 3 years?"
REGION = "Q1 City region"


@pytest.fixture(scope="module")
def later_wave(tmp_path_factory):
    """The demo two years on: a fifth of Oslo's firms without a product innovation now have
    one."""
    folder = tmp_path_factory.mktemp("later")
    df = demo_frame()
    rng = np.random.default_rng(11)
    oslo_no = df.index[(df[REGION] == "Oslo") & (df[PRODUCT] == "No")]
    df.loc[rng.choice(oslo_no, len(oslo_no) // 5, replace=False), PRODUCT] = "Yes"
    survey, mapping = write_plain(df, folder)
    return df, survey, mapping


def _counts(frame, region: str) -> tuple[int, int]:
    here = frame[REGION] == region
    return (int((here & (frame[PRODUCT] == "Yes")).sum()),
            int((here & frame[PRODUCT].isin(["Yes", "No"])).sum()))


def _compared(qtbot, w) -> None:
    qtbot.waitUntil(lambda: getattr(w.results, "comparison", None) is not None
                    or bool(error_boxes()), timeout=TIMEOUT)
    assert not error_boxes(), error_boxes()[0].text()
    qtbot.waitUntil(lambda: w._compare_runner is None or not w._compare_runner.busy,
                    timeout=TIMEOUT)


def _oslo_product(tab):
    model = tab.change.view.model
    line = model.find("Oslo", "Product innovation")
    assert line is not None
    return [model.index(line, c) for c in range(model.columnCount())]


def test_compare_with_an_earlier_wave_in_the_app(qtbot, later_wave, tmp_path):
    df, survey, mapping = later_wave
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        w.open_with_mapping(survey, mapping)
    settle(qtbot, w)
    assert w.act_compare.isEnabled() and not w.act_wave_names.isEnabled()
    t2 = w.workspace.table_tabs["innovation_by_region"]
    assert t2.change.isHidden()  # no comparison yet: no switch

    w.compare_with(demo_survey(), demo_mapping())
    _compared(qtbot, w)
    assert t2.change.check.text() == "Show change since demo_survey"
    w.workspace.tabs.setCurrentWidget(t2)
    t2.change.check.setChecked(True)
    assert t2.change.stack.currentWidget() is t2.change.view

    # the Oslo/product cell against statsmodels on counts made here with pandas
    ka, na = _counts(demo_frame(), "Oslo")
    kb, nb = _counts(df, "Oslo")
    low, high = confint_proportions_2indep(kb, nb, ka, na, method="newcomb", compare="diff")
    cells = _oslo_product(t2)
    model = t2.change.view.model
    assert model.data(cells[2], Qt.ItemDataRole.UserRole) == pytest.approx(100 * ka / na)
    assert model.data(cells[3], Qt.ItemDataRole.UserRole) == pytest.approx(100 * kb / nb)
    change = model.data(cells[4], Qt.ItemDataRole.UserRole)
    assert change == pytest.approx(100 * (kb / nb - ka / na), abs=0.01)
    assert model.data(cells[4], LOW_ROLE) == pytest.approx(100 * low, abs=0.01)
    assert model.data(cells[4], HIGH_ROLE) == pytest.approx(100 * high, abs=0.01)
    assert model.data(cells[4]) == f"+{100 * (kb / nb - ka / na):.1f}"
    assert model.data(cells[5]) == f"+{100 * low:.1f} to +{100 * high:.1f}"  # both above 0
    sentence = t2.change.view.sentence.text()
    assert sentence.startswith("Product innovation rose in Oslo (+") and "p " in sentence
    qtbot.waitUntil(lambda: t2.change.view.chart.ready, timeout=TIMEOUT)
    assert t2.change.view.chart.figure is not None
    six = w.workspace.regression_tab.change
    assert not six.isHidden() and six.view.model.rowCount() > 0

    # new names: everything follows
    dialog = w.ask_wave_labels()
    dialog.base_edit.setText("2023")
    dialog.later_edit.setText("2025")
    dialog.accept()
    qtbot.waitUntil(lambda: w.results.comparison is not None
                    and w.results.comparison.base_label == "2023", timeout=TIMEOUT)
    _compared(qtbot, w)
    assert t2.change.check.text() == "Show change since 2023"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[2:4] == ["2023 (%)", "2025 (%)"]

    # settings change: the comparison is run again on the new tables
    from dataclasses import replace

    w.apply_settings(replace(w.current_settings(), regional_min=5))
    qtbot.waitUntil(lambda: w.results.settings.regional_min == 5
                    and w.results.comparison is not None, timeout=TIMEOUT)
    _compared(qtbot, w)
    assert w.results.comparison.later_label == "2025"

    # the workbook has the change sheet
    target = tmp_path / "report.xlsx"
    w.export_report(target, lang="en", include_data=False)
    qtbot.waitUntil(lambda: target.exists() and not w.runner.busy, timeout=TIMEOUT)
    wb = load_workbook(target)
    assert "T2 change" in wb.sheetnames
    values = [c.value for row in wb["T2 change"].iter_rows() for c in row]
    assert "2023" in values and "2025" in values

    # the project keeps the pair; reopening it restores the comparison
    proj = tmp_path / "waves.clusterdesk-project.json"
    w.save_project(proj)
    kept = project_file.load(proj).compare
    assert kept.base_path == demo_survey() and kept.labels == ("2023", "2025")
    w2 = window(qtbot)
    with qtbot.waitSignal(w2.surveyLoaded, timeout=TIMEOUT):
        w2.open_project(proj)
    settle(qtbot, w2)
    _compared(qtbot, w2)
    c2 = w2.results.comparison
    assert (c2.base_label, c2.later_label) == ("2023", "2025")
    t2b = w2.workspace.table_tabs["innovation_by_region"]
    assert t2b.change.check.text() == "Show change since 2023"
    again = _oslo_product(t2b)
    assert t2b.change.view.model.data(again[4], Qt.ItemDataRole.UserRole) == pytest.approx(
        change)
    settle(qtbot, w)


def test_older_project_files_have_no_comparison(tmp_path):
    from clusterdesk.mapping import fileformat

    doc = {"format": "clusterdesk-project", "version": 1,
           "source": {"path": str(demo_survey())},
           "mapping": fileformat.to_dict(fileformat.load(demo_mapping()))}
    assert project_file.from_dict(doc).compare is None


def test_compare_with_the_published_study(qtbot):
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        w.open_with_mapping(demo_survey(), demo_mapping())
    settle(qtbot, w)
    w.compare_with_published()
    _compared(qtbot, w)
    c = w.results.comparison
    assert c.base_label == "Norway 2013 (Gjelsvik)"
    t2 = w.workspace.table_tabs["innovation_by_region"]
    assert t2.change.check.text() == "Show change since Norway 2013 (Gjelsvik)"
    assert w.workspace.regression_tab.change.isHidden()  # Table 6 is not compared


def test_an_earlier_wave_without_mapping_opens_the_wizard_pre_filled(qtbot, later_wave,
                                                                      tmp_path):
    """The earlier wave's export named the product question differently: the wizard starts from
    the current mapping fitted to it (next year's matching), and its Finish gives the base."""
    from openpyxl import load_workbook as load
    from PySide6.QtWidgets import QWizard

    df, survey, mapping = later_wave
    wb = load(demo_survey())
    ws = wb.active if "Data" not in wb.sheetnames else wb["Data"]
    cell = next(c for c in ws[1] if c.value == PRODUCT)
    cell.value = "Q12 New or significantly improved products or services (last 3 years)"
    earlier = tmp_path / "survey 2023.xlsx"
    wb.save(earlier)
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        w.open_with_mapping(survey, mapping)
    settle(qtbot, w)
    wiz = w.compare_with(earlier, None)
    assert wiz is not None
    qtbot.waitUntil(lambda: wiz.mapping_from_file or bool(error_boxes()), timeout=TIMEOUT)
    for box in error_boxes():  # "the mapping was fitted to this file: …" names the question
        assert cell.value in box.text()
        box.close()
    assert wiz.mapping.columns["product"] == cell.value
    assert wiz.mapping.columns["region"] == REGION
    while wiz.currentId() < 3:
        before = wiz.currentId()
        qtbot.waitUntil(lambda: wiz.currentPage().isComplete(), timeout=TIMEOUT)
        wiz.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda before=before: wiz.currentId() == before + 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: wiz.currentPage().isComplete(), timeout=TIMEOUT)
    wiz.button(QWizard.WizardButton.FinishButton).click()
    _compared(qtbot, w)
    c = w.results.comparison
    assert (c.base_label, c.later_label) == ("survey 2023", "plain")
    oslo = next(r for r in c.tables["innovation_by_region"].rows if r.key == "Oslo")
    ka, na = _counts(demo_frame(), "Oslo")
    assert oslo.base[0] == pytest.approx(100 * ka / na)
    assert w.pair.base_mapping.columns["product"] == cell.value
