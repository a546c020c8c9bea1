"""Workbooks (.xlsx/.xlsm/.xlsb/.xls/.ods) -> rows of cells, through python-calamine, guarded.

Every workbook is read in a child process with a memory limit and a timeout (contain.py). For
.xlsx/.xlsm the zip and XML are checked first (ooxml.py), and while the child reads, this process
scans the sheet's XML (sheetscan.py) for a clear refusal (cells spanning too far), error cells and
formulas without results. ``Limits(contain=False)`` reads pre-checked .xlsx in this process
instead (quicker on one core; for files you trust), still sending what the scan cannot vouch for
to the child.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io import contain, ooxml, sheetscan
from clusterdesk.io.detect import refusal
from clusterdesk.io.limits import Limits
from clusterdesk.io.names import shown
from clusterdesk.io.table import SheetInfo
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import count, quote, translate


@dataclass
class SheetRows:
    """The cells of one sheet from A1 (so row numbers are the analyst's), plus what was odd."""

    cells: object  # 2-D numpy object array, rows x columns
    sheets: list[SheetInfo]
    index: int
    warnings: list[str] = field(default_factory=list)
    error_cells: int | None = None  # None: the format does not tell
    contained: bool = False
    peak_rss_kb: int | None = None


def list_sheets(path: Path, kind: str, limits: Limits) -> list[SheetInfo]:
    """Sheets in workbook order with hidden ones marked."""
    if kind in ("xlsx", "xlsm"):
        with ooxml.check_zip(path, limits) as zf:
            facts = ooxml.workbook_facts(zf, path, limits)
        return [SheetInfo(name=n, index=i, hidden=h) for i, (n, _p, h) in enumerate(facts.sheets)]
    if kind in ("ods", "xlsb"):  # zips: sizes, ratios and member count before the child
        with ooxml.check_zip(path, limits) as zf:
            if kind == "ods":
                ooxml.check_ods(zf, path, limits)
    result = _checked(path, contain.run_job({"path": str(path), "sheet": None}, limits))
    return [SheetInfo(name=n, index=i, hidden=h) for i, (n, h) in enumerate(result.sheets)]


def choose_sheet(path: Path, sheets: list[SheetInfo], sheet: str | int | None) -> SheetInfo:
    """Sheet by name or 0-based index; None = the first visible sheet."""
    if not sheets:
        raise UserError(translate("io", "{file} has no sheets. Open it in Excel and check that "
                                  "it holds the survey data.").format(file=shown(path)))
    names = ", ".join(quote(s.name) for s in sheets[:12])
    if sheet is None:
        visible = [s for s in sheets if not s.hidden]
        return visible[0] if visible else sheets[0]
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(sheets):
            return sheets[sheet]
        raise UserError(translate(
            "io", "{file} has {n} sheet(s), so there is no sheet number {number}. Choose one "
            "of: {names}.", None, len(sheets)).format(file=shown(path), n=len(sheets),
                                                      number=sheet + 1, names=names))
    wanted = str(sheet).strip()
    for s in sheets:
        if s.name == wanted:
            return s
    for s in sheets:
        if s.name.strip().casefold() == wanted.casefold():
            return s
    raise UserError(translate(
        "io", "{file} has no sheet named '{sheet}'. Its sheets are: {names}. Choose one of them "
        "(or update the mapping's source sheet).").format(file=shown(path), sheet=sheet,
                                                          names=names))


def read_rows(path: Path, kind: str, sheet: str | int | None, nrows: int | None,
              limits: Limits, task: Task = IDLE) -> SheetRows:
    """The chosen sheet's cells (the first ``nrows`` rows only when given); ``task`` can stop
    the reading child."""
    if kind in ("xlsx", "xlsm"):
        return _read_ooxml(path, kind, sheet, nrows, limits, task)
    listing = list_sheets(path, kind, limits)
    chosen = choose_sheet(path, listing, sheet)
    result = _finish(path, contain.start(_job(path, chosen.index, nrows), limits), limits, task)
    out = SheetRows(cells=_cells_of(result, task), sheets=listing, index=chosen.index,
                    contained=True, peak_rss_kb=result.peak_rss_kb)
    _hidden_note(path, chosen, out)
    return out


def _job(path: Path, index: int, nrows: int | None) -> dict:
    return {"path": str(path), "sheet": index, "nrows": nrows}


def _read_ooxml(path: Path, kind: str, sheet, nrows, limits: Limits,
                task: Task = IDLE) -> SheetRows:
    """Zip and XML checks, then the child reads while this process scans the sheet's XML."""
    running = None
    try:
        with ooxml.check_zip(path, limits) as zf:
            facts = ooxml.workbook_facts(zf, path, limits)
            listing = [SheetInfo(name=n, index=i, hidden=h)
                       for i, (n, _p, h) in enumerate(facts.sheets)]
            chosen = choose_sheet(path, listing, sheet)
            part = facts.sheets[chosen.index][1]
            if not part:
                raise UserError(translate(
                    "io", "Sheet '{sheet}' of {file} holds no cells (it may be a chart sheet). "
                    "Choose the sheet with the survey data.").format(sheet=chosen.name,
                                                                     file=shown(path)))
            job = dict(_job(path, chosen.index, nrows), part=part)
            # the sheet's size sets the child's memory, also for a preview's first rows:
            # calamine loads the whole sheet before it hands out any row
            limits = limits.for_cells(sheetscan.likely_cells(zf, part, path))
            if limits.contain:
                running = contain.start(job, limits)
            scan = sheetscan.scan_sheet(zf, part, path, limits, contain.HEAD_ROWS)
    except BaseException:
        if running is not None:
            contain.cancel(running)
        raise
    if scan.head_row_late:  # the quick way would lose that row: the whole sheet at once
        job.pop("part")
        if running is not None:
            contain.cancel(running)
            running = contain.start(job, limits)
    if running is None and scan.unchecked:
        running = contain.start(job, limits)
    if running is not None:
        result = _finish(path, running, limits, task)
    else:
        result = _checked(path, contain.calamine_job(job))
    out = SheetRows(cells=_cells_of(result, task), sheets=listing, index=chosen.index,
                    error_cells=scan.error_cells, contained=running is not None,
                    peak_rss_kb=getattr(result, "peak_rss_kb", None))
    chosen.rows, chosen.columns = scan.max_row, scan.max_col
    if scan.declared and scan.declared_cells > limits.max_cells:
        out.warnings.append(translate(
            "io", "Sheet '{sheet}' says it spans {declared}, but its cells end at row {row}, "
            "column {column}; only the cells that are there were read.").format(
                sheet=chosen.name, declared=scan.declared, row=count(scan.max_row),
                column=count(scan.max_col)))
    if scan.formulas_without_value:
        out.warnings.append(translate(
            "io", "{n} formula cell(s) in sheet '{sheet}' have no stored result (the file was "
            "saved without calculating) and are read as blank. Open the file in Excel, let it "
            "calculate, save it and import it again.", None, scan.formulas_without_value).format(
                n=count(scan.formulas_without_value), sheet=chosen.name))
    if facts.date1904:
        out.warnings.append(translate("io", "{file} uses the 1904 date system (old Mac Excel); "
                                      "dates were converted with it.").format(file=shown(path)))
    _hidden_note(path, chosen, out)
    return out


def _cells_of(result: contain.Reply | dict, task: Task = IDLE):
    """The cells: from the reading child's reply (its Arrow columns), or the rows calamine gave
    in this process as a 2-D object array."""
    from clusterdesk.io.frame import as_grid

    if isinstance(result, contain.Reply):
        return contain.cells(result, task)
    return as_grid(result.get("rows") or [])


def _hidden_note(path: Path, chosen: SheetInfo, out: SheetRows) -> None:
    if chosen.hidden:
        out.warnings.append(translate("io", "Sheet '{sheet}' of {file} is hidden in the "
                                      "workbook; it was read because it was asked for.").format(
            sheet=chosen.name, file=shown(path)))
    elif any(s.hidden for s in out.sheets):
        hidden = ", ".join(quote(s.name) for s in out.sheets if s.hidden)
        n_hidden = sum(1 for s in out.sheets if s.hidden)
        out.warnings.append(translate("io", "Hidden sheet(s) {hidden} were skipped; sheet "
                                      "'{sheet}' was read.", None, n_hidden).format(
            hidden=hidden, sheet=chosen.name))


def _finish(path: Path, running: contain.Running, limits: Limits,
            task: Task = IDLE) -> contain.Reply:
    return _checked(path, contain.finish(running, limits, task=task))


def _checked(path: Path, result):
    """The reply (or the in-process dict), unless the reader could not read the file."""
    error = result.error if isinstance(result, contain.Reply) else result.get("error")
    if error == "encrypted":
        raise refusal(path, "encrypted")
    if error:
        raise ooxml.damaged(path, translate("io", "the spreadsheet reader could not make sense "
                                            "of it"))
    return result
