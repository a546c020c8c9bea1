"""The main window's menus (File, Help), its recent-files list and the files dropped on it:
how the analyst asks for something. A mixin of MainWindow, like FileActions and CompareActions;
the slots it connects live there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWhatsThis

from clusterdesk.gui import dialogs, recent
from clusterdesk.paths import demo_mapping, demo_survey

if TYPE_CHECKING:  # QEvent's 180-member enum, built with its first subclass, waits for a drop
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

_Q = QCoreApplication  # _Q.translate("<context>", "…") is what lupdate looks for


Shortcut = str | QKeySequence.StandardKey | None


class WindowMenus:
    """Mixed into MainWindow (which provides the slots and the state they read)."""

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:  # setShortcuts(list): setShortcut's overloads would build all
            # of Qt's enum types before the window shows (see start_page.USER_ROLE)
            action.setShortcuts([QKeySequence(shortcut)] if isinstance(shortcut, str)
                                else QKeySequence.keyBindings(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(_Q.translate("MainWindow", "&File"))
        SK = QKeySequence.StandardKey
        self.act_open = self._action(m, _Q.translate("MainWindow", "&Open survey…"),
                                     self.ask_open_survey, SK.Open)
        self.recent_menu = m.addMenu(_Q.translate("MainWindow", "Open &recent"))
        self.act_demo = self._action(m, _Q.translate("MainWindow", "Open &demo survey"),
                                     self.open_demo)
        m.addSeparator()
        self.act_load_mapping = self._action(m, _Q.translate("MainWindow", "&Load mapping…"),
                                             self.ask_load_mapping)
        self.act_save_mapping = self._action(m, _Q.translate("MainWindow", "&Save mapping…"),
                                             self.ask_save_mapping, SK.Save)
        m.addSeparator()
        self.act_open_project = self._action(m, _Q.translate("MainWindow", "Open pro&ject…"),
                                             self.ask_open_project, "Ctrl+Shift+O")
        self.act_save_project = self._action(m, _Q.translate("MainWindow", "Save &project…"),
                                             self.ask_save_project, SK.SaveAs)
        m.addSeparator()
        self._build_compare_menu(m)
        m.addSeparator()
        self.act_export = self._action(m, _Q.translate("MainWindow", "&Export report…"),
                                       self.ask_export, "Ctrl+E")
        m.addSeparator()
        self.act_preferences = self._action(m, _Q.translate("MainWindow", "Pr&eferences…"),
                                            self._show_preferences, SK.Preferences)
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_quit = self._action(m, _Q.translate("MainWindow", "&Quit"), self.close, SK.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        h = self.menuBar().addMenu(_Q.translate("MainWindow", "&Help"))
        self.act_guide = self._action(h, _Q.translate("MainWindow", "User &guide"),
                                      self._show_guide, "F1")
        self.act_whats_this = QWhatsThis.createAction(self)
        self.act_whats_this.setText(_Q.translate("MainWindow", "What's &This?"))
        self.act_whats_this.setShortcuts([QKeySequence("Shift+F1")])
        h.addAction(self.act_whats_this)
        h.addSeparator()
        self.act_about = self._action(h, _Q.translate("MainWindow", "&About ClusterDesk"),
                                      self._show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self._update_actions()

    def _update_actions(self) -> None:
        has_survey = self.survey is not None
        self.act_save_mapping.setEnabled(self.mapping is not None)
        self.act_save_project.setEnabled(has_survey)
        self.act_export.setEnabled(self.results is not None)
        self._update_compare_actions()

    def refresh_recent(self) -> None:
        entries = recent.recent_files()
        self.start_page.set_recent(entries)
        self.recent_menu.clear()
        self.recent_menu.setToolTipsVisible(True)  # the full path of each file
        for e, name in zip(entries, recent.shown_names(entries), strict=True):
            act = self.recent_menu.addAction(name)
            act.setToolTip(e.path)
            act.triggered.connect(lambda _c=False, entry=e: self.open_recent(entry))
        self.recent_menu.setEnabled(bool(entries))
        if entries:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(_Q.translate("MainWindow", "Clear the list"))
            clear.triggered.connect(lambda: (recent.clear_recent(), self.refresh_recent()))

    def _show_guide(self) -> None:
        from clusterdesk.gui import i18n
        from clusterdesk.gui.help import GuideWindow

        GuideWindow(self, language=i18n.current()).open()

    def _show_preferences(self) -> None:
        from clusterdesk.gui.preferences import PreferencesDialog

        PreferencesDialog(self).open()

    def _show_about(self) -> None:
        from clusterdesk.gui.help import AboutDialog

        AboutDialog(self).open()

    # -- the demo and recent files ------------------------------------------------------------
    def open_demo(self) -> None:
        if not demo_survey().is_file() or not demo_mapping().is_file():
            dialogs.show_error(self, _Q.translate("MainWindow",
                "The demo survey is missing from this installation ({path}). Reinstall "
                "ClusterDesk.").format(path=demo_survey()))
            return
        self.open_with_mapping(demo_survey(), demo_mapping())

    def open_recent(self, entry: recent.RecentFile) -> None:
        if not entry.exists():
            dialogs.show_error(self, _Q.translate("MainWindow",
                "'{path}' is no longer there, so it was taken off the recent files. Open it again "
                "from where it is now.").format(path=entry.path))
            recent.remove_recent(entry.path)
            self.refresh_recent()
        elif entry.kind == "project":
            self.open_project(entry.path)
        elif entry.mapping and Path(entry.mapping).is_file():
            self.open_with_mapping(entry.path, entry.mapping)
        else:
            self.open_survey(entry.path, sheet=entry.sheet)

    # -- files dropped on the window --------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = urls[0].toLocalFile()
            if path.endswith(".clusterdesk-project.json"):
                self.open_project(path)
            elif path.endswith(".clusterdesk.json"):
                self.load_mapping(path)
            else:
                self.open_survey(path)
