"""The roles page's part for the forms of spec section 7: the levels the survey asks, and for each
factor or outcome how it is asked (one column, tick boxes, several columns, not asked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from clusterdesk.gui import i18n
from clusterdesk.mapping.model import LocationGrid
from clusterdesk.mapping.roles import LOCATIONS


class RoleFormsMixin:
    """Mixed into RolesPage: it owns ``forms``, ``levels``, ``choosers`` and ``wizard()``."""

    forms: dict[str, Any]
    levels: dict[str, QCheckBox]
    choosers: dict[str, Any]

    def _level_boxes(self, grid: QGridLayout, row: int) -> int:
        host = QWidget()
        line = QHBoxLayout(host)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(QCoreApplication.translate("RolesPage", "Levels the survey asks:")))
        for level in LOCATIONS:
            box = QCheckBox(i18n.location_label(level))
            box.setObjectName(f"level_{level}")
            box.setChecked(True)
            i18n.explain(box, QCoreApplication.translate(
                "RolesPage", "Untick a level the questionnaire does not ask (many surveys ask "
                "only national and international)."))
            box.toggled.connect(self._level_toggled)
            line.addWidget(box)
            self.levels[level] = box
        line.addStretch(1)
        grid.addWidget(host, row, 0, 1, 4)
        return row + 1

    def _form(self, key: str) -> str:
        m = self.wizard().mapping
        if key in m.not_asked:
            return "not_asked"
        if key in m.grids:
            return "grid"
        if key in m.any_of:
            return "any_of"
        return "column"

    def _show_forms(self) -> None:
        m = self.wizard().mapping
        for level, box in self.levels.items():
            box.blockSignals(True)
            box.setChecked(level in m.levels)
            box.blockSignals(False)
        for key, combo in self.forms.items():
            form = self._form(key)
            combo.setCurrentIndex(max(0, combo.findData(form)))
            self.choosers[key].setEnabled(form == "column")

    def set_form(self, key: str, form: str) -> None:
        """Choose how an item is asked as the analyst would (used by tests)."""
        combo = self.forms[key]
        combo.setCurrentIndex(combo.findData(form))
        self._form_chosen(key)

    def _form_chosen(self, key: str) -> None:
        m = self.wizard().mapping
        form = self.forms[key].currentData()
        column = self.choosers[key].column()
        m.not_asked = [r for r in m.not_asked if r != key]
        old_grid = m.grids.pop(key, None)
        old_any = m.any_of.pop(key, None)
        m.columns.pop(key, None)
        if form == "column" and column:
            m.columns[key] = column
        elif form == "grid":
            m.grids[key] = old_grid or LocationGrid()
        elif form == "any_of":
            m.any_of[key] = old_any or ([column] if column else [])
        elif form == "not_asked":
            m.not_asked.append(key)
        self.choosers[key].setEnabled(form == "column")
        self.wizard().survey = None
        self._preview(key)
        self._validate()

    def _form_edited(self) -> None:
        self.wizard().survey = None
        self._validate()

    def _level_toggled(self, _on: bool) -> None:
        m = self.wizard().mapping
        m.levels = [lv for lv in LOCATIONS if self.levels[lv].isChecked()]
        for grid in m.grids.values():  # a level not asked has no tick boxes
            grid.levels = {lv: cols for lv, cols in grid.levels.items() if lv in m.levels}
        self.wizard().survey = None
        self._preview(self._current_role)
        self._validate()

    def set_levels(self, levels: list[str]) -> None:
        """Tick the levels the survey asks as the analyst would (used by tests)."""
        for level, box in self.levels.items():
            box.setChecked(level in levels)
