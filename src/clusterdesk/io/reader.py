"""read / list_sheets / read_grid: one entry point for every survey export.

The format comes from the file's content (detect.py); each format module yields cells, and the
header rule of spec section 4 and the data-problem report (frame.py) are applied the same way to
all of them. Source files are only ever read.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io import detect as _detect
from clusterdesk.io.header import blank, detect_header
from clusterdesk.io.limits import DEFAULT_LIMITS, Limits
from clusterdesk.io.names import shown, size_text
from clusterdesk.io.table import ImportReport, RawTable, SheetInfo
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import count, translate

GRID_ROWS = 60


def _open(path) -> tuple[Path, str]:
    path = Path(path)
    if not path.exists():
        raise UserError(translate("io", "The survey file {file} does not exist. Check the name "
                                  "and the folder, or choose the file again.").format(
            file=shown(path)))
    if path.is_dir():
        raise UserError(translate("io", "{file} is a folder, not a survey file. Choose the file "
                                  "inside.").format(file=shown(path)))
    if not path.is_file():  # a pipe or a device would block or never end
        raise UserError(translate("io", "{file} is not an ordinary file (it may be a pipe or a "
                                  "device). Save the survey as a file and choose that.").format(
            file=shown(path)))
    with _os_errors(path):
        kind = _detect.require_readable(path)
    return path, kind


@contextmanager
def _os_errors(path: Path):
    """Operating-system failures while reading (permissions, a vanished network drive) as
    messages; the reader's own UserErrors pass through unchanged."""
    try:
        yield
    except PermissionError as exc:
        raise UserError(translate("io", "ClusterDesk may not read {file} (permission denied). "
                                  "Copy the file to your own folder or ask for access.").format(
            file=shown(path))) from exc
    except OSError as exc:
        raise UserError(translate("io", "ClusterDesk could not read {file}: {error}. Check that "
                                  "the file is still there (and the drive connected), then try "
                                  "again.").format(file=shown(path),
                                                   error=exc.strerror or exc)) from exc


def list_sheets(path, limits: Limits | None = None) -> list[SheetInfo]:
    """The sheets of a workbook (hidden ones marked); one pseudo-sheet for text and SPSS files."""
    from clusterdesk.io import excel

    path, kind = _open(path)
    limits = limits or DEFAULT_LIMITS
    if kind in _detect.WORKBOOK_FORMATS:
        with _os_errors(path):
            return excel.list_sheets(path, kind, limits)
    return [SheetInfo(name=path.stem, index=0)]


def read_grid(path, sheet=None, max_rows: int = GRID_ROWS, encoding=None, delimiter=None,
              limits: Limits | None = None) -> list[list[object]]:
    """The first ``max_rows`` rows of a sheet as lists of cells, before any header is applied."""
    import numpy as np

    path, kind = _open(path)
    limits = limits or DEFAULT_LIMITS
    with _os_errors(path):
        rows, _report, _sheets, _sheet, _labels = _cells(
            path, kind, sheet, encoding, delimiter, limits, ImportReport(), nrows=max_rows)
    if kind in _detect.STATS_FORMATS:
        return [list(rows.columns)] + _rows_of(rows.head(max_rows - 1))
    from clusterdesk.io.frame import ColumnCells

    if not isinstance(rows, np.ndarray | ColumnCells):
        return _rows_of(rows.head(max_rows))
    return [[None if c == "" else c for c in r] for r in rows[:max_rows].tolist()]


def _rows_of(frame) -> list[list[object]]:
    """DataFrame rows as lists with None for missing cells."""
    import pandas as pd

    return [[None if (not isinstance(c, (list, tuple)) and pd.isna(c)) else c for c in row]
            for row in frame.astype(object).values.tolist()]


def read(path, sheet=None, header_row: int | None = None, header_rows: int = 1,
         encoding=None, delimiter=None, limits: Limits | None = None, guess_header=None,
         task: Task = IDLE) -> RawTable:
    """Read a survey file into a RawTable.

    ``sheet``: name or 0-based index; None = the first visible sheet. ``header_row`` is 1-based
    as the analyst counts rows; None = detect. Text and SPSS files ignore ``sheet``; SPSS/Stata
    files ignore the header arguments (columns are the variable names). ``task`` reports progress
    and stops the reading with Cancelled.
    ``guess_header(grid)``, when the header is to be detected, may give (header_row, header_rows)
    from the first rows (the assistant knows survey tools' extra rows); None: detect here. With
    it one read serves both the guess and the table (a workbook's sheet is loaded whole either
    way: reading its first rows first cost a second full read).
    """
    import numpy as np

    from clusterdesk.io import frame as _frame

    step = task.step
    step(0.0, translate("io", "Opening {name}").format(name=Path(path).name))
    path, kind = _open(path)
    limits = limits or DEFAULT_LIMITS
    if header_rows is None or int(header_rows) < 1:
        header_rows = 1
    if header_row is not None and int(header_row) < 1:
        raise UserError(translate("io", "The header row of {file} must be 1 or more (rows are "
                                  "counted from 1), not {row}.").format(file=shown(path),
                                                                        row=header_row))
    header_row = None if header_row is None else int(header_row)
    step(0.05, translate("io", "Reading {name}").format(name=path.name))
    report = ImportReport(file_format=kind)
    note = _detect.extension_warning(path, kind)
    if note:
        report.warnings.append(note)
    with _os_errors(path):
        cells, report, sheets, sheet_name, labels = _cells(
            path, kind, sheet, encoding, delimiter, limits, report, task=task)
    step(0.75, translate("io", "Arranging the columns"))
    if kind in _detect.STATS_FORMATS:
        data = cells
        names = list(data.columns)
        report.header_row, report.header_rows = None, 0
        grid = [names] + _rows_of(data.head(GRID_ROWS - 1))
        preview = grid
        file_rows = np.arange(1, len(data) + 1)
    else:
        if isinstance(cells, np.ndarray | _frame.ColumnCells):
            grid = [[None if c == "" else c for c in r] for r in cells[:GRID_ROWS].tolist()]
        else:
            grid = _rows_of(cells.head(GRID_ROWS))
        guessed = guess_header(grid) if header_row is None and guess_header else None
        if guessed is not None:
            header_row, header_rows = guessed
        elif header_row is None:
            found_row, found_rows = detect_header(grid)
            header_row, header_rows = found_row, max(int(header_rows), found_rows)
            if header_row > 1:
                report.warnings.append(translate(
                    "io", "The header was found on row {row}; the rows above it were skipped as "
                    "titles.").format(row=header_row))
        report.header_row, report.header_rows = int(header_row), int(header_rows)
        start = header_row - 1 + header_rows
        if isinstance(cells, np.ndarray | _frame.ColumnCells):
            header = cells[header_row - 1:start].tolist()
            names, data, kept = _frame.build(header, cells[start:], report,
                                             numbers_as_text=True, error_text=False, task=task)
        else:
            header = _rows_of(cells.iloc[header_row - 1:start])
            names, data, kept = _frame.build(header, cells.iloc[start:], report,
                                             numbers_as_text=False, task=task)
        if not any(not blank(c) for r in header for c in r):
            report.warnings.append(translate(
                "io", "Row {row} of {file} is empty, so the columns have no names. Choose the "
                "row that holds the questions.").format(row=header_row, file=shown(path)))
        preview = grid
        grid = grid[:header_row - 1] if header_row > 1 else grid[:0]
        file_rows = kept + (start + 1)
    file_rows = np.asarray(file_rows, dtype=np.int64)
    # 1-based row of each answer in the file, for messages: kept on the RawTable, not in
    # data.attrs, which pandas deep-copies on every column taken and every slice
    report.rows_read = len(data)
    report.columns = len(data.columns)
    if report.rows_read == 0:
        report.warnings.append(translate("io", "{file} has a header but no answers below "
                                         "it.").format(file=shown(path)))
    step(1.0, translate("io", "Read {n} rows", None, report.rows_read).format(
        n=count(report.rows_read)))
    return RawTable(path=path, columns=[str(c) for c in data.columns], data=data,
                    report=report, sheet=sheet_name, sheets=sheets, labels=labels, grid=grid,
                    file_rows=file_rows, preview=preview)


def _cells(path: Path, kind: str, sheet, encoding, delimiter, limits: Limits,
           report: ImportReport, nrows: int | None = None, task: Task = IDLE):
    """Cells of the chosen sheet: a list of rows (workbooks) or a DataFrame (text, SPSS)."""
    if kind in _detect.WORKBOOK_FORMATS:
        from clusterdesk.io import excel

        if path.stat().st_size > limits.max_file_bytes:
            raise UserError(translate(
                "io", "{file} is larger than the {limit} ClusterDesk reads. Export only the "
                "survey's own columns, or raise the limit in the settings.").format(
                    file=shown(path), limit=size_text(limits.max_file_bytes)))
        got = excel.read_rows(path, kind, sheet, nrows, limits, task=task)
        report.warnings.extend(got.warnings)
        report.contained = got.contained
        report.error_cells += got.error_cells or 0
        if got.error_cells:
            report.warnings.append(translate(
                "io", "{n} cell(s) hold spreadsheet errors (#N/A, #DIV/0! ...) and were read as "
                "missing.", None, got.error_cells).format(n=count(got.error_cells)))
        chosen = got.sheets[got.index]
        return got.cells, report, got.sheets, chosen.name, {}
    if kind in _detect.STATS_FORMATS:
        from clusterdesk.io.spss import read_stats

        data, labels = read_stats(path, kind, report, nrows=nrows, encoding=encoding,
                                  limits=limits, task=task)
        return data, report, [SheetInfo(name=path.stem, index=0)], path.stem, labels
    from clusterdesk.io.delimited import read_text

    frame = read_text(path, encoding, delimiter, report, limits, nrows=nrows, task=task)
    sheets = [SheetInfo(name=path.stem, index=0, rows=len(frame), columns=frame.shape[1])]
    return frame, report, sheets, path.stem, {}
