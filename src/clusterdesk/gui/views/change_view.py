"""The change view of a results tab (spec section 8): the sentence that says what changed, both
waves' shares with the change, its 95 % interval and p, the notes, and a chart of the changes
with error bars (report.charts.change_chart). Table 6's view lists the coefficients of both
waves, their difference, z and p."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import i18n
from clusterdesk.gui.charts import ChartWidget
from clusterdesk.gui.views.change_model import ChangeModel, ModelChangeModel
from clusterdesk.gui.views.table_view import CopyTableView

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from clusterdesk.analysis.compare import Comparison, ModelChange, TableChange


def change_in(table: TableChange, lang: str) -> TableChange:
    """A TableChange with its row and column names in the workbook's words for ``lang``."""
    from clusterdesk.mapping.roles import OUTCOME_SHORT
    from clusterdesk.report.labels import column_label, row_label, t

    def column(key: str, label: str) -> str:
        if table.key == "innovation_by_region" and key in OUTCOME_SHORT:
            text = t(lang, "short." + key)
            return text[:1].upper() + text[1:]
        return column_label(table.key, key, label, lang)

    rows = [replace(r, label=row_label(table.key, r.key, r.kind, r.label, lang))
            for r in table.rows]
    labels = [column(k, label) for k, label in zip(table.columns, table.column_labels,
                                                    strict=True)]
    return replace(table, rows=rows, column_labels=labels)


def models_in(model: ModelChange, lang: str) -> ModelChange:
    """A ModelChange with its outcome and terms named as the Regression tab names them."""
    from clusterdesk.gui.localized import _term_label
    from clusterdesk.report.labels import t

    if lang == "en":
        return model
    return replace(model, outcome_label=t(lang, model.outcome, default=model.outcome_label),
                   terms=[replace(term, label=_term_label(term, lang)) for term in model.terms])


def _sentence_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    return label


class ChangeView(QWidget):
    """One compared share table (T2-T5), or Table 6's models with ``models=True``."""

    message = Signal(str)

    def __init__(self, models: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = _sentence_label()
        self.model: ModelChangeModel | ChangeModel = (ModelChangeModel(self) if models
                                                      else ChangeModel(self))
        self.view = CopyTableView()
        self.view.setModel(self.model)
        self.view.message.connect(self.message)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = None if models else ChartWidget()
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.sentence)
        tl.addWidget(self.view, 1)
        tl.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.chart is not None:
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(top)
            split.addWidget(self.chart)
            split.setChildrenCollapsible(False)
            split.setSizes([300, 300])
            layout.addWidget(split)
        else:
            layout.addWidget(top)

    def set_change(self, table: TableChange, comparison: Comparison) -> None:
        """Show ``table`` (a TableChange of ``comparison``) in the interface language."""
        from clusterdesk.report.compare_sentences import sentence

        lang = i18n.current()
        shown = change_in(table, lang)
        self.model.set_change(shown, comparison.base_label, comparison.later_label)
        self.sentence.setText(sentence(table, lang, comparison.base_label))
        self._notes(list(table.notes) + list(comparison.notes))
        self._fit()

        def build(size: tuple[float, float], title: str | None = None) -> Figure:
            from clusterdesk.gui.localized import figure_in
            from clusterdesk.report.charts import change_chart

            return figure_in(change_chart(shown, size=size, title=title), lang)

        self.chart.set_builder(lambda size: build(size), lambda size: build(
            size, self.tr("{later} compared with {base}").format(
                later=comparison.later_label, base=comparison.base_label)))

    def set_models(self, models: list[ModelChange], comparison: Comparison) -> None:
        models = [models_in(m, i18n.current()) for m in models]
        self.model.set_models(models, comparison.base_label, comparison.later_label)
        self.sentence.setText(self.tr(
            "Each coefficient of {later} against {base}, with the same controls in both "
            "waves: the difference, z = difference / √(se₁² + se₂²) and its two-sided "
            "p.").format(later=comparison.later_label, base=comparison.base_label))
        notes = [n for m in models for n in m.notes] + list(comparison.notes)
        self._notes(notes)
        self._fit()

    def _notes(self, notes: list[str]) -> None:
        """The engine's notes in the interface language (plain text stays as it is)."""
        from clusterdesk.analysis.notes import render

        lang = i18n.current()
        notes = [render(n, lang) for n in notes]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _fit(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for c in range(header.count()):
            header.resizeSection(c, min(max(header.sectionSize(c), 70), 320))


class ChangeToggle(QWidget):
    """A tab's "Show change since <earlier wave>" switch, with the change view it shows in place
    of the table and chart; the switch's row is hidden until a comparison exists."""

    renameRequested = Signal()

    def __init__(self, models: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        i18n.explain(self.check, self.tr("Show this table's change since the earlier wave: "
                                         "both waves, the change with its 95 % interval and p, "
                                         "and a chart of the changes."))
        self.rename = QPushButton(self.tr("Wave names…"))
        i18n.explain(self.rename, self.tr("Name the two waves (for example 2023 and 2025); "
                                          "the tables, charts and workbook use the names."))
        self.rename.clicked.connect(self.renameRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addStretch(1)
        row.addWidget(self.rename)
        self.view = ChangeView(models=models)
        self.view.message.connect(parent.message)
        self.check.toggled.connect(self._toggled)
        self.stack = QStackedWidget()
        self.setVisible(False)

    def stack_over(self, page: QWidget, title: QLabel) -> QWidget:
        """The switch's row above the tab's own content or the change view, one at a time."""
        self.stack.addWidget(page)
        self.stack.addWidget(self.view)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        layout.addWidget(self.stack, 1)
        return holder

    def set_change(self, change: TableChange | list[ModelChange] | None,
                   comparison: Comparison | None) -> None:
        """``change``: the tab's TableChange or Table 6's model list; None: no comparison."""
        has = comparison is not None and change is not None and (
            bool(change) if isinstance(change, list) else True)
        self.setVisible(has)
        if not has:
            self.check.setChecked(False)
            return
        self.check.setText(self.tr("Show change since {label}").format(
            label=comparison.base_label))
        if isinstance(change, list):
            self.view.set_models(change, comparison)
        else:
            self.view.set_change(change, comparison)

    def _toggled(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
