"""Wizard page 3: what each answer means. Every distinct answer of the six factor questions and of
the yes/no questions is listed with its count and assigned a meaning; unassigned answers are
highlighted and counted in the tab titles, so none is missed. Also: which ownership categories are
foreign, and the order of manager-education levels and of regions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget, QWizardPage

from clusterdesk.gui import i18n
from clusterdesk.gui.dialogs import show_error
from clusterdesk.gui.wizard.code_view import code_view
from clusterdesk.gui.wizard.foreign_tab import ForeignTab
from clusterdesk.gui.wizard.models import CodeTableModel
from clusterdesk.gui.wizard.names_tab import NamesTab
from clusterdesk.gui.wizard.orders_tab import OrdersTab
from clusterdesk.gui.wizard.widgets import JobBar
from clusterdesk.gui.wizard.yes_no_proposal import propose_yes_no
from clusterdesk.gui.workers import Job
from clusterdesk.mapping.answers import PageAnswers, page_answers
from clusterdesk.mapping.roles import FACTORS, OUTCOMES

LOCATION_CHOICES = [("regional", QT_TRANSLATE_NOOP("CodesPage", "Regional (in the region)")),
                    ("national", QT_TRANSLATE_NOOP("CodesPage", "National")),
                    ("international", QT_TRANSLATE_NOOP("CodesPage", "International")),
                    ("missing", QT_TRANSLATE_NOOP("CodesPage", "Missing / don't know"))]
YES_NO_CHOICES = [("yes", QT_TRANSLATE_NOOP("CodesPage", "Yes")),
                  ("no", QT_TRANSLATE_NOOP("CodesPage", "No")),
                  ("missing", QT_TRANSLATE_NOOP("CodesPage", "Missing / don't know")),
                  ("skipped_means_no", QT_TRANSLATE_NOOP("CodesPage",
                                                         "Not asked: counts as no"))]


class CodesPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What the answers mean"))
        self.setSubTitle(self.tr("Say what each answer in your file means. Answers highlighted in yellow "
                         "are not assigned yet and would count as missing. Click the 'Means' "
                         "cell to choose."))
        self._loading = False
        self.answers: PageAnswers | None = None
        layout = QVBoxLayout(self)
        self.job_bar = JobBar()
        self.job_bar.cancelRequested.connect(lambda: self.wizard().runner.cancel())
        layout.addWidget(self.job_bar)
        self.summary = QLabel()
        self.summary.setObjectName("codesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self.location_model = CodeTableModel({}, [(c, self.tr(t)) for c, t in LOCATION_CHOICES],
                                             self)
        self.yes_no_model = CodeTableModel({}, [(c, self.tr(t)) for c, t in YES_NO_CHOICES],
                                           self)
        self.location_view = code_view(self.location_model, "locationCodes")
        self.yes_no_view = code_view(self.yes_no_model, "yesNoCodes")
        for model in (self.location_model, self.yes_no_model):
            model.changed.connect(self._update)
        self.tabs.addTab(self._with_note(self.location_view, "location_note"), self.tr("Where"))
        self.tabs.addTab(self._with_note(self.yes_no_view, "yes_no_note"), self.tr("Yes / no"))
        i18n.explain(self.location_view, self.tr(
            "Every answer to the six factor questions, with how many firms gave it. Choose in "
            "'Means' whether it says the factor is regional, national, international or "
            "missing."))
        i18n.explain(self.yes_no_view, self.tr(
            "Every answer to the innovation questions, with how many firms gave it. Choose in "
            "'Means' whether it is yes, no or missing."))

        # the tabs' widgets by the names the page has always had
        self.foreign_tab = ForeignTab(self.wizard)
        self.foreign, self.foreign_note = self.foreign_tab.list, self.foreign_tab.note
        self.tabs.addTab(self.foreign_tab, self.tr("Foreign ownership"))
        self.orders = OrdersTab(self.wizard)
        self.education, self.regions = self.orders.education, self.orders.regions
        self.education_note = self.orders.education_note
        self.tabs.addTab(self.orders, self.tr("Order"))
        self.names = NamesTab()
        self.tabs.addTab(self.names, self.tr("Names"))
        tips = (self.tr("What each answer to the six factor questions means."),
                self.tr("What each answer to the innovation questions means."),
                self.tr("Which ownership categories are foreign."),
                self.tr("The order of education levels and of regions."),
                self.tr("Names for codes such as province numbers, shown in the tables."))
        for i, tip in enumerate(tips):
            self.tabs.setTabToolTip(i, tip)
            self.tabs.setTabWhatsThis(i, tip)

    def _with_note(self, view: QWidget, name: str) -> QWidget:
        host = QWidget()
        box = QVBoxLayout(host)
        note = QLabel()
        note.setWordWrap(True)
        setattr(self, name, note)
        box.addWidget(note)
        box.addWidget(view, 1)
        return host

    def initializePage(self) -> None:
        wiz = self.wizard()
        self._loading = True
        self.tabs.setEnabled(False)
        self.summary.setText(self.tr("Counting the answers…"))
        self.job_bar.start(self.tr("Counting the answers…"))
        self.completeChanged.emit()
        m = wiz.mapping
        columns: dict[str, str | list[str]] = dict(m.columns)
        columns.update({r: list(cols) for r, cols in m.any_of.items()})
        job = Job(page_answers, wiz.raw.data, columns)
        wiz.run(job, on_done=self._counted, on_error=self._failed,
                on_progress=self.job_bar.progress, on_cancel=self._cancelled)

    def _failed(self, message: str) -> None:
        self._loading = False
        self.job_bar.hide()
        self.summary.setText(f"<span style='color:#a40000'>{message}</span>")
        show_error(self, message)

    def _cancelled(self) -> None:
        self._loading = False
        self.job_bar.hide()
        self.summary.setText(self.tr("Counting was stopped. Go Back and Next to count again."))

    def cleanupPage(self) -> None:
        self.wizard().runner.cancel()
        self._loading = False

    def _counted(self, answers: PageAnswers) -> None:
        wiz = self.wizard()
        self._loading = False
        self.job_bar.hide()
        self.tabs.setEnabled(True)
        self.answers = answers
        m = wiz.mapping
        factor_cols = [m.columns[r] for r in FACTORS if m.columns.get(r)]
        outcome_cols = [c for r in OUTCOMES for c in m.source_columns(r)]
        self.location_model.set_answers(answers.location, m.codes.location)
        self.yes_no_model.set_answers(answers.yes_no, m.codes.yes_no)
        propose_yes_no(wiz, self.yes_no_model)
        overrides = ", ".join(sorted(m.codes.by_role))
        extra = (self.tr(" The loaded mapping also has answer codes of its own for: {names}; "
                         "they are kept.").format(names=overrides) if overrides else "")
        self.location_note.setText(self.tr(
            "Answers of the six factor questions ({n} columns), all firms together.").format(
            n=len(factor_cols)) + extra)
        self.yes_no_note.setText(self.tr(
            "Answers of the innovation questions ({n} columns), all firms together.").format(
            n=len(outcome_cols)))
        self.foreign_tab.fill(answers)
        self.orders.fill(answers)
        self.names.fill(m, answers.categories)
        self._update()

    # -- state -------------------------------------------------------------------------------
    def unassigned(self) -> dict[str, list[str]]:
        return {"location": [a.text for a in self.location_model.unassigned()],
                "yes_no": [a.text for a in self.yes_no_model.unassigned()]}

    def _update(self) -> None:
        wiz = self.wizard()
        if wiz is not None:
            wiz.survey = None
        loc = len(self.location_model.unassigned())
        yn = len(self.yes_no_model.unassigned())
        unassigned = self.tr("({n} not assigned)")
        self.tabs.setTabText(0, self.tr("Where")
                             + (" " + unassigned.format(n=loc) if loc else ""))
        self.tabs.setTabText(1, self.tr("Yes / no")
                             + (" " + unassigned.format(n=yn) if yn else ""))
        errors = self.problems_now()  # in the interface language (clusterdesk.texts)
        if errors:
            text = "<span style='color:#a40000'>" + "<br>".join(errors[:4]) + "</span>"
        elif loc or yn:
            n = loc + yn
            lead = self.tr("<b>1 answer is not assigned yet</b>") if n == 1 else \
                self.tr("<b>{n} answers are not assigned yet</b>").format(n=n)
            text = lead + " " + self.tr("(highlighted). Unassigned answers count as missing "
                                        "unless you choose a meaning.")
        else:
            text = self.tr("Every answer has a meaning.")
        self.summary.setText(text)
        self.completeChanged.emit()

    def problems_now(self) -> list[str]:
        wiz = self.wizard()
        return wiz.mapping.errors(list(wiz.raw.columns)) if wiz and wiz.raw is not None else []

    def isComplete(self) -> bool:
        return not self._loading and self.answers is not None and not self.problems_now()
