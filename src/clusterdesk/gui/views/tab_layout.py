"""What the results tabs share: the title and notes labels, the star note, columns and splitter
sized to the table, and a chart's fixed texts in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter

from clusterdesk.gui import i18n
from clusterdesk.gui.views.table_view import CopyTableView

if TYPE_CHECKING:
    from matplotlib.figure import Figure

STAR_NOTE = QT_TRANSLATE_NOOP("TableTab", "*** p < 0.01, ** p < 0.05, * p < 0.1.")


def star_note() -> str:
    return QCoreApplication.translate("TableTab", STAR_NOTE)


def title_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def notes_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fit_columns(view: CopyTableView, min_width: int = 90) -> None:
    """Size columns to their contents once per new table (small tables only)."""
    header = view.horizontalHeader()
    view.resizeColumnsToContents()
    for c in range(header.count()):
        header.resizeSection(c, max(header.sectionSize(c), min_width))


def fit_height(view: CopyTableView, splitter: QSplitter, most: float) -> None:
    """Give the table the height of its rows (at most ``most`` of the tab); the chart the rest."""
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    needed = rows + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + \
        view.horizontalScrollBar().sizeHint().height()
    view.setMaximumHeight(needed)
    total = sum(splitter.sizes()) or splitter.height()
    top = splitter.widget(0)
    width = max(top.width(), 400)
    spacing = max(top.layout().spacing(), 0)
    want = needed
    for i in range(top.layout().count()):  # title, tools, notes: their height at this width
        item = top.layout().itemAt(i)
        widget = item.widget()
        if widget is view:
            continue
        if widget is not None and not widget.isVisibleTo(top):
            continue
        hint = item.sizeHint().height()
        if widget is not None and widget.hasHeightForWidth():
            hint = widget.heightForWidth(width)
        want += max(hint, 0) + spacing
    if total > 0:
        first = min(max(want, 150), int(total * most))
        splitter.setSizes([first, total - first])


def i18n_figure(fig: Figure) -> Figure:
    """The chart's fixed texts in the interface language (runs off the GUI thread)."""
    from clusterdesk.gui.localized import figure_in

    return figure_in(fig, i18n.current())
