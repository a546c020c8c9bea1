"""The import wizard driven as an analyst would, on real files written in tmp_path."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard

from clusterdesk import io
from clusterdesk.analysis import run
from clusterdesk.analysis.coding import code
from clusterdesk.mapping import fileformat
from clusterdesk.mapping.model import Mapping
from clusterdesk.mapping.roles import FACTORS
from clusterdesk.mapping.suggest import suggest
from tests.gui.wizard_helpers import (
    ENGLISH,
    NORWEGIAN,
    TIMEOUT,
    close_wizard,
    error_boxes,
    finish,
    next_page,
    open_wizard,
    survey_rows,
    wait_complete,
    window,
    write_xlsx,
)

EXPECTED_ENGLISH = dict(zip(
    ("firm_id", "region", "sector", "ownership", "employees", *FACTORS, "product",
     "product_new_to_market"), ENGLISH["headers"], strict=True))


def test_file_page_prefers_visible_sheet_and_detects_the_header(qtbot, english_xlsx):
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    page = wiz.file_page
    assert page.sheet.currentData() == "Data"
    assert "(hidden)" in page.sheet.itemText(page.sheet.findData("Lookup"))
    assert page.header_row.value() == 3 and page.header_rows.value() == 1
    assert page.highlighted_rows() == [3]
    assert not page.text_options.isVisible()  # encoding/delimiter only for text files
    assert wiz.raw.columns == ENGLISH["headers"]
    assert wiz.raw.n_rows == 80
    # the preview is the sheet as it is: title lines first, the header on row 3
    model = page.grid_model
    assert model.index(0, 0).data() == "Firm survey 2025 — export line 1"
    assert model.index(2, 1).data() == "Region"
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    close_wizard(qtbot, wiz)


def test_header_row_spin_box_changes_preview_and_columns(qtbot, english_xlsx):
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    page = wiz.file_page
    page.header_row.setValue(4)  # the first firm's row taken as the header
    assert page.highlighted_rows() == [4]  # the preview follows at once
    assert not page.isComplete()  # Next waits for the file to be read again
    wait_complete(qtbot, wiz)
    assert wiz.raw.columns[1] == "Bergen" or wiz.raw.columns[1] == survey_rows(ENGLISH)[1][1]
    assert wiz.raw.n_rows == 79
    assert wiz.mapping.source.header_row == 4
    page.header_rows.setValue(2)
    assert page.highlighted_rows() == [4, 5]
    page.header_row.setValue(3)
    page.header_rows.setValue(1)
    wait_complete(qtbot, wiz)
    assert page.highlighted_rows() == [3]
    assert wiz.raw.columns == ENGLISH["headers"]
    close_wizard(qtbot, wiz)


def test_walk_english_survey_to_results(qtbot, english_xlsx, tmp_path):
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    next_page(qtbot, wiz)
    roles = wiz.roles_page
    # prefilled from the assistant, as the assistant says when called directly
    raw = io.read(english_xlsx, sheet="Data", header_row=3)
    assert wiz.mapping.columns == suggest(raw).mapping.columns == EXPECTED_ENGLISH
    for key, column in EXPECTED_ENGLISH.items():
        assert roles.choosers[key].column() == column
    assert "%" in roles.confidence_labels["region"].text()
    # the analyst changes a role: no radical innovation question
    roles.choose("product_new_to_market", "")
    assert "product_new_to_market" not in wiz.mapping.columns
    assert roles.confidence_labels["product_new_to_market"].text() == ""
    roles.choose("product_new_to_market", "Q11 Product new to the market")
    assert roles.preview.rowCount() == 2  # Yes / No with their counts
    next_page(qtbot, wiz)

    codes = wiz.codes_page
    rows = survey_rows(ENGLISH)[1:]
    by_hand = Counter(v for r in rows for v in r[5:11])
    model = codes.location_model
    shown = {model.answer(i).text: model.answer(i).count for i in range(model.rowCount())}
    assert shown == dict(by_hand)
    assert not model.unassigned()
    # the analyst decides that "Don't know" is not yet decided: it is highlighted and counted
    row = next(i for i in range(model.rowCount()) if model.answer(i).text == "Don't know")
    assert model.setData(model.index(row, 2), "", Qt.ItemDataRole.EditRole)
    assert model.index(row, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Where (1 not assigned)" == codes.tabs.tabText(0)
    assert "1 answer is not assigned" in codes.summary.text()
    # ... then that "Abroad" counts as national in this study
    # (chosen in the cell's drop-down, as the analyst does)
    row = next(i for i in range(model.rowCount()) if model.answer(i).text == "Abroad")
    view = codes.location_view
    view.edit(model.index(row, 2))
    editors = [c for c in view.findChildren(QComboBox) if c.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    assert [editor.itemData(i) for i in range(editor.count())] == \
        ["", "regional", "national", "international", "missing"]
    editor.setCurrentIndex(editor.findData("national"))
    editor.activated.emit(editor.currentIndex())
    assert model.index(row, 2).data().startswith("National")
    assert "Abroad" in wiz.mapping.codes.location["national"]
    assert "Abroad" not in wiz.mapping.codes.location["international"]
    foreign = [codes.foreign.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(codes.foreign.count())
               if codes.foreign.item(i).checkState() == Qt.CheckState.Checked]
    assert sorted(foreign) == ["Fully foreign", "Partly foreign"]
    codes.regions.list.setCurrentRow(codes.regions.items().index("Oslo"))
    while codes.regions.items()[0] != "Oslo":
        codes.regions.up.click()
    assert wiz.mapping.order["region"][0] == "Oslo"
    next_page(qtbot, wiz)

    review = wiz.review_page
    assert review.firms.text().startswith("<b>80 firms</b>")
    unassigned = [review.unassigned.item(i).text() for i in range(review.unassigned.count())]
    n_dont_know = by_hand["Don't know"]
    assert any("Don't know" in t for t in unassigned)
    assert sum(int(t.rsplit("× ", 1)[1]) for t in unassigned if "Don't know" in t) == n_dont_know
    finish(qtbot, w, wiz)

    # the coded survey is the engine's, called directly with the same mapping
    mapping = w.mapping
    direct = code(io.read(english_xlsx, sheet="Data", header_row=3), mapping)
    assert w.survey.data.equals(direct.data)
    # and, by hand: customers coded national = "Elsewhere in Norway" + "Abroad" answers
    n_national = sum(r[5] in ("Elsewhere in Norway", "Abroad") for r in rows)
    assert int((w.survey.data["customers"] == "national").sum()) == n_national
    assert int((w.survey.data["customers"] == "international").sum()) == 0
    assert list(w.survey.data["region"].cat.categories)[0] == "Oslo"
    t3_window = run(w.survey).tables["cluster_extent"]
    t3_direct = run(direct).tables["cluster_extent"]
    assert [r.values for r in t3_window.rows] == [r.values for r in t3_direct.rows]
    assert w.windowTitle() == "survey_en.xlsx — ClusterDesk"
    assert "80 firms" in w.statusBar().currentMessage()

    # Save mapping / Load mapping round trip
    saved = tmp_path / "survey_en.clusterdesk.json"
    w.save_mapping(saved)
    assert fileformat.to_dict(fileformat.load(saved)) == fileformat.to_dict(mapping)
    wiz2 = open_wizard(qtbot, w, english_xlsx)
    next_page(qtbot, wiz2)
    wiz2.roles_page.choose("region", "")
    with qtbot.waitSignal(wiz2.roles_page.mappingLoaded, timeout=TIMEOUT) as loaded:
        wiz2.roles_page.load_mapping(str(saved))
    assert wiz2.mapping.columns == mapping.columns
    assert wiz2.roles_page.choosers["region"].column() == "Region"
    # the answer left unassigned is read as missing by its wording, and the analyst is told
    assert loaded.args[0] == ["New location answer 'Don't know' coded as missing "
                              "(by its wording)."]
    # told on the page, not in a message box: a summary here, the whole list on Review
    assert not error_boxes()
    assert "fitted" in wiz2.roles_page.assistant.text()
    assert wiz2.fit_notes == loaded.args[0] and "Don't know" in wiz2.fit_notes[0]
    next_page(qtbot, wiz2)
    expected_codes = {k: list(v) for k, v in mapping.codes.location.items()}
    expected_codes["missing"].append("Don't know")
    assert wiz2.mapping.codes.location == expected_codes
    assert wiz2.codes_page.tabs.tabText(0) == "Where"
    close_wizard(qtbot, wiz2)

    # next year's file: a question renumbered; Load mapping fits the saved mapping to it
    rows = survey_rows(ENGLISH, seed=3)
    rows[0][11] = "Q12 New or improved product"
    next_year = write_xlsx(tmp_path / "survey_2026.xlsx", rows)
    wiz3 = open_wizard(qtbot, w, next_year)
    next_page(qtbot, wiz3)
    with qtbot.waitSignal(wiz3.roles_page.mappingLoaded, timeout=TIMEOUT) as loaded:
        wiz3.roles_page.load_mapping(str(saved))
    assert wiz3.mapping.columns["product"] == "Q12 New or improved product"
    assert any("Q12 New or improved product" in note for note in loaded.args[0])
    assert not error_boxes()  # the notes are shown to the analyst on the pages
    assert "fitted to this file" in wiz3.roles_page.assistant.text()
    next_page(qtbot, wiz3)
    next_page(qtbot, wiz3)
    shown = wiz3.review_page.fit_notes
    assert shown.isVisible() and "fitted to this file" in shown.title.text()
    assert [line for line in shown.lines() if "Q12 New or improved product" in line]
    close_wizard(qtbot, wiz3)


def test_required_role_missing_keeps_next_disabled(qtbot, english_xlsx):
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    next_page(qtbot, wiz)
    roles = wiz.roles_page
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    # the region is optional since spec 7 (Tables 1 and 2 without it); the product is not
    product = wiz.mapping.columns["product"]
    roles.choose("product", "")
    roles.choose("region", "")
    expected = Mapping(columns=dict(wiz.mapping.columns)).errors(ENGLISH["headers"])
    assert len(expected) == 1 and "New or significantly improved products" in expected[0]
    assert not next_button.isEnabled()
    assert roles.problems.text() == expected[0]
    # the searchable chooser: typing part of a name offers the matching column
    chooser = roles.choosers["region"]
    chooser.lineEdit().setText("regi")
    completer = chooser.completer()
    completer.setCompletionPrefix("regi")
    assert completer.currentCompletion() == "Region"
    roles.choose("region", "Region")
    assert not next_button.isEnabled()
    roles.choose("product", product)
    assert next_button.isEnabled() and roles.problems.text() == ""
    close_wizard(qtbot, wiz)


def test_wizard_fits_and_renders(qtbot, english_xlsx):
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    for _ in range(3):
        hint = wiz.minimumSizeHint()
        assert hint.width() <= 800 and hint.height() <= 700, (wiz.currentId(), hint)
        wiz.resize(800, 700)
        assert not wiz.grab().isNull()
        next_page(qtbot, wiz)
    close_wizard(qtbot, wiz)


def test_norwegian_headers_and_answers_prefilled(qtbot, norwegian_xlsx):
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, norwegian_xlsx)
    assert wiz.file_page.header_row.value() == 1
    next_page(qtbot, wiz)
    expected = dict(zip(EXPECTED_ENGLISH, NORWEGIAN["headers"], strict=True))
    assert wiz.mapping.columns == expected
    next_page(qtbot, wiz)
    codes = wiz.codes_page
    yes_no = codes.yes_no_model
    assert {yes_no.answer(i).text: yes_no.code(i) for i in range(yes_no.rowCount())} == \
        {"Ja": "yes", "Nei": "no"}
    loc = codes.location_model
    assert {loc.answer(i).text: loc.code(i) for i in range(loc.rowCount())} == {
        "I regionen": "regional", "Ellers i Norge": "national", "Utlandet": "international",
        "Vet ikke": "missing"}
    foreign = sorted(codes.foreign.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(codes.foreign.count())
                     if codes.foreign.item(i).checkState() == Qt.CheckState.Checked)
    assert foreign == ["Delvis utenlandsk", "Helt utenlandsk"]
    next_page(qtbot, wiz)
    finish(qtbot, w, wiz)
    rows = survey_rows(NORWEGIAN, seed=11)[1:]
    assert len(w.survey.data) == 80
    # product innovators counted by hand from the rows written
    assert int(w.survey.data["product"].sum()) == sum(r[11] == "Ja" for r in rows)
