"""Small widgets the wizard pages share: a searchable column chooser, an orderable list, and an
inline progress bar with Cancel for background jobs."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

NOT_USED = QT_TRANSLATE_NOOP("ColumnChooser", "(not in this survey)")


def columns_model(columns: list[str], labels: dict[str, str] | None = None) -> QStandardItemModel:
    """One model of the file's columns shared by every chooser (cheap with 2,000 columns)."""
    model = QStandardItemModel()
    none = QStandardItem(QCoreApplication.translate("ColumnChooser", NOT_USED))
    none.setData("", Qt.ItemDataRole.UserRole)
    model.appendRow(none)
    for col in columns:
        item = QStandardItem(col)
        item.setData(col, Qt.ItemDataRole.UserRole)
        label = (labels or {}).get(col)
        if label and label != col:
            item.setToolTip(label)
        model.appendRow(item)
    return model


class ColumnChooser(QComboBox):
    """A combo box of columns; typing filters the list to columns containing the text."""

    columnChosen = Signal(str)  # "" = not used

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.lineEdit().setPlaceholderText(self.tr("type to search the columns"))
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(15)
        self.setCompleter(completer)
        completer.activated[str].connect(self._completed)
        self.activated.connect(lambda _i: self._emit())
        self.lineEdit().editingFinished.connect(self._edited)

    def set_columns(self, model: QStandardItemModel) -> None:
        self.blockSignals(True)
        self.setModel(model)
        self.completer().setModel(model)
        self.blockSignals(False)

    def column(self) -> str:
        data = self.currentData(Qt.ItemDataRole.UserRole)
        return str(data) if data else ""

    def set_column(self, column: str | None) -> None:
        """Select a column without emitting columnChosen (prefilling)."""
        self.blockSignals(True)
        i = self.findData(column or "", Qt.ItemDataRole.UserRole) if column else 0
        self.setCurrentIndex(i if i >= 0 else 0)
        self.lineEdit().setCursorPosition(0)  # show the start of a long column name
        self.setToolTip(self.currentText())
        self.blockSignals(False)

    def choose(self, column: str | None) -> None:
        """Select a column as the user would (emits columnChosen)."""
        self.set_column(column)
        self._emit()

    def _completed(self, text: str) -> None:
        i = self.findText(text, Qt.MatchFlag.MatchExactly)
        if i >= 0:
            self.setCurrentIndex(i)
            self._emit()

    def _edited(self) -> None:
        text = self.currentText()
        i = self.findText(text, Qt.MatchFlag.MatchExactly)
        if i < 0:  # a search that matched nothing: show the chosen column again
            i = max(0, self.findData(self._last, Qt.ItemDataRole.UserRole))
        if i != self.currentIndex() or self.itemText(i) != text:
            self.setCurrentIndex(i)
            self.setEditText(self.itemText(i))
        self._emit()

    _last = ""

    def _emit(self) -> None:
        col = self.column()
        self.setToolTip(self.currentText())
        self.lineEdit().setCursorPosition(0)
        if col != self._last:
            self._last = col
            self.columnChosen.emit(col)


class OrderList(QWidget):
    """Categories the analyst puts in order by dragging or with Up/Down."""

    orderChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(lambda *_: self.orderChanged.emit(self.items()))
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.up.setToolTip(self.tr("Move the selected item one place up."))
        self.down.setToolTip(self.tr("Move the selected item one place down."))
        self.list.setToolTip(self.tr("Drag the items into order, or select one and use Up / "
                                     "Down."))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_items(self, items: list[str]) -> None:
        self.list.clear()
        self.list.addItems(items)

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.orderChanged.emit(self.items())


class JobBar(QWidget):
    """'Reading…' with a progress bar and Cancel, shown while a page's background job runs."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop this step; nothing is changed."))
        self.cancel.clicked.connect(self.cancelRequested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self.hide()

    def start(self, message: str) -> None:
        self.label.setText(message)
        self.bar.setValue(0)
        self.show()

    def progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            self.label.setText(message)
