"""A sheet planned in memory, then streamed: fitted widths, publication rules and print set-up.

The workbook is written in openpyxl's write-only mode (the coded-data sheet can hold millions of
cells), which needs every width and height before the first row. So each table sheet is first laid
out as a SheetPlan of styled cells, measured, and only then written row by row (excel_stream.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from clusterdesk.report.excel_safe import clean_text, is_risky, plain_number


@dataclass(frozen=True)
class Style:
    bold: bool = False
    italic: bool = False
    size: float = 10
    color: str | None = None
    fmt: str | None = None
    align: str | None = None  # left | right | center
    valign: str | None = None
    wrap: bool = False
    indent: int = 0
    top: str | None = None  # border side: thin | medium
    bottom: str | None = None
    quote: bool = False  # quotePrefix: Excel keeps the cell text when it is edited


@dataclass
class CellSpec:
    value: object
    style: Style = Style()
    fit: bool = True  # counts for the column width (titles and notes span columns instead)


@dataclass
class SheetPlan:
    name: str
    cells: dict[tuple[int, int], CellSpec] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    heights: dict[int, float] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    min_widths: dict[int, float] = field(default_factory=dict)
    outline_cols: set[int] = field(default_factory=set)
    freeze: str | None = None
    print_rows: tuple[int, int] | None = None
    landscape: bool | None = None  # None = decide from the width
    charts: list[Callable[[object], None]] = field(default_factory=list)
    truncated: bool = False
    wrapped: list[tuple[int, int, int]] = field(default_factory=list)  # (row, first, last col)
    chart_at: tuple[int, float] | None = None  # (anchor row, height in cm) of a chart below
    breaks: list[int] = field(default_factory=list)  # a new printed page starts after each row

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)

    @property
    def max_col(self) -> int:
        return max((c for _, c in self.cells), default=0)

    def _keep_rules(self, row: int, col: int, style: Style) -> Style:
        """A rule drawn before the cell was filled stays (the order of drawing never matters)."""
        old = self.cells.get((row, col))
        if old is None or not (old.style.top or old.style.bottom):
            return style
        return Style(**{**style.__dict__, "top": style.top or old.style.top,
                        "bottom": style.bottom or old.style.bottom})

    def num(self, row: int, col: int, value: object, style: Style = Style()) -> None:
        """A number cell (None/NaN leave the cell empty but keep its borders)."""
        self.cells[(row, col)] = CellSpec(plain_number(value), self._keep_rules(row, col, style))

    def text(self, row: int, col: int, value: object, style: Style = Style(),
             fit: bool = True) -> None:
        """A text cell made inert: cleaned, cut to Excel's limit, never a formula."""
        style = self._keep_rules(row, col, style)
        if value is None:
            self.cells[(row, col)] = CellSpec(None, style, fit)
            return
        s, cut = clean_text(str(value))
        self.truncated |= cut
        if is_risky(s):
            style = Style(**{**style.__dict__, "quote": True})
        self.cells[(row, col)] = CellSpec(s, style, fit)

    def span(self, row: int, col: int, last_col: int, value: object, style: Style = Style(),
             wrap_height: bool = False) -> None:
        """Text across columns col..last_col (merged); wrapped notes get a fitted height later."""
        self.text(row, col, value, style, fit=False)
        for c in range(col + 1, last_col + 1):
            self.cells.setdefault((row, c), CellSpec(None, Style(top=style.top,
                                                                 bottom=style.bottom)))
        if last_col > col:
            self.merges.append((row, col, row, last_col))
        if wrap_height:
            self.wrapped.append((row, col, last_col))

    def rule(self, row: int, first: int, last: int, side: str, weight: str = "thin") -> None:
        """A horizontal publication rule over a row's cells (empty cells get one too)."""
        for c in range(first, last + 1):
            spec = self.cells.get((row, c)) or CellSpec(None)
            spec.style = Style(**{**spec.style.__dict__, side: weight})
            self.cells[(row, c)] = spec

    def finish(self) -> None:
        """Fit column widths to their contents, then the heights of wrapped spans."""
        lengths: dict[int, list[float]] = {}  # one pass: a table may have thousands of columns
        for (_, c), s in self.cells.items():
            if s.fit and s.value is not None:
                lengths.setdefault(c, []).append(display_len(s.value, s.style.fmt))
        for c in range(1, self.max_col + 1):
            width = max(lengths.get(c, ()), default=6) * 1.1 + 2
            self.widths[c] = round(max(min(width, 60), self.min_widths.get(c, 6)), 1)
        for row, col, last in self.wrapped:
            text = str(self.cells[(row, col)].value or "")
            size = self.cells[(row, col)].style.size
            chars = sum(self.widths.get(c, 8) for c in range(col, last + 1)) * 1.1 * 10 / size
            lines = sum(max(1, math.ceil(len(part) / max(chars, 10))) for part in text.split("\n"))
            self.heights[row] = min(13.5 * lines + 2, MAX_ROW_HEIGHT)

    @property
    def total_width(self) -> float:
        return sum(self.widths.values())

    def chart_needs_new_page(self, landscape: bool) -> bool:
        """Would the chart below the table run over the first printed page? (fit to width, A4,
        Excel's default margins; estimated from widths and row heights in points)."""
        if self.chart_at is None:
            return False
        anchor, height_cm = self.chart_at
        width_pt = sum(0.75 * (7 * w + 5) for w in self.widths.values())
        page_w, page_h = (770.0, 480.0) if landscape else (523.0, 725.0)
        scale = min(1.0, page_w / max(width_pt, 1.0))
        above = sum(self.heights.get(r, 15.0) for r in range(1, anchor))
        return (above + height_cm * 28.35 + 10) * scale > page_h


MAX_ROW_HEIGHT = 409.0  # points: Excel's limit for one row
_LITERAL = re.compile(r'"([^"]*)"')


def display_len(value: object, fmt: str | None) -> int:
    """About how many characters a cell shows, so widths fit and Excel never shows '####'."""
    if isinstance(value, str):
        return max((len(line) for line in value.split("\n")), default=0)
    if not isinstance(value, int | float):
        return len(str(value))
    fmt = fmt or "General"
    if ";" in fmt:  # conditional format: measure the widest section
        return max(display_len(value, part.split("]")[-1]) for part in fmt.split(";"))
    literals = "".join(_LITERAL.findall(fmt))
    body = _LITERAL.sub("", fmt)
    pads = body.count("_")
    decimals = len(body.split(".")[1].rstrip("_*)% ")) if "." in body else 0
    number = f"{value:,.{decimals}f}" if "," in body else f"{value:.{decimals}f}"
    if fmt == "General":
        number = f"{value:.10g}"
    return len(number) + len(literals) + pads
