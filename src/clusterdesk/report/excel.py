"""Results -> the report-ready workbook (issue 6): one sheet per table of the paper, the Method
sheet and, optionally, the coded data.

The whole workbook is written in openpyxl's write-only mode (fast and lean for the data sheet;
table sheets are planned in memory first, see excel_layout) to a temporary file beside the
target, then moved into place, so a failed or cancelled export never leaves half a file and never
destroys the previous report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clusterdesk.errors import UserError
from clusterdesk.report.excel_save import folder_not_file, reachable_dir, save
from clusterdesk.report.labels import check_lang, t
from clusterdesk.runtime import IDLE, Task

SHARE_TABLES = ("innovation_by_region", "cluster_extent", "innovation_by_location",
                "cluster_classification")


def _plans(results, lang: str):
    """(message, builder) per sheet, in the order of the paper."""
    from clusterdesk.report.excel_method import method_sheet
    from clusterdesk.report.excel_regression import regression_sheet
    from clusterdesk.report.excel_sample import sample_sheet
    from clusterdesk.report.excel_tables import share_sheet

    out = []
    if "sample_categories" in results.tables or "sample_numbers" in results.tables:
        out.append(("Table 1", lambda: sample_sheet(results, lang)))
    for n, key in enumerate(SHARE_TABLES, start=2):
        if key in results.tables:
            out.append((f"Table {n}", lambda key=key: share_sheet(results, results.tables[key],
                                                                   lang)))
    if results.regression is not None:
        out.append(("Table 6", lambda: regression_sheet(results, lang)))
    if results.comparison is not None:
        from clusterdesk.report.excel_compare import change_sheet

        for n, key in enumerate(SHARE_TABLES, start=2):
            if key in results.comparison.tables:
                out.append((f"Table {n}", lambda key=key, n=n: change_sheet(results, key, n,
                                                                              lang)))
    out.append(("Method", lambda: method_sheet(results, lang)))
    return out


@dataclass
class Draft:
    """A workbook begun before the results are known: its data sheet (when it has one) is
    being written by a worker thread while the analysis goes on (``start``)."""

    wb: Any
    data: Any = None  # excel_data.DataSheet

    def discard(self) -> None:
        """Drop the unsaved workbook: the thread stopped, every temporary file removed."""
        if self.data is not None:
            self.data.discard()
        discard(self.wb)


def start(firms, lang: str = "en", include_data: bool | None = None) -> Draft:
    """A write-only workbook with the coded-data sheet under way for ``firms`` (the coded survey
    with each firm's class columns, as ``Results.firms``), if it gets one; ``build_workbook``
    adds the tables."""
    from openpyxl import Workbook

    from clusterdesk.report.excel_data import MAX_FIRMS_BY_DEFAULT, start_data_sheet

    lang = check_lang(lang)
    if include_data is None:
        include_data = firms is not None and len(firms) <= MAX_FIRMS_BY_DEFAULT
    draft = Draft(Workbook(write_only=True))
    if include_data and firms is not None:
        try:
            draft.data = start_data_sheet(draft.wb, firms, lang)
        except BaseException:
            draft.discard()
            raise
    return draft


def build_workbook(results, lang: str = "en", include_data: bool | None = None,
                   task: Task = IDLE, draft: Draft | None = None):
    """The unsaved write-only Workbook (exposed so the benchmark can time building and saving),
    with the task, the number of steps the saving is the last of, and the compressed data sheet
    for the save ({sheet file: excel_packed.Packed}). ``draft``: begun by ``start`` for these
    results (``include_data`` is then ``start``'s)."""
    from clusterdesk.report.excel_charts import ChartValues
    from clusterdesk.report.excel_groups import few_groups
    from clusterdesk.report.excel_stream import write_plan

    lang = check_lang(lang)
    if draft is None:
        draft = start(results.firms, lang, include_data)
    wb = draft.wb
    try:
        results = few_groups(results, lang)  # an id column mapped as region: readable sheets
        plans = _plans(results, lang)
        steps = len(plans) + (3 if draft.data is not None else 0) + 1
        chart_values = ChartValues(t(lang, "sheet.chart_values"))
        for k, (message, build) in enumerate(plans):
            task.step(k / steps, f"Writing {message}")
            write_plan(wb, build(), chart_values)
        chart_values.write(wb)
        packed = {}
        if draft.data is not None:
            task.step(len(plans) / steps, "Writing the coded data")
            packed[draft.data.ws._writer.out] = draft.data.finish(task)
            wb.move_sheet(draft.data.ws.title, len(wb.worksheets) - 1 - wb.index(draft.data.ws))
    except BaseException:
        draft.discard()
        raise
    return wb, task, steps, packed


def discard(wb, packed: dict | None = None) -> None:
    """Close a write-only workbook that will not be saved and delete its streamed sheet files
    (otherwise openpyxl's half-written generators fail noisily when garbage-collected) and its
    compressed sheets (``packed``)."""
    from clusterdesk.report.excel_packed import remove

    for member in (packed or {}).values():
        remove(member.path)
    for ws in wb.worksheets:
        if getattr(ws, "_writer", None) is None:
            continue
        try:
            if not ws.closed:  # the data sheet is closed early (excel_data), the others not
                ws.close()
        except (OSError, ValueError, StopIteration):  # a close cut short (Ctrl-C) ended its writer
            pass
        try:
            ws._writer.cleanup()
        except (OSError, ValueError):
            pass


def write_workbook(results, path: str | os.PathLike, lang: str = "en",
                   include_data: bool | None = None, task: Task = IDLE,
                   draft: Draft | None = None) -> Path:
    """Write the report workbook to `path` (replacing it) and return the path; ``draft``: the
    workbook ``start`` began for these results.

    Raises UserError when the target cannot be written (open in Excel, a folder, read-only),
    Cancelled when ``task`` is stopped; in both cases no temporary file is left behind and an
    existing report at `path` is untouched.
    """
    target = Path(path)
    try:
        if reachable_dir(target):
            raise UserError(folder_not_file(target))
    except BaseException:
        if draft is not None:
            draft.discard()
        raise
    wb, task, steps, packed = build_workbook(results, lang, include_data, task, draft)
    try:
        task.step((steps - 1) / steps, "Saving the workbook")
    except BaseException:  # Cancelled, or Ctrl-C during the step's pause
        discard(wb, packed)
        raise
    save(wb, target, discard, task, packed)
    task.report(1.0, "Report written")
    return target
