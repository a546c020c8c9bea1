"""Native Excel bar charts that reference the table's cells, so the analyst can restyle them in
Excel.

No error bars: openpyxl writes custom error values in an element order Excel's schema rejects
(minus before plus), and LibreOffice ignores them, so they could not be checked here.
"""

from __future__ import annotations

from clusterdesk.report.excel_layout import SheetPlan
from clusterdesk.report.excel_safe import clean_text


def add_bar_chart(plan: SheetPlan, anchor_row: int, rows: list[int], series_cols: list[int],
                  titles: list[str], y_title: str,
                  height_cm: float = 8.0) -> None:
    """A clustered column chart of the cells at (rows x series_cols), categories from column A,
    anchored below the table so it never covers a number."""
    width_cm = 16.0 if len(rows) * len(series_cols) <= 24 else 24.0

    def build(ws) -> None:
        from openpyxl.chart import BarChart, Reference, Series

        chart = BarChart()
        chart.type = "col"
        chart.grouping = "clustered"
        chart.y_axis.title = clean_text(y_title)[0]
        chart.y_axis.scaling.min = 0
        chart.y_axis.majorGridlines = None
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.legend.position = "b"
        chart.width, chart.height = width_cm, height_cm
        cats = Reference(ws, min_col=1, min_row=rows[0], max_row=rows[-1])
        for col, title in zip(series_cols, titles, strict=True):
            values = Reference(ws, min_col=col, min_row=rows[0], max_row=rows[-1])
            chart.series.append(Series(values, title=clean_text(title)[0]))
        chart.set_categories(cats)
        ws.add_chart(chart, f"A{anchor_row}")

    if rows != list(range(rows[0], rows[-1] + 1)):
        raise ValueError("chart rows must be contiguous")
    plan.charts.append(build)
    plan.chart_at = (anchor_row, height_cm)
