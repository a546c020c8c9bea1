"""First run: the start page explains ClusterDesk in two sentences and offers the demo; from
launch to the demo's workbook on disk takes at most five real mouse clicks.

Every click is a qtbot.mouseClick on the widget a user would click (the start page button, the
File menu in the menu bar, its Export report… entry, the export dialog's button, the Save button
of Qt's own file dialog). The only preset is the folder the Save dialog opens in: QSettings
"recent/folder", the last folder the analyst used, which a real user also has and would not need
to click to reach; the Save click itself is counted.
"""

from __future__ import annotations

import re

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QWidget,
)

from clusterdesk.gui import recent
from clusterdesk.report.labels import t
from tests.gui.wizard_helpers import TIMEOUT, settle, window

MAX_CLICKS = 5


class Clicker:
    """qtbot.mouseClick that counts; `at` is a point inside the widget (its centre by default)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.log: list[str] = []

    def click(self, widget: QWidget, what: str, at: QPoint | None = None) -> None:
        self.count += 1
        self.log.append(what)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                              pos=at if at is not None else widget.rect().center())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def test_start_page_says_what_it_does_in_two_sentences_and_offers_the_demo(qtbot):
    w = window(qtbot)
    intro = w.start_page.findChild(QLabel, "intro")
    assert intro is not None and intro.isVisible()
    assert len(_sentences(intro.text())) == 2, intro.text()
    assert "ClusterDesk" in intro.text()
    assert w.start_page.demo_button.isVisible() and w.start_page.demo_button.isEnabled()
    assert "demo" in w.start_page.demo_button.text().lower()


def _modal(kind: type) -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) and widget.isVisible() else None


def test_launch_to_demo_workbook_in_at_most_five_clicks(qtbot, tmp_path):
    recent.set_last_folder(str(tmp_path))  # the analyst's last folder (see the module docstring)
    clicks = Clicker(qtbot)
    w = window(qtbot)

    # 1: the start page's demo button
    clicks.click(w.start_page.demo_button, "Open demo survey")
    settle(qtbot, w)
    assert w.act_export.isEnabled()

    # 2: the File menu in the menu bar; 3: its Export report… entry
    bar = w.menuBar()
    file_action = next(a for a in bar.actions()
                       if a.menu() is not None and w.act_export in a.menu().actions())
    clicks.click(bar, "File menu", bar.actionGeometry(file_action).center())
    menu = file_action.menu()
    qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT)

    # the export dialog and then the file dialog are modal (exec): click them from a timer
    steps: list[str] = []

    def drive() -> None:
        export = _modal(QDialog)
        if export is not None and not isinstance(export, QFileDialog) and "export" not in steps:
            steps.append("export")
            box = export.findChild(QDialogButtonBox)
            ok = box.button(QDialogButtonBox.StandardButton.Ok)
            clicks.click(ok, "Export dialog: " + ok.text())  # 4
            return
        save = _modal(QFileDialog)
        if save is not None and "save" not in steps:
            steps.append("save")
            box = save.findChild(QDialogButtonBox)
            button = box.button(QDialogButtonBox.StandardButton.Save) or \
                box.button(QDialogButtonBox.StandardButton.Open)
            clicks.click(button, "File dialog: Save")  # 5
            timer.stop()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(drive)
    timer.start()
    clicks.click(menu, "Export report…", menu.actionGeometry(w.act_export).center())
    timer.stop()
    assert steps == ["export", "save"], clicks.log

    target = tmp_path / "demo_survey report.xlsx"
    qtbot.waitUntil(lambda: target.is_file() and not w.runner.busy, timeout=TIMEOUT)
    assert clicks.count <= MAX_CLICKS, clicks.log
    # a real workbook: the demo's tables under the glossary's sheet names
    book = load_workbook(target, read_only=True)
    names = book.sheetnames
    book.close()
    for key in ("sample_categories", "cluster_classification", "regression"):
        assert t("en", f"sheet.{key}") in names, names
