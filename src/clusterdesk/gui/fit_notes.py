"""Next year's fitting shown where the analyst reviews the mapping: the items not found in this
file first, then every change, the whole list (it scrolls; nothing is cut off as a message box
would cut it)."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import i18n

LOST_COLOUR = "#a40000"


class FitNotes(QFrame):
    """``set_notes(notes, lost)``: ``lost`` are the role keys not found; adapt() puts their
    lines first in ``notes``. With ``closable`` a Hide button emits ``closed``."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, closable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("fitNotes")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.notes: list[str] = []
        self.lost: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("fitTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        if closable:
            hide = QPushButton(self.tr("Hide"))
            hide.setToolTip(self.tr("Hide this list; the fitted mapping stays in use."))
            hide.clicked.connect(self.hide)
            hide.clicked.connect(self.closed.emit)
            head.addWidget(hide)
        layout.addLayout(head)
        self.list = QTextBrowser()
        self.list.setObjectName("fitList")
        self.list.setOpenLinks(False)
        i18n.explain(self.list, self.tr("Every item of last year's mapping that this file lacks, "
                                        "then every column and answer matched in its place."))
        layout.addWidget(self.list, 1)
        self.hide()

    def set_notes(self, notes: list[str], lost: list[str]) -> None:
        self.notes, self.lost = list(notes), list(lost)
        if not notes:
            self.hide()
            return
        names = ", ".join(i18n.role_label(r) for r in lost)
        title = self.tr("Last year's mapping was fitted to this file.")
        if lost:
            title = (f"<b style='color:{LOST_COLOUR}'>"
                     + html.escape(self.tr("Not found in this file: {items}.").format(items=names))
                     + "</b> " + html.escape(title))
        else:
            title = html.escape(title)
        self.title.setText(title + " " + html.escape(self.tr(
            "Check the items it names; Save mapping… keeps the fitted mapping.")))
        parts = []
        if lost:
            parts.append(f"<p style='color:{LOST_COLOUR}'><b>"
                         + html.escape(self.tr("Not found ({n}):").format(n=len(lost)))
                         + "</b></p><ul>")
            parts += [f"<li style='color:{LOST_COLOUR}'>{html.escape(n)}</li>"
                      for n in notes[:len(lost)]]
            parts.append("</ul>")
        changes = notes[len(lost):]
        if changes:
            parts.append("<p><b>" + html.escape(self.tr("Changes ({n}):").format(
                n=len(changes))) + "</b></p><ul>")
            parts += [f"<li>{html.escape(n)}</li>" for n in changes]
            parts.append("</ul>")
        self.list.setHtml("".join(parts))
        self.show()

    def lines(self) -> list[str]:
        """The list as shown, one entry a line (tests, and copying)."""
        return [line for line in self.list.toPlainText().splitlines() if line.strip()]
