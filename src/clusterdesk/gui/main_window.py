"""The main window: start page or results workspace, and the glue between the wizard,
background coding, projects and the report export. Its menus and drops are in window_menus.py,
its results and settings in window_results.py, the File menu's actions in file_actions.py and
compare_actions.py (mixins of this class).

State is one survey file, its Mapping and the coded Survey; the workspace owns the Results and
the analysis settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from clusterdesk.errors import UserError
from clusterdesk.gui import dialogs, recent
from clusterdesk.gui.compare_actions import CompareActions
from clusterdesk.gui.file_actions import FileActions
from clusterdesk.gui.start_page import StartPage, app_icon
from clusterdesk.gui.window_menus import WindowMenus
from clusterdesk.gui.window_results import WindowResults
from clusterdesk.gui.workers import Job, JobRunner
from clusterdesk.paths import demo_survey

if TYPE_CHECKING:  # imported where used: the window shows before the mapping model loads
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QProgressDialog

    from clusterdesk.analysis.survey import Survey
    from clusterdesk.gui.wizard.wizard import ImportWizard
    from clusterdesk.gui.workspace import Workspace
    from clusterdesk.mapping.model import Mapping, Settings


def _workspace_class() -> Any:
    """The results workspace class (imported once the window shows, not before)."""
    from clusterdesk.gui.workspace import Workspace

    return Workspace


#: What opening the first survey imports on the GUI thread unless imported before (numpy, the
#: workspace's views, the wizard's pages), and what the first chart imports in its worker thread.
OPENING_NEEDS = ("numpy", "clusterdesk.gui.workspace", "clusterdesk.gui.wizard.wizard",
                 *(f"clusterdesk.gui.wizard.{page}_page" for page in ("file", "roles", "codes",
                                                                      "review")),
                 "clusterdesk.mapping.survey_file", "matplotlib.backends.backend_agg",
                 "clusterdesk.report.charts")


def import_ahead() -> Any:
    """Import OPENING_NEEDS in a daemon thread once the window is up (the analyst needs a second
    or more to choose a file), then freeze them out of the collector's passes (runtime.warm)."""
    from clusterdesk.runtime import warm

    return warm.import_ahead(OPENING_NEEDS, freeze=True)


class MainWindow(WindowMenus, WindowResults, FileActions, CompareActions, QMainWindow):
    surveyLoaded = Signal(object)  # Survey, once it is shown in the workspace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.source_path: Path | None = None
        self.mapping: Mapping | None = None
        self.pending_mapping: Mapping | None = None
        self.survey: Survey | None = None
        self.wizard: ImportWizard | None = None
        self.runner = JobRunner(self)
        self.progress: QProgressDialog | None = None

        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.workspace: Workspace | None = None
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

    # -- opening -----------------------------------------------------------------------------
    def ask_open_survey(self) -> None:
        path = dialogs.ask_open(self, self.tr("Open survey"), dialogs.SURVEY_FILTER)
        if path:
            self.open_survey(path)

    def open_survey(self, path: str | Path,
                    sheet: str | int | None = None) -> ImportWizard | None:
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

    def _wizard_done(self, path: Path, survey: Survey, mapping: Mapping) -> None:
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
        from clusterdesk.analysis import reopen

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
            self, self.runner, Job(reopen.read_and_code, p, mapping),
            self.tr("Opening {name}…").format(name=p.name), done)

    def _show_fit(self, given: Mapping, survey: Survey) -> None:
        """The saved mapping's fitting, above the results: the items not found first, then
        every change, the whole list (a message box would cut it off)."""
        from clusterdesk.analysis import reopen
        from clusterdesk.mapping.model import Mapping
        from clusterdesk.mapping.roles import ROLES

        warnings = survey.report.warnings
        lost_lines = [w[len(reopen.FITTED_LOST):] for w in warnings
                      if w.startswith(reopen.FITTED_LOST)]
        notes = lost_lines + [w[len(reopen.FITTED):] for w in warnings
                              if w.startswith(reopen.FITTED)]
        fitted = getattr(survey, "mapping", None)
        lost = [r.key for r in ROLES if isinstance(fitted, Mapping) and given.columns.get(r.key)
                and not fitted.columns.get(r.key)]
        if self.workspace is not None:
            self.workspace.show_fit_notes(notes, lost)
        elif notes:  # no workspace in this build: the whole list in a box
            dialogs.show_info(self, self.tr(
                "The saved mapping did not fit this file exactly, so it was fitted to it:")
                + "\n\n• " + "\n• ".join(notes) + "\n\n" + self.tr(
                "Check the tables; Save mapping… keeps the fitted mapping for next time."))

    # -- results -----------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Once the window shows: import what opening a survey needs (a thread), then build the
        results workspace and start its analysis process while the analyst chooses a file, so
        that the wizard neither builds the one on the window's thread nor shares the processor
        with the other's imports."""
        ahead = import_ahead()
        poll = QTimer(self, interval=50)

        def imported() -> None:
            if not ahead.is_alive():
                poll.stop()
                poll.deleteLater()
                self._workspace_early()

        poll.timeout.connect(imported)
        poll.start()

    def _workspace_early(self) -> None:
        """Build the results workspace once (behind the start page until a survey shows) and
        start its analysis process (which imports the engine) ahead of the results: at warm-up,
        or when a survey is opened, not after Finish."""
        if self.workspace is None:
            self.workspace = _workspace_class()()
            self.stack.addWidget(self.workspace)
            self.workspace.resultsChanged.connect(lambda *_: self._update_actions())
            self.workspace.resultsChanged.connect(self._compare_again)
            self.workspace.renameWavesRequested.connect(self.ask_wave_labels)
        self.workspace.start_analysis()

    def _idle_analysis_ends(self) -> None:
        """Import cancelled before any survey was shown: the early analysis process goes."""
        if self.survey is None and self.workspace is not None:
            self.workspace.stop_analysis()

    def show_survey(self, path: Path, survey: Survey, mapping: Mapping) -> None:
        self.source_path, self.survey, self.mapping = Path(path), survey, mapping
        self._survey_changed()
        self._workspace_early()
        self.workspace.load(survey, mapping.settings)
        self.stack.setCurrentWidget(self.workspace)
        self._update_title()
        self._update_status()
        self._update_actions()
        self.surveyLoaded.emit(survey)

    # -- window ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        recent.settings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
