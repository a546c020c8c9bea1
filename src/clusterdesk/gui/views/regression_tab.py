"""Table 6's tab: a scale switch (coefficients, odds ratios, marginal effects), the table of
models and their coefficient plot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from clusterdesk.analysis.results import RegressionResult
from clusterdesk.gui import i18n
from clusterdesk.gui.charts import ChartWidget
from clusterdesk.gui.views.change_view import ChangeToggle
from clusterdesk.gui.views.regression_model import SCALES, RegressionModel
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


class RegressionTab(QWidget):
    """Table 6 with a scale switch (coefficients, odds ratios, marginal effects) and its plot."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title_label()
        self.scale = QComboBox()
        for key, name in SCALES.items():
            self.scale.addItem(QCoreApplication.translate("RegressionModel", name), key)
        i18n.explain(self.scale, self.tr("Coefficients as in the paper, odds ratios (logit "
                                         "only) or average marginal effects in percentage "
                                         "points."))
        self.model = RegressionModel(parent=self)
        self.view = CopyTableView()
        self.view.setModel(self.model)
        self.view.message.connect(self.message)
        self.notes = notes_label()
        self.chart = ChartWidget()
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Show")))
        tools.addWidget(self.scale)
        tools.addStretch(1)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.title)
        tl.addLayout(tools)
        tl.addWidget(self.view, 1)
        tl.addWidget(self.notes)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.chart)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        self.change = ChangeToggle(models=True, parent=self)
        layout.addWidget(self.change.stack_over(split, self.title))
        self.splitter = split
        self.scale.currentIndexChanged.connect(lambda _: self._rescale())
        self._reg: RegressionResult | None = None

    def set_regression(self, reg: RegressionResult | None) -> None:
        self._reg = reg
        self.model.set_regression(reg)
        self.title.setText(reg.title if reg is not None else "")
        self._rescale()

    def _rescale(self) -> None:
        scale = self.scale.currentData()
        self.model.set_scale(scale)
        reg = self._reg
        self.view.clearSpans()
        rows = self.model.estimate_rows()
        if reg is not None and rows > 1:
            for c in range(self.model.columnCount()):
                if self.model.message(c) is not None:
                    self.view.setSpan(0, c, rows, 1)
        notes = list(reg.notes) if reg is not None else []
        if reg is not None:
            notes += [f"{m.outcome_label}: {' '.join(m.notes)}" for m in reg.models if m.notes]
        what = {"coef": self.tr("Standard errors in parentheses."),
                "odds_ratio": self.tr("Odds ratios with the p of the coefficient in brackets."),
                "ame": self.tr("Average marginal effects in percentage points; delta-method "
                               "standard errors in parentheses.")}[scale]
        notes.append(f"{what} {star_note()}")
        self.notes.setText("\n".join(notes))
        fit_columns(self.view, 190)
        fit_height(self.view, self.splitter, 0.72)
        if reg is None:
            self.chart.set_builder(None)
            return

        def build(size: tuple[float, float], title: bool = True) -> Figure:
            from clusterdesk.report.charts import coefficient_plot

            fig = i18n_figure(coefficient_plot(reg, scale=scale, size=size))
            if not title:  # the tab shows the title above the table
                fig.axes[0].set_title("", loc="left")
            return fig

        self.chart.set_builder(lambda size: build(size, False), build)
