"""Wizard page 3: what each answer means. Every distinct answer of the six factor questions and of
the yes/no questions is listed with its count and assigned a meaning; unassigned answers are
highlighted and counted in the tab titles, so none is missed. Also: which ownership categories are
foreign, and the order of manager-education levels and of regions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from clusterdesk.gui import i18n
from clusterdesk.gui.dialogs import show_error
from clusterdesk.gui.wizard.models import CodeTableModel
from clusterdesk.gui.wizard.names_tab import NamesTab
from clusterdesk.gui.wizard.values import PageAnswers, ordered, page_answers
from clusterdesk.gui.wizard.widgets import JobBar, OrderList
from clusterdesk.gui.workers import Job
from clusterdesk.mapping.roles import FACTORS, OUTCOMES
from clusterdesk.mapping.suggest_checks import Check
from clusterdesk.mapping.suggest_education import not_a_level
from clusterdesk.mapping.suggest_forms import answer_counts, yes_no_check, yes_no_proposal
from clusterdesk.mapping.text import normalize

LOCATION_CHOICES = [("regional", QT_TRANSLATE_NOOP("CodesPage", "Regional (in the region)")),
                    ("national", QT_TRANSLATE_NOOP("CodesPage", "National")),
                    ("international", QT_TRANSLATE_NOOP("CodesPage", "International")),
                    ("missing", QT_TRANSLATE_NOOP("CodesPage", "Missing / don't know"))]
YES_NO_CHOICES = [("yes", QT_TRANSLATE_NOOP("CodesPage", "Yes")),
                  ("no", QT_TRANSLATE_NOOP("CodesPage", "No")),
                  ("missing", QT_TRANSLATE_NOOP("CodesPage", "Missing / don't know")),
                  ("skipped_means_no", QT_TRANSLATE_NOOP("CodesPage",
                                                         "Not asked: counts as no"))]
FOREIGN_WORDS = ("foreign", "utenlandsk", "utanlandsk", "abroad", "utland")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for the 'Means' column; a choice is committed at once."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("CodeTableModel", CodeTableModel.UNASSIGNED),
                      "")
        for code, label in index.model().choices:
            combo.addItem(label, code)
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c),
                                                     self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _code_view(model: CodeTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegateForColumn(2, ChoiceDelegate(view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(2, 230)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(False)
    return view


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
        self.location_view = _code_view(self.location_model, "locationCodes")
        self.yes_no_view = _code_view(self.yes_no_model, "yesNoCodes")
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

        self.foreign = QListWidget()
        self.foreign.setObjectName("foreignList")
        self.foreign.itemChanged.connect(self._foreign_changed)
        self.tabs.addTab(self._with_note(self.foreign, "foreign_note"),
                         self.tr("Foreign ownership"))
        i18n.explain(self.foreign, self.tr("Tick the ownership categories that mean the firm is "
                                           "foreign owned; they give the foreign-ownership "
                                           "control of the regression."))

        order_host = QWidget()
        order_layout = QVBoxLayout(order_host)
        order_layout.addWidget(QLabel(self.tr("Manager's education, lowest level first:")))
        self.education = OrderList()
        self.education.setObjectName("educationOrder")
        i18n.explain(self.education, self.tr("The education levels from lowest to highest: the "
                                             "regression uses the level's place in this order."))
        self.education.orderChanged.connect(self._education_changed)
        order_layout.addWidget(self.education, 1)
        self.education_note = QLabel()
        self.education_note.setWordWrap(True)
        order_layout.addWidget(self.education_note)
        order_layout.addWidget(QLabel(self.tr("Regions, in the order the tables list them:")))
        self.regions = OrderList()
        self.regions.setObjectName("regionOrder")
        i18n.explain(self.regions, self.tr("The order of the regions in Tables 1 and 2 and in "
                                           "the workbook."))
        self.regions.orderChanged.connect(self._regions_changed)
        order_layout.addWidget(self.regions, 1)
        self.tabs.addTab(order_host, self.tr("Order"))
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
        self._propose_yes_no()
        overrides = ", ".join(sorted(m.codes.by_role))
        extra = (self.tr(" The loaded mapping also has answer codes of its own for: {names}; "
                         "they are kept.").format(names=overrides) if overrides else "")
        self.location_note.setText(self.tr(
            "Answers of the six factor questions ({n} columns), all firms together.").format(
            n=len(factor_cols)) + extra)
        self.yes_no_note.setText(self.tr(
            "Answers of the innovation questions ({n} columns), all firms together.").format(
            n=len(outcome_cols)))
        self._fill_foreign()
        self._fill_orders()
        self.names.fill(m, answers.categories)
        self._update()

    def _propose_yes_no(self) -> None:
        """Answers 1 and 2 besides a code such as 999 that nothing assigned yet: the assistant's
        reading of spec 7 (1 yes, 2 no, a frequent 999 'not asked: counts as no'), a check."""
        wiz = self.wizard()
        if wiz.mapping_from_file:
            return
        model = self.yes_no_model
        answers = answer_counts([(a.text, a.count) for a in model._answers])
        if (found := yes_no_proposal(answers)) is None:
            return
        table, skipped = found
        by_key = {normalize(v): code for code, vals in table.items() for v in vals}
        rows = range(model.rowCount())
        if any(model.code(r) not in (None, by_key.get(model.answer(r).key)) for r in rows):
            return  # the analyst or a loaded mapping said otherwise
        for row in rows:
            if model.code(row) is None:
                model.set_code(row, by_key.get(model.answer(row).key))
        wiz.checks = [c for c in wiz.checks if not c.yes_no]  # one, about the columns now chosen
        m = wiz.mapping
        cols = [c for r in OUTCOMES for c in m.source_columns(r)]
        outcome_cols = {r: m.columns[r] for r in OUTCOMES if m.columns.get(r)}
        wiz.checks.append(Check(yes_no_check(cols, skipped), outcome_cols,
                                yes_no={k: list(v) for k, v in table.items() if v}))

    # -- ownership ---------------------------------------------------------------------------
    def _fill_foreign(self) -> None:
        wiz = self.wizard()
        m = wiz.mapping
        self.foreign.blockSignals(True)
        self.foreign.clear()
        col = m.columns.get("ownership")
        if not col:
            self.foreign_note.setText(self.tr("Ownership is not mapped, so the regression has no "
                                      "foreign-ownership control."))
        else:
            self.foreign_note.setText(self.tr(
                "Tick the categories of '{column}' that mean foreign owned (partly or fully)."
            ).format(column=col))
            chosen = ({normalize(v) for v in m.codes.foreign}
                      if m.codes.foreign is not None else None)
            for a in self.answers.ownership:
                item = QListWidgetItem(a.text + "   " + self.tr("({n} firms)").format(n=a.count))
                item.setData(Qt.ItemDataRole.UserRole, a.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                is_foreign = (a.key in chosen if chosen is not None
                              else any(w in a.key for w in FOREIGN_WORDS))
                item.setCheckState(Qt.CheckState.Checked if is_foreign
                                   else Qt.CheckState.Unchecked)
                self.foreign.addItem(item)
        self.foreign.blockSignals(False)

    def _foreign_changed(self, _item: QListWidgetItem) -> None:
        self.wizard().mapping.codes.foreign = [
            self.foreign.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.foreign.count())
            if self.foreign.item(i).checkState() == Qt.CheckState.Checked]

    # -- orders ------------------------------------------------------------------------------
    def _fill_orders(self) -> None:
        wiz = self.wizard()
        m = wiz.mapping
        edu = m.columns.get("manager_education")
        if edu and self.answers.education is None:
            self.education.set_items([])
            self.education.setEnabled(False)
            self.education_note.setText(self.tr(
                "'{column}' holds numbers; they are used as they are.").format(column=edu))
        elif edu:
            # "Don't know" is no level: left out of the order, it counts as missing
            cats = [a.text for a in self.answers.education or [] if not not_a_level(a.text)]
            items = ordered(cats, m.codes.manager_education)
            self.education.setEnabled(True)
            self.education.set_items(items)
            m.codes.manager_education = items
            sugg = wiz.loaded.suggestion if wiz.loaded is not None else None
            guess = [c.text for c in getattr(sugg, "checks", [])
                     if c.education is not None and c.applies(m)]
            self.education_note.setText(
                "\n".join([*guess, self.tr("Drag the levels, or select one and use Up / Down.")])
                if not wiz.mapping_from_file else
                self.tr("Drag the levels, or select one and use Up / Down."))
        else:
            self.education.set_items([])
            self.education.setEnabled(False)
            self.education_note.setText(self.tr("The manager's education is not mapped."))
        region = m.columns.get("region")
        if region:
            cats = [a.text for a in self.answers.region]
            items = ordered(cats, m.order.get("region", []))
            self.regions.set_items(items)
            m.order["region"] = items

    def _education_changed(self, items: list[str]) -> None:
        self.wizard().mapping.codes.manager_education = list(items)

    def _regions_changed(self, items: list[str]) -> None:
        self.wizard().mapping.order["region"] = list(items)

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
