"""The Data tab's virtual table model: formats only the cells the view asks for.

Filtering (region, cluster class) is a numpy mask turned into an index array, sorting is a
numpy argsort permutation; both are O(n) array work, never a QSortFilterProxyModel walking
1,000,000 rows through Python.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from shiboken6 import isValid

from clusterdesk.gui.views import format as fmt
from clusterdesk.gui.views.base import ReadOnlyTableModel
from clusterdesk.gui.views.data_columns import DataColumn, DataColumns
from clusterdesk.mapping.text import display

if TYPE_CHECKING:
    from clusterdesk.gui.workers import JobRunner

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


ASYNC_ROWS = 200_000  # from this size a sort runs off the GUI thread


def permutation(column: DataColumn, descending: bool = False) -> np.ndarray:
    """Row order of a column, missing cells last in both directions."""
    key = column.sort_key()
    perm = np.argsort(key, kind="stable")
    if descending:  # reverse the non-missing part only
        k = int(np.count_nonzero(np.isfinite(key)))
        perm = np.concatenate([perm[:k][::-1], perm[k:]])
    return perm


def _sort_job(generation: int, column: int, order: Qt.SortOrder, col: DataColumn) -> tuple:
    return generation, column, order, permutation(col, order == Qt.SortOrder.DescendingOrder)


class DataModel(ReadOnlyTableModel):
    sorted = Signal()  # a sort has been applied (large sorts finish in the background)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._sorter: JobRunner | None = None
        self._base: list[DataColumn] = []
        self._extra: list[DataColumn] = []
        self._cols: list[DataColumn] = []
        self._n = 0
        self._region_codes = np.zeros(0, np.int32)
        self._regions: list[str] = []
        self._rows: np.ndarray | None = None  # visible row -> firm position (None = identity)
        self._order: np.ndarray | None = None  # sort permutation of all firms
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._region: int | None = None
        self._cls: int | None = None

    # -- content ---------------------------------------------------------------------------
    def set_columns(self, columns: DataColumns | None) -> None:
        """Show a newly built survey (drops sort and filters)."""
        self._generation += 1
        self.beginResetModel()
        self._base = columns.columns if columns is not None else []
        self._n = columns.n if columns is not None else 0
        self._regions = columns.regions if columns is not None else []
        self._region_codes = columns.region_codes if columns is not None else np.zeros(0)
        self._extra = [c for c in self._extra if c.numbers is not None and len(c.numbers) ==
                       self._n or c.codes is not None and len(c.codes) == self._n]
        self._cols = self._base + self._extra
        self._order, self._sort, self._region, self._cls = None, None, None, None
        self._rows = None
        self.endResetModel()

    def set_class_columns(self, extra: list[DataColumn]) -> None:
        """New cluster classes after a settings change; keeps filters and sort where they apply."""
        if any(len(c.codes if c.codes is not None else c.numbers) != self._n for c in extra):
            return
        self.beginResetModel()
        self._extra = extra
        self._cols = self._base + self._extra
        if self._sort is not None and self._sort[0] >= len(self._cols):
            self._sort, self._order = None, None
        elif self._sort is not None and self._sort[0] >= len(self._base):
            self._order = self._permutation(*self._sort)
        self._rows = self._visible()
        self.endResetModel()

    @property
    def regions(self) -> list[str]:
        return list(self._regions)

    @property
    def classes(self) -> list[str]:
        col = self._column("cluster_class")
        return list(col.labels) if col is not None else []

    @property
    def total(self) -> int:
        return self._n

    def column_keys(self) -> list[str]:
        return [c.key for c in self._cols]

    def firm(self, row: int) -> int:
        """Position in the survey of a visible row."""
        return int(row if self._rows is None else self._rows[row])

    def _column(self, key: str) -> DataColumn | None:
        return next((c for c in self._cols if c.key == key), None)

    # -- filter and sort -------------------------------------------------------------------
    def set_filter(self, region: int | None = None, cluster_class: int | None = None) -> None:
        """Show only firms of one region (index into ``regions``) and/or one cluster class."""
        self.beginResetModel()
        self._region, self._cls = region, cluster_class
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> np.ndarray | None:
        mask = None
        if self._region is not None:
            mask = self._region_codes == self._region
        cls = self._column("cluster_class")
        if self._cls is not None and cls is not None:
            m = cls.codes == self._cls
            mask = m if mask is None else mask & m
        if mask is None:
            return self._order
        if self._order is None:
            return np.flatnonzero(mask)
        return self._order[mask[self._order]]

    def _permutation(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        return permutation(self._cols[column], order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; large surveys sort in the background."""
        if not 0 <= column < len(self._cols):
            return
        self._generation += 1
        if self._n < ASYNC_ROWS:
            self._apply_sort((self._generation, column, order,
                              self._permutation(column, order)))
            return
        from clusterdesk.gui.workers import Job, JobRunner

        if self._sorter is None:
            self._sorter = JobRunner(self)
        job = Job(_sort_job, self._generation, column, order, self._cols[column],
                  pass_task=False)
        self._sorter.start(job, on_done=self._apply_sort)

    def _apply_sort(self, result: tuple) -> None:
        generation, column, order, perm = result
        if not isValid(self) or generation != self._generation:  # the columns or the sort changed meanwhile
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = perm
        self._rows = self._visible()
        self.layoutChanged.emit()
        self.sorted.emit()

    def wait(self, msecs: int = 30000) -> bool:
        return self._sorter.wait(msecs) if self._sorter is not None else True

    # -- Qt interface ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._n if self._rows is None else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cols)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._cols):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._cols[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._cols[section].tooltip or self._cols[section].header
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        try:
            if not index.isValid():
                return None
            r, c = index.row(), index.column()
            if not (0 <= r < self.rowCount() and 0 <= c < len(self._cols)):
                return None
            col = self._cols[c]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.text(col, self.firm(r))
            if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
                return self.value(r, c)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if col.kind == "number" else _LEFT
            return None
        except Exception:  # a cell never takes the view down
            return None

    def value(self, row: int, col: int) -> float | str | None:
        """Full value of a visible cell: float for numbers, the label or raw text otherwise."""
        column, i = self._cols[col], self.firm(row)
        if column.kind == "number":
            v = float(column.numbers[i])
            return None if math.isnan(v) else v
        if column.kind == "code":
            code = int(column.codes[i])
            return column.labels[code] if 0 <= code < len(column.labels) else None
        cell = column.cells[i]
        if cell is None or (isinstance(cell, float) and math.isnan(cell)):
            return None
        if isinstance(cell, int | float | np.integer | np.floating):
            return float(cell)
        return display(cell) if str(cell) != "<NA>" else None

    @staticmethod
    def text(column: DataColumn, i: int) -> str:
        if column.kind == "number":
            v = float(column.numbers[i])
            return "" if math.isnan(v) else fmt.number(v, "0." + "0" * column.decimals
                                                       if column.decimals else "0")
        if column.kind == "code":
            code = int(column.codes[i])
            return column.labels[code] if 0 <= code < len(column.labels) else ""
        cell = column.cells[i]
        if cell is None or (isinstance(cell, float) and math.isnan(cell)):
            return ""
        text = display(cell)
        return "" if text in ("<NA>", "nan") else text
