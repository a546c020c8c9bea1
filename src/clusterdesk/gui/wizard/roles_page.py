"""Wizard page 2: which column holds each role of the spec, prefilled by the assistant, with a
preview of the chosen column's answers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from shiboken6 import isValid

from clusterdesk.errors import UserError
from clusterdesk.gui import i18n
from clusterdesk.gui.dialogs import MAPPING_FILTER, ask_open, show_error
from clusterdesk.gui.wizard.forms_panel import FormPanel
from clusterdesk.gui.wizard.roles_forms import RoleFormsMixin
from clusterdesk.gui.wizard.values import answers_and_blanks
from clusterdesk.gui.wizard.widgets import ColumnChooser, columns_model
from clusterdesk.gui.workers import Job, JobRunner
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
IN_PLACE_ROWS = 100_000  # a bigger column is counted off the GUI thread (1M cells: ~0.25 s)


def count_column(data: object, column: str, progress: object = None,
                 should_stop: object = None) -> tuple[list, int, int]:
    """The preview's answers with their counts, the blanks and the number of different answers
    of one column."""
    return answers_and_blanks(data, column, limit=PREVIEW_VALUES, should_stop=should_stop)


class RolesPage(RoleFormsMixin, QWizardPage):
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

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_title = QLabel()
        self.preview_title.setWordWrap(True)
        self.preview_title.setFont(bold)
        self.preview = QTableWidget(0, 2)
        self.preview.setObjectName("columnPreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Answer"), self.tr("Firms")])
        i18n.explain(self.preview, self.tr("The answers in the chosen column and how many firms "
                                           "gave each, to check that the column is the right "
                                           "one."))
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        side_layout.addWidget(self.preview_title)
        side_layout.addWidget(self.preview, 1)
        side_layout.addWidget(self.preview_note)
        self.side = QStackedWidget()
        self.side.addWidget(side)
        self.form_panel = FormPanel()
        self.form_panel.changed.connect(self._form_edited)
        self.side.addWidget(self.form_panel)
        split.addWidget(self.side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 380])

        bottom = QHBoxLayout()
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a40000;")
        self.load_button = QPushButton(self.tr("Load mapping…"))
        self.load_button.setToolTip(self.tr("Use the roles and answer codes of a saved mapping "
                                    "(for example last year's)"))
        self.load_button.setWhatsThis(self.load_button.toolTip())
        self.load_button.clicked.connect(self._ask_mapping)
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(bottom)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn:
            for key, chooser in self.choosers.items():
                if chooser is obj:
                    self._preview(key)
        return super().eventFilter(obj, event)

    def validatePage(self) -> bool:
        """Next: a preview still being counted is of no use on the next page, where it would
        share the GIL with the page's own counting (it is counted again on coming back)."""
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

    def _fit_summary(self) -> str:
        """One line on the fitting of a loaded mapping: the items it did not find first."""
        wiz = self.wizard()
        if not wiz.fit_notes:
            return ""
        changes = len(wiz.fit_notes) - len(wiz.fit_lost)
        text = self.tr("Last year's mapping was fitted to this file: {n} change(s), listed in "
                       "full on the Review page.").format(n=changes)
        if wiz.fit_lost:
            names = ", ".join(i18n.role_label(r) for r in wiz.fit_lost)
            text = self.tr("Not found in this file: {items}. Choose the column by hand, or "
                           "leave the item out.").format(items=names) + " " + text
        return text

    def _show_confidence(self, key: str) -> None:
        wiz = self.wizard()
        conf = wiz.confidence(key)
        label = self.confidence_labels[key]
        chosen = bool(wiz.mapping.columns.get(key))
        if not chosen and key in wiz.fit_lost:
            label.setText("<span style='color:#a40000'>" + self.tr("not found") + "</span>")
            label.setToolTip(self.tr("Last year's mapping had a column for this item; no column "
                                     "of this file matches it by name or answers."))
            return
        if conf is None or not chosen:
            label.setText("")
            label.setToolTip("")
            return
        pct = round(conf * 100) if conf <= 1 else round(conf)
        colour = "#1a7f37" if pct >= 80 else "#9a6700" if pct >= 50 else "#a40000"
        word = (self.tr("sure") if pct >= 80 else self.tr("check") if pct >= 50
                else self.tr("unsure"))
        label.setText(f"<span style='color:{colour}'>{pct} % {word}</span>")
        label.setToolTip(self.tr("The assistant is {pct} % sure that this column holds this "
                                 "item.").format(pct=pct))

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
                    Job(count_column, data, column),
                    on_done=lambda result, data=data, column=column, key=key:
                        self._column_counted(data, column, key, result))
                return
            self._counted[1][column] = count_column(data, column)
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

    def _ask_mapping(self) -> None:
        path = ask_open(self, "Load mapping", MAPPING_FILTER)
        if path:
            self.load_mapping(path)

    def load_mapping(self, path: str) -> None:
        """Use a saved mapping (last year's): in the background it is fitted to this file
        (renamed questions, new answers; mapping.nextyear), then every change is reported."""
        from clusterdesk.mapping import fileformat

        try:
            mapping = fileformat.load(path)
        except UserError as exc:
            show_error(self, str(exc))
            return
        wiz = self.wizard()
        if wiz.raw is None:  # the file is still being read: take the mapping as it is
            wiz.use_mapping(mapping)
            self.mappingLoaded.emit([])
            return
        self.fit(mapping)

    def fit(self, mapping: Mapping) -> None:
        """Fit a saved mapping to the file read, in the background (mapping.nextyear): Load
        mapping…, or the current survey's mapping when an earlier wave is imported to compare."""
        wiz = self.wizard()
        self.load_button.setEnabled(False)
        wiz.run(Job(fit_mapping, mapping, wiz.raw),
                on_done=lambda result: self._fitted(mapping, result),
                on_error=self._fit_failed, on_progress=lambda *_: None,
                on_cancel=lambda: self.load_button.setEnabled(True))

    def _fit_failed(self, message: str) -> None:
        self.load_button.setEnabled(True)
        show_error(self, message)

    def _fitted(self, before: Mapping, result: tuple[Mapping, list[str]]) -> None:
        """The fitted mapping in use; the items not found are named at the top of this page and
        marked beside their boxes, and the whole list waits on the Review page."""
        mapping, notes = result
        wiz = self.wizard()
        wiz.use_mapping(mapping)
        wiz.fit_notes = list(notes)
        # adapt() lists these roles' lines first
        wiz.fit_lost = [r.key for r in ROLES
                        if before.columns.get(r.key) and not mapping.columns.get(r.key)]
        self.load_button.setEnabled(True)
        if wiz.currentPage() is self:
            self.initializePage()
        self.mappingLoaded.emit(list(notes))


def fit_mapping(mapping: Mapping, raw: object, progress: object = None,
                should_stop: object = None) -> tuple[Mapping, list[str]]:
    """A saved mapping fitted to this file (Qt-free; runs in a Job). Without the next-year
    helper, columns the file lacks are dropped and named."""
    try:
        from clusterdesk.mapping.nextyear import adapt
    except ImportError:
        adapt = None
    if adapt is not None:
        return adapt(mapping, raw)
    present = set(raw.columns)
    missing = [c for c in mapping.columns.values() if c not in present]
    notes = [i18n.translate("RolesPage", "The file has no column '{column}'; choose it "
                            "again.").format(column=c) for c in missing]
    return mapping, notes
