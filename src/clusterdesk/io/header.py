"""Where the header is and what the columns are called (spec section 4 `source` rules).

Title lines above the header are skipped; with several header rows, a blank upper cell takes the
value on its left (a merged question over its sub-questions) and the parts are joined with " - ".
Names are stripped of surrounding space and of invisible or right-to-left control characters;
blank and duplicate names are made unique and listed, so a mapping always names one column.
"""

from __future__ import annotations

import math
import re
import unicodedata

from clusterdesk.texts import quote, translate

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$")


def blank(cell: object) -> bool:
    """An empty cell: None, NaN, or text that is only whitespace."""
    if cell is None:
        return True
    if isinstance(cell, float):
        return math.isnan(cell)
    if isinstance(cell, str):
        return not cell.strip()
    return False


def _texty(cell: object) -> bool:
    return isinstance(cell, str) and bool(cell.strip()) and not _NUMBER.match(cell.strip())


def _filled(row: list[object]) -> list[object]:
    return [c for c in row if not blank(c)]


def _cell(row: list[object], k: int) -> object:
    return row[k] if k < len(row) else None


def _runs(upper: list[object], width: int) -> list[tuple[int, int]]:
    """Column ranges [a, b) that each upper cell heads: itself and the blank cells on its right
    (a merged cell reads as its value followed by blanks)."""
    marks = [k for k in range(width) if not blank(_cell(upper, k))]
    return [(a, b) for a, b in zip(marks, marks[1:] + [width], strict=True)]


def _recurs_below(grid: list[list[object]], i: int, k: int) -> bool:
    text = str(grid[i][k]).strip().casefold()
    return any(not blank(_cell(r, k)) and str(_cell(r, k)).strip().casefold() == text
               for r in grid[i + 1:])


def sub_questions_below(grid: list[list[object]], i: int, width: int) -> bool:
    """Row i+1 names the sub-questions of row i's question texts, even where it is blank.

    Row i heads runs of columns (a question over blank or merged cells); row i+1 holds distinct
    texts under most columns of each such run, texts that never come back further down the
    column (answers do). Under row i's single columns (id, region ...) row i+1 is blank or holds
    one filler word ("Response"); a row of distinct names there is a header of its own under a
    title line, or data.
    """
    if i + 2 >= len(grid) or not any(not blank(c) for r in grid[i + 2:] for c in r):
        return False
    upper, lower = grid[i], grid[i + 1]
    runs = _runs(upper, width)
    groups = [(a, b) for a, b in runs if b - a >= 2]
    if len(runs) < 2 or not groups:
        return False
    filled = [k for k in range(width) if not blank(_cell(lower, k))]
    if not filled or not all(_texty(lower[k]) for k in filled):
        return False
    named = 0
    for a, b in groups:
        names = [str(lower[k]).strip() for k in range(a, b) if k in filled]
        if len(set(names)) < len(names):
            return False  # answers repeat along a row; sub-question names do not
        named += len(names)
    cells = sum(b - a for a, b in groups)
    if named < max(2, 0.5 * cells):
        return False
    under_single = [str(lower[a]).strip() for a, b in runs if b - a == 1 and a in filled]
    if under_single:
        common = max(under_single.count(t) for t in under_single)
        if common < 2 or common < 0.5 * len(under_single):
            return False
    recurring = sum(_recurs_below(grid, i + 1, k) for k in filled)
    return recurring <= 0.2 * len(filled)


def detect_header(grid: list[list[object]]) -> tuple[int, int]:
    """(header_row 1-based, header_rows) for the first rows of a sheet.

    The header is the first row whose cells are mostly non-blank, distinct texts and that spans at
    least half the width of the rows below it; a lone long title cell never qualifies. A second
    header row is taken when the next row names the sub-questions of the first row's questions
    (``sub_questions_below``); then the first row may be sparse.
    """
    rows = [list(r) for r in grid]
    if not rows:
        return 1, 1
    widths = [len(_filled(r)) for r in rows]
    width = max(widths) if widths else 0
    if width == 0:
        return 1, 1
    extent = max((j + 1 for r in rows for j, c in enumerate(r) if not blank(c)), default=0)
    for i, row in enumerate(rows[:40]):
        filled = _filled(row)
        if not filled:
            continue
        below = [w for w in widths[i + 1:i + 30] if w]
        span = max([len(filled)] + below)
        texts = [str(c).strip() for c in filled if _texty(c)]
        if len(texts) < 0.8 * len(filled) or len(set(texts)) < 0.8 * len(filled):
            continue
        wide = len(filled) >= max(1, math.ceil(span / 2)) and (span == 1 or len(filled) >= 2)
        two = sub_questions_below(rows[:i + 40], i, extent)
        if wide:
            return i + 1, 2 if two else 1
        if two:  # a question row merged over sub-questions is sparse on its own
            return i + 1, 2
    return 1, 1


_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Co", "Cs"}


def clean_name(cell: object) -> tuple[str, bool]:
    """Header text stripped; invisible/bidi control characters removed (True if any were)."""
    if blank(cell):
        return "", False
    if isinstance(cell, float) and cell.is_integer():
        text = str(int(cell))
    else:
        text = str(cell)
    kept = "".join(
        " " if ch in "\t\r\n" else ch for ch in text
        if ch in "\t\r\n" or unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
    )
    kept = re.sub(r"\s+", " ", kept).strip()
    return kept, len(kept) != len(re.sub(r"\s+", " ", text).strip())


def column_names(header: list[list[object]], width: int, blanks: list[str] | None = None
                 ) -> tuple[list[str], list[str]]:
    """Names for ``width`` columns from the header rows, and warnings about what was changed.
    ``blanks``, when given, receives the names made up for columns without a header."""
    warnings: list[str] = []
    filled_rows = []
    extent = max((j + 1 for row in header for j, c in enumerate(row) if not blank(c)), default=0)
    for depth, row in enumerate(header):
        cells = list(row) + [None] * (width - len(row))
        if depth < len(header) - 1:  # merged cells: an upper blank takes the value on its left
            last = None
            for j, c in enumerate(cells[:extent]):
                if blank(c):
                    cells[j] = last
                else:
                    last = c
        filled_rows.append(cells[:width])
    names: list[str] = []
    invisible: list[str] = []
    for j in range(width):
        parts = []
        for cells in filled_rows:
            text, had = clean_name(cells[j])
            if had:
                invisible.append(text or f"column {j + 1}")
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        names.append(" - ".join(parts))
    if invisible:
        shown_names = ", ".join(quote(n) for n in dict.fromkeys(invisible))
        warnings.append(translate(
            "io", "Invisible or right-to-left control characters were removed from the "
            "header(s) {names}; map the columns by the names shown here.").format(
                names=shown_names))
    return _unique(names, warnings, blanks if blanks is not None else []), warnings


def blank_names_warning(blanks: list[str]) -> str:
    """The note listing the columns that had no header and the names they were given."""
    listed = ", ".join(quote(b) for b in blanks[:10]) + (" ..." if len(blanks) > 10 else "")
    return translate("io", "{n} column(s) have no header and were named {names}.", None,
                     len(blanks)).format(n=len(blanks), names=listed)


def _unique(names: list[str], warnings: list[str], blanks: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    dups: list[str] = []
    taken = {n for n in names if n}
    for j, name in enumerate(names):
        if not name:
            new = f"Column {j + 1}"
            k = 2
            while new in taken or new in seen:
                new = f"Column {j + 1} ({k})"
                k += 1
            blanks.append(new)
            name = new
        elif name in seen:
            k = 2
            while f"{name} ({k})" in seen or f"{name} ({k})" in taken:
                k += 1
            dups.append(f"{quote(name)} -> {quote(f'{name} ({k})')}")
            name = f"{name} ({k})"
        seen.add(name)
        out.append(name)
    if blanks:
        warnings.append(blank_names_warning(blanks))
    if dups:
        listed = ", ".join(dups[:10]) + (" ..." if len(dups) > 10 else "")
        warnings.append(translate("io", "{n} column header(s) appear more than once and were "
                                  "renamed: {names}.", None, len(dups)).format(n=len(dups),
                                                                                names=listed))
    return out
