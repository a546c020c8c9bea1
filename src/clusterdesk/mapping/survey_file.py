"""The wizard's read of a new survey file: its sheets, the table under the header the assistant
finds, and the assistant's proposal. The reader and the assistant are imported inside, so the
wizard opens before pandas loads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from clusterdesk.mapping.model import SourceSpec
from clusterdesk.runtime import IDLE, Task, warm
from clusterdesk.texts import translate


@dataclass
class Loaded:
    """What the file page read: the sheets, the table with its header applied, and suggestions."""

    sheets: list[Any]
    raw: Any  # clusterdesk.io.table.RawTable
    source: SourceSpec  # the source actually read (sheet chosen, header as detected)
    suggestion: Any = None  # clusterdesk.mapping.suggest.Suggestion, when asked for
    header_reason: str | None = None  # why the header was taken where it was (detected)
    grid: list[list[Any]] | None = None  # the first rows of the sheet, header included


def pick_sheet(sheets: list[Any], wanted: str | int | None) -> str | int:
    """The sheet to show first: the one asked for by name, else the active visible one, else the
    first visible one (a hidden first sheet is usually a survey tool's lookup table)."""
    names = [s.name for s in sheets]
    if isinstance(wanted, str) and wanted in names:
        return wanted
    if isinstance(wanted, int) and 0 < wanted < len(sheets):
        return sheets[wanted].name
    visible = [s for s in sheets if not getattr(s, "hidden", False)]
    active = [s for s in visible if getattr(s, "active", False)]
    chosen = (active or visible or sheets or [None])[0]
    return chosen.name if chosen is not None else 0


def _freeze_libraries() -> None:
    """Import the libraries reading needs and freeze them out of the collector's passes
    (runtime.warm): what the read itself creates stays collectable."""
    warm.import_now(("pandas", "clusterdesk.mapping.suggest"))
    warm.freeze()


def load(path: str | Path, source: SourceSpec, suggest: bool = True,
         task: Task = IDLE) -> Loaded:
    """List the sheets, read the chosen one with the chosen header, and ask the assistant."""
    from clusterdesk import io

    _freeze_libraries()

    task.step(0.05, translate("WizardTasks", "Opening {name}…").format(
        name=Path(path).name))
    sheets = list(io.list_sheets(path))
    task.check()
    sheet = pick_sheet(sheets, source.sheet) if len(sheets) > 1 else (
        sheets[0].name if sheets else 0)
    guesses: list[Any] = []

    def guess(grid: list[list[Any]]) -> tuple[int, int] | None:
        found = detect_header(grid)
        guesses.append(found)
        return None if found is None else (found.header_row, found.header_rows)

    task.step(0.15, translate("WizardTasks", "Reading {name}…").format(
        name=Path(path).name))
    raw = io.read(path, sheet=sheet, header_row=source.header_row,
                  header_rows=source.header_rows, encoding=source.encoding,
                  delimiter=source.delimiter, guess_header=guess)
    task.check()
    grid, reason = raw.preview, guesses[0].reason if guesses and guesses[0] else None
    rep = raw.report
    if rep.header_row is None:  # SPSS/Stata: no header rows to choose
        reason = translate("WizardTasks", "The columns are the file's variable names "
                           "(SPSS/Stata).")
    read_source = replace(source, sheet=sheet,
                          header_row=rep.header_row or source.header_row or 1,
                          header_rows=rep.header_rows or source.header_rows or 1,
                          encoding=rep.encoding or source.encoding,
                          delimiter=rep.delimiter or source.delimiter)
    suggestion = None
    if suggest:
        from clusterdesk.mapping.suggest import suggest as run_suggest

        task.step(0.7, translate("WizardTasks", "Looking for the survey's questions…"))
        suggestion = run_suggest(raw, task.sub(0.7, 1.0))
        task.check()
    task.step(1.0, translate("WizardTasks", "Done"))
    return Loaded(sheets=sheets, raw=raw, source=read_source, suggestion=suggestion,
                  header_reason=reason, grid=grid)


def detect_header(grid: list[list[Any]]) -> Any:
    """The assistant's guess of the header rows, which knows survey tools' extra rows."""
    from clusterdesk.mapping.suggest_header import detect_header as guess

    return guess(grid)
