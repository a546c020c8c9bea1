"""Table models of the wizard: the raw preview grid and an answer-code table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from clusterdesk.mapping.answers import Answer, assign, code_of
from clusterdesk.mapping.text import display

HEADER_BG = QColor("#cfe3ff")
UNASSIGNED_BG = QColor("#ffe08a")
_Index = QModelIndex | QPersistentModelIndex


def column_letter(i: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as spreadsheets name columns."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class GridModel(QAbstractTableModel):
    """The first rows of a sheet as the file holds them, header rows highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Any]] = []
        self._width = 0
        self._header = (1, 1)  # first header row (1-based), number of header rows

    def set_grid(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._width = max((len(r) for r in self._rows), default=0)
        self.endResetModel()

    def set_header(self, first: int, count: int) -> None:
        self._header = (first, count)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, max(0, self._width - 1)))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def is_header(self, row: int) -> bool:
        first, count = self._header
        return first - 1 <= row < first - 1 + count

    def column_texts(self, col: int) -> list[str]:
        """The texts column ``col`` shows, top to bottom."""
        return [self._text(cells, col) for cells in self._rows]

    @staticmethod
    def _text(cells: list[Any], col: int) -> str:
        value = cells[col] if col < len(cells) else None
        if value is None or (isinstance(value, float) and value != value):
            return ""
        return display(value)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(self._rows[row], col)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_header(row):
            return QBrush(HEADER_BG)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_header(row):
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.FontRole and self.is_header(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1) + (" " + self.tr("header") if self.is_header(section) else "")


class CodeTableModel(QAbstractTableModel):
    """Answers with their counts and the meaning assigned to each; editing the meaning edits the
    mapping's code table in place. Unassigned answers are highlighted."""

    COLUMNS = (QT_TRANSLATE_NOOP("CodeTableModel", "Answer in the file"),
               QT_TRANSLATE_NOOP("CodeTableModel", "Firms"),
               QT_TRANSLATE_NOOP("CodeTableModel", "Means"))
    UNASSIGNED = QT_TRANSLATE_NOOP("CodeTableModel", "— not assigned —")
    changed = Signal()

    def __init__(self, table: dict[str, list[str]], choices: list[tuple[str, str]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._table = table
        self.choices = choices  # (code, label)
        self._labels = dict(choices)
        self._answers: list[Answer] = []

    def set_answers(self, answers: list[Answer], table: dict[str, list[str]] | None = None) -> None:
        self.beginResetModel()
        self._answers = list(answers)
        if table is not None:
            self._table = table
        self.endResetModel()

    def code(self, row: int) -> str | None:
        return code_of(self._table, self._answers[row].key)

    def answer(self, row: int) -> Answer:
        return self._answers[row]

    def unassigned(self) -> list[Answer]:
        return [a for a in self._answers if code_of(self._table, a.key) is None]

    def set_code(self, row: int, code: str | None) -> None:
        assign(self._table, self._answers[row], code)
        idx = self.index(row, 2)
        self.dataChanged.emit(self.index(row, 0), idx)
        self.changed.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._answers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._answers[index.row()]
        col = index.column()
        code = code_of(self._table, a.key)
        if role == Qt.ItemDataRole.DisplayRole:
            meaning = self._labels.get(code, code) if code else self.tr(self.UNASSIGNED)
            return (a.text, f"{a.count:,}".replace(",", " "), meaning + "  ▾")[col]
        if role == Qt.ItemDataRole.EditRole:
            return (a.text, a.count, code or "")[col]
        if role == Qt.ItemDataRole.BackgroundRole and code is None:
            return QBrush(UNASSIGNED_BG)
        if role == Qt.ItemDataRole.ForegroundRole and code is None:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and code is None:
            return self.tr("Not assigned yet: this answer will count as missing. Choose what it "
                           "means.")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        code = str(value) if value else None
        if code is not None and code not in self._labels:
            return False
        self.set_code(index.row(), code)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return str(section + 1)
