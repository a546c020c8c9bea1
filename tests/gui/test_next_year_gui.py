"""Next year's demo export opened with last year's mapping in the app: the item not found is
named first and the whole list of changes (20 here) is on the page, never cut off in a box."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from clusterdesk.gui.app import parse, start
from clusterdesk.mapping import fileformat
from clusterdesk.mapping.nextyear import adapt_file
from tests.cli.test_next_year import RENAMES, last_years_mapping, next_years_file
from tests.gui.wizard_helpers import (
    TIMEOUT,
    close_wizard,
    error_boxes,
    next_page,
    open_wizard,
    settle,
    window,
)


def _next_year_with_new_answers(tmp_path: Path) -> Path:
    """The demo renamed and shuffled, the sector question gone (1 loss, 17 renames), and three
    answers new this year: a region, a location wording, a yes/no wording (3 more changes)."""
    path = next_years_file(tmp_path / "survey 2026.xlsx", drop=("Q2 Industry sector",))
    wb = load_workbook(path)
    ws = wb.active
    head = [c.value for c in ws[1]]
    new_answers = {RENAMES["Q1 City region"]: "Kristiansand",
                   RENAMES["Q9a Where are your most demanding customers?"]: "Outside Norway",
                   RENAMES["Q10 New or significantly improved products or services in the last "
                           "3 years?"]: "Yes!"}
    for name, answer in new_answers.items():
        col = head.index(name) + 1
        for row in (2, 3, 4):
            ws.cell(row, col).value = answer
    wb.save(path)
    return path


def _expected(path: Path, mapping_path: Path) -> list[str]:
    _raw, _mapping, notes = adapt_file(path, fileformat.load(mapping_path))
    assert len(notes) == 21, notes  # the setting of this test: 1 loss + 20 changes
    assert notes[0].startswith("Industry sector: column 'Industry' is not in this file")
    return notes


def test_results_banner_lists_the_loss_first_and_every_change(qtbot, tmp_path):
    path = _next_year_with_new_answers(tmp_path)
    old = last_years_mapping(tmp_path / "2025.clusterdesk.json")
    expected = _expected(path, old)
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        start(w, parse([str(path), "--mapping", str(old)]))
    settle(qtbot, w)
    assert not error_boxes()
    banner = w.workspace.fit_banner
    assert banner.isVisible() and banner.list.isVisible()
    assert banner.title.text().index("Not found in this file: Industry sector") < \
        banner.title.text().index("fitted")
    shown = banner.lines()
    # a heading, the loss, a heading, the 20 changes: each note whole, in adapt()'s order
    assert shown == ["Not found (1):", expected[0], "Changes (20):", *expected[1:]]
    # the settings panel says why the sector control is greyed out
    panel = w.workspace.panel
    assert not panel.controls["sector"].isEnabled()
    assert panel.unmapped.isVisible()
    assert "Industry sector" in panel.unmapped.text()
    assert "not in this survey's mapping" in panel.controls["sector"].toolTip()
    # and the tables are computed without the sector
    assert "sector" not in w.survey.data.columns


def test_wizard_review_page_lists_the_loss_first_and_every_change(qtbot, tmp_path):
    path = _next_year_with_new_answers(tmp_path)
    old = last_years_mapping(tmp_path / "2025.clusterdesk.json")
    expected = _expected(path, old)
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, path)
    next_page(qtbot, wiz)
    with qtbot.waitSignal(wiz.roles_page.mappingLoaded, timeout=TIMEOUT) as loaded:
        wiz.roles_page.load_mapping(str(old))
    assert loaded.args[0] == expected
    assert not error_boxes()
    page = wiz.roles_page
    assert page.assistant.isVisible()
    assert page.assistant.text().startswith("Not found in this file: Industry sector.")
    assert "not found" in page.confidence_labels["sector"].text()
    assert wiz.mapping.columns["region"] == RENAMES["Q1 City region"]
    next_page(qtbot, wiz)
    next_page(qtbot, wiz)
    fit = wiz.review_page.fit_notes
    assert fit.isVisible() and fit.list.isVisible()
    assert fit.lines() == ["Not found (1):", expected[0], "Changes (20):", *expected[1:]]
    close_wizard(qtbot, wiz)


def test_a_mapping_given_before_the_file_is_read_is_fitted_not_cut(qtbot, tmp_path):
    """Load mapping… with no survey open, then Open survey…: the wizard fits it to the file
    (it used to drop every column the file lacks without a word)."""
    path = _next_year_with_new_answers(tmp_path)
    old = last_years_mapping(tmp_path / "2025.clusterdesk.json")
    expected = _expected(path, old)
    w = window(qtbot)
    w.load_mapping(old)
    assert w.pending_mapping is not None
    wiz = open_wizard(qtbot, w, path)
    with qtbot.waitSignal(wiz.roles_page.mappingLoaded, timeout=TIMEOUT) as loaded:
        next_page(qtbot, wiz)
    assert loaded.args[0] == expected
    assert wiz.mapping.columns["customers"] == RENAMES[
        "Q9a Where are your most demanding customers?"]
    assert "sector" not in wiz.mapping.columns
    close_wizard(qtbot, wiz)
