"""The answer-codes tables of the wizard's answer-codes page: each answer with its count and a
'Means' cell whose combo box commits a choice at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from clusterdesk.gui.wizard.models import CodeTableModel


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for the 'Means' column; a choice is committed at once."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("CodeTableModel", CodeTableModel.UNASSIGNED),
                      "")
        for code, label in index.model().choices:
            combo.addItem(label, code)
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c),
                                                     self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def code_view(model: CodeTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegateForColumn(2, ChoiceDelegate(view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(2, 230)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(False)
    return view
