"""Export speed: the report workbook of a 100,000-firm survey, against openpyxl's own floor.

Survey: the demo survey coded once and repeated to 100,000 firms, analysed by the real engine.
Measured: clusterdesk.report.excel.write_workbook (every sheet, coded data included).
Floor: openpyxl in write-only mode writing the same number of cells (the coded-data values as
plain Python lists, plus as many numbers as the table sheets hold), unstyled, no charts.
Prints the best of three runs of each and their ratio. Target: at most 1.5 x the floor.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

FIRMS = 100_000
RUNS = 3


def survey_results(firms: int = FIRMS):
    import pandas as pd

    import clusterdesk.io as io
    from clusterdesk import paths
    from clusterdesk.analysis import code, run
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.mapping import fileformat

    mapping = fileformat.load(paths.demo_mapping())
    src = mapping.source
    raw = io.read(paths.demo_survey(), sheet=src.sheet, header_row=src.header_row,
                  header_rows=src.header_rows)
    demo = code(raw, mapping)
    copies = -(-firms // len(demo.data))
    data = pd.concat([demo.data] * copies, ignore_index=True).iloc[:firms].copy()
    data["raw_row"] = range(2, firms + 2)
    survey = Survey(data, demo.report, mapping, raw)
    return run(survey)


def floor_cells(results) -> tuple[list[list], int]:
    """The coded-data rows as plain lists, and how many table cells the other sheets hold."""
    firms = results.firms
    rows = [list(firms.columns)]
    cols = [firms[c].astype(object).where(firms[c].notna(), None).tolist() for c in firms.columns]
    rows += [list(r) for r in zip(*cols, strict=True)]
    table_cells = sum(len(t.rows) * len(t.columns) * 3 for t in results.tables.values())
    return rows, table_cells


def time_floor(rows: list[list], table_cells: int, path: Path) -> float:
    from openpyxl import Workbook

    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("tables")
    width = 20
    for i in range(0, table_cells, width):
        ws.append([float(i + k) for k in range(min(width, table_cells - i))])
    ws = wb.create_sheet("data")
    for r in rows:
        ws.append(r)
    wb.save(path)
    return time.perf_counter() - start


def time_export(results, path: Path) -> float:
    from clusterdesk.report.excel import write_workbook

    start = time.perf_counter()
    write_workbook(results, path, include_data=True)
    return time.perf_counter() - start


def main() -> int:
    t0 = time.perf_counter()
    results = survey_results()
    print(f"analysed {len(results.firms):,} firms in {time.perf_counter() - t0:.1f} s "
          f"({results.firms.shape[1]} coded columns)")
    rows, table_cells = floor_cells(results)
    print(f"floor writes {len(rows) * len(rows[0]) + table_cells:,} cells")
    with tempfile.TemporaryDirectory() as tmp:
        floors, exports = [], []
        for _ in range(RUNS):  # interleaved, so load from other processes hits both alike
            floors.append(time_floor(rows, table_cells, Path(tmp) / "floor.xlsx"))
            exports.append(time_export(results, Path(tmp) / "report.xlsx"))
        floor, export = min(floors), min(exports)
        size = (Path(tmp) / "report.xlsx").stat().st_size
    ratio = export / floor
    print(f"floor (openpyxl write-only, same cells): {floor:.2f} s")
    print(f"ClusterDesk report workbook:            {export:.2f} s ({size / 1e6:.1f} MB)")
    print(f"ratio: {ratio:.2f} x the floor (target <= 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
