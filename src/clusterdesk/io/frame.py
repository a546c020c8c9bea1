"""Header + data cells -> the columns of a RawTable, with data problems counted, not hidden.

Cells stay as the file holds them (numbers as numbers, text as text); only blanks and spreadsheet
error values become missing. Work is column-wise in pandas, never cell by cell in Python, so that
100,000 rows stay quick.
"""

from __future__ import annotations

from collections import Counter

from clusterdesk.io.header import blank_names_warning, column_names
from clusterdesk.io.table import ImportReport
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import count, quote, translate

ERROR_VALUES = ("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#N/A!",
                "#GETTING_DATA", "#SPILL!", "#CALC!")
_SAMPLE = 2000
_ROWS_PER_CALL = 200_000  # cells per pandas call while the window waits on the reading thread
_COMMA_DECIMAL = r"\s*[+-]?\d+,\d+\s*%?\s*"
_BLANKS = ("", " ", "  ", "   ", "\t", "\u00a0", "\n", "\r\n")


class ColumnCells:
    """A sheet's cells as one 1-D object array per column, sliced by rows like a 2-D array.

    What the reading child sends becomes this, not a 2-D object array: allocating that for a
    large sheet is one long call in the thread the window waits on; a column at a time is short."""

    def __init__(self, columns: list) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    @property
    def shape(self) -> tuple[int, int]:
        return len(self), len(self.columns)

    def __getitem__(self, key):
        if isinstance(key, tuple):  # cells[:, j] or cells[rows, j]: one column
            rows, j = key
            return self.columns[j][rows]
        return ColumnCells([c[key] for c in self.columns])  # rows: views, no copy

    def tolist(self) -> list[list[object]]:
        """The rows as lists (for the few rows of a preview or a header)."""
        return [list(row) for row in zip(*(c.tolist() for c in self.columns), strict=True)]


def as_grid(rows, width: int = 0):
    """Rows (lists of cells) as a 2-D object array, ragged rows padded with None."""
    import numpy as np

    if not rows:
        return np.empty((0, width), dtype=object)
    arr = np.array(rows, dtype=object)
    if arr.ndim == 2:
        return arr
    width = max(width, max(len(r) for r in rows))
    arr = np.full((len(rows), width), None, dtype=object)
    for i, r in enumerate(rows):
        arr[i, :len(r)] = r
    return arr


def _data_columns(cells, width: int) -> list:
    """The data cells as one 1-D object array per column, ``width`` of them (None-padded).

    Column by column on purpose: one numpy or pandas call over every cell of a large survey
    freezes the window reading in a worker thread; a call per column stays short."""
    import numpy as np

    n = len(cells)
    if isinstance(cells, np.ndarray | ColumnCells):
        cols = [cells[:, j] for j in range(cells.shape[1])]
    else:  # a DataFrame of text cells (delimited files)
        cols = [cells.iloc[:, j].to_numpy(dtype=object) for j in range(cells.shape[1])]
    return cols + [np.full(n, None, dtype=object) for _ in range(width - len(cols))]


def frame_by_column(columns: dict, n_rows: int):
    """A DataFrame of these columns, a block per column: pandas' own constructor gathers every
    text column into one 2-D block, made in one long call while the window waits on the reading
    thread. Arrays keep their dtype: an object column of text turned into pandas' str dtype
    was one long call per column (10 ms per 100,000 cells)."""
    import warnings

    import numpy as np
    import pandas as pd

    frame = pd.DataFrame(index=range(n_rows))
    with warnings.catch_warnings():  # "highly fragmented": a block per column is the point
        warnings.simplefilter("ignore", pd.errors.PerformanceWarning)
        for j, values in enumerate(columns.values()):
            if isinstance(values, np.ndarray):  # as given: from text pandas would infer its str
                values = pd.Series(values, index=frame.index, dtype=values.dtype, copy=False)
            frame[j] = values
    # named once at the end: inserting names one by one into a text Index (pyarrow-backed
    # under pandas 3) copies it each time
    frame.columns = list(columns)
    return frame


def build(header: list[list[object]], cells, report: ImportReport, numbers_as_text: bool,
          error_text: bool = True, task: Task = IDLE):
    """(names, DataFrame, kept row positions) from header rows and the data cells below them.

    ``cells`` is a 2-D object array (see ``as_grid``) or a DataFrame of cells. Fully blank rows
    are dropped and counted (positions count data rows from 0, so the reader can give file
    rows); columns with neither a header nor any data are dropped; error values are counted as
    missing; with ``numbers_as_text`` (workbooks), columns that mix numbers with numbers typed as
    text are reported with the values that are not numbers. Whole-column numpy work, no
    per-cell Python, a piece of rows at a time (``task.pieces``).
    """
    import numpy as np
    import pandas as pd

    width = max([cells.shape[1]] + [len(r) for r in header])
    n = len(cells)
    made_up: list[str] = []  # names given to columns without a header
    names, warnings = column_names(header, width, made_up)

    cols = _data_columns(cells, width)
    blanks, errors = [], 0
    for c in cols:
        blank = np.zeros(n, dtype=bool)
        for rows in task.pieces(n, _ROWS_PER_CALL):
            piece = c[rows]
            blank[rows] = pd.isna(piece) | (piece == "") | (piece == " ")
            if error_text:
                is_err = pd.Series(piece, dtype=object).isin(ERROR_VALUES).to_numpy()
                errors += int(is_err.sum())
                blank[rows] |= is_err
        blanks.append(blank)
    all_blank = np.logical_and.reduce(blanks) if width else np.ones(n, dtype=bool)
    all_blank = np.asarray(all_blank, dtype=bool).reshape(n)
    report.blank_rows_dropped += int(all_blank.sum())
    positions = np.flatnonzero(~all_blank)
    some_rows = not all_blank.all()
    keep = [j for j in range(width)
            if not (names[j].startswith("Column ") and _empty_header(header, j)
                    and (not some_rows or blanks[j][~all_blank].all()))]
    dropped_names = {names[j] for j in range(width) if j not in keep}
    if made_up and set(made_up) <= dropped_names:  # the note would list only dropped columns
        warnings = [w for w in warnings if w != blank_names_warning(made_up)]
    report.warnings.extend(warnings)
    names = [names[j] for j in keep]
    columns = {}
    for i, j in enumerate(keep):
        c = cols[j]
        if blanks[j].any():
            c = c.copy()
            c[blanks[j]] = None
        if all_blank.any():
            c = c[~all_blank]
        columns[names[i]] = _numeric_if_clean(pd.Series(c, dtype=object), task)
    frame = frame_by_column(columns, len(positions))
    report.error_cells += errors
    if errors:
        report.warnings.append(translate(
            "io", "{n} cell(s) hold spreadsheet errors (#N/A, #DIV/0! ...) and were read as "
            "missing.", None, errors).format(n=count(errors)))
    if numbers_as_text:
        report.warnings.extend(_numbers_stored_as_text(frame, report))
    return names, frame, positions


def _empty_header(header: list[list[object]], j: int) -> bool:
    from clusterdesk.io.header import blank

    return all(j >= len(r) or blank(r[j]) for r in header)


def _numeric_if_clean(s, task: Task = IDLE):
    """A column of only numbers (and blanks) becomes float64; anything else stays as read."""
    import pandas as pd

    if s.dtype != object:
        return s
    kind = pd.api.types.infer_dtype(s, skipna=True)
    if kind not in ("floating", "integer", "mixed-integer-float"):
        return s
    if len(s) <= _ROWS_PER_CALL:
        return pd.to_numeric(s, errors="coerce")
    pieces = []  # converted in pieces, to the same dtype as the whole column at once
    for rows in task.pieces(len(s), _ROWS_PER_CALL):
        pieces.append(pd.to_numeric(s.iloc[rows], errors="coerce"))
    return pd.concat(pieces)


def _to_number(texts):
    """Lenient number parse of text (decimal comma, %, spaces), NaN where it is not a number."""
    import pandas as pd

    t = texts.str.strip().str.replace("%", "", regex=False).str.replace(r"[\s\u00a0]", "",
                                                                          regex=True)
    t = t.where(~t.str.fullmatch(r"[+-]?\d+,\d+"), t.str.replace(",", ".", regex=False))
    return pd.to_numeric(t, errors="coerce")


def _numbers_stored_as_text(frame, report: ImportReport) -> list[str]:
    """Columns where numbers are typed as text: say how many, and list what is not a number;
    note a decimal comma ("3,5") in such text on the report, as for text files."""
    out = []
    for name in frame.columns:
        s = frame[name]
        if s.dtype != object:
            continue
        head = s.iloc[:_SAMPLE].dropna()
        if head.empty:
            continue
        is_str = head.map(type).eq(str)
        if not is_str.any():
            continue
        probe = head[is_str].iloc[:50].astype(str)  # text columns leave here, cheaply
        if is_str.all() and _to_number(probe).notna().sum() < 0.5 * len(probe):
            continue
        parsed = _to_number(head[is_str].astype(str))
        numeric_share = (int((~is_str).sum()) + int(parsed.notna().sum())) / len(head)
        if parsed.notna().sum() == 0 or numeric_share < 0.8:
            continue
        full = s.dropna()
        full_str = full[full.map(type).eq(str)].astype(str)
        full_num = _to_number(full_str)
        typed = int(full_num.notna().sum())
        bad = Counter(full_str[full_num.isna()].str.strip())
        if not report.decimal_comma and full_str.str.fullmatch(_COMMA_DECIMAL).any():
            report.decimal_comma = True
        if not bad and len(full_str) == len(full):
            continue  # a column of codes typed as text: consistent, nothing to report
        msg = translate("io", "Column '{column}': {n} number(s) are stored as text; the "
                        "analysis reads them as numbers.", None, typed).format(
            column=name, n=count(typed))
        if bad:
            listed = ", ".join(f"{quote(v)} x{n}" for v, n in bad.most_common(5))
            more = " ..." if len(bad) > 5 else ""
            n_bad = sum(bad.values())
            msg += " " + translate("io", "{n} value(s) are not numbers and will be missing: "
                                   "{values}.", None, n_bad).format(n=count(n_bad),
                                                                    values=listed + more)
        out.append(msg)
    return out
