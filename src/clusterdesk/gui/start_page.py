"""The page the app opens on: what ClusterDesk does, how to start, and the recent files."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui.recent import RecentFile, shown_names
from clusterdesk.paths import resource

_ICON: list[QIcon] = []


def app_icon() -> QIcon:
    """The application icon from its PNG sizes: an SVG would load Qt's SVG plugin before the
    window shows. Made once: QIcon.addFile decodes every PNG at once, and the application, the
    main window and the start page's logo all use it (QIcon is implicitly shared)."""
    if not _ICON:
        icon = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            icon.addFile(str(resource("icons", f"clusterdesk-{size}.png")), QSize(size, size))
        _ICON.append(icon)
    return _ICON[0]


# Qt.ItemDataRole.UserRole as a number: touching PySide's Qt namespace builds all of its enum
# types at once, so nothing that runs before the window is shown uses it.
USER_ROLE = 0x0100


class StartPage(QWidget):
    openSurveyRequested = Signal()
    openDemoRequested = Signal()
    openProjectRequested = Signal()
    recentRequested = Signal(object)  # RecentFile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        title = QLabel("ClusterDesk")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        head.addWidget(logo)
        head.addWidget(title, 1)
        column.addLayout(head)

        intro = QLabel(self.tr(
            "ClusterDesk finds out whether firms in regional clusters are more innovative, from "
            "your own firm survey: it reproduces the six tables of Gjelsvik's study of Norwegian "
            "firms. Open the survey as your survey tool exported it (Excel, CSV or SPSS), or try "
            "the demo survey first; a wizard helps you say which question is which, and the "
            "tables follow."))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setMaximumWidth(720)
        column.addWidget(intro)
        column.addSpacing(12)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open survey…"))
        self.open_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open demo survey"))
        self.project_button = QPushButton(self.tr("Open project…"))
        tips = (self.tr("Open the survey file your survey tool exported (Excel, CSV, SPSS or "
                        "Stata); a wizard then asks which question is which."),
                self.tr("Open a synthetic survey of 2,002 firms shaped like the study's, with its "
                        "mapping, straight to the tables."),
                self.tr("Reopen a saved project: the survey, its mapping and your settings."))
        for b, tip in zip((self.open_button, self.demo_button, self.project_button), tips,
                          strict=True):
            b.setToolTip(tip)
            b.setWhatsThis(tip)
            b.setMinimumHeight(34)
            buttons.addWidget(b)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(12)

        self.recent_label = QLabel(self.tr("Recent files"))
        bold = QFont(self.recent_label.font())
        bold.setBold(True)
        self.recent_label.setFont(bold)
        column.addWidget(self.recent_label)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setMaximumWidth(720)
        self.recent_list.setMaximumHeight(220)
        self.recent_list.setAlternatingRowColors(True)
        column.addWidget(self.recent_list)
        self.no_recent = QLabel(self.tr("Files you open appear here."))
        self.no_recent.setEnabled(False)
        column.addWidget(self.no_recent)
        column.addStretch(2)

        self.open_button.clicked.connect(self.openSurveyRequested)
        self.demo_button.clicked.connect(self.openDemoRequested)
        self.project_button.clicked.connect(self.openProjectRequested)
        self.recent_list.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(USER_ROLE)))

    def set_recent(self, entries: list[RecentFile]) -> None:
        self.recent_list.clear()
        for e, name in zip(entries, shown_names(entries), strict=True):
            detail = []
            if e.sheet not in (None, "", 0):
                detail.append(self.tr("sheet {name}").format(name=e.sheet))
            if e.mapping:
                from pathlib import Path

                detail.append(self.tr("mapping {name}").format(name=Path(e.mapping).name))
            if e.kind == "project":
                detail.append(self.tr("project"))
            text = name + (f"  ({', '.join(detail)})" if detail else "")
            item = QListWidgetItem(text)
            item.setToolTip(e.path if e.exists()
                            else e.path + "\n" + self.tr("(the file is no longer there)"))
            item.setData(USER_ROLE, e)
            if not e.exists():
                item.setForeground(self.palette().placeholderText())
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(entries))
        self.no_recent.setVisible(not entries)
