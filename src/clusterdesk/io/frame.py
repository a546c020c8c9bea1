"""Header + data cells -> the columns of a RawTable, with data problems counted, not hidden.

Cells stay as the file holds them (numbers as numbers, text as text); only blanks and spreadsheet
error values become missing. Work is column-wise in pandas, never cell by cell in Python, so that
100,000 rows stay quick.
"""

from __future__ import annotations

from collections import Counter

from clusterdesk.io.header import column_names
from clusterdesk.io.table import ImportReport

ERROR_VALUES = ("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#N/A!",
                "#GETTING_DATA", "#SPILL!", "#CALC!")
_SAMPLE = 2000
_BLANKS = ("", " ", "  ", "   ", "\t", "\u00a0", "\n", "\r\n")


def build(header: list[list[object]], columns: list[list[object]] | None, frame,
          report: ImportReport, numbers_as_text: bool, error_text: bool = True):
    """(names, DataFrame, kept row positions) from header rows and data (column lists or a
    positional frame); positions count data rows from 0 so the reader can give file rows.

    Fully blank rows are dropped and counted; columns with neither a header nor any data are
    dropped; error values are counted as missing; with ``numbers_as_text`` (workbooks), columns
    that mix numbers with numbers typed as text are reported with the values that are not numbers.
    """
    import pandas as pd

    if frame is None:
        frame = pd.DataFrame({j: pd.Series(col, dtype=object) for j, col in enumerate(columns)})
    width = max([frame.shape[1]] + [len(r) for r in header])
    for j in range(frame.shape[1], width):
        frame[j] = pd.Series([None] * len(frame), dtype=object, index=frame.index)
    frame.columns = range(width)
    names, warnings = column_names(header, width)
    report.warnings.extend(warnings)

    errors = 0
    blank_masks = {}
    for j in range(width):
        s = frame[j]
        if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
            mask = s.isna() | s.isin(_BLANKS)
            if error_text:  # workbooks: calamine already blanks real error cells
                is_err = s.isin(ERROR_VALUES)
                errors += int(is_err.sum())
                mask |= is_err
            if mask.any():
                s = s.astype(object).where(~mask, None)
                frame[j] = s
        else:
            mask = s.isna()
        blank_masks[j] = mask
    if width:
        all_blank = pd.concat(blank_masks.values(), axis=1).all(axis=1)
        dropped = int(all_blank.sum())
        if dropped:
            frame = frame.loc[~all_blank.to_numpy()]
        report.blank_rows_dropped += dropped
    keep = [j for j in range(width)
            if not (names[j].startswith("Column ") and _empty_header(header, j)
                    and frame[j].isna().all())]
    if len(keep) < width:
        dropped_names = {names[j] for j in range(width) if j not in keep}
        report.warnings[:] = [w for w in report.warnings if not _only_about(w, dropped_names)]
        names = [names[j] for j in keep]
        frame = frame[keep]
    positions = frame.index.to_numpy(copy=True)
    frame = frame.reset_index(drop=True)
    frame.columns = names
    for name in names:
        frame[name] = _numeric_if_clean(frame[name])
    report.error_cells += errors
    if errors:
        report.warnings.append(f"{errors:,} cell(s) hold spreadsheet errors (#N/A, #DIV/0! ...) "
                               "and were read as missing.")
    if numbers_as_text:
        report.warnings.extend(_numbers_stored_as_text(frame))
    return names, frame, positions


def _empty_header(header: list[list[object]], j: int) -> bool:
    from clusterdesk.io.header import blank

    return all(j >= len(r) or blank(r[j]) for r in header)


def _only_about(warning: str, names: set[str]) -> bool:
    """Blank-header warnings that only listed columns we then dropped as empty."""
    if "have no header" not in warning:
        return False
    listed = warning.split("named ", 1)[-1].rstrip(".").split(", ")
    return all(item.strip("'") in names for item in listed)


def _numeric_if_clean(s):
    """A column of only numbers (and blanks) becomes float64; anything else stays as read."""
    import pandas as pd

    if s.dtype != object:
        return s
    kind = pd.api.types.infer_dtype(s, skipna=True)
    if kind in ("floating", "integer", "mixed-integer-float"):
        return pd.to_numeric(s, errors="coerce")
    return s


def _to_number(texts):
    """Lenient number parse of text (decimal comma, %, spaces), NaN where it is not a number."""
    import pandas as pd

    t = texts.str.strip().str.replace("%", "", regex=False).str.replace(r"[\s\u00a0]", "",
                                                                          regex=True)
    t = t.where(~t.str.fullmatch(r"[+-]?\d+,\d+"), t.str.replace(",", ".", regex=False))
    return pd.to_numeric(t, errors="coerce")


def _numbers_stored_as_text(frame) -> list[str]:
    """Columns where numbers are typed as text: say how many, and list what is not a number."""

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
        if not bad and len(full_str) == len(full):
            continue  # a column of codes typed as text: consistent, nothing to report
        msg = (f"Column '{name}': {typed:,} number(s) are stored as text; the analysis reads "
               "them as numbers.")
        if bad:
            listed = ", ".join(f"'{v}' x{n}" for v, n in bad.most_common(5))
            more = " ..." if len(bad) > 5 else ""
            msg += f" {sum(bad.values()):,} value(s) are not numbers and will be missing: " \
                   f"{listed}{more}."
        out.append(msg)
    return out
