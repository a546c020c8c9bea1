"""The wizard's long work as plain functions (Qt-free), run by gui.workers.Job off the GUI thread.

They follow the progress/should_stop convention and raise Cancelled between steps. The engine
pieces (reader, assistant, coding) are imported inside, so the wizard opens before pandas loads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from clusterdesk.errors import Cancelled, UserError
from clusterdesk.mapping.model import Mapping, SourceSpec
from clusterdesk.mapping.roles import ROLES
from clusterdesk.texts import translate

Progress = Callable[[float, str], None] | None
ShouldStop = Callable[[], bool] | None


@dataclass
class Loaded:
    """What the file page read: the sheets, the table with its header applied, and suggestions."""

    sheets: list[Any]
    raw: Any  # clusterdesk.io.table.RawTable
    source: SourceSpec  # the source actually read (sheet chosen, header as detected)
    suggestion: Any = None  # clusterdesk.mapping.suggest.Suggestion, when the assistant exists
    header_reason: str | None = None  # why the header was taken where it was (detected)
    grid: list[list[Any]] | None = None  # the first rows of the sheet, header included


def _check(should_stop: ShouldStop) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled()


def _step(progress: Progress, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


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
    """Import the libraries reading needs, then move every object alive now out of the
    collector's reach (gc.freeze). Module objects live as long as the program anyway; left in,
    pandas' and the analysis' tens of thousands of functions and dicts made each full collection
    during a 1,000,000-row import a 0.1 s pause of the window. What the import itself creates
    stays collectable."""
    import gc

    import pandas  # noqa: F401

    from clusterdesk.mapping import suggest  # noqa: F401

    gc.freeze()


def load(path: str | Path, source: SourceSpec, suggest: bool = True,
         progress: Progress = None, should_stop: ShouldStop = None) -> Loaded:
    """List the sheets, read the chosen one with the chosen header, and ask the assistant."""
    from clusterdesk import io

    _freeze_libraries()

    _step(progress, 0.05, translate("WizardTasks", "Opening {name}…").format(
        name=Path(path).name))
    sheets = list(io.list_sheets(path))
    _check(should_stop)
    sheet = pick_sheet(sheets, source.sheet) if len(sheets) > 1 else (
        sheets[0].name if sheets else 0)
    guesses: list[Any] = []

    def guess(grid: list[list[Any]]) -> tuple[int, int] | None:
        found = detect_header(grid)
        guesses.append(found)
        return None if found is None else (found.header_row, found.header_rows)

    _step(progress, 0.15, translate("WizardTasks", "Reading {name}…").format(
        name=Path(path).name))
    raw = io.read(path, sheet=sheet, header_row=source.header_row,
                  header_rows=source.header_rows, encoding=source.encoding,
                  delimiter=source.delimiter, guess_header=guess)
    _check(should_stop)
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
        _step(progress, 0.7, translate("WizardTasks", "Looking for the survey's questions…"))
        try:
            from clusterdesk.mapping.suggest import suggest as run_suggest
        except ImportError:  # the assistant is optional: the analyst maps by hand
            run_suggest = None
        if run_suggest is not None:
            suggestion = run_suggest(raw)
        _check(should_stop)
    _step(progress, 1.0, translate("WizardTasks", "Done"))
    return Loaded(sheets=sheets, raw=raw, source=read_source, suggestion=suggestion,
                  header_reason=reason, grid=grid)


def detect_header(grid: list[list[Any]]) -> Any:
    """The assistant's guess of the header rows, which knows survey tools' extra rows (None when
    this build has no assistant; the reader then detects the header itself)."""
    try:
        from clusterdesk.mapping.suggest_header import detect_header as guess
    except ImportError:
        return None
    return guess(grid)


def code(raw: Any, mapping: Mapping, progress: Progress = None,
         should_stop: ShouldStop = None) -> Any:
    """Code the table with the mapping (a Survey)."""
    try:
        from clusterdesk.analysis.coding import code as run_code
    except ImportError:
        raise UserError(translate("WizardTasks", "This ClusterDesk has no analysis engine "
                                  "installed, so the survey cannot be coded. Install the complete "
                                  "ClusterDesk package.")) from None
    return run_code(raw, mapping, progress=progress, should_stop=should_stop)


def read_and_code(path: str | Path, mapping: Mapping, progress: Progress = None,
                  should_stop: ShouldStop = None) -> Any:
    """Open a survey with a saved mapping (no wizard): read with mapping.source, then code.

    A mapping that no longer fits (next year's export: renamed questions, a title line added)
    is fitted to the file by mapping.nextyear; every change it made is added to the survey's
    warnings (prefixed FITTED) so the window can tell the analyst.
    """
    from clusterdesk import io

    p = Path(path)
    if not p.is_file():
        raise UserError(translate("WizardTasks", "The survey file '{path}' does not exist. Check "
                                  "the path or open the survey again with Open survey….").format(
            path=p))
    _step(progress, 0.02, translate("WizardTasks", "Reading {name}…").format(name=p.name))
    src = mapping.source
    notes: list[str] = []
    lost: list[str] = []
    try:
        raw = io.read(p, sheet=src.sheet, header_row=src.header_row, header_rows=src.header_rows,
                      encoding=src.encoding, delimiter=src.delimiter)
        errors = mapping.errors(raw.columns)
    except UserError:
        raw, errors = None, [translate("WizardTasks", "The saved sheet or header does not fit.")]
    _check(should_stop)
    if errors:
        try:
            from clusterdesk.mapping.nextyear import adapt_file
        except ImportError:
            adapt_file = None
        if adapt_file is None:
            raise UserError(translate("WizardTasks", "The mapping does not fit '{name}':").format(
                name=p.name) + "\n" + "\n".join(errors[:5]))
        _step(progress, 0.15, translate("WizardTasks", "Fitting the saved mapping to this file…"))
        before = mapping
        raw, mapping, notes = adapt_file(p, mapping)
        lost = [r.key for r in ROLES
                if before.columns.get(r.key) and not mapping.columns.get(r.key)]
        still = mapping.errors(raw.columns)
        if still:
            # the items not found come first, all of them: they are why it does not fit
            raise UserError(translate("WizardTasks", "The mapping does not fit '{name}', even "
                                      "after matching renamed questions:").format(name=p.name)
                            + "\n" + "\n".join(notes[:len(lost)] + still[:5]) + "\n"
                            + translate("WizardTasks", "Open the survey with Open survey… and "
                                        "choose the columns."))
    _check(should_stop)

    def sub(fraction: float, message: str) -> None:
        _step(progress, 0.3 + 0.7 * fraction, message)

    survey = code(raw, mapping, progress=sub, should_stop=should_stop)
    survey.report.warnings[:0] = ([f"{FITTED_LOST}{n}" for n in notes[:len(lost)]]
                                  + [f"{FITTED}{n}" for n in notes[len(lost):]])
    return survey


# markers for the window, never shown: not translated. A role not found in the file is marked
# FITTED_LOST (adapt() lists those first); every other change FITTED.
FITTED = "Mapping fitted to this file: "
FITTED_LOST = "Mapping fitted, not found in this file: "
