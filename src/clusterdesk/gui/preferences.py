"""Preferences: the interface language (system, English, Norwegian bokmål).

The choice is stored in QSettings ("ui/language") and applies the next time ClusterDesk starts:
every window is built translated then, which is simpler and safer than re-labelling live widgets.
Analysis choices never live here; they belong in the mapping file.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from clusterdesk.gui import i18n


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, store: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._store = store
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("As the system (%1)").replace(
            "%1", self.tr("Norwegian bokmål") if i18n.effective("system") == "nb"
            else self.tr("English")), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Norsk bokmål", "nb")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen(store))))
        tip = self.tr("The language of menus, the wizard and the result tabs. The language of "
                      "an exported workbook is chosen when you export it.")
        self.language.setToolTip(tip)
        self.language.setWhatsThis(tip)
        form.addRow(self.tr("Interface language:"), self.language)
        self.restart_note = QLabel(self.tr("The new language is used the next time you start "
                                           "ClusterDesk."))
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        form.addRow(self.restart_note)
        self.language.currentIndexChanged.connect(self._changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def choice(self) -> str:
        return str(self.language.currentData())

    def _changed(self) -> None:
        self.restart_note.setVisible(i18n.effective(self.choice) != i18n.current())

    def accept(self) -> None:
        i18n.set_chosen(self.choice, self._store)
        super().accept()
