"""Wizard page 4: what will be analysed. The survey is coded in the background when the page
opens; the page shows firms, the share missing per item, answers left unassigned and warnings.
Analyse (Finish) is enabled once coding is done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

import clusterdesk.analysis as analysis
from clusterdesk.gui import i18n
from clusterdesk.gui.dialogs import show_error
from clusterdesk.gui.fit_notes import FitNotes
from clusterdesk.gui.wizard.widgets import JobBar
from clusterdesk.gui.workers import Job
from clusterdesk.mapping.roles import FACTORS, LOCATIONS, ROLES
from clusterdesk.mapping.suggest_checks import open_checks


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ReviewPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("This is what will be analysed. Go Back to change anything, or click "
                         "Analyse to see the tables."))
        self._coding = False
        layout = QVBoxLayout(self)
        self.job_bar = JobBar()
        self.job_bar.cancelRequested.connect(lambda: self.wizard().runner.cancel())
        layout.addWidget(self.job_bar)
        self.firms = QLabel()
        self.firms.setObjectName("firms")
        self.firms.setWordWrap(True)
        layout.addWidget(self.firms)
        # a loaded mapping fitted to this file: what was not found, then every change, in full
        self.fit_notes = FitNotes()
        layout.addWidget(self.fit_notes, 1)
        self.forms = QLabel()
        self.forms.setObjectName("surveyForms")
        self.forms.setWordWrap(True)
        layout.addWidget(self.forms)
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)
        self.missing = QTableWidget(0, 3)
        self.missing.setObjectName("missingTable")
        i18n.explain(self.missing, self.tr("Each item of the study, the column it comes from and "
                                           "the share of firms without a usable answer."))
        self.missing.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Column"), self.tr("Missing")])
        self.missing.horizontalHeaderItem(2).setToolTip(self.tr("Share of the firms with no usable answer for this item (blank, don't know, or an "
            "answer not assigned a meaning)"))
        self.missing.verticalHeader().hide()
        self.missing.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        h = self.missing.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        split.addWidget(self.missing)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Answers not assigned (counted as missing):")))
        self.unassigned = QListWidget()
        self.unassigned.setObjectName("unassignedList")
        i18n.explain(self.unassigned, self.tr("Answers that were given no meaning on the previous "
                                              "page; they count as missing. Go Back to assign "
                                              "them."))
        rl.addWidget(self.unassigned, 1)
        rl.addWidget(QLabel(self.tr("Guesses to check against the questionnaire:")))
        self.checks = QListWidget()
        self.checks.setObjectName("checkList")
        i18n.explain(self.checks, self.tr("What the assistant could only guess, such as columns "
                                          "taken by their position or an education order. Go "
                                          "Back to change them if the questionnaire says "
                                          "otherwise."))
        self.checks.setWordWrap(True)
        rl.addWidget(self.checks, 1)
        rl.addWidget(QLabel(self.tr("Warnings from reading and coding:")))
        self.warnings = QListWidget()
        self.warnings.setObjectName("warningList")
        i18n.explain(self.warnings, self.tr("What reading the file and coding the answers "
                                            "noticed, such as empty rows or numbers stored as "
                                            "text."))
        self.warnings.setWordWrap(True)
        rl.addWidget(self.warnings, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 360])

    def initializePage(self) -> None:
        wiz = self.wizard()
        wiz.survey = None
        self._coding = True
        self.completeChanged.emit()
        self.missing.setRowCount(0)
        self.unassigned.clear()
        self.checks.clear()
        self.warnings.clear()
        self.firms.setText(self.tr("Coding the answers…"))
        self.fit_notes.set_notes(wiz.fit_notes, wiz.fit_lost)
        self.forms.setText(self.describe_forms())
        self.forms.setVisible(bool(self.forms.text()))
        self.job_bar.start(self.tr("Coding the answers…"))
        job = Job(analysis.code, wiz.raw, wiz.mapping)
        wiz.run(job, on_done=self._coded, on_error=self._failed,
                on_progress=self.job_bar.progress, on_cancel=self._cancelled)

    def cleanupPage(self) -> None:
        self.wizard().runner.cancel()
        self._coding = False

    def isComplete(self) -> bool:
        wiz = self.wizard()
        return wiz is not None and not self._coding and wiz.survey is not None

    def _cancelled(self) -> None:
        self._coding = False
        self.job_bar.hide()
        self.firms.setText(self.tr("Coding was stopped. Go Back and Next to start it again."))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._coding = False
        self.job_bar.hide()
        self.firms.setText("<b>" + self.tr("The survey could not be coded.") + "</b> " + message)
        self.completeChanged.emit()
        show_error(self, message)

    def _coded(self, survey: Any) -> None:
        wiz = self.wizard()
        self._coding = False
        self.job_bar.hide()
        wiz.survey = survey
        rep = survey.report
        data = survey.data
        text = self.tr("<b>{n} firms</b> will be analysed").format(
            n=f"{rep.rows_used:,}".replace(",", " "))
        if rep.rows_dropped_empty:
            text += " " + self.tr("({read} rows read, {empty} empty rows left out)").format(
                read=f"{rep.rows_read:,}".replace(",", " "),
                empty=f"{rep.rows_dropped_empty:,}".replace(",", " "))
        self.firms.setText(text + ".")
        m = wiz.mapping
        rows = [r for r in ROLES if m.source_columns(r.key) and r.key in data.columns]
        self.missing.setRowCount(len(rows))
        n = max(1, len(data))
        for i, r in enumerate(rows):
            share = float(data[r.key].isna().sum()) / n * 100
            self.missing.setItem(i, 0, _item(i18n.role_label(r.key)))
            self.missing.setItem(i, 1, _item(", ".join(m.source_columns(r.key))))
            self.missing.setItem(i, 2, _item(QLocale().toString(share, "f", 1) + " %",
                                             right=True))
        for role, found in rep.unassigned.items():
            label = i18n.role_label(role)
            for answer, count in sorted(found.items(), key=lambda kv: -kv[1]):
                self.unassigned.addItem(f"{label}: '{answer}' × {count}")
        if not rep.unassigned:
            self.unassigned.addItem(self.tr("None: every answer has a meaning."))
        sugg = wiz.loaded.suggestion if wiz.loaded is not None else None
        checks = [] if sugg is None or wiz.mapping_from_file else sugg.open_checks(wiz.mapping)
        checks += [t for t in open_checks(wiz.checks, wiz.mapping) if t not in checks]
        self.checks.addItems(checks or [self.tr("None.")])
        # codes and values that cannot be right first: they change what the rest means
        warnings = list(rep.suspect) + list(rep.doubts) + list(wiz.raw.report.warnings)
        warnings += list(rep.warnings)
        warnings += [p.message for p in wiz.mapping.validate(list(wiz.raw.columns))
                     if p.level == "warning"]
        self.warnings.addItems(warnings or [self.tr("None.")])
        self.completeChanged.emit()

    def describe_forms(self) -> str:
        """The forms of spec 7 the mapping uses, in plain words, one line each."""
        m = self.wizard().mapping
        lines = []
        if list(m.levels) != list(LOCATIONS):
            lines.append(self.tr("The survey asks these levels: {levels}.").format(
                levels=", ".join(i18n.location_label(lv) for lv in m.levels)))
        for role, grid in sorted(m.grids.items(), key=lambda rg: FACTORS.index(rg[0])):
            said = "; ".join(f"{i18n.location_label(lv)}: {', '.join(cols)}"
                             for lv, cols in grid.levels.items())
            rule = (self.tr("the nearest level ticked counts") if grid.rule == "nearest"
                    else self.tr("the farthest level ticked counts"))
            lines.append(self.tr("{item} from tick boxes ({columns}); {rule}.").format(
                item=i18n.role_label(role), columns=said, rule=rule))
        if m.not_asked:
            k = sum(1 for f in FACTORS if f not in m.not_asked)
            lines.append(self.tr("Not asked: {items}. Averages and thresholds use the {k} "
                                 "factors asked.").format(
                items=", ".join(i18n.role_label(r) for r in m.not_asked), k=k))
        for role, cols in m.any_of.items():
            lines.append(self.tr("{item}: yes when any of {columns} says yes.").format(
                item=i18n.role_label(role), columns=", ".join(cols)))
        skipped = m.codes.yes_no.get("skipped_means_no") or []
        if skipped:
            lines.append(self.tr("Answers {codes} mean the question was not asked; they count "
                                 "as no.").format(codes=", ".join(skipped)))
        for role, names in m.labels.items():
            lines.append(self.tr("{item}, names for codes: {examples}.").format(
                item=i18n.role_label(role),
                examples=", ".join(f"{k} = {v}" for k, v in list(names.items())[:4])
                + (" …" if len(names) > 4 else "")))
        return "\n".join(lines)
