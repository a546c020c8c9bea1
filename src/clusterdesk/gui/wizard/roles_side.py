"""The roles page's side and bottom: the preview pane of the chosen column, the assistant's
confidence beside each box, the line on a fitted mapping, and Load mapping…."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.errors import UserError
from clusterdesk.gui import i18n
from clusterdesk.gui.dialogs import MAPPING_FILTER, ask_open, show_error
from clusterdesk.gui.workers import Job
from clusterdesk.mapping.model import Mapping
from clusterdesk.mapping.roles import ROLES

# _Q.translate("RolesPage", "...") with the text written out is what lupdate collects; a mixin's
# self.tr would look the words up under the mixin's name
_Q = QCoreApplication


class RoleSideMixin:
    """Mixed into RolesPage (a QWizardPage with ``choosers`` and ``confidence_labels``)."""

    def _preview_pane(self, bold: QFont) -> QWidget:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_title = QLabel()
        self.preview_title.setWordWrap(True)
        self.preview_title.setFont(bold)
        self.preview = QTableWidget(0, 2)
        self.preview.setObjectName("columnPreview")
        self.preview.setHorizontalHeaderLabels([_Q.translate("RolesPage", "Answer"), _Q.translate("RolesPage", "Firms")])
        i18n.explain(self.preview, _Q.translate("RolesPage", "The answers in the chosen column and how many firms "
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
        return side

    def _bottom_bar(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a40000;")
        self.load_button = QPushButton(_Q.translate("RolesPage", "Load mapping…"))
        self.load_button.setToolTip(_Q.translate("RolesPage", "Use the roles and answer codes of a saved mapping "
                                    "(for example last year's)"))
        self.load_button.setWhatsThis(self.load_button.toolTip())
        self.load_button.clicked.connect(self._ask_mapping)
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)
        return bottom

    def _fit_summary(self) -> str:
        """One line on the fitting of a loaded mapping: the items it did not find first."""
        wiz = self.wizard()
        if not wiz.fit_notes:
            return ""
        changes = len(wiz.fit_notes) - len(wiz.fit_lost)
        text = _Q.translate("RolesPage", "Last year's mapping was fitted to this file: {n} change(s), listed in "
                       "full on the Review page.").format(n=changes)
        if wiz.fit_lost:
            names = ", ".join(i18n.role_label(r) for r in wiz.fit_lost)
            text = _Q.translate("RolesPage", "Not found in this file: {items}. Choose the column by hand, or "
                           "leave the item out.").format(items=names) + " " + text
        return text

    def _show_confidence(self, key: str) -> None:
        wiz = self.wizard()
        conf = wiz.confidence(key)
        label = self.confidence_labels[key]
        chosen = bool(wiz.mapping.columns.get(key))
        if not chosen and key in wiz.fit_lost:
            label.setText("<span style='color:#a40000'>" + _Q.translate("RolesPage", "not found") + "</span>")
            label.setToolTip(_Q.translate("RolesPage", "Last year's mapping had a column for this item; no column "
                                     "of this file matches it by name or answers."))
            return
        if conf is None or not chosen:
            label.setText("")
            label.setToolTip("")
            return
        pct = round(conf * 100) if conf <= 1 else round(conf)
        colour = "#1a7f37" if pct >= 80 else "#9a6700" if pct >= 50 else "#a40000"
        word = (_Q.translate("RolesPage", "sure") if pct >= 80 else _Q.translate("RolesPage", "check") if pct >= 50
                else _Q.translate("RolesPage", "unsure"))
        label.setText(f"<span style='color:{colour}'>{pct} % {word}</span>")
        label.setToolTip(_Q.translate("RolesPage", "The assistant is {pct} % sure that this column holds this "
                                 "item.").format(pct=pct))

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
        from clusterdesk.mapping.nextyear import adapt

        wiz.run(Job(adapt, mapping, wiz.raw),  # its task: a newer job or Cancel stops it
                on_done=lambda result: self._fitted(mapping, result),
                on_error=self._fit_failed,
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
