"""One tab per results table: title, N, the table in the paper's layout, notes, and a chart
(Table 6's tab: regression_tab.py; what the tabs share: tab_layout.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.results import ResultTable
from clusterdesk.gui import i18n
from clusterdesk.gui.charts import ChartWidget
from clusterdesk.gui.views.change_view import ChangeToggle
from clusterdesk.gui.views.regression_tab import RegressionTab
from clusterdesk.gui.views.result_model import SMALL_NOTE, ResultTableModel
from clusterdesk.gui.views.tab_layout import (
    fit_columns,
    fit_height,
    i18n_figure,
    notes_label,
    star_note,
    title_label,
)
from clusterdesk.gui.views.table_view import CopyTableView

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtGui import QShowEvent

__all__ = ["RegressionTab", "SampleTab", "TableTab"]


class TableTab(QWidget):
    """A share table (T2-T5): intervals toggle, error-bars toggle, table, notes, bar chart."""

    message = Signal(str)

    def __init__(self, chart: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title_label()
        self.n_label = QLabel()
        self.intervals = QCheckBox(self.tr("Show 95 % intervals"))
        i18n.explain(self.intervals, self.tr("Show each share's 95 % Wilson confidence interval "
                                             "in brackets after it."))
        self.intervals.setChecked(True)
        self.error_bars = QCheckBox(self.tr("Error bars on chart"))
        i18n.explain(self.error_bars, self.tr("Draw the 95 % intervals as error bars on the "
                                              "chart."))
        self.error_bars.setChecked(True)
        self.model = ResultTableModel(parent=self)
        self.view = CopyTableView()
        self.view.setModel(self.model)
        self.view.message.connect(self.message)
        self.notes = notes_label()
        self.chart = ChartWidget() if chart else None
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.n_label)
        self.tools.addStretch(1)
        self.tools.addWidget(self.intervals)
        if chart:
            self.tools.addWidget(self.error_bars)
        else:
            self.error_bars.hide()
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.title)
        tl.addLayout(self.tools)
        tl.addWidget(self.view, 1)
        tl.addWidget(self.notes)
        tl.addStretch(0)
        layout = QVBoxLayout(self)
        self.change = ChangeToggle(models=False, parent=self)
        if chart:
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(top)
            split.addWidget(self.chart)
            split.setStretchFactor(0, 1)
            split.setStretchFactor(1, 1)
            split.setChildrenCollapsible(False)
            self.splitter = split
            layout.addWidget(self.change.stack_over(split, self.title))
        else:
            layout.addWidget(top)
        self.intervals.toggled.connect(self._intervals)
        self.error_bars.toggled.connect(lambda _: self._chart())
        self._table: ResultTable | None = None
        self._settings_at = 1  # the tab's own setting controls follow the N

    def add_setting(self, label: str, widget: QWidget) -> None:
        """A setting control of this table in the tool row (bound by the workspace)."""
        self.tools.insertWidget(self._settings_at, QLabel(label))
        self.tools.insertWidget(self._settings_at + 1, widget)
        self._settings_at += 2

    def set_table(self, table: ResultTable | None, n: int | None = None) -> None:
        self._table = table
        self.model.set_table(table)
        self.title.setText(table.title if table is not None else "")
        self.n_label.setText(self.tr("N = {n} firms").format(n=f"{n:,}".replace(",", " "))
                             if n is not None else "")
        self.intervals.setVisible(self.model.has_intervals())
        notes = list(table.notes) if table is not None else []
        if table is not None and table.tests:
            notes.append(self.tr("Test p: {note}").format(note=star_note()))
        if self.model.has_small_counts:
            notes.append(QCoreApplication.translate("ResultTableModel", SMALL_NOTE))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        fit_columns(self.view)
        if self.chart is not None:
            fit_height(self.view, self.splitter, 0.5)
        self.n_label.setVisible(n is not None)
        self._chart()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Tables filled while hidden get their height once the splitter has a size."""
        super().showEvent(event)
        if self.chart is not None and self._table is not None:
            fit_height(self.view, self.splitter, 0.5)

    def _intervals(self, on: bool) -> None:
        self.model.set_show_ci(on)
        fit_columns(self.view)

    def _chart(self) -> None:
        if self.chart is None:
            return
        table, bars = self._table, self.error_bars.isChecked()
        if table is None:
            self.chart.set_builder(None)
            return

        def build(size: tuple[float, float], title: str | None = None) -> Figure:
            from clusterdesk.report.charts import bar_chart

            return i18n_figure(bar_chart(table, error_bars=bars, size=size, title=title))

        self.chart.set_builder(lambda size: build(size, ""), build)  # the tab shows the title


class SampleTab(QWidget):
    """Table 1: categories (counts and %) above numbers (N, mean, median, SD, min, max)."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories = TableTab(chart=False)
        self.numbers = TableTab(chart=False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.categories)
        split.addWidget(self.numbers)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        for tab in (self.categories, self.numbers):
            tab.message.connect(self.message)

    def set_tables(self, categories: ResultTable | None, numbers: ResultTable | None,
                   n: int | None = None) -> None:
        self.categories.set_table(categories, n)
        self.numbers.set_table(numbers)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        view = self.numbers.view  # the short table as high as its rows, the long one the rest
        view.setMaximumHeight(sum(view.rowHeight(r) for r in range(view.model().rowCount()))
                              + view.horizontalHeader().sizeHint().height()
                              + 2 * view.frameWidth() + 4)
        total = sum(self.splitter.sizes())
        want = self.numbers.sizeHint().height()
        if total > want:
            self.splitter.setSizes([total - want, want])
