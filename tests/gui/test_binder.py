"""Widgets bound to the settings state by name (gui/binding.py): both ways, wherever they sit."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from clusterdesk.analysis.settings_state import SettingsState
from clusterdesk.gui.binding import Binder
from clusterdesk.mapping.model import Settings

ROLES = {"product", "process", "employees", "sector", "ownership"}


def test_two_widgets_of_one_field_show_the_same_value(qtbot):
    """The binder connects widgets by object name, both ways, wherever they sit."""
    state = SettingsState()
    state.set_available(ROLES, ["A", "B"])
    left, right = QWidget(), QWidget()
    for w in (left, right):
        qtbot.addWidget(w)
    a, b = QSpinBox(left), QSpinBox(right)
    a.setObjectName("regional_min")
    b.setObjectName("regional_min")
    other = QSpinBox(right)
    other.setObjectName("nonregional_max")
    combo = QComboBox(left)
    combo.setObjectName("sector_baseline")
    combo.addItem("Largest sector", None)
    box = QCheckBox(right)
    box.setObjectName("controls:sector")
    Binder(state, left), Binder(state, right)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Largest sector", "A", "B"]
    assert a.value() == b.value() == 4 and box.isChecked() and combo.isEnabled()
    b.setValue(6)
    assert a.value() == 6 and state.settings.regional_min == 6
    assert other.maximum() == 5
    combo.setCurrentIndex(2)
    assert state.settings.sector_baseline == "B"
    box.setChecked(False)  # the sector control out: its baseline cannot be chosen
    assert not combo.isEnabled() and "sector" not in state.settings.controls
    state.replace(Settings(regional_min=3, nonregional_max=1))
    assert (a.value(), b.value(), other.value(), other.maximum()) == (3, 3, 1, 2)
    assert box.isChecked() and combo.currentIndex() == 0
