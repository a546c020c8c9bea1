"""Shows the Qt-free figures of clusterdesk.report.charts in a widget, with Save as PNG/SVG.

The figure is built and rendered with matplotlib's Agg renderer OFF the GUI thread, at the
widget's size, and the widget only paints the finished pixels. FigureCanvasQTAgg would redraw
on the GUI thread on every show and resize, freezing the window after each settings change. Charts are rendered only when
visible, so a hidden tab costs nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from clusterdesk.errors import UserError
from clusterdesk.gui.workers import Job, JobRunner

FigureBuilder = Callable[[tuple[float, float]], Any]  # (width, height) in inches -> Figure
RESIZE_MS = 150


def render(builder: FigureBuilder, pixels: tuple[int, int], lock: threading.Lock) -> tuple:
    """(figure, RGBA bytes, width, height): build the figure if needed, draw it with Agg at
    ``pixels`` (width, height in device pixels)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from clusterdesk.report.charts import DPI

    with lock:  # one figure is never drawn by two threads at once
        w, h = pixels
        # built for its size: a chart lays its labels out for the room it has
        fig = builder((w / DPI, h / DPI))
        fig.set_dpi(DPI)
        fig.set_size_inches(w / DPI, h / DPI)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        return fig, bytes(canvas.buffer_rgba()), w, h


class ChartWidget(QWidget):
    """One chart; ``set_builder`` schedules a new figure, rendered when the widget is visible."""

    saved = Signal(str)
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._builder: FigureBuilder | None = None
        self._save_builder: FigureBuilder | None = None
        self._dirty = False
        self._pixmap: QPixmap | None = None
        self._drawn: tuple[int, int] | None = None  # the pixmap's size in device pixels
        self._lock = threading.Lock()
        self._runner = JobRunner(self)
        self._resize = QTimer(self, singleShot=True, interval=RESIZE_MS)
        self._resize.timeout.connect(self._rerender)
        self.figure: Any = None
        self.message = ""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setMinimumHeight(220)

    def set_builder(self, builder: FigureBuilder | None,
                    save_builder: FigureBuilder | None = None) -> None:
        """``builder(size)`` makes the figure shown at ``size`` (inches); ``save_builder``
        (default: the same) the one saved at the report's 1280x800 size, e.g. with the title the
        tab already shows above."""
        self._builder, self._dirty = builder, True
        self._save_builder = save_builder or builder
        if builder is None:
            self.figure, self._pixmap = None, None
            self._dirty = False
            self.update()
        elif self.isVisible():
            self.refresh()

    @property
    def ready(self) -> bool:
        """Nothing pending: the current figure (or its error message, or no chart) is shown."""
        return (not self._dirty and not self._runner.busy
                and (self._pixmap is not None or bool(self.message) or self._builder is None))

    def refresh(self) -> None:
        """Build and render a pending figure in the background."""
        if not self._dirty or self._builder is None:
            return
        self._dirty = False
        self._start(self._builder)

    def _rerender(self) -> None:
        """Build the figure again for the new size (after the running job, never instead)."""
        if self._runner.busy:
            self._resize.start()
        elif self.figure is not None and not self._dirty and self._drawn != self._pixels():
            self._start(self._builder)

    def _pixels(self) -> tuple[int, int]:
        """The size to draw at, in device pixels."""
        ratio = self.devicePixelRatioF()
        return max(int(self.width() * ratio), 50), max(int(self.height() * ratio), 50)

    def _start(self, builder: FigureBuilder) -> None:
        job = Job(render, builder, self._pixels(), self._lock, pass_task=False)
        self._runner.start(job, on_done=self._done, on_error=self._failed, soon=True)

    def _done(self, result: tuple) -> None:
        if not isValid(self):  # the widget was closed while the chart rendered
            return
        fig, data, w, h = result
        self.figure = fig
        image = QImage(data, w, h, QImage.Format.Format_RGBA8888).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self._pixmap, self._drawn = pixmap, (w, h)
        self.message = ""
        if (w, h) != self._pixels():
            self._resize.start()  # resized while rendering
        self.update()
        self.rendered.emit()

    def _failed(self, message: str) -> None:
        if not isValid(self):
            return
        self.message, self._pixmap = message, None
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._pixmap is not None:
            painter.drawPixmap(0, 0, self._pixmap)
        elif self.message:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter |
                             Qt.TextFlag.TextWordWrap, self.message)
        painter.end()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # at the next turn: the tab's own show event, after this one, may still resize the chart
        QTimer.singleShot(0, self, self.refresh)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.figure is not None:
            self._resize.start()

    def wait(self, msecs: int = 30000) -> bool:
        return self._runner.wait(msecs)

    def save(self, path: str) -> None:
        """Save the current figure (PNG/SVG/PDF by suffix); raises UserError."""
        from clusterdesk.report.charts import SIZE, save_figure

        if self._save_builder is None:
            raise UserError(self.tr("There is no chart to save yet. Wait until the results are "
                                    "shown."))
        save_figure(self._save_builder(SIZE), path)  # a fresh figure at the report's size
        self.saved.emit(path)

    def _save_dialog(self, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as {kind}").format(kind=suffix.upper()),
            self.tr("chart") + f".{suffix}",
            self.tr("{kind} image (*.{suffix})").format(kind=suffix.upper(), suffix=suffix))
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        try:
            self.save(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Chart not saved"), str(exc))

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save chart as PNG…"), lambda: self._save_dialog("png"))
        menu.addAction(self.tr("Save chart as SVG…"), lambda: self._save_dialog("svg"))
        menu.exec(self.mapToGlobal(pos))
