"""The main window: start page or results workspace, the File menu, drag and drop, and the
glue between the wizard, background coding, projects and the report export.

State is one survey file, its Mapping and the coded Survey; the workspace owns the Results.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWhatsThis, QWidget

from clusterdesk.errors import UserError
from clusterdesk.gui import dialogs, recent
from clusterdesk.gui.compare_actions import CompareActions
from clusterdesk.gui.file_actions import FileActions
from clusterdesk.gui.start_page import StartPage, app_icon
from clusterdesk.gui.workers import Job, JobRunner
from clusterdesk.paths import demo_mapping, demo_survey

if TYPE_CHECKING:  # imported where used: the window shows before the mapping model loads
    # (and QEvent's 180-member enum, built with its first subclass, waits for the first drop)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from clusterdesk.mapping.model import Mapping, Settings


def _workspace_class() -> Any:
    """GUI-B's results workspace, when this build has it."""
    try:
        from clusterdesk.gui.workspace import Workspace
    except ImportError:
        return None
    return Workspace


#: What opening the first survey imports on the GUI thread unless imported before: numpy, the
#: workspace's views and the wizard's pages, 0.15-0.2 s during which the window would not redraw;
#: and what the first chart imports in its worker thread (matplotlib, 0.3 s).
OPENING_NEEDS = ("numpy", "clusterdesk.gui.workspace", "clusterdesk.gui.wizard.wizard",
                 *(f"clusterdesk.gui.wizard.{page}_page" for page in ("file", "roles", "codes",
                                                                      "review")),
                 "clusterdesk.gui.wizard.tasks", "matplotlib.backends.backend_agg",
                 "clusterdesk.report.charts")


def import_ahead() -> Any:
    """Import OPENING_NEEDS in a daemon thread, called once the window is up (the analyst needs
    a second or more to choose a file), then freeze what exists then out of the garbage
    collector's passes (module objects live as long as the app; left in, matplotlib's made a
    full pass 90 ms). Importing only defines classes, so it is safe off the GUI thread; a file
    opened at once waits on Python's import lock for what is still loading. A module missing
    from this build is skipped, as _workspace_class() does."""
    import gc
    import importlib
    import threading

    def run() -> None:
        for name in OPENING_NEEDS:
            try:
                importlib.import_module(name)
            except ImportError:
                continue
        gc.freeze()

    thread = threading.Thread(target=run, name="clusterdesk-import-ahead", daemon=True)
    thread.start()
    return thread


class MainWindow(FileActions, CompareActions, QMainWindow):
    surveyLoaded = Signal(object)  # Survey, once it is shown in the workspace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.source_path: Path | None = None
        self.mapping: Mapping | None = None
        self.pending_mapping: Mapping | None = None
        self.survey: Any = None
        self.wizard: Any = None
        self.runner = JobRunner(self)
        self.progress: Any = None
        self._results: Any = None

        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.workspace: Any = None
        self.placeholder = QLabel(self.tr("The results workspace is not part of this build."))
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.setCentralWidget(self.stack)
        self.start_page.openSurveyRequested.connect(self.ask_open_survey)
        self.start_page.openDemoRequested.connect(self.open_demo)
        self.start_page.openProjectRequested.connect(self.ask_open_project)
        self.start_page.recentRequested.connect(self.open_recent)
        self._build_menus()
        self.refresh_recent()
        self._update_title()
        self.statusBar().showMessage(self.tr("Open a survey to begin."))
        geometry = recent.settings().value("window/geometry")
        if not isinstance(geometry, QByteArray | bytes) or not self.restoreGeometry(geometry):
            self._first_size()

    def _first_size(self) -> None:
        """First start: most of the screen (the seven result tabs need about 1,250 pixels)."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or area.width() < 400:
            self.resize(1180, 760)
            return
        width = min(1600, int(area.width() * 0.96))
        height = min(1000, int(area.height() * 0.94))
        self.setGeometry(area.x() + (area.width() - width) // 2,
                         area.y() + (area.height() - height) // 2, width, height)

    # -- menus -------------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:  # setShortcuts(list): setShortcut's overloads would build all
            # of Qt's enum types before the window shows (see start_page.USER_ROLE)
            action.setShortcuts([QKeySequence(shortcut)] if isinstance(shortcut, str)
                                else QKeySequence.keyBindings(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        SK = QKeySequence.StandardKey
        self.act_open = self._action(m, self.tr("&Open survey…"), self.ask_open_survey, SK.Open)
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self.act_demo = self._action(m, self.tr("Open &demo survey"), self.open_demo)
        m.addSeparator()
        self.act_load_mapping = self._action(m, self.tr("&Load mapping…"), self.ask_load_mapping)
        self.act_save_mapping = self._action(m, self.tr("&Save mapping…"), self.ask_save_mapping, SK.Save)
        m.addSeparator()
        self.act_open_project = self._action(m, self.tr("Open pro&ject…"), self.ask_open_project,
                                             "Ctrl+Shift+O")
        self.act_save_project = self._action(m, self.tr("Save &project…"), self.ask_save_project,
                                             SK.SaveAs)
        m.addSeparator()
        m.addSeparator()
        self._build_compare_menu(m)
        m.addSeparator()
        self.act_export = self._action(m, self.tr("&Export report…"), self.ask_export, "Ctrl+E")
        m.addSeparator()
        self.act_preferences = self._action(m, self.tr("Pr&eferences…"), self._show_preferences,
                                            SK.Preferences)
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_quit = self._action(m, self.tr("&Quit"), self.close, SK.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        h = self.menuBar().addMenu(self.tr("&Help"))
        self.act_guide = self._action(h, self.tr("User &guide"), self._show_guide, "F1")
        self.act_whats_this = QWhatsThis.createAction(self)
        self.act_whats_this.setText(self.tr("What's &This?"))
        self.act_whats_this.setShortcuts([QKeySequence("Shift+F1")])
        h.addAction(self.act_whats_this)
        h.addSeparator()
        self.act_about = self._action(h, self.tr("&About ClusterDesk"), self._show_about)
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
        for e in entries:
            act = self.recent_menu.addAction(e.name)
            act.setToolTip(e.path)
            act.triggered.connect(lambda _c=False, entry=e: self.open_recent(entry))
        self.recent_menu.setEnabled(bool(entries))
        if entries:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
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

    # -- opening -----------------------------------------------------------------------------
    def ask_open_survey(self) -> None:
        path = dialogs.ask_open(self, self.tr("Open survey"), dialogs.SURVEY_FILTER)
        if path:
            self.open_survey(path)

    def open_survey(self, path: str | Path, sheet: str | int | None = None) -> Any:
        """Start the import wizard on a file (non-blocking); returns the wizard."""
        from clusterdesk.gui.wizard.wizard import ImportWizard

        p = Path(path)
        if not p.is_file():
            dialogs.show_error(self, self.tr(
                "The file '{path}' does not exist. It may have been moved or renamed; open it "
                "again with Open survey….").format(path=p))
            return None
        mapping = self.pending_mapping
        self.pending_mapping = None
        if mapping is None and sheet is not None:
            mapping = None
        from PySide6.QtCore import Qt

        self._workspace_early()
        wizard = ImportWizard(p, mapping=mapping, parent=self)
        if sheet is not None and mapping is None:
            wizard.mapping.source.sheet = sheet
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.surveyReady.connect(lambda survey, m: self._wizard_done(p, survey, m))
        self.wizard = wizard
        wizard.destroyed.connect(lambda *_: setattr(self, "wizard", None))
        wizard.rejected.connect(lambda: self.statusBar().showMessage(
            self.tr("Import cancelled.") if self.survey is None else self._status_text()))
        wizard.rejected.connect(self._idle_analysis_ends)
        self.statusBar().showMessage(
            self.tr("Importing {name}: follow the wizard's steps.").format(name=p.name))
        wizard.open()
        return wizard

    def _wizard_done(self, path: Path, survey: Any, mapping: Mapping) -> None:
        self.show_survey(path, survey, mapping)
        recent.add_recent(recent.RecentFile(str(path), sheet=mapping.source.sheet))
        self.refresh_recent()

    def open_with_mapping(self, path: str | Path, mapping: Mapping | str | Path,
                          settings: Settings | None = None) -> None:
        """Straight to the results: read and code in the background with a saved mapping."""
        try:
            from clusterdesk.mapping.model import Mapping

            if not isinstance(mapping, Mapping):
                from clusterdesk.mapping import fileformat

                mapping_path = str(mapping)
                mapping = fileformat.load(mapping)
            else:
                mapping_path = None
        except UserError as exc:
            dialogs.show_error(self, str(exc))
            return
        if settings is not None:
            mapping.settings = settings
        p = Path(path)
        from clusterdesk.gui.wizard import tasks

        def done(survey: Any) -> None:
            fitted = getattr(survey, "mapping", None)
            self.show_survey(p, survey, fitted if isinstance(fitted, Mapping) else mapping)
            self._show_fit(mapping, survey)
            if p != demo_survey():
                recent.add_recent(recent.RecentFile(str(p), sheet=mapping.source.sheet,
                                                    mapping=mapping_path))
                self.refresh_recent()

        self._workspace_early()
        self.progress = dialogs.run_with_progress(
            self, self.runner, Job(tasks.read_and_code, p, mapping),
            self.tr("Opening {name}…").format(name=p.name), done)

    def _show_fit(self, given: Mapping, survey: Any) -> None:
        """The saved mapping's fitting, above the results: the items not found first, then
        every change, the whole list (a message box would cut it off)."""
        from clusterdesk.gui.wizard import tasks
        from clusterdesk.mapping.model import Mapping
        from clusterdesk.mapping.roles import ROLES

        warnings = survey.report.warnings
        lost_lines = [w[len(tasks.FITTED_LOST):] for w in warnings
                      if w.startswith(tasks.FITTED_LOST)]
        notes = lost_lines + [w[len(tasks.FITTED):] for w in warnings
                              if w.startswith(tasks.FITTED)]
        fitted = survey.mapping
        lost = [r.key for r in ROLES if isinstance(fitted, Mapping) and given.columns.get(r.key)
                and not fitted.columns.get(r.key)]
        if self.workspace is not None:
            self.workspace.show_fit_notes(notes, lost)
        elif notes:  # no workspace in this build: the whole list in a box
            dialogs.show_info(self, self.tr(
                "The saved mapping did not fit this file exactly, so it was fitted to it:")
                + "\n\n• " + "\n• ".join(notes) + "\n\n" + self.tr(
                "Check the tables; Save mapping… keeps the fitted mapping for next time."))

    def open_demo(self) -> None:
        if not demo_survey().is_file() or not demo_mapping().is_file():
            dialogs.show_error(self, self.tr(
                "The demo survey is missing from this installation ({path}). Reinstall "
                "ClusterDesk.").format(path=demo_survey()))
            return
        self.open_with_mapping(demo_survey(), demo_mapping())

    def open_recent(self, entry: recent.RecentFile) -> None:
        if not entry.exists():
            dialogs.show_error(self, self.tr(
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

    # -- results -----------------------------------------------------------------------------
    def _workspace_early(self) -> None:
        """Build the workspace while a survey is being read, and start its analysis process
        (1-2 s of imports) then, not after Finish."""
        cls = _workspace_class()
        if cls is None:
            return
        if self.workspace is None:
            self.workspace = cls()
            self.stack.addWidget(self.workspace)
            self.workspace.resultsChanged.connect(lambda *_: self._update_actions())
            self.workspace.resultsChanged.connect(self._compare_again)
            self.workspace.renameWavesRequested.connect(self.ask_wave_labels)
        self.workspace.start_analysis()

    def _idle_analysis_ends(self) -> None:
        """Import cancelled before any survey was shown: the early analysis process goes."""
        if self.survey is None and self.workspace is not None:
            self.workspace.stop_analysis()

    def show_survey(self, path: Path, survey: Any, mapping: Mapping) -> None:
        self.source_path, self.survey, self.mapping = Path(path), survey, mapping
        self._survey_changed()
        cls = _workspace_class()
        if cls is not None:
            self._workspace_early()
            self.workspace.load(survey, mapping.settings)
            self.stack.setCurrentWidget(self.workspace)
        else:  # no workspace in this build: compute the results for Export report… anyway
            from PySide6.QtCore import Qt

            self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.placeholder.setText(self.tr(
                "{name}: {n} firms coded. The results workspace is not part of this build; use "
                "Export report… to see the tables in Excel.").format(
                    name=path.name, n=survey.report.rows_used))
            self.stack.setCurrentWidget(self.placeholder)
            self._results = None
            from clusterdesk.analysis import run

            self.runner.start(Job(run, survey, mapping.settings),
                              on_done=self._own_results,
                              on_error=lambda m: dialogs.show_error(self, m))
        self._update_title()
        self._update_status()
        self._update_actions()
        self.surveyLoaded.emit(survey)

    def _own_results(self, results: Any) -> None:
        if shiboken6.isValid(self):
            self._results = results
            self._update_actions()

    @property
    def results(self) -> Any:
        if self.workspace is not None:
            return self.workspace.results
        return self._results

    def apply_settings(self, settings: Settings) -> None:
        """New analysis settings (a project's, or the analyst's): recompute the results."""
        if self.mapping is not None:
            self.mapping.settings = settings
        if self.workspace is not None and self.survey is not None:
            self.workspace.apply(settings)  # shown in the panel and the tabs, then computed
        elif self.survey is not None:
            from clusterdesk.analysis import run

            self._results = None
            self._update_actions()
            self.runner.start(Job(run, self.survey, settings), on_done=self._own_results,
                              on_error=lambda m: dialogs.show_error(self, m))

    def current_settings(self) -> Settings:
        from clusterdesk.mapping.model import Settings

        if self.workspace is not None and self.survey is not None:
            return self.workspace.settings
        return self.mapping.settings if self.mapping is not None else Settings()

    def _update_title(self) -> None:
        name = self.source_path.name if self.source_path else None
        self.setWindowTitle(f"{name} — ClusterDesk" if name else "ClusterDesk")

    def _update_status(self) -> None:
        if self.survey is not None:
            self.statusBar().showMessage(self._status_text())

    def _status_text(self) -> str:
        rep = self.survey.report
        raw = self.survey.raw
        warnings = len(rep.suspect) + len(rep.doubts) + len(rep.warnings) + (
            len(raw.report.warnings) if raw is not None else 0)
        firms = self.tr("{n} firms").format(n=f"{rep.rows_used:,}".replace(",", " "))
        if not warnings:
            return firms + " · " + self.tr("no warnings")
        return firms + " · " + (self.tr("1 warning") if warnings == 1
                                else self.tr("{n} warnings").format(n=warnings))

    # -- window ------------------------------------------------------------------------------
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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        recent.settings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
