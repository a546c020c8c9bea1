"""Where the header is, decided from what the rows hold: title lines above it, a question row over
blank or merged cells with its sub-questions' names below (the lower row may be blank under the
single columns), and the extra rows survey tools add (Qualtrics' question text and
{"ImportId": ...} rows).

A row below the header is part of it only when its texts behave like names: distinct within a
question's run and never coming back further down the column, where answers repeat. Works on the
first rows of a sheet as lists of cells (io.read_grid). SourceSpec has no field for "rows to skip
after the header", so extra tool rows are folded into ``header_rows``: their text becomes part of
the column names (spec section 4), and they never count as answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.io.header import sub_questions_below
from clusterdesk.mapping.numbers import parse_number
from clusterdesk.texts import translate


@dataclass
class HeaderGuess:
    header_row: int  # 1-based
    header_rows: int
    reason: str  # one plain sentence: which rows, and why
    kind: str = "single"  # single, grouped, question_texts, survey_tool, none, empty


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, float) and cell != cell) or str(cell).strip() == ""


def _is_text(cell: object) -> bool:
    return isinstance(cell, str) and cell.strip() != "" and parse_number(cell) is None


def _width(grid: list[list[object]]) -> int:
    width = 0
    for row in grid:
        filled = [i for i, c in enumerate(row) if not _blank(c)]
        if filled:
            width = max(width, filled[-1] + 1)
    return width


def _import_id_row(row: list[object]) -> bool:
    cells = [str(c).strip() for c in row if not _blank(c)]
    tagged = [c for c in cells if c.startswith("{") and "importid" in c.casefold()]
    return bool(cells) and len(tagged) >= 0.5 * len(cells)


def _header_like(row: list[object], width: int) -> bool:
    cells = [c for c in row if not _blank(c)]
    if len(cells) < max(min(2, width), 0.5 * width):
        return False
    return sum(_is_text(c) for c in cells) >= 0.9 * len(cells)


def _repeats_below(grid: list[list[object]], j: int) -> float:
    """Share of row j's cells that occur again in the same column further down (answers repeat,
    header texts do not)."""
    row = grid[j]
    cells = [(k, str(c).strip()) for k, c in enumerate(row) if not _blank(c)]
    if not cells:
        return 1.0
    hits = 0
    for k, text in cells:
        hits += any(k < len(r) and not _blank(r[k]) and str(r[k]).strip() == text
                    for r in grid[j + 1:])
    return hits / len(cells)


def _numbers_under_text(grid: list[list[object]], j: int) -> int:
    """Columns where row j holds text and the rows below hold numbers: row j names them."""
    below = [r for r in grid[j + 1: j + 6] if any(not _blank(c) for c in r)]
    count = 0
    for k, cell in enumerate(grid[j]):
        if not _is_text(cell):
            continue
        vals = [r[k] for r in below if k < len(r) and not _blank(r[k])]
        if vals and all(parse_number(v) is not None for v in vals):
            count += 1
    return count


def _merged_header(grid: list[list[object]], i: int, width: int) -> bool:
    """A question row whose cells are merged over sub-questions: half empty, yet the header."""
    row = grid[i]
    cells = [c for c in row if not _blank(c)]
    if len(cells) < 2 or sum(_is_text(c) for c in cells) < 0.9 * len(cells):
        return False
    return sub_questions_below(grid, i, width)


def _titles(start: int) -> list[str]:
    if start == 1:
        return [translate("mapping", "row 1 is a title line")]
    if start > 1:
        return [translate("mapping", "rows 1-{n} are title lines").format(n=start)]
    return []


def detect_header(grid: list[list[object]]) -> HeaderGuess:
    """The first row that looks like column names, and how many rows below it belong to it."""
    width = _width(grid)
    if not width:
        return HeaderGuess(1, 1, translate("mapping", "The sheet looks empty; the first row is "
                                           "taken as the header."), "empty")
    start = next((i for i, row in enumerate(grid) if _header_like(row, width)
                  or _merged_header(grid, i, width)), None)
    if start is None:
        start = next(i for i, row in enumerate(grid) if any(not _blank(c) for c in row))
        return HeaderGuess(start + 1, 1, translate(
            "mapping", "No row looks like column names; row {row}, the first with cells, is "
            "taken as the header.").format(row=start + 1), "none")
    tool_row = next((j for j in (start + 1, start + 2)
                     if j < len(grid) and _import_id_row(grid[j])), None)
    if tool_row is not None:
        reasons = [translate("mapping", "Row {row} holds the column names").format(row=start + 1),
                   translate("mapping", "rows {first}-{last} hold a survey tool's question "
                             "texts and import ids (Qualtrics), so they are part of the "
                             "header").format(first=start + 2, last=tool_row + 1)]
        return HeaderGuess(start + 1, tool_row - start + 1,
                           "; ".join(reasons + _titles(start)) + ".", "survey_tool")
    if sub_questions_below(grid, start, width):
        reason = translate("mapping", "Rows {first}-{last} hold the header: a question text over "
                           "sub-questions in row {first}, their names in row {last}").format(
                               first=start + 1, last=start + 2)
        return HeaderGuess(start + 1, 2, "; ".join([reason] + _titles(start)) + ".", "grouped")
    reasons = [translate("mapping", "Row {row} holds the column names").format(row=start + 1)]
    rows, kind = 1, "single"
    for j in (start + 1, start + 2):
        if j >= len(grid) - 1 or not _header_like(grid[j], width):
            break
        if _repeats_below(grid, j) <= 0.2 and _numbers_under_text(grid, j) >= 2:
            rows, kind = j - start + 1, "question_texts"
            reasons.append(translate("mapping", "row {row} holds question texts").format(
                row=j + 1))
            continue
        break
    return HeaderGuess(start + 1, rows, "; ".join(reasons + _titles(start)) + ".", kind)
