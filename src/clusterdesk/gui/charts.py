"""Embeds the Qt-free figures of clusterdesk.report.charts in a widget, with Save as PNG/SVG.

Figures are built lazily, when the widget is first shown after a change: a hidden tab costs
nothing, so a settings change only redraws what the analyst is looking at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QVBoxLayout, QWidget

from clusterdesk.errors import UserError

FigureBuilder = Callable[[], Any]  # () -> matplotlib Figure


class ChartWidget(QWidget):
    """One chart; ``set_builder`` schedules a new figure, built when the widget is visible."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._builder: FigureBuilder | None = None
        self._dirty = False
        self._canvas: Any = None
        self.figure: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setMinimumHeight(220)

    def set_builder(self, builder: FigureBuilder | None) -> None:
        self._builder, self._dirty = builder, True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Build and draw the figure now (when a builder is pending)."""
        if not self._dirty:
            return
        self._dirty = False
        if self._builder is None:
            self._set_figure(None)
            return
        self._set_figure(self._builder())

    def _set_figure(self, fig: Any) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._canvas is not None:
            self.layout().removeWidget(self._canvas)
            self._canvas.setParent(None)
            self._canvas.deleteLater()
            self._canvas = None
        self.figure = fig
        if fig is None:
            return
        self._canvas = FigureCanvasQTAgg(fig)
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._canvas.setMinimumSize(200, 150)
        self.layout().addWidget(self._canvas)
        self._canvas.draw_idle()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()

    def save(self, path: str) -> None:
        """Save the current figure (PNG/SVG/PDF by suffix); raises UserError."""
        from clusterdesk.report.charts import save_figure

        self.refresh()
        if self.figure is None:
            raise UserError("There is no chart to save yet. Wait until the results are shown.")
        save_figure(self.figure, path)
        self.saved.emit(path)

    def _save_dialog(self, suffix: str) -> None:
        name = f"chart.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, f"Save chart as {suffix.upper()}", name,
                                              f"{suffix.upper()} image (*.{suffix})")
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        try:
            self.save(path)
        except UserError as exc:
            QMessageBox.warning(self, "Chart not saved", str(exc))

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction("Save chart as PNG…", lambda: self._save_dialog("png"))
        menu.addAction("Save chart as SVG…", lambda: self._save_dialog("svg"))
        menu.exec(self.mapToGlobal(pos))
