"""Wizard page 2: which column holds each role of the spec, prefilled by the assistant, with a
preview of the chosen column's answers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from shiboken6 import isValid

from clusterdesk.gui import i18n
from clusterdesk.gui.wizard.forms_panel import FormPanel
from clusterdesk.gui.wizard.roles_forms import RoleFormsMixin
from clusterdesk.gui.wizard.roles_side import RoleSideMixin
from clusterdesk.gui.wizard.widgets import ColumnChooser, columns_model
from clusterdesk.gui.workers import Job, JobRunner
from clusterdesk.mapping.answers import answers_and_blanks
from clusterdesk.mapping.model import Mapping
from clusterdesk.mapping.roles import FACTORS, OUTCOMES, ROLES

SECTIONS = (
    (QT_TRANSLATE_NOOP("RolesPage", "About the firm"), ("firm_id", "region", "sector", "dependence", "ownership", "employees",
                        "pct_university", "pct_rd", "manager_education", "weight")),
    (QT_TRANSLATE_NOOP("RolesPage", "Where the firm finds each factor (the six diamond factors)"),
     ("customers", "suppliers", "competitors", "labour", "research", "capital")),
    (QT_TRANSLATE_NOOP("RolesPage", "Innovation in the last three years"), ("product", "product_new_to_market", "process",
                                            "process_new_to_industry")),
)
# how a survey asks an item (spec 7): as one column, as tick boxes, from several columns, or not
FORMS = {"column": QT_TRANSLATE_NOOP("RolesPage", "one column"),
         "grid": QT_TRANSLATE_NOOP("RolesPage", "tick boxes"),
         "not_asked": QT_TRANSLATE_NOOP("RolesPage", "not asked"),
         "any_of": QT_TRANSLATE_NOOP("RolesPage", "several columns")}
PREVIEW_VALUES = 40
# a bigger column is counted off the GUI thread (an id column costs the most: each of its
# answers goes through the comparison rule)
IN_PLACE_ROWS = 10_000


class RolesPage(RoleFormsMixin, RoleSideMixin, QWizardPage):
    mappingLoaded = Signal(list)  # the notes of fitting a loaded mapping to this file

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Which question is which"))
        self.setSubTitle(self.tr("For each item of the study, choose the column of your file that holds "
                         "it. Items marked * are needed. Type in a box to search the columns."))
        self.choosers: dict[str, ColumnChooser] = {}
        self.forms: dict[str, QComboBox] = {}
        self.levels = {}
        self.confidence_labels: dict[str, QLabel] = {}
        self._current_role = "region"
        self._counted: tuple[object, dict[str, tuple[list, int, int]]] = (None, {})
        self._count_runner = JobRunner(self)

        outer = QVBoxLayout(self)
        self.assistant = QLabel()
        self.assistant.setObjectName("assistantNote")
        self.assistant.setWordWrap(True)
        self.assistant.setStyleSheet("color: #7a4b00;")
        outer.addWidget(self.assistant)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)

        form_host = QWidget()
        grid = QGridLayout(form_host)
        grid.setColumnStretch(1, 1)
        row = 0
        bold = QFont()
        bold.setBold(True)
        by_key = {r.key: r for r in ROLES}
        for title, keys in SECTIONS:
            head = QLabel(self.tr(title))
            head.setFont(bold)
            grid.addWidget(head, row, 0, 1, 4)
            row += 1
            if keys[0] == "customers":
                row = self._level_boxes(grid, row)
            for key in keys:
                role = by_key[key]
                label = QLabel(i18n.role_label(key).replace("&", "&&")
                               + (" *" if role.required else ""))
                i18n.explain(label, i18n.role_help(key, role.required))
                chooser = ColumnChooser()
                i18n.explain(chooser, i18n.role_help(key, role.required) + " " + self.tr(
                    "Choose the column of your file that holds it; type to search."))
                chooser.setObjectName(f"role_{key}")
                chooser.columnChosen.connect(lambda col, k=key: self._chosen(k, col))
                chooser.highlighted.connect(lambda _i, k=key: self._preview(k))
                chooser.installEventFilter(self)
                conf = QLabel()
                conf.setMinimumWidth(96)
                label.setBuddy(chooser)
                grid.addWidget(label, row, 0)
                grid.addWidget(chooser, row, 1)
                grid.addWidget(conf, row, 2)
                if key in FACTORS or key in OUTCOMES:
                    form = QComboBox()
                    form.setObjectName(f"form_{key}")
                    for code in (("column", "grid", "not_asked") if key in FACTORS
                                 else ("column", "any_of")):
                        form.addItem(self.tr(FORMS[code]), code)
                    i18n.explain(form, self.tr("How the survey asks it: one column, tick boxes "
                                               "per location, several columns (yes when any "
                                               "says yes) or not at all."))
                    form.activated.connect(lambda _i, k=key: self._form_chosen(k))
                    grid.addWidget(form, row, 3)
                    self.forms[key] = form
                self.choosers[key] = chooser
                self.confidence_labels[key] = conf
                row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_host)
        split.addWidget(scroll)

        side = self._preview_pane(bold)
        self.side = QStackedWidget()
        self.side.addWidget(side)
        self.form_panel = FormPanel()
        self.form_panel.changed.connect(self._form_edited)
        self.side.addWidget(self.form_panel)
        split.addWidget(self.side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 380])
        outer.addLayout(self._bottom_bar())

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn:
            for key, chooser in self.choosers.items():
                if chooser is obj:
                    self._preview(key)
        return super().eventFilter(obj, event)

    def validatePage(self) -> bool:
        """Next: a preview still being counted is of no use on the next page, where it would
        slow the page's own counting (it is counted again on coming back)."""
        self._count_runner.cancel()
        return super().validatePage()

    def showEvent(self, event: QShowEvent) -> None:
        """Back from the next page: count the preview that Next cancelled."""
        super().showEvent(event)
        wiz = self.wizard()
        if wiz is not None and wiz.raw is not None and not self._count_runner.busy:
            self._preview(self._current_role)

    def initializePage(self) -> None:
        wiz = self.wizard()
        raw = wiz.raw
        model = columns_model(list(raw.columns), dict(raw.labels))
        self._model = model
        for key, chooser in self.choosers.items():
            chooser.set_columns(model)
            chooser.set_column(wiz.mapping.columns.get(key))
            chooser._last = chooser.column()
            self._show_confidence(key)
        self._show_forms()
        self._preview(self._current_role)
        self._validate()
        sugg = wiz.loaded.suggestion if wiz.loaded is not None else None
        notes = [] if sugg is None or wiz.mapping_from_file else list(sugg.undecided)[:3]
        if sugg is None and not wiz.mapping_from_file:
            notes = [self.tr("The assistant is not available: choose every column by hand.")]
        fitted = self._fit_summary()
        self.assistant.setText("\n".join(([fitted] if fitted else []) + notes))
        self.assistant.setVisible(bool(notes or fitted))
        if wiz.fit_pending:
            wiz.fit_pending = False  # a mapping given before the file was read: fit it now
            self.fit(wiz.mapping_as_given)

    def _chosen(self, key: str, column: str) -> None:
        cols = self.wizard().mapping.columns
        if column:
            cols[key] = column
        else:
            cols.pop(key, None)
        self.wizard().survey = None
        self.confidence_labels[key].setText(self.tr("changed by you") if column else "")
        self._preview(key)
        self._validate()

    def choose(self, key: str, column: str | None) -> None:
        """Choose a column for a role as the analyst would (used by tests and Load mapping)."""
        self.choosers[key].choose(column)

    def _preview(self, key: str) -> None:
        self._current_role = key
        wiz = self.wizard()
        if wiz is None or wiz.raw is None:
            return
        form = self._form(key)
        if form in ("grid", "any_of"):
            self.form_panel.edit(wiz.mapping, key, form, list(wiz.raw.columns),
                                 dict(wiz.raw.labels), i18n.role_label(key))
            self.side.setCurrentIndex(1)
            return
        self.side.setCurrentIndex(0)
        column = wiz.mapping.columns.get(key)
        role_label = i18n.role_label(key)
        self.preview.setRowCount(0)
        if not column:
            self.preview_title.setText(self.tr("{item}: no column chosen").format(item=role_label))
            self.preview_note.setText("")
            return
        data = wiz.raw.data
        if self._counted[0] is not data:  # a new read of the file: forget the old counts
            self._counted = (data, {})
        if column not in self._counted[1]:  # counting a big column takes a moment: once
            if len(data) > IN_PLACE_ROWS:
                self.preview_title.setText(self.tr("{item}: column '{column}'").format(
                    item=role_label, column=column))
                self.preview_note.setText(QCoreApplication.translate("CodesPage",
                                                                     "Counting the answers…"))
                self._count_runner.start(
                    Job(answers_and_blanks, data, column, PREVIEW_VALUES),
                    on_done=lambda result, data=data, column=column, key=key:
                        self._column_counted(data, column, key, result))
                return
            self._counted[1][column] = answers_and_blanks(data, column, PREVIEW_VALUES)
        answers, blanks, n_distinct = self._counted[1][column]
        self.preview_title.setText(self.tr("{item}: column '{column}'").format(
            item=role_label, column=column))
        shown = answers[:PREVIEW_VALUES]
        self.preview.setRowCount(len(shown))
        for i, a in enumerate(shown):
            self.preview.setItem(i, 0, QTableWidgetItem(a.text))
            n = QTableWidgetItem(f"{a.count:,}".replace(",", " "))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.preview.setItem(i, 1, n)
        note = self.tr("{n} different answers, {blank} blank.").format(
            n=f"{n_distinct:,}".replace(",", " "), blank=f"{blanks:,}".replace(",", " "))
        if n_distinct > PREVIEW_VALUES:
            note += " " + self.tr("The {n} most frequent are shown.").format(n=PREVIEW_VALUES)
        question = wiz.raw.labels.get(column)
        if question and question != column:
            note = self.tr("Question: {text}").format(text=question) + "\n" + note
        self.preview_note.setText(note)

    def _column_counted(self, data: object, column: str, key: str,
                        result: tuple[list, int, int]) -> None:
        if not isValid(self) or self._counted[0] is not data:
            return
        self._counted[1][column] = result
        wiz = self.wizard()
        if self._current_role == key and wiz is not None and \
                wiz.mapping.columns.get(key) == column:
            self._preview(key)

    def problems_now(self) -> list[str]:
        """The column errors of Mapping.validate() (codes are the next page's business)."""
        wiz = self.wizard()
        m = wiz.mapping
        columns_only = Mapping(columns=dict(m.columns), grids=dict(m.grids),
                               any_of=dict(m.any_of), not_asked=list(m.not_asked),
                               levels=list(m.levels))
        return columns_only.errors(list(wiz.raw.columns))

    def _validate(self) -> None:
        errors = self.problems_now()  # in the interface language (clusterdesk.texts)
        more = "\n" + self.tr("… and {n} more.").format(n=len(errors) - 4)
        self.problems.setText("\n".join(errors[:4]) + (more if len(errors) > 4 else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wiz = self.wizard()
        return wiz is not None and wiz.raw is not None and not self.problems_now()
