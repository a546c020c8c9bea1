"""Small dialogs shared by the main window and the wizard.

Messages are opened window-modal with ``open()``, not ``exec()``: the event loop keeps running
(background jobs finish, the window repaints) and tests can find and close them like a user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

# The message, file and progress dialog classes are imported where they are used: importing a
# PySide class builds its enum types, and none of them is needed before the window shows.
from clusterdesk.gui import recent
from clusterdesk.gui.workers import Job, JobRunner

# file-dialog filters, translated where they are shown (ask_open / ask_save / translated())
SURVEY_FILTER = QT_TRANSLATE_NOOP(
    "Dialogs", "Survey files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.sav *.zsav *.dta);;"
    "All files (*)")
MAPPING_FILTER = QT_TRANSLATE_NOOP(
    "Dialogs", "ClusterDesk mapping (*.clusterdesk.json);;JSON files (*.json);;All files (*)")
PROJECT_FILTER = QT_TRANSLATE_NOOP(
    "Dialogs", "ClusterDesk project (*.clusterdesk-project.json);;All files (*)")
REPORT_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Excel workbook (*.xlsx)")


def translated(text: str) -> str:
    """A module-level text of this file (a filter above) in the interface language."""
    return QCoreApplication.translate("Dialogs", text)
LANGUAGES = (("en", "English"), ("nb", "Norsk bokmål"))


def show_error(parent: QWidget | None, message: str, title: str = "ClusterDesk") -> Any:
    """The analyst-facing message of a UserError (never a traceback), non-blocking."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    from PySide6.QtCore import Qt  # here, not at import: see start_page.USER_ROLE

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def show_info(parent: QWidget | None, message: str, title: str = "ClusterDesk") -> Any:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    from PySide6.QtCore import Qt  # here, not at import: see start_page.USER_ROLE

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def ask_open(parent: QWidget | None, title: str, file_filter: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, recent.last_folder(),
                                          translated(file_filter))
    if path:
        recent.set_last_folder(str(Path(path).parent))
    return path or None


def ask_save(parent: QWidget | None, title: str, file_filter: str, suggested: str) -> str | None:
    start = str(Path(recent.last_folder()) / suggested)
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, start, translated(file_filter))
    if path:
        recent.set_last_folder(str(Path(path).parent))
    return path or None


def run_with_progress(parent: QWidget, runner: JobRunner, job: Job, title: str,
                      on_done: Callable[[Any], None],
                      on_error: Callable[[str], None] | None = None) -> Any:
    """Run `job` with a progress dialog whose Cancel stops it; errors go to a message box."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(title, QCoreApplication.translate("Dialogs", "Cancel"), 0, 1000,
                             parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle("ClusterDesk")
    from PySide6.QtCore import Qt

    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def alive() -> bool:  # the window may be closed or gone when a job ends
        return (shiboken6.isValid(parent) and shiboken6.isValid(dialog)
                and parent.isVisible())

    def progress(fraction: float, message: str) -> None:
        if not alive():
            return
        dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            dialog.setLabelText(message)

    def finish(result: Any) -> None:
        if not alive():
            return
        dialog.close()
        on_done(result)

    def fail(message: str) -> None:
        if not alive():
            return
        dialog.close()
        (on_error or (lambda m: show_error(parent, m)))(message)

    dialog.canceled.connect(job.cancel)
    runner.start(job, on_done=finish, on_error=fail, on_progress=progress,
                 on_cancel=lambda: alive() and dialog.close())
    return dialog


class ExportDialog(QDialog):
    """Choices of Export report…: the language of the workbook and whether to add the data."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout

        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.include_data = QCheckBox(self.tr("Add a sheet with the coded data of every firm"))
        self.include_data.setChecked(True)
        form.addRow(self.tr("Language of the report:"), self.language)
        form.addRow("", self.include_data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def lang(self) -> str:
        return str(self.language.currentData())
