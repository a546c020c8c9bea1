"""Widgets bound to a SettingsState by their object names, both ways (after glue's
``autoconnect_callbacks_to_qt``): a widget named after a field shows it and edits it.

A QSpinBox edits an int (its range follows ``state.bounds``), a QComboBox the item data of its
current item (items the state does not offer are greyed; ``state.choices`` refills it), a
checkable button a bool; a button named ``field:key`` ticks ``key`` in a list field. Every
bound widget is refreshed from the state on each change, so two widgets of one field (the
settings panel's and a tab's own) always show the same value.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox, QWidget
from shiboken6 import isValid

from clusterdesk.analysis.settings_state import FIELDS, SettingsState

Bindable = QSpinBox | QComboBox | QAbstractButton


class Binder:
    """Binds the named children of ``root`` (and ``root`` itself) to ``state``."""

    def __init__(self, state: SettingsState, root: QWidget) -> None:
        self.state = state
        self.widgets: list[tuple[str, str | None, Bindable]] = []
        self._refreshing = False
        for widget in (root, *root.findChildren(QWidget)):
            name, _, key = widget.objectName().partition(":")
            if name in FIELDS and isinstance(widget, Bindable):
                self._connect(name, key or None, widget)
        state.subscribe(self.refresh)
        root.destroyed.connect(lambda *_: state.unsubscribe(self.refresh))
        self.refresh()

    def _connect(self, name: str, key: str | None, widget: Bindable) -> None:
        self.widgets.append((name, key, widget))
        if isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda v: self._edit(name, int(v)))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self._edit(name, widget.currentData()))
        elif key is not None:
            widget.toggled.connect(lambda on: self._toggle(name, key, on))
        else:
            widget.toggled.connect(lambda on: self._edit(name, bool(on)))

    def _edit(self, name: str, value: int | str | bool | None) -> None:
        if not self._refreshing:
            self.state.edit(name, value)
            self.refresh()  # a refused edit (a disabled choice) shows the state again

    def _toggle(self, name: str, key: str, on: bool) -> None:
        if not self._refreshing:
            self.state.toggle(name, key, on)
            self.refresh()

    def refresh(self, _names: frozenset[str] = frozenset()) -> None:
        """Show the state in every bound widget, without announcing edits."""
        self._refreshing = True
        try:
            for name, key, widget in self.widgets:
                if isValid(widget):
                    blocked = widget.blockSignals(True)
                    self._show(name, key, widget)
                    widget.blockSignals(blocked)
        finally:
            self._refreshing = False

    def _show(self, name: str, key: str | None, widget: Bindable) -> None:
        state = self.state
        widget.setEnabled(state.enabled(name, key))
        if isinstance(widget, QSpinBox):
            bounds = state.bounds(name)
            if bounds is not None:
                widget.setRange(*bounds)
            widget.setValue(int(state.shown(name) or 0))
        elif isinstance(widget, QComboBox):
            _show_combo(state, name, widget)
        elif key is not None:
            widget.setChecked(key in state.members(name))
        else:
            widget.setChecked(bool(state.shown(name)))


def _show_combo(state: SettingsState, name: str, combo: QComboBox) -> None:
    choices = state.choices(name)
    if choices is not None and choices != [combo.itemData(i) for i in range(combo.count())]:
        labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        combo.clear()
        for value in choices:
            combo.addItem(labels.get(value, str(value)), value)
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        for i in range(combo.count()):
            item = model.item(i)
            if item is not None:
                item.setEnabled(state.offered(name, combo.itemData(i)))
    i = combo.findData(state.shown(name))
    combo.setCurrentIndex(i if i >= 0 else 0)
