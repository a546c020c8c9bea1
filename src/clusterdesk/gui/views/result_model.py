"""A read-only Qt model over one ResultTable (T1-T5) in the paper's layout.

Rows are the table's rows (T1 with a header row per variable), row labels in the vertical
header. Tests of spec section 6 appear as a footer row "χ² test p" when they belong to columns
(T2) and as a last column when they belong to rows (T3-T5). Display text comes from
``Column.fmt``; the raw float is in EditRole/UserRole so nothing downstream parses text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from clusterdesk.analysis.results import COUNT, GroupTest, ResultTable, Row, stars
from clusterdesk.gui.i18n import role_label
from clusterdesk.gui.views import format as fmt
from clusterdesk.gui.views.base import ReadOnlyTableModel

CI_LOW_ROLE = Qt.ItemDataRole.UserRole + 1
CI_HIGH_ROLE = Qt.ItemDataRole.UserRole + 2
SMALL_MARK = "†"
TEST_LABEL = QT_TRANSLATE_NOOP("ResultTableModel", "χ² test p")
SMALL_NOTE = QT_TRANSLATE_NOOP(
    "ResultTableModel", "† Some expected counts are below 5, so the χ² p is approximate; for a "
    "2×2 table the tooltip gives Fisher's exact p.")


_Q = QCoreApplication  # _Q.translate("ResultTableModel", "…") is what lupdate looks for


def _tr(text: str) -> str:
    return _Q.translate("ResultTableModel", text)


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Line:
    kind: str  # group | row | tests
    label: str
    row: Row | None = None


def test_tooltip(t: GroupTest) -> str:
    """Every figure of one test in words (the cell shows only p)."""
    if t.p is None:
        return t.note or _Q.translate("ResultTableModel",
                                      "No test: fewer than two groups with firms.")
    parts = [_Q.translate("ResultTableModel", "Pearson χ² = {chi2}, df = {df}, p = {p}").format(
        chi2=fmt.number(t.chi2, "0.000"), df=t.df, p=f"{t.p:.4g}")]
    if t.fisher_p is not None:
        parts.append(_Q.translate("ResultTableModel", "Fisher's exact p = {p}").format(
            p=f"{t.fisher_p:.4g}"))
    if t.small_counts:
        parts.append(_Q.translate("ResultTableModel",
                                  "Some expected counts are below 5: read the χ² p with care."))
    if t.approximate:
        parts.append(_Q.translate("ResultTableModel",
                                  "Approximate: computed on normalised weighted counts."))
    if t.note:
        parts.append(t.note)
    return "\n".join(parts)


def test_text(t: GroupTest) -> str:
    if t.p is None:
        return fmt.DASH
    return fmt.pvalue(t.p) + stars(t.p) + (SMALL_MARK if t.small_counts else "")


class ResultTableModel(ReadOnlyTableModel):
    """Renders one ResultTable; ``set_table`` swaps it in place so views keep their state."""

    def __init__(self, table: ResultTable | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: ResultTable | None = None
        self._lines: list[_Line] = []
        self._tests: dict[str, GroupTest] = {}
        self._show_ci = True
        if table is not None:
            self.set_table(table)

    # -- state -----------------------------------------------------------------------------
    @property
    def table(self) -> ResultTable | None:
        return self._table

    @property
    def show_ci(self) -> bool:
        return self._show_ci

    def set_show_ci(self, on: bool) -> None:
        if on != self._show_ci:
            self._show_ci = on
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_table(self, table: ResultTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._lines = []
        self._tests = {t.key: t for t in table.tests} if table is not None else {}
        if table is not None:
            group = None
            for r in table.rows:
                if r.group is not None and r.group != group:
                    group = r.group
                    self._lines.append(_Line("group", role_label(group)))
                self._lines.append(_Line("row", r.label, r))
            if table.tests and table.tests_by == "column":
                self._lines.append(_Line("tests", _tr(TEST_LABEL)))
        self.endResetModel()

    @property
    def has_small_counts(self) -> bool:
        return any(t.small_counts for t in self._tests.values())

    @property
    def _test_column(self) -> bool:
        return bool(self._table is not None and self._tests and self._table.tests_by == "row")

    def corner(self) -> str:
        """What the row labels are (the paper's stub head, e.g. 'Regions')."""
        return self._table.row_header if self._table is not None else ""

    def has_intervals(self) -> bool:
        return self._table is not None and any(r.ci_low is not None for r in self._table.rows)

    # -- Qt interface ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns) + (1 if self._test_column else 0)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                if section == len(self._table.columns):
                    return _tr(TEST_LABEL)
                return self._table.columns[section].label
            if role == Qt.ItemDataRole.ToolTipRole and section == len(self._table.columns):
                return self.tr("p of Pearson's χ² test of this row; stars: *** p<0.01")
            return None
        if not 0 <= section < len(self._lines):
            return None
        line = self._lines[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if line.kind == "row" and line.row.group is not None:
                return "   " + line.label  # a category under its variable's header row
            return line.label
        if role == Qt.ItemDataRole.FontRole and self._bold(line):
            return _bold_font()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        try:
            return self._data(index, role)
        except Exception:  # a view must never crash on a cell; an empty cell shows the defect
            return None

    # -- cells -----------------------------------------------------------------------------
    def value(self, row: int, col: int) -> float | str | None:
        """The full value of a cell (what copy writes): a float, None, or text for messages."""
        line = self._lines[row]
        if line.kind == "group":
            return None
        if line.kind == "tests":
            t = self._tests.get(self._table.columns[col].key) if col < len(
                self._table.columns) else None
            return t.p if t is not None else None
        if col == len(self._table.columns):
            t = self._tests.get(line.row.key)
            return t.p if t is not None else None
        v = line.row.values[col]
        return None if v is None else float(v)

    def bounds(self, row: int, col: int) -> tuple[float | None, float | None]:
        """(ci_low, ci_high) of a share cell, (None, None) elsewhere."""
        line = self._lines[row]
        if line.kind != "row" or col >= len(self._table.columns) or line.row.ci_low is None:
            return None, None
        return line.row.ci_low[col], line.row.ci_high[col]

    def is_share(self, col: int) -> bool:
        return self._table is not None and col < len(self._table.columns) and \
            self._table.columns[col].kind == "share"

    def _test_at(self, line: _Line, col: int) -> GroupTest | None:
        if line.kind == "tests" and col < len(self._table.columns):
            return self._tests.get(self._table.columns[col].key)
        if line.kind == "row" and col == len(self._table.columns):
            return self._tests.get(line.row.key)
        return None

    def _bold(self, line: _Line) -> bool:
        return line.kind == "group" or (line.row is not None and line.row.kind in ("total",
                                                                                   "average"))

    def _data(self, index: Index, role: int) -> object:
        if not index.isValid() or self._table is None:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._lines) and 0 <= c < self.columnCount()):
            return None
        line = self._lines[r]
        test = self._test_at(line, c)
        if role == Qt.ItemDataRole.DisplayRole:
            if test is not None:
                return test_text(test)
            if line.kind != "row" or c >= len(self._table.columns):
                return ""
            column = self._table.columns[c]
            code = COUNT if line.row.kind == "count" else column.fmt  # T5's "N firms" row
            low, high = self.bounds(r, c)
            if self._show_ci and low is not None:
                return fmt.interval(line.row.values[c], low, high, code)
            return fmt.number(line.row.values[c], code)
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            return self.value(r, c)
        if role == CI_LOW_ROLE:
            return self.bounds(r, c)[0]
        if role == CI_HIGH_ROLE:
            return self.bounds(r, c)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.FontRole and self._bold(line):
            return _bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            if test is not None:
                return test_tooltip(test)
            low, high = self.bounds(r, c)
            if low is not None and high is not None:
                return fmt.full(line.row.values[c], fmt.decimal_mark()) + "\n" + self.tr(
                    "95 % Wilson interval: {low}–{high}").format(low=fmt.number(low, "0.00"),
                                                                 high=fmt.number(high, "0.00"))
            return None
        return None


def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
