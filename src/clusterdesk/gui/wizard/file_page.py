"""Wizard page 1: which sheet, where the header is, and (text files) encoding and delimiter, with a
preview of the first rows as the file holds them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from clusterdesk.gui import i18n
from clusterdesk.gui.dialogs import show_error
from clusterdesk.gui.wizard.models import GridModel
from clusterdesk.gui.wizard.widgets import JobBar
from clusterdesk.gui.workers import Job
from clusterdesk.mapping import survey_file

TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}
CELL_PAD = 8  # a cell's margins around its text, as Qt's own size hint adds them
ENCODINGS = ((QT_TRANSLATE_NOOP("FilePage", "Detect"), None), ("UTF-8", "utf-8"), ("UTF-8 with BOM", "utf-8-sig"),
             ("Windows (cp1252)", "cp1252"), ("Latin-1 (ISO-8859-1)", "latin-1"),
             ("UTF-16", "utf-16"), ("Mac Roman", "mac_roman"))
DELIMITERS = ((QT_TRANSLATE_NOOP("FilePage", "Detect"), None),
              (QT_TRANSLATE_NOOP("FilePage", "Comma ,"), ","),
              (QT_TRANSLATE_NOOP("FilePage", "Semicolon ;"), ";"),
              (QT_TRANSLATE_NOOP("FilePage", "Tab"), "\t"),
              (QT_TRANSLATE_NOOP("FilePage", "Pipe |"), "|"))


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("File and sheet"))
        self.setSubTitle(self.tr("Check that the preview shows your survey and that the highlighted rows "
                         "are the column headings. Change the header row if they are not."))
        self._loading = False
        self._failed: str | None = None
        self._job: Job | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.sheet.setMinimumContentsLength(24)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(1, 1000)
        self.header_rows = QSpinBox()
        self.header_rows.setObjectName("headerRows")
        self.header_rows.setRange(1, 5)
        for spin in (self.header_row, self.header_rows):
            spin.setMaximumWidth(90)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Header row:"), self.header_row)
        form.addRow(self.tr("Rows in the header:"), self.header_rows)
        i18n.explain(self.sheet, self.tr("The sheet of the workbook that holds the survey, one "
                                         "firm per row. Hidden sheets are marked."))
        i18n.explain(self.header_row, self.tr("The row (counted from 1 in the file) that holds "
                                              "the column headings. Rows above it, such as "
                                              "titles, are skipped."))
        i18n.explain(self.header_rows, self.tr(
            "How many rows make up the header: 2 when a question is in one row and its "
            "sub-questions in the row below; their texts are joined."))
        top.addLayout(form)
        self.text_options = QWidget()
        text_form = QFormLayout(self.text_options)
        text_form.setContentsMargins(0, 0, 0, 0)
        self.encoding = QComboBox()
        for label, value in ENCODINGS:
            self.encoding.addItem(self.tr(label), value)
        self.delimiter = QComboBox()
        for label, value in DELIMITERS:
            self.delimiter.addItem(self.tr(label), value)
        text_form.addRow(self.tr("Encoding:"), self.encoding)
        text_form.addRow(self.tr("Delimiter:"), self.delimiter)
        i18n.explain(self.encoding, self.tr("How the text file's letters are stored. Detect "
                                            "almost always works; change it if æ, ø and å look "
                                            "wrong in the preview."))
        i18n.explain(self.delimiter, self.tr("The character between the columns of the text "
                                             "file."))
        top.addSpacing(24)
        top.addWidget(self.text_options, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)
        layout.addLayout(top)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.job_bar = JobBar()
        layout.addWidget(self.job_bar)
        self.grid_model = GridModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("preview")
        self.preview.setModel(self.grid_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(140)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.setWordWrap(False)
        i18n.explain(self.preview, self.tr("The first rows as the file holds them; the header "
                                           "rows are highlighted."))
        layout.addWidget(self.preview, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(350)
        self._reload_timer.timeout.connect(self._reload)
        self.sheet.activated.connect(self._sheet_chosen)
        self.header_row.valueChanged.connect(self._header_changed)
        self.header_rows.valueChanged.connect(self._header_changed)
        self.encoding.activated.connect(self._text_options_changed)
        self.delimiter.activated.connect(self._text_options_changed)
        self.job_bar.cancelRequested.connect(self._cancel)

    # -- state -------------------------------------------------------------------------------
    def initializePage(self) -> None:
        wiz = self.wizard()
        is_text = wiz.path.suffix.lower() in TEXT_SUFFIXES
        self.text_options.setVisible(is_text)  # encoding and delimiter mean nothing elsewhere
        if wiz.loaded is None and not self._loading:
            self._start(wiz.mapping.source)

    def isComplete(self) -> bool:
        return not self._loading and self.wizard() is not None and self.wizard().raw is not None

    def _start(self, source: Any) -> None:
        wiz = self.wizard()
        self._loading = True
        self._failed = None
        self.completeChanged.emit()
        self.job_bar.start(self.tr("Reading {name}…").format(name=wiz.path.name))
        self._job = Job(survey_file.load, wiz.path, source)
        wiz.run(self._job, on_done=self._loaded, on_error=self._error,
                on_progress=self.job_bar.progress, on_cancel=self._cancelled)

    def _reload(self) -> None:
        wiz = self.wizard()
        src = replace(wiz.mapping.source, header_row=self.header_row.value(),
                      header_rows=self.header_rows.value(),
                      encoding=self.encoding.currentData(),
                      delimiter=self.delimiter.currentData())
        self._start(src)

    def _cancel(self) -> None:
        self.wizard().runner.cancel()

    def _cancelled(self) -> None:
        self._loading = False
        self.job_bar.hide()
        self.summary.setText(self.tr(
            "Reading was stopped. Change a setting above to read the file again."))
        self.completeChanged.emit()

    def _error(self, message: str) -> None:
        self._loading = False
        self._failed = message
        self.job_bar.hide()
        self.summary.setText("<b>" + self.tr("The file could not be read.") + "</b> " + message)
        self.completeChanged.emit()
        show_error(self, message)

    def _loaded(self, loaded: survey_file.Loaded) -> None:
        wiz = self.wizard()
        self._loading = False
        self.job_bar.hide()
        wiz.set_loaded(loaded)
        raw, src = loaded.raw, loaded.source
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for info in loaded.sheets:
            text = info.name + ("  (hidden)" if getattr(info, "hidden", False) else "")
            self.sheet.addItem(text, info.name)
        i = self.sheet.findData(src.sheet)
        self.sheet.setCurrentIndex(max(0, i))
        self.sheet.setEnabled(len(loaded.sheets) > 1)
        self.sheet.blockSignals(False)
        for spin, value in ((self.header_row, src.header_row or 1),
                            (self.header_rows, src.header_rows or 1)):
            spin.blockSignals(True)
            spin.setValue(int(value))
            spin.blockSignals(False)
        for combo, value in ((self.encoding, raw.report.encoding or src.encoding),
                             (self.delimiter, raw.report.delimiter or src.delimiter)):
            j = combo.findData(value)
            if value and j < 0:
                combo.addItem(str(value), value)
                j = combo.count() - 1
            if value:
                combo.setCurrentIndex(j)
        self.grid_model.set_grid(loaded.grid or [])
        stats = raw.report.header_row is None  # SPSS/Stata: variable names are the header
        self.header_row.setEnabled(not stats)
        self.header_rows.setEnabled(not stats)
        self._show_header()
        self._fit_columns()
        rep = raw.report
        text = self.tr("<b>{rows}</b> and <b>{columns}</b> below the header.").format(
            rows=_count(raw.n_rows, self.tr("row"), self.tr("rows")),
            columns=_count(len(raw.columns), self.tr("column"), self.tr("columns")))
        if loaded.header_reason:  # the assistant's reason, in the interface language
            text += f" {loaded.header_reason}"
        if rep.warnings:
            text += "<br>" + "<br>".join(f"⚠ {w}" for w in rep.warnings[:4])
        self.summary.setText(text)
        self.completeChanged.emit()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text, at most 260 px, measured with the view's
        fonts: Qt's resizeColumnsToContents asks the model for every role of every cell."""
        model = self.grid_model
        font = QFont(self.preview.font())
        plain = QFontMetrics(font)
        font.setBold(True)
        bold = QFontMetrics(font)
        header = self.preview.horizontalHeader()
        for c in range(model.columnCount()):
            widest = max(((bold if model.is_header(r) else plain).horizontalAdvance(text)
                          for r, text in enumerate(model.column_texts(c))), default=0)
            header.resizeSection(c, min(260, max(header.minimumSectionSize(), widest + CELL_PAD)))

    def _show_header(self) -> None:
        self.grid_model.set_header(self.header_row.value(), self.header_rows.value())
        self.preview.verticalHeader().viewport().update()

    # -- user changes ------------------------------------------------------------------------
    def _sheet_chosen(self, index: int) -> None:
        wiz = self.wizard()
        src = replace(wiz.mapping.source, sheet=self.sheet.itemData(index), header_row=None,
                      header_rows=1)
        self._reload_timer.stop()
        self._start(src)

    def _header_changed(self) -> None:
        self._show_header()
        self._loading = True  # Next waits for the re-read
        self.completeChanged.emit()
        self._reload_timer.start()

    def _text_options_changed(self) -> None:
        self._reload_timer.stop()
        self._reload()

    def highlighted_rows(self) -> list[int]:
        """1-based rows of the preview shown as header (what the analyst sees highlighted)."""
        return [r + 1 for r in range(self.grid_model.rowCount()) if self.grid_model.is_header(r)]

    def cleanupPage(self) -> None:
        self._reload_timer.stop()



def _count(n: int, one: str, many: str) -> str:
    """'1 row', '2 002 rows' (a space groups thousands, as Norwegian and SI style write it)."""
    return f"{n:,}".replace(",", " ") + " " + (one if n == 1 else many)
