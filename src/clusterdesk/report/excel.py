"""Results -> the report-ready workbook (issue 6): one sheet per table of the paper, the Method
sheet and, optionally, the coded data.

The whole workbook is written in openpyxl's write-only mode (fast and lean for the data sheet;
table sheets are planned in memory first, see excel_layout) to a temporary file beside the
target, then moved into place, so a failed or cancelled export never leaves half a file and never
destroys the previous report.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.report.excel_save import folder_not_file, reachable_dir, save
from clusterdesk.report.labels import check_lang, t
from clusterdesk.runtime import Task

Progress = Callable[[float, str], None]
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


def build_workbook(results, lang: str = "en", include_data: bool | None = None,
                   progress: Progress | None = None, should_stop: Callable[[], bool] | None = None,
                   task: Task | None = None):
    """The unsaved write-only Workbook (exposed so the benchmark can time building and saving),
    with the task and the number of steps the saving is the last of."""
    task = Task.of(task, progress, should_stop)
    from openpyxl import Workbook

    from clusterdesk.report.excel_charts import ChartValues
    from clusterdesk.report.excel_data import MAX_FIRMS_BY_DEFAULT, write_data_sheet
    from clusterdesk.report.excel_groups import few_groups
    from clusterdesk.report.excel_stream import write_plan

    lang = check_lang(lang)
    results = few_groups(results, lang)  # an id column mapped as region: readable sheets
    firms = results.firms
    if include_data is None:
        include_data = firms is not None and len(firms) <= MAX_FIRMS_BY_DEFAULT
    include_data = bool(include_data) and firms is not None
    plans = _plans(results, lang)
    steps = len(plans) + (3 if include_data else 0) + 1
    wb = Workbook(write_only=True)
    try:
        chart_values = ChartValues(t(lang, "sheet.chart_values"))
        for k, (message, build) in enumerate(plans):
            task.step(k / steps, f"Writing {message}")
            write_plan(wb, build(), chart_values)
        chart_values.write(wb)
        if include_data:
            base = len(plans)
            write_data_sheet(wb, firms, lang, task.sub(base / steps, (base + 3) / steps))
    except BaseException:
        discard(wb)
        raise
    return wb, task, steps


def discard(wb) -> None:
    """Close a write-only workbook that will not be saved and delete its streamed sheet files
    (otherwise openpyxl's half-written generators fail noisily when garbage-collected)."""
    for ws in wb.worksheets:
        if getattr(ws, "_writer", None) is None:
            continue
        try:
            if not ws.closed:  # the data sheet is closed early (excel_data), the others not
                ws.close()
            ws._writer.cleanup()
        except (OSError, ValueError):
            pass


def write_workbook(results, path: str | os.PathLike, lang: str = "en",
                   include_data: bool | None = None, progress: Progress | None = None,
                   should_stop: Callable[[], bool] | None = None, task: Task | None = None
                   ) -> Path:
    """Write the report workbook to `path` (replacing it) and return the path.

    Raises UserError when the target cannot be written (open in Excel, a folder, read-only),
    Cancelled when should_stop() says so; in both cases no temporary file is left behind and an
    existing report at `path` is untouched.
    """
    target = Path(path)
    if reachable_dir(target):
        raise UserError(folder_not_file(target))
    wb, task, steps = build_workbook(results, lang, include_data, progress, should_stop, task)
    try:
        task.step((steps - 1) / steps, "Saving the workbook")
    except BaseException:  # Cancelled, or Ctrl-C during the step's pause
        discard(wb)
        raise
    save(wb, target, discard, task)
    task.report(1.0, "Report written")
    return target
