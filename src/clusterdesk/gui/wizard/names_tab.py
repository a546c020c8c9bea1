"""The answer-codes page's tab of names for codes (spec 7, ``Mapping.labels``): a category whose
answers are codes ("17") gets a name per code, shown and used as the key in every table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import i18n
from clusterdesk.mapping.answers import Answer
from clusterdesk.mapping.model import Mapping
from clusterdesk.mapping.text import normalize


class NamesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping: Mapping | None = None
        self._answers: dict[str, list[Answer]] = {}
        self._filling = False
        box = QVBoxLayout(self)
        self.note = QLabel(self.tr("Give a name to each code of a category (for example a "
                                   "province's number); the tables show the name. Leave a name "
                                   "empty to show the code."))
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        self.role = QComboBox()
        self.role.setObjectName("namesRole")
        self.role.currentIndexChanged.connect(self._show)
        box.addWidget(self.role)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("namesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code in the file"), self.tr("Firms"),
                                              self.tr("Name")])
        i18n.explain(self.table, self.tr("Type a name next to a code; the tables and the results "
                                         "file use it instead of the code."))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        box.addWidget(self.table, 1)

    def fill(self, mapping: Mapping, answers: dict[str, list[Answer]]) -> None:
        self.mapping = mapping
        self._answers = answers
        self.role.blockSignals(True)
        self.role.clear()
        for role in answers:
            self.role.addItem(i18n.role_label(role), role)
        self.role.blockSignals(False)
        self._show()

    def _show(self, _index: int = 0) -> None:
        role = self.role.currentData()
        answers = self._answers.get(role, []) if role else []
        names = self.mapping.labels.get(role, {}) if self.mapping and role else {}
        by_key = {normalize(k): v for k, v in names.items()}
        self._filling = True
        self.table.setRowCount(len(answers))
        for row, a in enumerate(answers):
            code = QTableWidgetItem(a.text)
            code.setFlags(Qt.ItemFlag.ItemIsEnabled)
            n = QTableWidgetItem(f"{a.count:,}".replace(",", " "))
            n.setFlags(Qt.ItemFlag.ItemIsEnabled)
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, code)
            self.table.setItem(row, 1, n)
            self.table.setItem(row, 2, QTableWidgetItem(by_key.get(a.key, "")))
        self._filling = False

    def set_name(self, role: str, code: str, name: str) -> None:
        """Type a name as the analyst would (used by tests)."""
        self.role.setCurrentIndex(self.role.findData(role))
        for row in range(self.table.rowCount()):
            if normalize(self.table.item(row, 0).text()) == normalize(code):
                self.table.item(row, 2).setText(name)
                return
        raise KeyError(code)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.mapping is None or item.column() != 2:
            return
        role = self.role.currentData()
        code = self.table.item(item.row(), 0).text()
        names = self.mapping.labels.setdefault(role, {})
        for k in [k for k in names if normalize(k) == normalize(code)]:
            del names[k]
        if item.text().strip():
            names[code] = item.text().strip()
        if not names:
            self.mapping.labels.pop(role, None)
