"""The wizard on a Norwegian export (the demo as a Norwegian tool writes it) and on every real
survey-tool export of the shared fixtures; the wizard's table models under qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from clusterdesk import io
from clusterdesk.analysis import analyse_file, run
from clusterdesk.gui.wizard.models import CodeTableModel, GridModel
from clusterdesk.mapping import fileformat
from clusterdesk.mapping.answers import Answer
from clusterdesk.mapping.roles import ROLES
from tests.demo_styles import demo_frame, write_norwegian
from tests.gui.wizard_helpers import (
    TIMEOUT,
    close_wizard,
    error_boxes,
    finish,
    next_page,
    open_wizard,
    window,
)

REAL_EXPORTS = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "real-exports"
if not REAL_EXPORTS.is_dir():  # the repository checked out elsewhere
    REAL_EXPORTS = Path("/work/shared/fixtures/real-exports")


def test_norwegian_export_prefilled_and_analysed_like_its_reference(qtbot, tmp_path):
    data, reference_path = write_norwegian(demo_frame(400), tmp_path)
    reference = fileformat.load(reference_path)
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, data)
    page = wiz.file_page
    assert page.sheet.currentData() == "Svar"  # the hidden first sheet is not preselected
    assert page.sheet.itemText(0) == "Om undersøkelsen  (hidden)"
    assert page.header_row.value() == reference.source.header_row == 4
    assert page.highlighted_rows() == [4]
    next_page(qtbot, wiz)
    required = [r.key for r in ROLES if r.required]
    for key in required:
        assert wiz.roles_page.choosers[key].column() == reference.columns[key], key
    next_page(qtbot, wiz)
    loc = wiz.codes_page.location_model
    meaning = {loc.answer(i).text: loc.code(i) for i in range(loc.rowCount())}
    assert meaning["I regionen"] == "regional" and meaning["Ellers i Norge"] == "national"
    assert meaning["I utlandet"] == "international" and meaning["Vet ikke"] == "missing"
    yes_no = wiz.codes_page.yes_no_model
    assert {yes_no.answer(i).text: yes_no.code(i) for i in range(yes_no.rowCount())}["Ja"] == "yes"
    next_page(qtbot, wiz)
    finish(qtbot, w, wiz)
    mine = run(w.survey, reference.settings)
    theirs = analyse_file(data, reference)
    for key in ("innovation_by_region", "cluster_extent", "cluster_classification"):
        assert [r.values for r in mine.tables[key].rows] == \
            [r.values for r in theirs.tables[key].rows], key


REAL_FILES = sorted(p.name for p in REAL_EXPORTS.glob("*")
                    if p.suffix in (".csv", ".xlsx", ".sav")) if REAL_EXPORTS.is_dir() else []


@pytest.mark.skipif(not REAL_FILES, reason="shared fixtures not present")
def test_every_real_export_opens_in_the_wizard(qtbot):
    w = window(qtbot)
    opened = []
    for name in REAL_FILES:
        path = REAL_EXPORTS / name
        wiz = w.open_survey(path)
        qtbot.waitUntil(lambda wiz=wiz: wiz.file_page.isComplete() or bool(error_boxes()),
                        timeout=TIMEOUT)
        assert not error_boxes(), f"{name}: {error_boxes()[0].text()}"
        raw = io.read(path, sheet=wiz.mapping.source.sheet,
                      header_row=wiz.mapping.source.header_row,
                      header_rows=wiz.mapping.source.header_rows)
        assert wiz.raw.columns == raw.columns, name
        assert wiz.file_page.grid_model.rowCount() > 0, name
        wiz.button(QWizard.WizardButton.NextButton).click()
        assert wiz.currentId() == 1, name
        assert wiz.roles_page.choosers["region"].count() == len(raw.columns) + 1
        opened.append(name)
        close_wizard(qtbot, wiz)
    assert opened == REAL_FILES


def test_models_pass_qtmodeltester(qtmodeltester):
    grid = GridModel()
    grid.set_grid([["Survey 2025", None], ["Region", "Q7a"], ["Oslo", 1.0], ["Bergen"]])
    grid.set_header(2, 1)
    qtmodeltester.check(grid)
    assert grid.index(3, 1).data() == ""  # a short row is padded, not an error
    assert grid.index(2, 1).data() == "1"
    table = {"regional": ["In the region"], "national": [], "international": [], "missing": []}
    codes = CodeTableModel(table, [("regional", "Regional"), ("national", "National"),
                                   ("international", "International"), ("missing", "Missing")])
    codes.set_answers([Answer("In the region", "in the region", 5), Answer("Abroad", "abroad", 2)])
    qtmodeltester.check(codes)
    assert [a.text for a in codes.unassigned()] == ["Abroad"]
    assert not codes.setData(codes.index(1, 2), "nonsense")
    assert codes.setData(codes.index(1, 2), "international")
    assert table["international"] == ["Abroad"] and not codes.unassigned()
    assert codes.setData(codes.index(0, 2), "")
    assert table["regional"] == [] and [a.text for a in codes.unassigned()] == ["In the region"]
