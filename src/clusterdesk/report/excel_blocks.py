"""Blocks every table sheet shares: the title, the tests under a table, the sentence and the notes."""

from __future__ import annotations

from clusterdesk.analysis.results import GroupTest, ResultTable
from clusterdesk.report.excel_layout import SheetPlan, Style
from clusterdesk.report.labels import t
from clusterdesk.report.notes import note_in
from clusterdesk.report.sentences import item_name, sentence

P_FORMAT = '[<0.001]"<0.001";0.000'  # the value stays exact; only the display is floored
TITLE = Style(bold=True, size=12, wrap=True, valign="top")
HEAD = Style(bold=True, align="center", valign="bottom", wrap=True)
HEAD_LEFT = Style(bold=True, valign="bottom")
LABEL = Style()
NOTE = Style(size=9, wrap=True, valign="top")
NOTE_HEAD = Style(bold=True, size=9)
SENTENCE = Style(italic=True, wrap=True, valign="top")

# Generic notes of the engine that the glossary says in the report's language instead.
_GENERIC = ("table.n", "table.weighted", "sample.n", "sample.weighted", "sample.numbers")


def title_block(plan: SheetPlan, text: str, last_col: int) -> int:
    """Title in row 1 across the table; returns the first row after it and a spacer."""
    plan.span(1, 1, last_col, text, TITLE, wrap_height=True)
    return 3


def translate_note(note: str, lang: str) -> str:
    return note_in(note, lang)


def table_notes(results, table: ResultTable | None, lang: str, shares: bool = True) -> list[str]:
    """Source and n, how shares are computed, weights, intervals, then the table's own notes."""
    inp = results.input
    source = inp.source.replace("\\", "/").rsplit("/", 1)[-1] or "?"
    lines = [t(lang, "note.source", source=source, n=inp.rows_used, read=inp.rows_read)]
    if shares:
        lines.append(t(lang, "note.shares"))
        if inp.weighted:
            lines.append(t(lang, "note.weighted"))
        if table is not None and any(r.ci_low and any(v is not None for v in r.ci_low)
                                     for r in table.rows):
            lines.append(t(lang, "note.ci"))
        if table is not None and table.tests:
            lines.append(t(lang, "note.tests"))
    for note in (table.notes if table is not None else []):
        if getattr(note, "key", None) not in _GENERIC:
            lines.append(translate_note(note, lang))
    return lines


def tests_block(plan: SheetPlan, row: int, table: ResultTable, lang: str, last_col: int) -> int:
    """χ², df, p, Fisher p and the small-count flag of each test, as numbers; returns next row."""
    if not table.tests:
        return row
    plan.span(row, 1, last_col, t(lang, "tests.title"), HEAD_LEFT)
    row += 1
    heads = ["tests.what", "chi2", "df", "p", "fisher_p", "small_counts", "note"]
    note_col = min(7, last_col)
    for c, key in enumerate(heads, start=1):
        if c > note_col:
            break
        style = Style(bold=True, size=9, wrap=True, valign="bottom", align=None if c in (1, 7)
                      else "center", top="thin", bottom="thin")
        if c == note_col and last_col > note_col:
            plan.span(row, c, last_col, t(lang, key), style)
        else:
            plan.text(row, c, t(lang, key), style, fit=c == 1)
    plan.heights[row] = 28  # two short lines: the columns are the table's narrow ones
    row += 1
    first = row
    for test in table.tests:
        _test_row(plan, row, table, test, lang, note_col, last_col)
        row += 1
    plan.rule(row - 1, 1, last_col, "bottom")
    return row if row > first else row + 1


def _test_row(plan: SheetPlan, row: int, table: ResultTable, test: GroupTest, lang: str,
              note_col: int, last_col: int) -> None:
    small = Style(size=9)
    plan.text(row, 1, item_name(table, test, lang)[:1].upper() + item_name(table, test, lang)[1:],
              small)
    plan.num(row, 2, test.chi2, Style(size=9, fmt="0.00"))
    plan.num(row, 3, test.df, Style(size=9, fmt="0"))
    plan.num(row, 4, test.p, Style(size=9, fmt=P_FORMAT))
    if note_col > 5:
        plan.num(row, 5, test.fisher_p, Style(size=9, fmt=P_FORMAT))
    if note_col > 6:
        plan.text(row, 6, t(lang, "yes") if test.small_counts else None,
                  Style(size=9, align="right"))
    notes = [t(lang, "approx")] if test.approximate else []
    if test.note:
        notes.append(translate_note(test.note, lang))
    if notes and note_col > 6:
        plan.span(row, note_col, last_col, "; ".join(notes), Style(size=9))


def sentence_block(plan: SheetPlan, row: int, table: ResultTable, lang: str, last_col: int,
                   outcome: str = "product") -> tuple[int, str | None]:
    """The plain-language sentence under the table; returns (next row, sentence)."""
    text = sentence(table, lang, outcome)
    if text is None:
        return row, None
    plan.span(row, 1, last_col, text, SENTENCE, wrap_height=True)
    return row + 2, text


def notes_block(plan: SheetPlan, row: int, lines: list[str], last_col: int, lang: str) -> int:
    """'Notes' and one wrapped line per note across the table; returns the next row."""
    plan.text(row, 1, t(lang, "notes"), NOTE_HEAD)
    row += 1
    for line in lines:
        plan.span(row, 1, last_col, line, NOTE, wrap_height=True)
        row += 1
    return row
