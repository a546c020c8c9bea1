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


def detect_header(grid: list[list[object]]) -> tuple[int, int]:
    """(header_row 1-based, header_rows) for the first rows of a sheet.

    The header is the first row whose cells are mostly non-blank, distinct texts and that spans at
    least half the width of the rows below it; a lone long title cell never qualifies. A second
    header row is taken when the first has merged-looking gaps that the next row fills with labels
    that never recur in the data below (answers do recur).
    """
    rows = [list(r) for r in grid]
    if not rows:
        return 1, 1
    widths = [len(_filled(r)) for r in rows]
    width = max(widths) if widths else 0
    if width == 0:
        return 1, 1
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
        if wide:
            return i + 1, _header_depth(rows, i)
        # a question row merged over sub-questions is sparse on its own
        if len(filled) >= max(3, span // 5) and _header_depth(rows, i) == 2:
            return i + 1, 2
    return 1, 1


def _header_depth(rows: list[list[object]], i: int) -> int:
    """2 when row i has merge gaps that row i+1 fills with labels absent from the data below."""
    top, nxt = rows[i], rows[i + 1] if i + 1 < len(rows) else []
    if not nxt:
        return 1
    last = max((j for j, c in enumerate(top) if not blank(c)), default=-1)
    last = max(last, max((j for j, c in enumerate(nxt) if not blank(c)), default=-1))
    gaps = [j for j in range(last + 1) if blank(top[j] if j < len(top) else None)]
    if not gaps:
        return 1
    if not any(j < len(nxt) and not blank(nxt[j]) for j in gaps):
        return 1
    labels = [c for c in nxt if not blank(c)]
    if any(not _texty(c) for c in labels):
        return 1
    data = rows[i + 2:i + 40]
    if not data:
        return 1
    checked = recurring = 0
    for j, c in enumerate(nxt):
        if blank(c) or j not in gaps:
            continue
        checked += 1
        key = str(c).strip().casefold()
        if any(j < len(r) and isinstance(r[j], str) and r[j].strip().casefold() == key
               for r in data):
            recurring += 1
    return 2 if recurring < 0.5 * checked else 1


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
