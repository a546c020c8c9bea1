"""Bad input and long work in the wizard: messages in the analyst's words, Cancel, wide files."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from clusterdesk.gui.wizard.widgets import ColumnChooser, columns_model
from tests.gui.wizard_helpers import TIMEOUT, close_wizard, error_boxes, window


def test_a_broken_workbook_gives_a_message_and_the_app_stays(qtbot, tmp_path):
    bad = tmp_path / "survey.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook" * 10)
    w = window(qtbot)
    wiz = w.open_survey(bad)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=TIMEOUT)
    box = error_boxes()[0]
    text = box.text()
    assert "survey.xlsx" in text
    assert "Traceback" not in text and "Something went wrong inside" not in text
    box.close()
    assert not wiz.file_page.isComplete()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "could not be read" in wiz.file_page.summary.text()
    close_wizard(qtbot, wiz)
    assert w.isVisible() and w.stack.currentWidget() is w.start_page


def test_cancel_stops_reading(qtbot, english_xlsx):
    w = window(qtbot)
    wiz = w.open_survey(english_xlsx)
    assert wiz.file_page.job_bar.isVisible()
    wiz.file_page.job_bar.cancel.click()
    qtbot.waitUntil(lambda: "stopped" in wiz.file_page.summary.text(), timeout=TIMEOUT)
    assert wiz.raw is None and not wiz.file_page.isComplete()
    assert not wiz.file_page.job_bar.isVisible()
    # changing a setting reads the file again
    wiz.file_page.header_row.setValue(3)
    qtbot.waitUntil(wiz.file_page.isComplete, timeout=TIMEOUT)
    assert wiz.raw.n_rows == 80
    close_wizard(qtbot, wiz)


def test_two_thousand_columns_are_searchable(qtbot):
    """The chooser itself (reading and suggesting on a 2,000-column file is the engine's part)."""
    names = [f"Q{i:04d} item" for i in range(2000)]
    names[1500] = "Q1500 Where are your most demanding customers?"
    model = columns_model(names, {names[7]: "Full question text of Q0007"})
    chooser = ColumnChooser()
    qtbot.addWidget(chooser)
    chooser.set_columns(model)
    chooser.show()
    assert chooser.count() == 2001  # every column plus "not in this survey"
    assert chooser.itemData(8, Qt.ItemDataRole.ToolTipRole) == "Full question text of Q0007"
    completer = chooser.completer()
    completer.setCompletionPrefix("demanding")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == names[1500]
    with qtbot.waitSignal(chooser.columnChosen) as chosen:
        chooser._completed(names[1500])  # the analyst picks the match from the list
    assert chosen.args == [names[1500]] and chooser.column() == names[1500]
    completer.setCompletionPrefix("q19")
    assert completer.completionCount() == 100  # Q1900 ... Q1999
    # a search that matches nothing falls back to the chosen column
    chooser.lineEdit().setText("no such column")
    chooser.lineEdit().editingFinished.emit()
    assert chooser.column() == names[1500] and chooser.currentText() == names[1500]
