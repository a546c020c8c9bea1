"""The File menu's document actions of the main window: load and save mappings, save and open
projects, export the report. A mixin so that main_window.py stays about the window itself; it
uses the window's state (source_path, mapping, survey, results, runner) and its methods."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from clusterdesk.errors import UserError
from clusterdesk.gui import dialogs, recent
from clusterdesk.gui.workers import Job

if TYPE_CHECKING:
    from clusterdesk.mapping.model import Mapping


class FileActions:
    """Mixed into MainWindow (which provides the attributes used here)."""

    source_path: Path | None
    mapping: Mapping | None
    wizard: Any
    pending_mapping: Mapping | None
    pair: Any
    pending_pair: Any

    # -- mapping and project files -----------------------------------------------------------
    def ask_load_mapping(self) -> None:
        path = dialogs.ask_open(self, QCoreApplication.translate("FileActions", "Load mapping"), dialogs.MAPPING_FILTER)
        if path:
            self.load_mapping(path)

    def load_mapping(self, path: str | Path) -> None:
        """With a survey open, recode it with the mapping; otherwise keep it for the next one."""
        from clusterdesk.mapping import fileformat

        try:
            mapping = fileformat.load(path)
        except UserError as exc:
            dialogs.show_error(self, str(exc))
            return
        if self.wizard is not None:
            self.wizard.roles_page.load_mapping(str(path))
        elif self.source_path is not None:
            self.open_with_mapping(self.source_path, mapping)
        else:
            self.pending_mapping = mapping
            self.statusBar().showMessage(QCoreApplication.translate(
                "FileActions", "Mapping {name} will be used for the next survey you open."
            ).format(name=Path(path).name))

    def ask_save_mapping(self) -> None:
        name = (self.source_path.stem if self.source_path else "survey") + ".clusterdesk.json"
        path = dialogs.ask_save(self, QCoreApplication.translate("FileActions", "Save mapping"),
                                dialogs.MAPPING_FILTER, name)
        if path:
            self.save_mapping(path)

    def save_mapping(self, path: str | Path) -> None:
        from clusterdesk.mapping import fileformat

        if self.mapping is None:
            return
        self.mapping.settings = self.current_settings()
        try:
            fileformat.save(self.mapping, path)
        except OSError as exc:
            dialogs.show_error(self, QCoreApplication.translate(
                "FileActions", "The mapping could not be saved to '{path}' ({why}). Choose "
                "another folder.").format(path=path, why=exc.strerror))
            return
        self.statusBar().showMessage(QCoreApplication.translate(
            "FileActions", "Mapping saved to {name}").format(name=Path(path).name), 5000)

    def ask_save_project(self) -> None:
        from clusterdesk.mapping.project import SUFFIX

        name = (self.source_path.stem if self.source_path else "survey") + SUFFIX
        path = dialogs.ask_save(self, QCoreApplication.translate("FileActions", "Save project"),
                                dialogs.PROJECT_FILTER, name)
        if path:
            self.save_project(path)

    def save_project(self, path: str | Path) -> None:
        from clusterdesk.mapping import project

        if self.mapping is None or self.source_path is None:
            return
        proj = project.Project(self.source_path, self.mapping, self.current_settings(),
                               compare=self.pair)
        try:
            project.save(proj, path)
        except OSError as exc:
            dialogs.show_error(self, QCoreApplication.translate(
                "FileActions", "The project could not be saved to '{path}' ({why}). Choose "
                "another folder.").format(path=path, why=exc.strerror))
            return
        recent.add_recent(recent.RecentFile(str(path), kind="project"))
        self.refresh_recent()
        self.statusBar().showMessage(QCoreApplication.translate(
            "FileActions", "Project saved to {name}").format(name=Path(path).name), 5000)

    def ask_open_project(self) -> None:
        path = dialogs.ask_open(self, QCoreApplication.translate("FileActions", "Open project"), dialogs.PROJECT_FILTER)
        if path:
            self.open_project(path)

    def open_project(self, path: str | Path, locate: Any = None) -> None:
        """Reopen a project; if its survey moved, `locate(old_path)` (a file dialog by default)
        asks where it is now."""
        from clusterdesk.mapping import project

        try:
            proj = project.load(path)
        except UserError as exc:
            dialogs.show_error(self, str(exc))
            return
        source = proj.source_path
        if not source.is_file():
            locate = locate or self._locate_source
            found = locate(source)
            if not found:
                return
            source = Path(found)
        recent.add_recent(recent.RecentFile(str(path), kind="project"))
        self.refresh_recent()
        # compared again once this survey is shown (not another one, should opening it fail)
        self.pending_pair = (Path(source), proj.compare) if proj.compare is not None else None
        self.open_with_mapping(source, proj.mapping, settings=proj.settings)

    def _locate_source(self, missing: Path) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        found, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate(
                "FileActions", "Where is {name} now? (it is no longer in {folder})").format(
                    name=missing.name, folder=missing.parent),
            recent.last_folder(), dialogs.translated(dialogs.SURVEY_FILTER))
        return found or None

    # -- export ------------------------------------------------------------------------------
    def ask_export(self) -> None:
        from clusterdesk.gui import i18n

        choice = dialogs.ExportDialog(self, language=i18n.current())
        if choice.exec() != dialogs.ExportDialog.DialogCode.Accepted:
            return
        name = (self.source_path.stem if self.source_path else "survey") + " report.xlsx"
        path = dialogs.ask_save(self, QCoreApplication.translate("FileActions", "Export report"),
                                dialogs.REPORT_FILTER, name)
        if path:
            self.export_report(path, choice.lang, choice.include_data.isChecked())

    def export_report(self, path: str | Path, lang: str = "en",
                      include_data: bool = True) -> Any:
        results = self.results
        if results is None:
            dialogs.show_error(self, QCoreApplication.translate(
                "FileActions", "There are no results to export yet. Open a survey first."))
            return None
        from clusterdesk.report.excel import write_workbook

        job = Job(write_workbook, results, Path(path), lang=lang, include_data=include_data)
        self.progress = dialogs.run_with_progress(
            self, self.runner, job,
            QCoreApplication.translate("FileActions", "Writing {name}…").format(
                name=Path(path).name),
            lambda _r: self.statusBar().showMessage(QCoreApplication.translate(
                "FileActions", "Report saved to {name}").format(name=Path(path).name), 8000))
        return job
