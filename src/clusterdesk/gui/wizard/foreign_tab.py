"""The answer-codes page's 'Foreign ownership' tab: the ownership categories, ticked where they
mean the firm is foreign owned (the regression's foreign-ownership control)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from clusterdesk.gui import i18n
from clusterdesk.mapping.answers import PageAnswers
from clusterdesk.mapping.text import normalize

FOREIGN_WORDS = ("foreign", "utenlandsk", "utanlandsk", "abroad", "utland")


class ForeignTab(QWidget):
    """`wizard()` gives the wizard whose mapping the ticks are written to. The texts keep the
    page's translation context."""

    def __init__(self, wizard: Callable[[], Any]) -> None:
        super().__init__()
        self._wizard = wizard
        box = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        self.list = QListWidget()
        self.list.setObjectName("foreignList")
        self.list.itemChanged.connect(self._changed)
        box.addWidget(self.list, 1)
        i18n.explain(self.list, QCoreApplication.translate(
            "CodesPage", "Tick the ownership categories that mean the firm is foreign owned; they "
            "give the foreign-ownership control of the regression."))

    def fill(self, answers: PageAnswers) -> None:
        m = self._wizard().mapping
        self.list.blockSignals(True)
        self.list.clear()
        col = m.columns.get("ownership")
        if not col:
            self.note.setText(QCoreApplication.translate(
                "CodesPage", "Ownership is not mapped, so the regression has no foreign-ownership "
                "control."))
        else:
            self.note.setText(QCoreApplication.translate(
                "CodesPage", "Tick the categories of '{column}' that mean foreign owned (partly or "
                "fully).").format(column=col))
            chosen = ({normalize(v) for v in m.codes.foreign}
                      if m.codes.foreign is not None else None)
            for a in answers.ownership:
                item = QListWidgetItem(a.text + "   " + QCoreApplication.translate(
                    "CodesPage", "({n} firms)").format(n=a.count))
                item.setData(Qt.ItemDataRole.UserRole, a.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                is_foreign = (a.key in chosen if chosen is not None
                              else any(w in a.key for w in FOREIGN_WORDS))
                item.setCheckState(Qt.CheckState.Checked if is_foreign
                                   else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self.list.blockSignals(False)

    def _changed(self, _item: QListWidgetItem) -> None:
        self._wizard().mapping.codes.foreign = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked]
