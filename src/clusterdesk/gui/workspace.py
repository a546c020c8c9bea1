"""The results workspace: settings on the left, one tab per table on the right.

It holds a coded Survey and the analysis settings (a SettingsState the panel and the tabs' own
controls are bound to) and recomputes Results in the background whenever the state changes
(JobRunner cancels the stale job, so only the newest settings ever reach the tabs).

The analysis runs in a child process (analysis.child), so that statsmodels' and pandas' long
calls never keep the window waiting. The main window calls ``start_analysis()`` at its warm-up
and when a survey is opened, so the child imports the engine before the file is read; a run
asked for before it is ready waits for it (docs/architecture.md says why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clusterdesk.analysis.child import AnalysisProcess
from clusterdesk.analysis.settings_state import AVAILABLE, SettingsState
from clusterdesk.gui import i18n
from clusterdesk.gui.fit_notes import FitNotes
from clusterdesk.gui.localized import localized
from clusterdesk.gui.result_tabs import ResultTabs
from clusterdesk.gui.settings_panel import SettingsPanel
from clusterdesk.gui.views.data_columns import build as build_columns
from clusterdesk.gui.workers import Job, JobRunner
from clusterdesk.mapping.model import Settings
from clusterdesk.runtime import IDLE, Task

if TYPE_CHECKING:
    from clusterdesk.analysis.compare import Comparison
    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.gui.views.data_columns import DataColumns

DEBOUNCE_MS = 150  # a change runs the analysis once the analyst stops editing


def _run(survey: Survey, settings: Settings, child: AnalysisProcess | None = None,
         task: Task = IDLE) -> Results:
    """The analysis in the child (waiting for it to be ready), else in this thread."""
    if child is not None:
        return child.run(survey, settings, task=task)
    from clusterdesk.analysis import run

    return run(survey, settings, task=task)


class Workspace(QWidget):
    """Embedded by the main window: ``load(survey, settings)``, then read ``results``. The
    analysis settings are ``state``: the panel and the tabs' own controls edit it, and each
    change runs the analysis again."""

    resultsChanged = Signal(object)
    dataReady = Signal()  # the Data tab holds the survey
    failed = Signal(str)
    renameWavesRequested = Signal()  # a change view's "Wave names…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._survey: Survey | None = None
        self._results: Results | None = None
        self._runner = JobRunner(self)
        self._data_runner = JobRunner(self)
        self._child = AnalysisProcess()
        self._watched: QWidget | None = None  # the top-level window whose closing ends the child
        # the child must not outlive the window: killed when this widget is closed or deleted,
        # and when the application quits (it also ends by itself when this process is gone)
        self.destroyed.connect(self._child.close)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._child.close)
        self.state = SettingsState()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.recompute())
        self.state.subscribe(self._state_changed)
        self.destroyed.connect(lambda *_: self.state.unsubscribe(self._state_changed))
        self.panel = SettingsPanel(self.state)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(self.panel.sizeHint().width() + 24)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.tabs = ResultTabs(self.state)
        self.tabs.message.connect(self._say)
        self.tabs.renameWavesRequested.connect(self.renameWavesRequested)
        self.data_tab, self.sample_tab = self.tabs.data_tab, self.tabs.sample_tab
        self.table_tabs, self.regression_tab = self.tabs.table_tabs, self.tabs.regression_tab
        self.t4_outcome = self.tabs.t4_outcome

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar(minimum=0, maximum=100, maximumWidth=220,
                                     textVisible=False)
        self.progress.hide()
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.tabs, 1)
        rl.addLayout(status)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([scroll.minimumWidth(), 1000])
        # next year's fitting of a saved mapping: what was not found, then every change
        self.fit_banner = FitNotes(closable=True)
        self.fit_banner.setMaximumHeight(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.fit_banner)
        layout.addWidget(split, 1)

    # -- public API --------------------------------------------------------------------------
    @property
    def results(self) -> Results | None:
        return self._results

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def survey(self) -> Survey | None:
        return self._survey

    @property
    def busy(self) -> bool:
        return self._runner.busy or self._data_runner.busy

    def load(self, survey: Survey, settings: Settings | None = None) -> None:
        """Show a coded survey: build the Data tab and compute every table, both off-thread."""
        self._survey = survey
        self.fit_banner.set_notes([], [])  # a new survey: the caller shows its own fitting
        settings = settings if settings is not None else survey.mapping.settings
        # the thresholds as used: scaled to the factors asked (spec 7)
        settings = survey.mapping.effective_settings(settings)
        data = survey.data
        sectors = [str(c) for c in data["sector"].cat.categories] \
            if "sector" in data.columns and data["sector"].dtype == "category" else []
        self.state.set_available(data.columns, sectors)
        self.state.replace(settings)
        self.data_tab.set_columns(None)
        self._child.start()  # imports the engine while the Data tab is built
        self._data_runner.start(Job(build_columns, survey), on_done=self._data_done,
                                on_error=self._fail)
        self.recompute(settings)

    def show_fit_notes(self, notes: list[str], lost: list[str]) -> None:
        """The banner over the results: the items of the saved mapping this file lacks (their
        lines first in ``notes``), then every change; hidden when there is nothing to say."""
        self.fit_banner.set_notes(notes, lost)

    def apply(self, settings: Settings) -> None:
        """New settings from elsewhere (a project's): shown everywhere, then computed."""
        self.state.replace(settings)
        self.recompute()

    def recompute(self, settings: Settings | None = None) -> None:
        """Run the analysis again with ``settings`` (default: the state's); stale runs are dropped."""
        self._timer.stop()
        if self._survey is None:
            return
        settings = settings if settings is not None else self.state.settings
        self._child.start()  # no-op while it runs; after Cancel, a new one for the next runs
        self.progress.setValue(0)
        self.progress.show()
        self._say(self.tr("Computing the tables…"))
        self._runner.start(Job(_run, self._survey, settings, self._child), on_done=self._show,
                           on_error=self._fail, on_progress=self._progress)

    def flush(self) -> None:
        """Run a change waiting for the analyst to stop editing now (benchmarks, tests)."""
        if self._timer.isActive():
            self.recompute()

    def set_comparison(self, comparison: Comparison | None) -> None:
        """The change views of T2-T6 (None: no comparison, the switches hidden)."""
        self.tabs.set_comparison(comparison)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until background work ends (tests and shutdown); results arrive via events."""
        return self._runner.wait(msecs)

    def start_analysis(self) -> None:
        """Start the analysis child now (it takes a second or two to import the engine): the main
        window may call this while the import wizard is still open."""
        self._child.start()

    @property
    def analysis_child(self) -> AnalysisProcess:
        return self._child

    def stop_analysis(self) -> None:
        """End the analysis child and its work (an import was cancelled; the window closes)."""
        self._stop_all()

    def cancel(self) -> None:
        """Stop the computation under way: the child is killed (the next change starts another)."""
        self._stop_all()
        self.progress.hide()
        self._say(self.tr("Computing was stopped. Change a setting to compute the tables."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_all()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Watch the window this workspace sits in: closing it ends the analysis child."""
        window = self.window()
        if window is not self and window is not self._watched:
            if self._watched is not None and isValid(self._watched):
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        super().showEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self._watched and event.type() == QEvent.Type.Close:
            self._stop_all()
        return super().eventFilter(obj, event)

    def _stop_all(self) -> None:
        self._runner.cancel()
        self._data_runner.cancel()
        self._child.close()

    # -- callbacks ---------------------------------------------------------------------------
    def _show(self, results: Results) -> None:
        if not isValid(self):  # closed while the job ran
            return
        self._results = results  # as computed: Export report… writes these
        results = localized(results, i18n.current())  # the tabs show the glossary's words
        n = results.input.rows_used
        self.tabs.show_results(results)
        if results.classes is not None:
            from clusterdesk.gui.views.data_columns import class_columns

            self.data_tab.set_class_columns(class_columns(
                results.classes, results.tables.get("cluster_classification")))
        self.progress.hide()
        warn = results.input.warnings
        said = self.tr("{n} firms analysed").format(n=f"{n:,}".replace(",", " ")) + (
            self.tr("; {n} warning(s) from reading and coding.").format(n=len(warn))
            if warn else ".")
        if results.input.suspect:
            said = warn[0] + " " + said  # a code that cannot be right, said first (spec 7)
        self._say(said)
        self.resultsChanged.emit(results)

    def _data_done(self, columns: DataColumns) -> None:
        if not isValid(self):  # closed while the job ran
            return
        self.data_tab.set_columns(columns)
        if self._results is not None and self._results.classes is not None:
            from clusterdesk.gui.views.data_columns import class_columns

            self.data_tab.set_class_columns(class_columns(
                self._results.classes, self._results.tables.get("cluster_classification")))
        self.dataReady.emit()

    def _fail(self, message: str) -> None:
        if not isValid(self):  # closed while the job ran
            return
        self.progress.hide()
        self._say(message, error=True)
        self.failed.emit(message)

    def _progress(self, fraction: float, message: str) -> None:
        if not isValid(self):  # closed while the job ran
            return
        self.progress.setValue(int(round(100 * fraction)))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def _state_changed(self, names: frozenset[str]) -> None:
        """A setting changed (panel, tab, project): compute once the analyst stops editing."""
        if self._survey is not None and names - {AVAILABLE}:
            self._timer.start()
