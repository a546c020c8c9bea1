"""The main window's results and analysis settings: the workspace's when it shows the survey,
the window's own otherwise; and the title and status line that name the survey. A mixin of
MainWindow, like FileActions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication

from clusterdesk.gui import dialogs
from clusterdesk.gui.workers import Job, JobRunner

if TYPE_CHECKING:
    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.gui.workspace import Workspace
    from clusterdesk.mapping.model import Mapping, Settings

_Q = QCoreApplication  # _Q.translate("<context>", "…") is what lupdate looks for


class WindowResults:
    """Mixed into MainWindow (which provides the attributes declared here)."""

    source_path: Path | None
    mapping: Mapping | None
    survey: Survey | None
    workspace: Workspace | None
    runner: JobRunner
    _results: Results | None

    def _own_results(self, results: Results) -> None:
        if shiboken6.isValid(self):
            self._results = results
            self._update_actions()

    @property
    def results(self) -> Results | None:
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
        firms = _Q.translate("MainWindow", "{n} firms").format(
            n=f"{rep.rows_used:,}".replace(",", " "))
        if not warnings:
            return firms + " · " + _Q.translate("MainWindow", "no warnings")
        return firms + " · " + (_Q.translate("MainWindow", "1 warning") if warnings == 1
                                else _Q.translate("MainWindow", "{n} warnings").format(n=warnings))
