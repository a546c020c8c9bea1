"""Read-only Qt models over a compared table (analysis.compare.TableChange) and Table 6's
compared models (ModelChange): one line per cell or term, both waves, the change, its 95 %
interval and p. Display text in the interface language's decimals; the raw float in EditRole
(what Copy takes) and UserRole, so nothing downstream parses text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from clusterdesk.gui.views import format as fmt
from clusterdesk.gui.views.base import ReadOnlyTableModel

if TYPE_CHECKING:
    from clusterdesk.analysis.compare import ModelChange, RowChange, TableChange

Index = QModelIndex | QPersistentModelIndex
LOW_ROLE = Qt.ItemDataRole.UserRole + 1
HIGH_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALPHA = 0.05
Cell = tuple[str, float | None, float | None, float | None]  # display, raw, low, high


_Q = QCoreApplication  # _Q.translate("ChangeModel", "…") is what lupdate looks for


def signed(value: object, decimals: str = "0.0") -> str:
    """A change with its sign: "+8.6", "-2.9", "0.0" (a minus as the other tabs print it)."""
    text = fmt.number(value, decimals)
    if text and not text.startswith("-") and any(ch in "123456789" for ch in text):
        return "+" + text
    return text


def interval_text(low: object, high: object) -> str:
    if not (fmt.is_number(low) and fmt.is_number(high)):
        return ""
    return _Q.translate("ChangeModel", "{low} to {high}").format(low=signed(low), high=signed(high))


class _Lines(ReadOnlyTableModel):
    """Lines of (display, raw, low, high) cells under fixed headers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._lines: list[list[Cell]] = []
        self._bold: list[bool] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        text, raw, low, high = self._lines[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            return raw if raw is not None else text
        if role == LOW_ROLE:
            return low
        if role == HIGH_ROLE:
            return high
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and self._bold[index.row()]:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def find(self, first: str, second: str) -> int | None:
        """The line whose first two cells read ``first`` and ``second`` (tests, tooltips)."""
        for i, line in enumerate(self._lines):
            if (line[0][0], line[1][0]) == (first, second):
                return i
        return None

    def _reset(self, headers: list[str], lines: list[list[Cell]], bold: list[bool]) -> None:
        self.beginResetModel()
        self._headers, self._lines, self._bold = headers, lines, bold
        self.endResetModel()


def _p(row: RowChange, j: int) -> tuple[str, float | None]:
    """Fisher's exact p where an expected count is below 5 (marked), else Pearson's."""
    if row.fisher_p[j] is not None:
        return fmt.pvalue(row.fisher_p[j]) + " F", row.fisher_p[j]
    return fmt.pvalue(row.p[j]), row.p[j]


class ChangeModel(_Lines):
    """A compared share table: Row | Column | base % | later % | change | 95 % interval | p."""

    def set_change(self, table: TableChange | None, base_label: str, later_label: str) -> None:
        headers = [_Q.translate("ChangeModel", "Row"), _Q.translate("ChangeModel", "Column"),
                   f"{base_label} (%)", f"{later_label} (%)",
                   _Q.translate("ChangeModel", "Change (points)"),
                   _Q.translate("ChangeModel", "95 % interval"), "p"]
        lines, bold = [], []
        for row in table.rows if table is not None else []:
            for j, column in enumerate(table.column_labels):
                p_text, p = _p(row, j)
                lines.append([(row.label, None, None, None), (column, None, None, None),
                              (fmt.number(row.base[j]), row.base[j], None, None),
                              (fmt.number(row.later[j]), row.later[j], None, None),
                              (signed(row.change[j]), row.change[j], row.change_low[j],
                               row.change_high[j]),
                              (interval_text(row.change_low[j], row.change_high[j]), None,
                               row.change_low[j], row.change_high[j]),
                              (p_text, p, None, None)])
                bold.append(p is not None and p < ALPHA)
        self._reset(headers, lines, bold)


class ModelChangeModel(_Lines):
    """Table 6 compared: Model | Term | base b (se) | later b (se) | difference | z | p."""

    def set_models(self, models: list[ModelChange], base_label: str, later_label: str) -> None:
        headers = [_Q.translate("ChangeModel", "Model"), _Q.translate("ChangeModel", "Term"),
                   f"{base_label}: b (se)", f"{later_label}: b (se)",
                   _Q.translate("ChangeModel", "Difference"), "z", "p"]
        lines, bold = [], []
        for m in models:
            for t in m.terms:
                lines.append([(m.outcome_label, None, None, None), (t.label, None, None, None),
                              (_coef(t.base_coef, t.base_se), t.base_coef, None, None),
                              (_coef(t.later_coef, t.later_se), t.later_coef, None, None),
                              (signed(t.diff, "0.000"), t.diff, None, None),
                              (fmt.number(t.z, "0.00"), t.z, None, None),
                              (fmt.pvalue(t.p), t.p, None, None)])
                bold.append(t.p is not None and t.p < ALPHA)
        self._reset(headers, lines, bold)


def _coef(coef: object, se: object) -> str:
    if not fmt.is_number(coef):
        return ""
    text = fmt.number(coef, "0.000")
    return f"{text} ({fmt.number(se, '0.000')})" if fmt.is_number(se) else text
