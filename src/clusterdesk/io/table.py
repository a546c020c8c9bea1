"""The plain data that io hands upwards: cells as the file holds them, plus what was odd."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported where data is read, not at start-up
    import pandas as pd


@dataclass
class SheetInfo:
    """One sheet of a workbook; CSV and SPSS files have a single sheet named after the file."""

    name: str
    index: int
    hidden: bool = False
    rows: int | None = None
    columns: int | None = None


@dataclass
class ImportReport:
    """What the reader saw: sizes, what it dropped or converted, and warnings in plain words."""

    rows_read: int = 0
    columns: int = 0
    blank_rows_dropped: int = 0
    header_row: int | None = None  # 1-based, as the analyst counts rows
    header_rows: int = 1
    file_format: str = ""
    encoding: str | None = None
    delimiter: str | None = None
    decimal_comma: bool = False
    warnings: list[str] = field(default_factory=list)
    error_cells: int = 0  # spreadsheet error values (#N/A, #DIV/0! ...) read as missing
    contained: bool = False  # read in the guarded child process (see io/contain.py)
    # SPSS/Stata value labels: column -> label as shown -> its code; the codes' order is the
    # questionnaire's order of the answers (the assistant orders ordinal answers by it)
    value_codes: dict[str, dict[str, float]] = field(default_factory=dict)


@dataclass
class RawTable:
    """Survey cells as read, one column per header, values as the file holds them.

    ``data`` has object or numeric columns named exactly as ``columns``; SPSS value labels are
    already applied. ``labels`` holds variable labels (SPSS) or the full question text where the
    file has one, for the mapping assistant. ``grid`` is the first rows of the sheet before the
    header was applied (for previews and header detection), as lists of cells.
    """

    path: Path
    columns: list[str]
    data: pd.DataFrame
    report: ImportReport
    sheet: str | int = 0
    sheets: list[SheetInfo] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    grid: list[list[object]] = field(default_factory=list)
    # 1-based row of each data row in the file (sheet row; record number in text files; case
    # number in SPSS); survives dropped blank rows
    file_rows: Any = None
    # the first rows as read (GRID_ROWS), header and title rows included: the wizard's preview
    preview: list[list[object]] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return len(self.data)
