"""The main window: start page, recent files, menus, no-display line, start-up imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from clusterdesk.gui import recent
from clusterdesk.gui.app import NO_DISPLAY, has_display
from clusterdesk.gui.dialogs import ExportDialog
from clusterdesk.gui.main_window import MainWindow
from clusterdesk.gui.start_page import StartPage
from tests.gui.fresh import fresh_python, last_line


def _window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _fits(widget) -> None:
    widget.adjustSize()
    hint = widget.sizeHint()
    assert hint.width() <= 800 and hint.height() <= 700, hint
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 0
    # not a blank image: more than one colour somewhere on it
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 1


def test_opens_on_start_page(qtbot):
    w = _window(qtbot)
    assert w.stack.currentWidget() is w.start_page
    assert w.windowTitle() == "ClusterDesk"
    assert "ClusterDesk finds out" in w.start_page.findChild(QLabel, "intro").text()
    assert w.start_page.open_button.text() == "Open survey…"
    assert w.start_page.demo_button.isVisible()
    assert not w.act_export.isEnabled() and not w.act_save_project.isEnabled()


def test_file_menu_has_every_action_with_standard_shortcuts(qtbot):
    w = _window(qtbot)
    file_menu = w.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions() if a.text()]
    for wanted in ("Open survey…", "Open recent", "Open demo survey", "Load mapping…",
                   "Save mapping…", "Open project…", "Save project…", "Export report…",
                   "Preferences…", "Quit"):
        assert wanted in texts
    assert w.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert w.act_quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert w.act_save_mapping.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)


def test_recent_files_stored_with_sheet_and_mapping(qtbot, tmp_path, isolated_settings):
    a, b, m = tmp_path / "a.xlsx", tmp_path / "b.csv", tmp_path / "a.clusterdesk.json"
    for p in (a, b, m):
        p.write_text("x")
    recent.add_recent(recent.RecentFile(str(a), sheet="Data", mapping=str(m)))
    recent.add_recent(recent.RecentFile(str(b)))
    recent.add_recent(recent.RecentFile(str(a), sheet="Data 2"))  # moves to the top, replaced
    entries = recent.recent_files()
    assert [e.path for e in entries] == [str(a), str(b)]
    assert entries[0].sheet == "Data 2" and entries[0].mapping is None
    assert recent.last_folder() == str(tmp_path)
    # stored in the ini file under tmp, not in the user's settings
    assert any(isolated_settings.rglob("*.ini"))
    w = _window(qtbot)
    items = [w.start_page.recent_list.item(i).text()
             for i in range(w.start_page.recent_list.count())]
    assert items[0].startswith("a.xlsx") and "sheet Data 2" in items[0]
    assert [a.text() for a in w.recent_menu.actions()][:2] == ["a.xlsx", "b.csv"]


def test_recent_list_keeps_ten_and_drops_missing_files(qtbot, tmp_path):
    for i in range(12):
        recent.add_recent(recent.RecentFile(str(tmp_path / f"f{i}.csv")))
    entries = recent.recent_files()
    assert len(entries) == recent.MAX_RECENT
    assert entries[0].name == "f11.csv"
    w = _window(qtbot)
    w.open_recent(entries[0])  # the file was never written: message, taken off the list
    box = _message_box(qtbot)
    assert "no longer there" in box.text()
    assert "f11.csv" not in [e.name for e in recent.recent_files()]


def _message_box(qtbot) -> QMessageBox:
    from PySide6.QtWidgets import QApplication

    def find():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes
        return boxes[-1]

    qtbot.waitUntil(lambda: find() is not None, timeout=5000)
    box = find()
    box.close()
    return box


def test_missing_file_gives_a_message_not_a_traceback(qtbot, tmp_path):
    w = _window(qtbot)
    assert w.open_survey(tmp_path / "nowhere.xlsx") is None
    box = _message_box(qtbot)
    assert "does not exist" in box.text() and "Traceback" not in box.text()
    assert w.stack.currentWidget() is w.start_page


def test_dropping_a_file_opens_the_wizard(qtbot, english_xlsx):
    w = _window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(english_xlsx))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert w.wizard is not None and w.wizard.path == english_xlsx
    w.wizard.reject()


def test_dialogs_fit_under_800x700(qtbot):
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    _fits(dialog)
    assert dialog.lang == "en"
    dialog.language.setCurrentIndex(1)
    assert dialog.lang == "nb"
    page = StartPage()
    qtbot.addWidget(page)
    page.resize(780, 600)
    assert not page.grab().isNull()


def test_has_display_rules():
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert has_display({}, "win32") and has_display({}, "darwin")


def test_no_display_prints_one_line_and_exits_2():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "clusterdesk"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines == [NO_DISPLAY]
    assert "clusterdesk report" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_window_shown_before_heavy_imports(tmp_path):
    """The start-up path imports no pandas/statsmodels/matplotlib (they load after the window)."""
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from clusterdesk.gui.main_window import MainWindow\n"
            "import clusterdesk.gui.app\n"
            "w = MainWindow(); w.show(); app.processEvents()\n"
            "print(sorted(m for m in ('pandas', 'statsmodels', 'matplotlib', 'scipy')"
            " if m in sys.modules))\n")
    assert last_line(code, tmp_path) == "[]"


def test_smoke_start_prints_shown(tmp_path):
    proc = fresh_python(["-m", "clusterdesk"], tmp_path, CLUSTERDESK_SMOKE_TEST="1")
    assert proc.returncode == 0, proc.stderr
    assert "main window shown" in proc.stdout
    assert Path(tmp_path).exists()


def test_window_geometry_is_remembered(qtbot):
    w = _window(qtbot)
    w.resize(700, 500)  # inside the offscreen screen (800x600), which restoreGeometry respects
    w.close()
    again = _window(qtbot)
    assert (again.width(), again.height()) == (700, 500)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the event constructor Qt tests use
def test_drag_of_a_file_is_accepted(qtbot, english_xlsx):
    from PySide6.QtGui import QDragEnterEvent

    w = _window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(english_xlsx))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.dragEnterEvent(event)
    assert event.isAccepted()
    text_only = QMimeData()
    text_only.setText("not a file")
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text_only,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    w.dragEnterEvent(event)
    assert not event.isAccepted()
