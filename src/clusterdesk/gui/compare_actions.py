"""File > Compare with an earlier wave… (spec section 8): the main window's pair of waves.

The earlier wave is a survey file with its mapping (or a project, which holds one), a file set
up in the import wizard pre-filled from the current mapping, or the published 2013 study. Its
file is read and coded once, in the background; the comparison is run again (same settings
for both waves) whenever the later wave's results change or the analyst renames the waves.
The Results the workspace holds carry the Comparison, so Export report… writes the change
sheets. A mixin of MainWindow, like FileActions.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from clusterdesk.analysis.compare_pair import compare_pair
from clusterdesk.errors import UserError
from clusterdesk.gui import dialogs
from clusterdesk.gui.workers import Job, JobRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMenu

    from clusterdesk.analysis.compare import Comparison
    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.gui.wizard.wizard import ImportWizard
    from clusterdesk.mapping.model import Mapping
    from clusterdesk.mapping.project import ComparedWave


_Q = QCoreApplication  # _Q.translate("Compare", "…") is what lupdate looks for


class CompareActions:
    """Mixed into MainWindow (which provides survey, mapping, source_path, workspace, results)."""

    pair: ComparedWave | None = None
    pending_pair: tuple[Path, ComparedWave] | None = None  # a project's, for its survey
    _base_survey: Survey | None = None
    _compare_runner: JobRunner | None = None

    def _build_compare_menu(self, menu: QMenu) -> None:
        self.act_compare = self._action(
            menu, _Q.translate("Compare", "&Compare with an earlier wave…"), self.ask_compare)
        self.act_compare_paper = self._action(
            menu, _Q.translate("Compare", "Compare with the &published study (Norway 2013)"),
            self.compare_with_published)
        self.act_wave_names = self._action(menu, _Q.translate("Compare", "&Wave names…"),
                                           self.ask_wave_labels)

    def _update_compare_actions(self) -> None:
        has = self.survey is not None
        self.act_compare.setEnabled(has)
        self.act_compare_paper.setEnabled(has)
        self.act_wave_names.setEnabled(self.pair is not None)

    # -- choosing the earlier wave -------------------------------------------------------------
    def ask_compare(self) -> None:
        from clusterdesk.mapping.project import SUFFIX

        filters = dialogs.translated(dialogs.SURVEY_FILTER) + ";;" + dialogs.translated(
            dialogs.PROJECT_FILTER)
        path = dialogs.ask_open(self, _Q.translate(
            "Compare", "The earlier wave's survey file (or its project)"),
                                filters)
        if not path:
            return
        if path.endswith(SUFFIX):
            self.compare_with(None, path)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "ClusterDesk", _Q.translate("Compare",
            "How was {name} coded? Choose its mapping or project file, or set it up in the "
            "import wizard, which starts from the current survey's mapping.").format(
                name=Path(path).name), QMessageBox.StandardButton.Cancel, self)
        chosen = box.addButton(_Q.translate("Compare", "Choose its mapping…"),
                               QMessageBox.ButtonRole.AcceptRole)
        wizard = box.addButton(_Q.translate("Compare", "Import it with the wizard"),
                               QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is chosen:
            mapping = dialogs.ask_open(self, _Q.translate(
                "Compare", "Mapping or project of {name}").format(
                name=Path(path).name), dialogs.translated(dialogs.MAPPING_FILTER) + ";;"
                + dialogs.translated(dialogs.PROJECT_FILTER))
            if mapping:
                self.compare_with(path, mapping)
        elif box.clickedButton() is wizard:
            self.compare_with(path, None)

    def compare_with(self, base_path: str | Path | None, mapping: Mapping | str | Path | None,
                     labels: tuple[str, str] | None = None) -> ImportWizard | None:
        """Compare the open survey with an earlier wave: ``mapping`` a Mapping, a mapping or
        project file (``base_path`` None: the project's own survey), or None for the import
        wizard pre-filled from the current mapping (returned)."""
        from clusterdesk.mapping import fileformat, project
        from clusterdesk.mapping.model import Mapping

        if self.survey is None:
            dialogs.show_error(self, _Q.translate(
                "Compare", "Open the later wave first; then compare it with an "
                                         "earlier one."))
            return None
        try:
            if isinstance(mapping, str | Path) and str(mapping).endswith(project.SUFFIX):
                proj = project.load(mapping)
                base_path = base_path or proj.source_path
                mapping = proj.mapping
            elif isinstance(mapping, str | Path):
                mapping = fileformat.load(mapping)
        except UserError as exc:
            dialogs.show_error(self, str(exc))
            return None
        p = Path(base_path)
        if not p.is_file():
            dialogs.show_error(self, _Q.translate(
                "Compare", "The earlier wave's file '{path}' does not exist. It may "
                                         "have been moved; choose it again.").format(path=p))
            return None
        if isinstance(mapping, Mapping):
            self._start_compare(project.ComparedWave(p, mapping, labels), None, quiet=False)
            return None
        return self._compare_in_wizard(p, labels)

    def _compare_in_wizard(self, path: Path,
                           labels: tuple[str, str] | None) -> ImportWizard:
        from PySide6.QtCore import Qt

        from clusterdesk.gui.wizard.wizard import ImportWizard
        from clusterdesk.mapping.project import ComparedWave

        wizard = ImportWizard(path, prefill=copy.deepcopy(self.mapping), parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowTitle(_Q.translate("Compare", "Earlier wave: import {name}").format(
            name=path.name)
                              + " — ClusterDesk")
        wizard.surveyReady.connect(lambda survey, m: self._start_compare(
            ComparedWave(path, m, labels), survey, quiet=False))
        self.compare_wizard = wizard
        wizard.open()
        return wizard

    def compare_with_published(self) -> None:
        if self.survey is None:
            dialogs.show_error(self, _Q.translate(
                "Compare", "Open a survey first; then compare it with the "
                                         "published study."))
            return
        from clusterdesk.mapping.project import ComparedWave

        self._start_compare(ComparedWave(), None, quiet=False)

    # -- running -------------------------------------------------------------------------------
    def _start_compare(self, pair: ComparedWave, base: Survey | None, quiet: bool) -> None:
        results = self.results
        if results is None or self.survey is None:
            self.pair, self._base_survey = pair, base  # compared once the results are in
            self._update_compare_actions()
            return
        if self._compare_runner is None:
            self._compare_runner = JobRunner(self)
        files = (str(pair.base_path) if pair.base_path is not None else "",
                 str(self.source_path or ""))
        job = Job(compare_pair, pair, base, self.survey, self.current_settings(), files,
                  results)

        def done(result: tuple[Survey, Comparison, list[str]]) -> None:
            self._compared(pair, results, *result, quiet=quiet)

        if quiet:
            self.statusBar().showMessage(_Q.translate("Compare", "Comparing the two waves…"))
            self._compare_runner.start(job, on_done=done,
                                       on_error=lambda m: dialogs.show_error(self, m))
        else:
            name = pair.base_path.name if pair.base_path is not None else _Q.translate(
                "Compare", "the published study")
            self.progress = dialogs.run_with_progress(
                self, self._compare_runner, job,
                _Q.translate("Compare", "Comparing with {name}…").format(name=name), done)

    def _compared(self, pair: ComparedWave, results: Results, base: Survey,
                  comparison: Comparison,
                  changes: list[str], quiet: bool) -> None:
        import shiboken6

        if not shiboken6.isValid(self):
            return
        self.pair, self._base_survey = pair, base
        self._update_compare_actions()
        if self.results is not results:  # the tables changed meanwhile: compare those
            self._compare_again()
            return
        results.comparison = comparison  # Export report… writes the change sheets
        if self.workspace is not None:
            self.workspace.set_comparison(comparison)
        self.statusBar().showMessage(_Q.translate(
            "Compare", "{later} compared with {base}.").format(
            later=comparison.later_label, base=comparison.base_label), 8000)
        if changes and not quiet:
            dialogs.show_info(self, _Q.translate(
                "Compare", "The earlier wave's mapping did not fit its file "
                                        "exactly, so it was fitted to it:") + "\n\n• "
                              + "\n• ".join(changes[:12]))

    def _compare_again(self, *_: object) -> None:
        """New results of the later wave (settings changed): the same comparison on them."""
        results = self.results
        if self.pair is not None and results is not None and \
                results.comparison is None:
            self._start_compare(self.pair, self._base_survey, quiet=True)

    def _survey_changed(self) -> None:
        """A survey was shown: a project's comparison follows it; any other drops the pair."""
        pending, self.pending_pair = self.pending_pair, None
        follows = pending is not None and pending[0] == self.source_path
        self.pair, self._base_survey = (pending[1] if follows else None), None
        if self.workspace is not None:
            self.workspace.set_comparison(None)
        self._update_compare_actions()

    # -- names ---------------------------------------------------------------------------------
    def wave_labels(self) -> tuple[str, str] | None:
        c = self.results.comparison if self.results is not None else None
        return (c.base_label, c.later_label) if c is not None else None

    def set_wave_labels(self, base: str, later: str) -> None:
        if self.pair is None or not base.strip() or not later.strip():
            return
        self.pair = dataclasses.replace(self.pair, labels=(base.strip(), later.strip()))
        self._start_compare(self.pair, self._base_survey, quiet=True)

    def ask_wave_labels(self) -> QDialog | None:
        """A small dialog with the two names (non-blocking; returned for tests)."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

        labels = self.wave_labels()
        if labels is None:
            return None
        dialog = QDialog(self)
        dialog.setObjectName("waveNamesDialog")
        dialog.setWindowTitle(_Q.translate("Compare", "Wave names"))
        form = QFormLayout(dialog)
        dialog.base_edit = QLineEdit(labels[0])
        dialog.later_edit = QLineEdit(labels[1])
        form.addRow(_Q.translate("Compare", "Earlier wave"), dialog.base_edit)
        form.addRow(_Q.translate("Compare", "Later wave"), dialog.later_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.accepted.connect(lambda: self.set_wave_labels(dialog.base_edit.text(),
                                                             dialog.later_edit.text()))
        dialog.open()
        return dialog
