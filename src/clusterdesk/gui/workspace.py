"""The results workspace: settings on the left, one tab per table on the right.

It holds a coded Survey and recomputes Results in the background whenever a setting changes
(JobRunner cancels the stale job, so only the newest settings ever reach the tabs). The views
render the Results as they are; nothing here computes a number.

The analysis runs in a child process (analysis.child): in a worker thread, statsmodels' and
pandas' long C calls hold the GIL and freeze the window for up to a second on 1,000,000 firms.
The main window calls ``start_analysis()`` when a survey is opened, so the child imports the
engine while the file is read; a run asked for before it is ready waits for it. Running a small
survey in a worker thread meanwhile was slower (the demo's tables 1.9-2.5 s against 1.4-1.7 s):
statsmodels and scipy then loaded in this process too, past PySide's import hook, and froze the
window for 0.15-0.5 s. Only without a child (it could not start) does a worker thread run it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clusterdesk.analysis.child import AnalysisProcess
from clusterdesk.gui import i18n
from clusterdesk.gui.fit_notes import FitNotes
from clusterdesk.gui.localized import localized
from clusterdesk.gui.settings_panel import SettingsPanel
from clusterdesk.gui.views.data_tab import DataTab
from clusterdesk.gui.views.result_tab import RegressionTab, SampleTab, TableTab
from clusterdesk.gui.workers import Job, JobRunner
from clusterdesk.mapping.model import Settings
from clusterdesk.mapping.roles import OUTCOMES

TABS = (("data", QT_TRANSLATE_NOOP("Workspace", "Data")),
        ("sample", QT_TRANSLATE_NOOP("Workspace", "Sample")),
        ("innovation_by_region", QT_TRANSLATE_NOOP("Workspace", "Innovation by region")),
        ("cluster_extent", QT_TRANSLATE_NOOP("Workspace", "Cluster extent")),
        ("innovation_by_location", QT_TRANSLATE_NOOP("Workspace", "Innovation by factor location")),
        ("cluster_classification", QT_TRANSLATE_NOOP("Workspace", "Cluster classification")),
        ("regression", QT_TRANSLATE_NOOP("Workspace", "Regression")))
TAB_HELP = {
    "data": QT_TRANSLATE_NOOP("Workspace", "Every firm as coded, with the answer as the file holds "
                              "it, its cluster class and scope. Filter and sort to check the "
                              "coding."),
    "sample": QT_TRANSLATE_NOOP("Workspace", "Table 1: the firms by sector, dependence, ownership "
                                "and region, and their size, education and R&D."),
    "innovation_by_region": QT_TRANSLATE_NOOP("Workspace", "Table 2: the share of firms with "
                                              "product and process innovations (and radical "
                                              "ones) in each region."),
    "cluster_extent": QT_TRANSLATE_NOOP("Workspace", "Table 3: for each of the six diamond "
                                        "factors, the share of firms that find it in their own "
                                        "region."),
    "innovation_by_location": QT_TRANSLATE_NOOP("Workspace", "Table 4: the share of innovating "
                                                "firms among those whose factor is regional, "
                                                "national or international."),
    "cluster_classification": QT_TRANSLATE_NOOP("Workspace", "Table 5: innovation in regional "
                                                "clusters (at least 4 regional factors) against "
                                                "non-regional ones (at most 2)."),
    "regression": QT_TRANSLATE_NOOP("Workspace", "Table 6: a regression of innovation on cluster "
                                    "scope (national, international; regional is the baseline) "
                                    "with size, education, ownership, R&D and sector as "
                                    "controls."),
}


def _run(survey: Any, settings: Settings, child: AnalysisProcess | None = None,
         progress: Any = None, should_stop: Any = None) -> Any:
    """The analysis in the child (waiting for it to be ready), else in this thread."""
    if child is not None:
        return child.run(survey, settings, progress=progress, should_stop=should_stop)
    from clusterdesk.analysis import run

    return run(survey, settings, progress=progress, should_stop=should_stop)


def _build_columns(survey: Any, progress: Any = None, should_stop: Any = None) -> Any:
    from clusterdesk.gui.views.data_columns import build

    return build(survey, progress=progress, should_stop=should_stop)


class Workspace(QWidget):
    """Embedded by the main window: ``load(survey, settings)``, then read ``results``."""

    resultsChanged = Signal(object)
    dataReady = Signal()  # the Data tab holds the survey
    failed = Signal(str)
    renameWavesRequested = Signal()  # a change view's "Wave names…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._survey: Any = None
        self._results: Any = None
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
        self.panel = SettingsPanel()
        self.panel.settingsChanged.connect(self.recompute)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(self.panel.sizeHint().width() + 24)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.tabs = QTabWidget()
        self.data_tab = DataTab()
        self.sample_tab = SampleTab()
        self.table_tabs = {key: TableTab() for key, _ in TABS[2:6]}
        self.regression_tab = RegressionTab()
        widgets = {"data": self.data_tab, "sample": self.sample_tab, **self.table_tabs,
                   "regression": self.regression_tab}
        for key, name in TABS:
            index = self.tabs.addTab(widgets[key], self.tr(name))
            self.tabs.setTabToolTip(index, self.tr(TAB_HELP[key]))
            self.tabs.setTabWhatsThis(index, self.tr(TAB_HELP[key]))
            widgets[key].setWhatsThis(self.tr(TAB_HELP[key]))
            widgets[key].message.connect(self._say)
            if hasattr(widgets[key], "change"):
                widgets[key].change.renameRequested.connect(self.renameWavesRequested)
        self.t4_outcome = QComboBox()
        for key in OUTCOMES:
            self.t4_outcome.addItem(i18n.outcome_label(key), key)
        i18n.explain(self.t4_outcome, self.tr("The innovation this table looks at (the same "
                                              "setting as in the panel on the left)."))
        self.table_tabs["innovation_by_location"].tools.insertWidget(1, QLabel(self.tr("Outcome")))
        self.table_tabs["innovation_by_location"].tools.insertWidget(2, self.t4_outcome)
        self.t4_outcome.currentIndexChanged.connect(self._t4_changed)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
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
    def results(self) -> Any:
        return self._results

    @property
    def settings(self) -> Settings:
        return self.panel.settings

    @property
    def survey(self) -> Any:
        return self._survey

    @property
    def busy(self) -> bool:
        return self._runner.busy or self._data_runner.busy

    def load(self, survey: Any, settings: Settings | None = None) -> None:
        """Show a coded survey: build the Data tab and compute every table, both off-thread."""
        self._survey = survey
        self.fit_banner.set_notes([], [])  # a new survey: the caller shows its own fitting
        settings = settings if settings is not None else survey.mapping.settings
        scaled = getattr(survey.mapping, "effective_settings", None)
        if scaled is not None:  # the thresholds as used: scaled to the factors asked (spec 7)
            settings = scaled(settings)
        data = survey.data
        roles = set(data.columns)
        sectors = [str(c) for c in data["sector"].cat.categories] \
            if "sector" in data.columns and hasattr(data["sector"], "cat") else []
        self.panel.set_available(roles, sectors)
        self.panel.set_settings(settings)
        model = self.t4_outcome.model()
        for i, key in enumerate(OUTCOMES):
            model.item(i).setEnabled(key in roles)
        self._sync_t4(settings)
        self.data_tab.set_columns(None)
        self._child.start()  # imports the engine while the Data tab is built
        self._data_runner.start(Job(_build_columns, survey), on_done=self._data_done,
                                on_error=self._fail)
        self.recompute(settings)

    def show_fit_notes(self, notes: list[str], lost: list[str]) -> None:
        """The banner over the results: the items of the saved mapping this file lacks (their
        lines first in ``notes``), then every change; hidden when there is nothing to say."""
        self.fit_banner.set_notes(notes, lost)

    def recompute(self, settings: Settings | None = None) -> None:
        """Run the analysis again with ``settings`` (default: the panel's); stale runs are dropped."""
        if self._survey is None:
            return
        settings = settings if settings is not None else self.panel.settings
        self._sync_t4(settings)
        self._child.start()  # no-op while it runs; after Cancel, a new one for the next runs
        self.progress.setValue(0)
        self.progress.show()
        self._say(self.tr("Computing the tables…"))
        self._runner.start(Job(_run, self._survey, settings, self._child), on_done=self._show,
                           on_error=self._fail, on_progress=self._progress)

    def set_comparison(self, comparison: Any) -> None:
        """The change views of T2-T6 (None: no comparison, the switches hidden)."""
        for key, tab in self.table_tabs.items():
            tab.change.set_change(comparison.tables.get(key) if comparison else None, comparison)
        self.regression_tab.change.set_change(comparison.models if comparison else None,
                                              comparison)

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

    def eventFilter(self, obj: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self._watched and event.type() == QEvent.Type.Close:
            self._stop_all()
        return super().eventFilter(obj, event)

    def _stop_all(self) -> None:
        self._runner.cancel()
        self._data_runner.cancel()
        self._child.close()

    # -- callbacks ---------------------------------------------------------------------------
    def _show(self, results: Any) -> None:
        if not isValid(self):  # closed while the job ran
            return
        self._results = results  # as computed: Export report… writes these
        results = localized(results, i18n.current())  # the tabs show the glossary's words
        n = results.input.rows_used
        self.sample_tab.set_tables(results.tables.get("sample_categories"),
                                   results.tables.get("sample_numbers"), n)
        for key, tab in self.table_tabs.items():
            tab.set_table(results.tables.get(key), n)
        self.regression_tab.set_regression(results.regression)
        if results.firms is not None:
            from clusterdesk.gui.views.data_columns import class_columns

            self.data_tab.set_class_columns(class_columns(
                results.firms, results.tables.get("cluster_classification")))
        self.progress.hide()
        warn = results.input.warnings
        said = self.tr("{n} firms analysed").format(n=f"{n:,}".replace(",", " ")) + (
            self.tr("; {n} warning(s) from reading and coding.").format(n=len(warn))
            if warn else ".")
        if getattr(results.input, "suspect", 0):
            said = warn[0] + " " + said  # a code that cannot be right, said first (spec 7)
        self._say(said)
        self.resultsChanged.emit(results)

    def _data_done(self, columns: Any) -> None:
        if not isValid(self):  # closed while the job ran
            return
        self.data_tab.set_columns(columns)
        if self._results is not None and self._results.firms is not None:
            from clusterdesk.gui.views.data_columns import class_columns

            self.data_tab.set_class_columns(class_columns(
                self._results.firms, self._results.tables.get("cluster_classification")))
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

    def _sync_t4(self, settings: Settings) -> None:
        i = self.t4_outcome.findData(settings.table4_outcome)
        self.t4_outcome.blockSignals(True)
        self.t4_outcome.setCurrentIndex(max(i, 0))
        self.t4_outcome.blockSignals(False)

    def _t4_changed(self, _: int) -> None:
        """The T4 tab's outcome selector edits the same setting as the panel."""
        i = self.panel.table4_outcome.findData(self.t4_outcome.currentData())
        self.panel.table4_outcome.setCurrentIndex(i)
