"""The main window's results and analysis settings (the workspace's, once a survey shows),
and the title and status line that name the survey. A mixin of
MainWindow, like FileActions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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

    @property
    def results(self) -> Results | None:
        return self.workspace.results if self.workspace is not None else None

    def apply_settings(self, settings: Settings) -> None:
        """New analysis settings (a project's, or the analyst's): recompute the results."""
        if self.mapping is not None:
            self.mapping.settings = settings
        if self.workspace is not None and self.survey is not None:
            self.workspace.apply(settings)  # shown in the panel and the tabs, then computed

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
