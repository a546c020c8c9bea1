"""Native Excel bar charts that reference the table's cells, so the analyst can restyle them in
Excel, with the 95 % intervals as error bars.

openpyxl writes an error bar's custom values minus first, an order the chart schema (and so
Excel) rejects: ``_ErrorBars`` writes plus first. The bar lengths (the distances from each share
to its bounds) sit on one hidden sheet: a chart cannot subtract cells, and LibreOffice draws
custom error bars only from cells, not from values written into the chart.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from clusterdesk.report.excel_layout import SheetPlan
from clusterdesk.report.excel_safe import clean_text

Bars = list[tuple[float, float]]  # per category: (down, up) distance to the interval's bounds


def interval_bars(values: list, lows: list | None, highs: list | None) -> Bars | None:
    """(down, up) error-bar lengths of one series; None when it has no interval at all."""
    if not lows or not highs or all(lo is None for lo in lows):
        return None
    return [(0.0, 0.0) if v is None or lo is None or hi is None else (v - lo, hi - v)
            for v, lo, hi in zip(values, lows, highs, strict=True)]


@dataclass
class ChartValues:
    """The hidden sheet of error-bar lengths shared by every chart of a workbook."""

    sheet: str
    rows: list[list[float]] = field(default_factory=list)

    def ref(self, values: list[float]) -> str:
        """Store one row of values; the formula that references them."""
        from openpyxl.utils import get_column_letter, quote_sheetname

        self.rows.append([round(v, 12) for v in values])
        r = len(self.rows)
        return f"{quote_sheetname(self.sheet)}!$A${r}:${get_column_letter(len(values))}${r}"

    def write(self, wb) -> None:
        """Append the sheet (hidden) when some chart has intervals."""
        if not self.rows:
            return
        ws = wb.create_sheet(self.sheet)
        ws.sheet_state = "hidden"
        for row in self.rows:
            ws.append(row)


def _error_bars(bars: Bars, store: ChartValues, direction: str | None = "y"):
    """Custom y error bars with plus written before minus, as the schema orders them."""
    from openpyxl.chart.data_source import NumDataSource, NumRef
    from openpyxl.chart.error_bar import ErrorBars

    class _ErrorBars(ErrorBars):
        # openpyxl's metaclass derives these from the class body: keep the parent's
        __attrs__ = ErrorBars.__attrs__
        __nested__ = ErrorBars.__nested__
        __elements__ = ("errDir", "errBarType", "errValType", "noEndCap", "plus", "minus", "val",
                        "spPr")

    def cells(lengths: list[float]) -> NumDataSource:
        return NumDataSource(numRef=NumRef(f=store.ref(lengths)))

    return _ErrorBars(errDir=direction, errBarType="both", errValType="cust", noEndCap=False,
                      plus=cells([up for _, up in bars]), minus=cells([down for down, _ in bars]))


CHAR_CM = 0.19  # a generous average character width of a 9-10 pt chart label


def fits_under_columns(labels: list[str], width_cm: float) -> bool:
    """Whether every label fits, wrapped between words in at most two lines, under its group of
    columns in a chart ``width_cm`` wide (the plot takes about 80 % of it)."""
    if not labels:
        return True
    chars = int(width_cm * 0.8 / len(labels) / CHAR_CM)
    words = [w for text in labels for w in str(text).split()]
    if any(len(w) > chars for w in words):
        return False
    return all(len(textwrap.wrap(str(text), chars, break_long_words=False)) <= 2
               for text in labels)


def add_bar_chart(plan: SheetPlan, anchor_row: int, rows: list[int], series_cols: list[int],
                  titles: list[str], y_title: str,
                  height_cm: float = 8.0, bars: list[Bars | None] | None = None,
                  categories: list[str] | None = None) -> None:
    """A clustered column chart of the cells at (rows x series_cols), categories from column A,
    anchored below the table so it never covers a number; ``bars``: each series' intervals.
    Categories (``categories``: their texts) too long to sit under their columns turn the chart
    into horizontal bars, where each label has the width of the plot beside it."""
    width_cm = 16.0 if len(rows) * len(series_cols) <= 24 else 24.0
    horizontal = not fits_under_columns(categories or [], width_cm)
    if horizontal:
        height_cm = max(height_cm, 1.2 + 0.9 * len(rows) * max(1, len(series_cols) / 3))

    def build(ws, store: ChartValues) -> None:
        from openpyxl.chart import BarChart, Reference, Series

        chart = BarChart()
        chart.type = "bar" if horizontal else "col"
        if horizontal:  # first row on top, as in the table, with the value axis kept below
            chart.x_axis.scaling.orientation = "maxMin"
            chart.y_axis.crosses = "max"
        chart.grouping = "clustered"
        chart.y_axis.title = clean_text(y_title)[0]
        chart.y_axis.scaling.min = 0
        chart.y_axis.majorGridlines = None
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.legend.position = "b"
        chart.width, chart.height = width_cm, height_cm
        cats = Reference(ws, min_col=1, min_row=rows[0], max_row=rows[-1])
        for i, (col, title) in enumerate(zip(series_cols, titles, strict=True)):
            values = Reference(ws, min_col=col, min_row=rows[0], max_row=rows[-1])
            series = Series(values, title=clean_text(title)[0])
            if bars and bars[i]:
                series.errBars = _error_bars(bars[i], store, None if horizontal else "y")
            chart.series.append(series)
        chart.set_categories(cats)
        ws.add_chart(chart, f"A{anchor_row}")

    if rows != list(range(rows[0], rows[-1] + 1)):
        raise ValueError("chart rows must be contiguous")
    plan.charts.append(build)
    plan.chart_at = (anchor_row, height_cm)
