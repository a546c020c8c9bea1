"""The roles page's editor of the forms of spec section 7: the columns of a location factor asked
as tick boxes (one checkbox column per level asked; a column at one level only) with the rule for
several ticks, or the columns an outcome is read from (yes when any says yes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import i18n
from clusterdesk.mapping.model import LocationGrid, Mapping
from clusterdesk.mapping.roles import LOCATIONS


class FormPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping: Mapping | None = None
        self.role = ""
        self.kind = ""  # "grid" | "any_of"
        self._levels: list[str] = []
        self._filling = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("formTitle")
        box.addWidget(self.title)
        self.search = QLineEdit()
        self.search.setObjectName("formSearch")
        self.search.setPlaceholderText(self.tr("Search the columns and their questions"))
        self.search.textChanged.connect(self._filter)
        box.addWidget(self.search)
        self.table = QTableWidget(0, 1)
        self.table.setObjectName("formColumns")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._ticked)
        box.addWidget(self.table, 1)
        rule_row = QHBoxLayout()
        self.rule_label = QLabel(self.tr("Several levels ticked:"))
        self.rule = QComboBox()
        self.rule.setObjectName("gridRule")
        self.rule.addItem(self.tr("the nearest counts"), "nearest")
        self.rule.addItem(self.tr("the farthest counts"), "farthest")
        i18n.explain(self.rule, self.tr("When a firm ticks more than one level for this factor, "
                                        "which one counts."))
        self.rule.activated.connect(self._rule_chosen)
        rule_row.addWidget(self.rule_label)
        rule_row.addWidget(self.rule, 1)
        box.addLayout(rule_row)

    def edit(self, mapping: Mapping, role: str, kind: str, columns: list[str],
             labels: dict[str, str], item: str) -> None:
        """Show the columns of the file for one role's grid or any_of list."""
        self.mapping, self.role, self.kind = mapping, role, kind
        self._filling = True
        if kind == "grid":
            grid = mapping.grids.setdefault(role, LocationGrid())
            self._levels = [lv for lv in LOCATIONS if lv in mapping.levels]
            heads = [i18n.location_label(lv) for lv in self._levels]
            self.title.setText(self.tr("{item}: tick the columns whose tick puts the factor at "
                                       "each level.").format(item=item))
            chosen = {c: lv for lv, cols in grid.levels.items() for c in cols}
            self.rule.setCurrentIndex(max(0, self.rule.findData(grid.rule)))
        else:
            self._levels = ["any"]
            heads = [self.tr("Used")]
            self.title.setText(self.tr("{item}: tick the columns it is read from (yes when any "
                                       "of them says yes).").format(item=item))
            chosen = {c: "any" for c in mapping.any_of.get(role, [])}
        self.rule.setVisible(kind == "grid")
        self.rule_label.setVisible(kind == "grid")
        self.table.clear()
        self.table.setColumnCount(1 + len(self._levels))
        self.table.setHorizontalHeaderLabels([self.tr("Column"), *heads])
        self.table.setRowCount(len(columns))
        for row, col in enumerate(columns):
            name = QTableWidgetItem(col + (f" — {labels[col]}" if labels.get(col) else ""))
            name.setData(Qt.ItemDataRole.UserRole, col)
            name.setToolTip(labels.get(col) or col)
            self.table.setItem(row, 0, name)
            for i, lv in enumerate(self._levels):
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                tick.setCheckState(Qt.CheckState.Checked if chosen.get(col) == lv
                                   else Qt.CheckState.Unchecked)
                self.table.setItem(row, 1 + i, tick)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(len(self._levels)):
            header.setSectionResizeMode(1 + i, QHeaderView.ResizeMode.ResizeToContents)
        self._filling = False
        self._filter(self.search.text())

    def set_ticked(self, column: str, level: str, on: bool = True) -> None:
        """Tick a column at a level as the analyst would (``level`` "any" for an outcome)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == column:
                self.table.item(row, 1 + self._levels.index(level)).setCheckState(
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(column)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            shown = self.table.item(row, 0).text().casefold()
            self.table.setRowHidden(row, not all(w in shown for w in words))

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or self.mapping is None or item.column() == 0:
            return
        row = item.row()
        if item.checkState() == Qt.CheckState.Checked:  # a tick means one level only
            self._filling = True
            for i in range(len(self._levels)):
                if 1 + i != item.column():
                    self.table.item(row, 1 + i).setCheckState(Qt.CheckState.Unchecked)
            self._filling = False
        picked: dict[str, list[str]] = {lv: [] for lv in self._levels}
        for r in range(self.table.rowCount()):
            for i, lv in enumerate(self._levels):
                if self.table.item(r, 1 + i).checkState() == Qt.CheckState.Checked:
                    picked[lv].append(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole))
        if self.kind == "grid":
            grid = self.mapping.grids.setdefault(self.role, LocationGrid())
            grid.levels = {lv: cols for lv, cols in picked.items() if cols}
        else:
            self.mapping.any_of[self.role] = picked["any"]
        self.changed.emit()

    def _rule_chosen(self, _index: int) -> None:
        if self.mapping is not None and self.role in self.mapping.grids:
            self.mapping.grids[self.role].rule = self.rule.currentData()
            self.changed.emit()
