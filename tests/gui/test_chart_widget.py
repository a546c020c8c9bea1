"""A chart is drawn once it is shown, at the size its tab gives it: a tab whose own show event
resizes the chart (as fit_height does) gets one drawing at the final size, not one at the old
size and another after the resize pause."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure
from PySide6.QtWidgets import QWidget

from clusterdesk.gui.charts import RESIZE_MS, ChartWidget
from clusterdesk.report.charts import DPI


class _Tab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.resize(500, 320)
        self.chart = ChartWidget(self)
        self.chart.setGeometry(0, 0, 300, 220)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)  # after the chart's own show event
        self.chart.resize(420, 260)


def test_a_chart_is_drawn_once_at_the_size_its_tab_gives_it_on_showing(qtbot):
    sizes = []

    def builder(inches: tuple[float, float]) -> Figure:
        sizes.append(inches)
        fig = Figure(figsize=inches)
        fig.add_subplot().bar([1, 2], [3, 4])
        return fig

    tab = _Tab()
    qtbot.addWidget(tab)
    tab.chart.set_builder(builder)
    assert sizes == [] and not tab.chart.ready  # hidden: nothing drawn yet
    with qtbot.waitSignal(tab.chart.rendered, timeout=30_000):
        tab.show()
    qtbot.wait(RESIZE_MS + 300)  # a second drawing would start after the resize pause
    tab.chart.wait()
    ratio = tab.chart.devicePixelRatioF()
    assert sizes == [pytest.approx((int(420 * ratio) / DPI, int(260 * ratio) / DPI))]
    assert tab.chart.ready
