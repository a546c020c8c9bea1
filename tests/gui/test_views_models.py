"""The Qt models of the results views: display text from the column formats, raw floats in the
edit role, intervals and tests, the regression scales, and the Data tab's numpy model."""

from __future__ import annotations

import math
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt

from clusterdesk.analysis import code, run
from clusterdesk.analysis.results import (
    Column,
    GroupTest,
    ModelResult,
    RegressionResult,
    ResultTable,
    Row,
    Term,
)
from clusterdesk.gui.views.data_columns import build, class_columns
from clusterdesk.gui.views.data_model import DataModel
from clusterdesk.gui.views.regression_model import NO_ODDS, RegressionModel
from clusterdesk.gui.views.result_model import CI_HIGH_ROLE, CI_LOW_ROLE, ResultTableModel
from clusterdesk.io.table import ImportReport, RawTable
from clusterdesk.mapping import fileformat
from clusterdesk.paths import demo_mapping

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def table2() -> ResultTable:
    """A T2-shaped table with numbers whose display text is known by hand."""
    cols = [Column("product", "Product innovation"), Column("process", "Process innovation"),
            Column("n", "Number of firms", "0", "count")]
    rows = [Row("Oslo", "Oslo", [52.2345, 41.96, 501.0], [49.91, 37.8, None],
                [54.55, 46.1, None]),
            Row("Bergen", "Bergen", [None, 12.05, 3.0], [None, 1.2, None], [None, 40.0, None]),
            Row("Total", "Total", [50.0, 40.0, 504.0], [47.0, 37.0, None], [53.0, 43.0, None],
                kind="total")]
    tests = [GroupTest("product", "Product innovation", 15.5, 4, 0.0037),
             GroupTest("process", "Process innovation", 4.8, 4, 0.3, small_counts=True)]
    return ResultTable("innovation_by_region", "Table 2. Test", cols, rows, ["a note"], tests,
                       "Regions", "column")


def test_result_model_display_edit_and_intervals(qtmodeltester):
    model = ResultTableModel(table2())
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 3  # 3 rows + the test footer
    idx = model.index(0, 0)
    assert model.data(idx, DISPLAY) == "52.2 (49.9–54.5)"
    assert model.data(idx, EDIT) == 52.2345 and model.data(idx, CI_LOW_ROLE) == 49.91
    assert model.data(idx, CI_HIGH_ROLE) == 54.55
    assert model.data(model.index(0, 2), DISPLAY) == "501"  # count format '0', no interval
    assert model.data(model.index(1, 0), DISPLAY) == ""  # None is an empty cell, not 'nan'
    model.set_show_ci(False)
    assert model.data(idx, DISPLAY) == "52.2"
    assert model.data(model.index(1, 1), DISPLAY) == "12.1"  # 12.05 -> 12.1 half-even aside
    assert model.headerData(3, Qt.Orientation.Vertical) == "χ² test p"
    assert model.data(model.index(3, 0), DISPLAY) == "0.004***"
    assert model.data(model.index(3, 1), DISPLAY) == "0.300†"
    assert model.data(model.index(3, 1), EDIT) == 0.3
    assert "Pearson χ² = 4.800, df = 4" in model.data(model.index(3, 1),
                                                      Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(3, 2), DISPLAY) == ""
    assert model.has_small_counts


def test_result_model_never_raises_and_row_tests_become_a_column(qtmodeltester):
    t = table2()
    t.tests_by = "row"
    t.tests = [GroupTest("Oslo", "Oslo", None, None, None, note="only one group")]
    t.rows[0].values = [float("nan"), "oops", 1.0]  # type: ignore[list-item]
    model = ResultTableModel(t)
    qtmodeltester.check(model)
    assert model.columnCount() == 4 and model.rowCount() == 3
    assert model.headerData(3, Qt.Orientation.Horizontal) == "χ² test p"
    assert model.data(model.index(0, 3), DISPLAY) == "–"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "only one group"
    assert model.data(model.index(0, 0), DISPLAY) == ""
    assert model.data(model.index(0, 1), DISPLAY) == "oops"  # text shown as it is, no interval
    assert model.data(model.index(99, 99), DISPLAY) is None
    assert model.data(QModelIndex(), DISPLAY) is None


def test_stacked_table_gets_group_header_rows(qtmodeltester):
    cols = [Column("n", "Number of firms", "0", "count"), Column("pct", "% of sample")]
    rows = [Row("A", "A", [3, 75.0], group="sector"), Row("B", "B", [1, 25.0], group="sector"),
            Row("Oslo", "Oslo", [4, 100.0], group="region")]
    model = ResultTableModel(ResultTable("sample_categories", "T1", cols, rows))
    qtmodeltester.check(model)
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert [s.strip() for s in labels] == ["Industry sector", "A", "B", "Region", "Oslo"]
    assert model.data(model.index(1, 0), DISPLAY) == "3"
    assert model.data(model.index(1, 1), DISPLAY) == "75.0"


def regression() -> RegressionResult:
    logit = ModelResult("product", "Product innovation", "logit", "model", n=100,
                        pseudo_r2=0.1234, llf=-60.0, llr_pvalue=0.0004, aic=130.0, terms=[
                            Term("national", "National cluster", 0.5, 0.2, 2.5, 0.0124, 1.6487,
                                 10.0, 4.0, 0.0124),
                            Term("sector[A]", "Sector: A", 0.1, 0.3, 0.3, 0.7, 1.1, 2.0, 6.0,
                                 0.7, shown=False),
                            Term("const", "Constant", -1.0, 0.5, -2.0, 0.0455, 0.3679)])
    failed = ModelResult("process", "Process innovation", "probit", "model",
                         error="Only one outcome value: every firm answered yes.")
    probit = ModelResult("process_new_to_industry", "Radical process", "probit", "model", n=90,
                         terms=[Term("national", "National cluster", 0.3, 0.1, 3.0, 0.0027,
                                     None, 9.0, 3.0, 0.0027)])
    return RegressionResult("Table 6", [logit, failed, probit], ["a note"])


def test_regression_model_scales_and_errors(qtmodeltester):
    model = RegressionModel(regression())
    qtmodeltester.check(model)
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert labels[:4] == ["National cluster", "", "Constant", ""]  # sector dummies not shown
    assert "N" in labels and "Pseudo R² (McFadden)" in labels
    assert model.data(model.index(0, 0), DISPLAY) == "0.500**"
    assert model.data(model.index(1, 0), DISPLAY) == "(0.200)"
    assert model.data(model.index(0, 0), EDIT) == 0.5
    assert model.data(model.index(0, 1), DISPLAY).startswith("Only one outcome value")
    assert model.data(model.index(labels.index("N"), 1), DISPLAY) == ""
    assert model.data(model.index(labels.index("N"), 0), DISPLAY) == "100"
    assert model.data(model.index(labels.index("LR test p"), 0), DISPLAY) == "<0.001"
    model.set_scale("odds_ratio")
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), DISPLAY) == "1.649**"
    assert model.data(model.index(1, 0), DISPLAY) == "[p 0.012]"
    assert model.data(model.index(0, 2), DISPLAY) == NO_ODDS  # probit: no odds ratios
    model.set_scale("ame")
    assert model.data(model.index(0, 0), DISPLAY) == "10.000**"
    assert model.data(model.index(1, 2), DISPLAY) == "(3.000)"
    assert model.data(model.index(2, 0), DISPLAY) == ""  # no AME for the constant


# -- Data tab ------------------------------------------------------------------------------
def small_survey(n: int = 400, seed: int = 3):
    """A survey with the demo's columns and random answers, coded by the real engine."""
    mapping = fileformat.load(demo_mapping())
    rng = np.random.default_rng(seed)
    answers = {
        "region": ["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"],
        "sector": ["Manufacturing", "Construction", "Other services"],
        "dependence": ["Parent", "Independent"], "ownership": ["Norwegian", "Fully foreign"],
        "manager_education": ["Bachelor", "Master or higher"],
    }
    loc = ["In the region", "Elsewhere in Norway", "Abroad", "Don't know"]
    data = {}
    for role, column in mapping.columns.items():
        if role in answers:
            values = np.array(answers[role], dtype=object)
        elif role in ("customers", "suppliers", "competitors", "labour", "research", "capital"):
            values = np.array(loc, dtype=object)
        elif role.startswith("pro"):
            values = np.array(["Yes", "No"], dtype=object)
        elif role == "firm_id":
            data[column] = np.arange(1, n + 1)
            continue
        else:
            data[column] = rng.integers(1, 300, n).astype(float)
            continue
        data[column] = values[rng.integers(0, len(values), n)]
    frame = pd.DataFrame(data)
    raw = RawTable(Path("survey.xlsx"), list(frame.columns), frame, ImportReport(rows_read=n))
    return code(raw, mapping)


def test_data_model_filter_and_sort_by_numpy(qtmodeltester):
    survey = small_survey(150)
    results = run(survey)
    model = DataModel()
    model.set_columns(build(survey))
    model.set_class_columns(class_columns(results.firms))
    qtmodeltester.check(model)
    keys = model.column_keys()
    assert model.rowCount() == len(survey.data)
    assert keys[:3] == ["raw_row", "firm_id", "raw:firm_id"]
    assert "raw:region" in keys and "cluster_class" in keys
    region_col, raw_region = keys.index("region"), keys.index("raw:region")
    for r in range(0, model.rowCount(), 37):  # coded beside the file's own value
        assert model.data(model.index(r, region_col)) == model.data(model.index(r, raw_region))
    oslo = model.regions.index("Oslo")
    regional = model.classes.index("Regional cluster")
    model.set_filter(region=oslo, cluster_class=regional)
    firms = results.firms
    expected = ((firms["region"] == "Oslo") & (firms["cluster_class"] == "regional")).sum()
    assert model.rowCount() == expected > 0
    assert {model.data(model.index(r, region_col)) for r in range(model.rowCount())} == {"Oslo"}
    emp = keys.index("employees")
    model.sort(emp, Qt.SortOrder.DescendingOrder)
    shown = [model.data(model.index(r, emp), EDIT) for r in range(model.rowCount())]
    oslo_regional = firms[(firms["region"] == "Oslo") & (firms["cluster_class"] == "regional")]
    assert shown == sorted(oslo_regional["employees"].tolist(), reverse=True)
    model.set_filter(None, None)
    qtmodeltester.check(model)
    shown = [model.data(model.index(r, emp), EDIT) for r in range(model.rowCount())]
    assert shown == sorted(survey.data["employees"].tolist(), reverse=True)


def test_data_model_sort_puts_missing_last():
    survey = small_survey(60)
    survey.data.loc[[3, 7], "product"] = np.nan
    model = DataModel()
    model.set_columns(build(survey))
    col = model.column_keys().index("product")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(col, order)
        shown = [model.data(model.index(r, col)) for r in range(model.rowCount())]
        assert shown[-2:] == ["", ""] and "" not in shown[:-2]
        first = "No" if order == Qt.SortOrder.AscendingOrder else "Yes"
        assert shown[0] == first


def test_million_rows_build_without_a_string_per_cell():
    """1,000,000 firms: the model holds arrays; memory stays far below one string per cell."""
    base = small_survey(1000)
    n = 1_000_000
    take = np.arange(n) % 1000
    data = base.data.iloc[take].reset_index(drop=True)
    data["raw_row"] = np.arange(1, n + 1)
    raw_frame = base.raw.data.iloc[take].reset_index(drop=True)
    raw = RawTable(Path("big.xlsx"), list(raw_frame.columns), raw_frame, ImportReport())
    survey = type(base)(data=data, report=base.report, mapping=base.mapping, raw=raw)
    tracemalloc.start()
    model = DataModel()
    model.set_columns(build(survey))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    columns = model.columnCount()
    assert model.rowCount() == n and columns > 30
    # one Python string per cell would be > 50 bytes x 1e6 x columns (> 1.5 GB)
    assert peak < 12 * n * columns / 2, f"{peak / 1e6:.0f} MB for {columns} columns"
    last = model.index(n - 1, model.column_keys().index("region"))
    assert model.data(last) == str(data["region"].iloc[-1])
    assert math.isclose(model.data(model.index(n - 1, 0), EDIT), float(n))


@pytest.mark.parametrize("bad", [-1, 10**9])
def test_data_model_out_of_range_is_empty(bad):
    model = DataModel()
    model.set_columns(build(small_survey(20)))
    assert model.data(model.index(bad, 0)) is None
    assert model.headerData(bad, Qt.Orientation.Horizontal) is None


def test_large_sort_runs_in_the_background(qtbot, monkeypatch):
    import clusterdesk.gui.views.data_model as dm

    survey = small_survey(300)
    model = DataModel()
    model.set_columns(build(survey))
    monkeypatch.setattr(dm, "ASYNC_ROWS", 100)  # treat 300 firms as a large survey
    col = model.column_keys().index("employees")
    before = [model.data(model.index(r, col), EDIT) for r in range(5)]
    with qtbot.waitSignal(model.sorted, timeout=30_000):
        model.sort(col, Qt.SortOrder.AscendingOrder)
        assert [model.data(model.index(r, col), EDIT) for r in range(5)] == before  # not yet
    shown = [model.data(model.index(r, col), EDIT) for r in range(model.rowCount())]
    assert shown == sorted(survey.data["employees"].tolist())
    model.sort(col, Qt.SortOrder.DescendingOrder)
    model.set_columns(build(survey))  # new data before the sort came back: the sort is dropped
    model.wait()
    qtbot.wait(50)
    assert [model.data(model.index(r, 0), EDIT) for r in range(3)] == [1.0, 2.0, 3.0]
