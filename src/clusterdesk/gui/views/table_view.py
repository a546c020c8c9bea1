"""QTableView with the copy behaviour every results table shares (Ctrl+C and context menu)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from clusterdesk.errors import UserError
from clusterdesk.gui.views import copy


class CopyTableView(QTableView):
    """Copies the selection (or the whole table) as full numbers, locale-aware or with '.'."""

    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft |
                                                  Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter |
                                                    Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # compact, uniform rows without measuring each one (as the paper prints its tables)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Ctrl+C copies full values (Qt's own copy would take one cell's display text)."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def cells(self, whole: bool = False) -> list[list[object]]:
        model = self.model()
        sel = None if whole or self.selectionModel() is None else copy.selected(
            self.selectionModel().selection())
        if sel is None:
            return copy.block(model)
        return copy.block(model, *sel)

    def copy(self, decimal: str | None = None, whole: bool = False) -> bool:
        """Put the selection on the clipboard; False (and a message) when it is too big."""
        if self.model() is None:
            return False
        try:
            cells = self.cells(whole)
        except UserError as exc:
            self.message.emit(str(exc))
            return False
        QGuiApplication.clipboard().setMimeData(copy.mime(cells, decimal))
        rows = len(cells) - 1
        self.message.emit((self.tr("Copied {n} row with full values.") if rows == 1 else
                           self.tr("Copied {n} rows with full values.")).format(n=rows))
        return True

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        sep = copy.system_decimal()
        menu.addAction(self.tr("Copy (decimal '{sep}')").format(sep=sep), lambda: self.copy())
        if sep != ".":
            menu.addAction(self.tr("Copy with decimal point '.'"), lambda: self.copy("."))
        else:
            menu.addAction(self.tr("Copy with decimal comma ','"), lambda: self.copy(","))
        menu.addAction(self.tr("Copy whole table"), lambda: self.copy(whole=True))
        menu.exec(self.viewport().mapToGlobal(pos))
