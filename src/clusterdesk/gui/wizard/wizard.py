"""The import wizard: file and sheet, roles, answer codes, review. Every page edits one Mapping
(glue style); Finish hands the coded Survey and the Mapping to the main window."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from clusterdesk.gui.workers import JobRunner
from clusterdesk.mapping.model import Mapping

FILE_PAGE, ROLES_PAGE, CODES_PAGE, REVIEW_PAGE = range(4)


class ImportWizard(QWizard):
    """From a survey file to a coded survey. ``surveyReady(survey, mapping)`` on Finish."""

    surveyReady = Signal(object, object)

    def __init__(self, path: str | Path, mapping: Mapping | None = None,
                 parent: QWidget | None = None, prefill: Mapping | None = None) -> None:
        super().__init__(parent)
        from clusterdesk.gui.wizard.codes_page import CodesPage
        from clusterdesk.gui.wizard.file_page import FilePage
        from clusterdesk.gui.wizard.review_page import ReviewPage
        from clusterdesk.gui.wizard.roles_page import RolesPage

        self.path = Path(path)
        self.mapping = mapping or Mapping()
        # a mapping the analyst loaded wins over the assistant's suggestions
        self.mapping_from_file = mapping is not None
        # another file's mapping (an earlier wave's): fitted to this file once it is read
        self._prefill = prefill
        self.loaded: Any = None  # survey_file.Loaded of the current file settings
        # next year's fitting of a loaded mapping: every line (the lost roles' first), those roles
        self.fit_notes: list[str] = []
        self.fit_lost: list[str] = []
        # a mapping given before the file was read, whose columns the file lacks: the roles page
        # fits it (mapping.nextyear) instead of dropping those roles
        self.mapping_as_given: Mapping | None = None
        self.fit_pending = False
        self.survey: Any = None
        self.checks: list[Any] = []  # guesses the answer-codes page made (suggest_checks.Check)
        self.runner = JobRunner(self)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import {name}").format(name=self.path.name) + " — ClusterDesk")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.file_page = FilePage()
        self.roles_page = RolesPage()
        self.codes_page = CodesPage()
        self.review_page = ReviewPage()
        for pid, page in zip((FILE_PAGE, ROLES_PAGE, CODES_PAGE, REVIEW_PAGE),
                             (self.file_page, self.roles_page, self.codes_page, self.review_page),
                             strict=True):
            self.setPage(pid, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Analyse"))
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setToolTip(self.tr("Code the survey with these choices and show the tables."))
        finish.setWhatsThis(finish.toolTip())
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:
        """Most of the screen (long question texts need width), never more than 1400x900."""
        screen = (self.parentWidget() or self).screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or area.width() < 200:
            return QSize(1000, 680)
        return QSize(max(780, min(1400, int(area.width() * 0.86))),
                     max(600, min(900, int(area.height() * 0.88))))

    def run(self, job: Any, on_done: Any, on_error: Any, on_progress: Any = None,
            on_cancel: Any = None) -> Any:
        """Start a background job, once the page that asked for it is drawn, whose callbacks are
        dropped once the wizard is gone (a job can finish after the analyst closed the wizard)."""
        import shiboken6

        def guard(fn: Any) -> Any:
            if fn is None:
                return None
            return lambda *a: fn(*a) if shiboken6.isValid(self) and self.isVisible() else None

        return self.runner.start(job, on_done=guard(on_done), on_error=guard(on_error),
                                 on_progress=guard(on_progress), on_cancel=guard(on_cancel),
                                 soon=True)

    @property
    def raw(self) -> Any:
        return self.loaded.raw if self.loaded is not None else None

    def set_loaded(self, loaded: Any) -> None:
        """A new read of the file: keep the source it was read with, take the assistant's
        suggestions unless the analyst loaded a mapping."""
        self.loaded = loaded
        self.survey = None
        self.checks = []
        self.mapping.source = loaded.source
        sugg = loaded.suggestion
        if self.mapping_from_file:
            present = set(loaded.raw.columns)
            if any(c not in present for c in self.mapping.columns.values()):
                self.mapping_as_given = copy.deepcopy(self.mapping)
                self.fit_pending = True
            self.mapping.columns = {r: c for r, c in self.mapping.columns.items() if c in present}
        elif sugg is not None:
            m = sugg.mapping
            self.mapping.columns = dict(m.columns)
            self.mapping.codes = m.codes
            self.mapping.order = {k: list(v) for k, v in m.order.items()}
            self.mapping.grids = copy.deepcopy(m.grids)  # the checks keep the guess itself
            self.mapping.not_asked = list(m.not_asked)
            self.mapping.levels = list(m.levels)
        else:
            self.mapping.columns = {}
        if self._prefill is not None:
            prefill, self._prefill = self._prefill, None
            self.roles_page.fit(prefill)

    def use_mapping(self, mapping: Mapping) -> None:
        """Load mapping…: take its roles, codes, order and settings; keep the file as read."""
        source = self.mapping.source
        self.mapping = mapping
        self.mapping.source = source
        self.mapping_from_file = True
        if self.raw is not None:
            present = set(self.raw.columns)
            self.mapping.columns = {r: c for r, c in mapping.columns.items() if c in present}

    def confidence(self, role: str) -> float | None:
        sugg = self.loaded.suggestion if self.loaded is not None else None
        if sugg is None or self.mapping_from_file:
            return None
        conf = getattr(sugg, "confidence", None) or {}
        value = conf.get(role) if isinstance(conf, dict) else None
        return float(value) if isinstance(value, int | float) else None

    def accept(self) -> None:
        if self.survey is None:
            return
        super().accept()
        self.surveyReady.emit(self.survey, self.mapping)

    def reject(self) -> None:
        self.runner.cancel()
        super().reject()
