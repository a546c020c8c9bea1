"""The results file: exact keys of spec sections 5 and 6, unrounded values, nulls, atomic writing."""

from __future__ import annotations

import json
import math
import os
import stat

import numpy as np
import pytest

from clusterdesk.analysis.results import (
    COUNT,
    Column,
    GroupTest,
    InputSummary,
    ModelResult,
    RegressionResult,
    Results,
    ResultTable,
    Row,
    Term,
)
from clusterdesk.errors import UserError
from clusterdesk.report import results_json

SHARE_COLS = ["product", "product_new_to_market", "process", "process_new_to_industry"]


def _t2() -> ResultTable:
    cols = [Column(k, k) for k in SHARE_COLS] + [Column("n", "N firms", COUNT, "count")]
    oslo = Row("Oslo", "Oslo", [np.float64(2 / 3 * 100), 100 / 3, float("nan"), None, np.int64(3)],
               ci_low=[20.765, 6.149, None, None, None], ci_high=[93.851, 79.235, None, None, None])
    total = Row("Total", "Total", [50.0, 25.0, 0.0, float("inf"), 4.0], kind="total")
    test = GroupTest("product", "Product", chi2=np.float64(1.3333333333333333), df=np.int64(1),
                     p=0.248, fisher_p=None, small_counts=np.bool_(True))
    missing = GroupTest("process", "Process", chi2=None, df=None, p=None, note="one column")
    return ResultTable("innovation_by_region", "Innovation by region", cols, [oslo, total],
                       notes=["a note"], tests=[test, missing], tests_by="column")


def _results() -> Results:
    t1c = ResultTable("sample_categories", "Sample", [Column("n", "N", COUNT, "count"),
                                                      Column("pct", "%")],
                      [Row("Oslo", "Oslo", [3.0, 75.0], group="region"),
                       Row("Bergen", "Bergen", [1, 25.0], group="region"),
                       Row("Missing", "Missing", [np.int64(2), None], group="region",
                           kind="missing"),
                       Row("Manufacturing", "Manufacturing", [4, 100.0], group="sector")])
    stats = ["n", "mean", "median", "sd", "min", "max"]
    t1n = ResultTable("sample_numbers", "Numbers", [Column(k, k) for k in stats],
                      [Row("employees", "Employees", [4.0, 12.5, 11.0, 5.0, np.float32(7), 21.0])])
    terms = [Term("national", "National", np.float64(0.2345678901234567), 0.08, 2.93, 0.0034,
                  odds_ratio=1.2643, ame=5.1, ame_se=1.7, ame_p=0.003),
             Term("sector[Retail]", "Retail", -0.1, 0.2, -0.5, 0.617, shown=False),
             Term("const", "Constant", 1.0, 0.5, 2.0, 0.0455, odds_ratio=math.e)]
    fitted = ModelResult("product", "Product innovation", "logit", "model", n=np.int64(1650),
                         pseudo_r2=0.08, llf=-1000.0, llr_pvalue=1e-9, aic=2030.0, terms=terms)
    failed = ModelResult("product_new_to_market", "Radical", "logit", "model",
                         error="Only one outcome value: every firm answered no.")
    return Results(
        input=InputSummary("survey.xlsx", 0, rows_read=6, rows_used=5,
                           warnings=["1 row had no answers and was left out."]),
        tables={"sample_categories": t1c, "sample_numbers": t1n, "innovation_by_region": _t2()},
        regression=RegressionResult("Regression", [fitted, failed]), settings=None)


def test_document_has_exactly_the_spec_keys():
    doc = results_json.to_document(_results())
    assert set(doc) == {"format", "version", "input", "tables"}
    assert (doc["format"], doc["version"]) == ("clusterdesk-results", 1)
    assert doc["input"] == {"rows_read": 6, "rows_used": 5,
                            "warnings": ["1 row had no answers and was left out."]}
    assert set(doc["tables"]) == {"innovation_by_region", "regression", "sample"}
    t2 = doc["tables"]["innovation_by_region"]
    assert set(t2) == {"title", "columns", "rows", "notes", "tests"}
    assert t2["columns"] == SHARE_COLS + ["n"]
    assert [r["key"] for r in t2["rows"]] == ["Oslo", "Total"]
    assert set(t2["rows"][0]) == {"key", "values", "ci_low", "ci_high"}
    assert set(t2["tests"][0]) == {"key", "chi2", "df", "p", "fisher_p", "small_counts"}
    model = doc["tables"]["regression"]["models"][0]
    assert set(model) == {"outcome", "model", "n", "pseudo_r2", "llf", "llr_pvalue", "aic",
                          "terms", "error"}
    assert set(model["terms"][0]) == {"key", "coef", "se", "z", "p", "odds_ratio", "ame",
                                      "ame_se", "ame_p"}


def test_values_unrounded_non_finite_null_and_plain_python_types():
    doc = results_json.to_document(_results())
    oslo, total = doc["tables"]["innovation_by_region"]["rows"]
    assert oslo["values"][0] == 2 / 3 * 100 and type(oslo["values"][0]) is float
    assert oslo["values"][1] == 100 / 3
    assert oslo["values"][2] is None and oslo["values"][3] is None  # NaN and missing
    assert oslo["values"][4] == 3 and type(oslo["values"][4]) is int  # a count stays a count
    assert total["values"][3] is None  # inf
    assert total["values"][4] == 4 and type(total["values"][4]) is int
    # intervals: parallel to values; a row without intervals gets a list of nulls
    assert oslo["ci_low"] == [20.765, 6.149, None, None, None]
    assert total["ci_low"] == [None] * 5 and total["ci_high"] == [None] * 5
    test, untested = doc["tables"]["innovation_by_region"]["tests"]
    assert test == {"key": "product", "chi2": 1.3333333333333333, "df": 1, "p": 0.248,
                    "fisher_p": None, "small_counts": True}
    assert type(test["df"]) is int and type(test["small_counts"]) is bool
    assert untested["chi2"] is None and untested["df"] is None
    fitted, failed = doc["tables"]["regression"]["models"]
    assert fitted["n"] == 1650 and type(fitted["n"]) is int
    assert fitted["terms"][0]["coef"] == 0.2345678901234567
    assert [t["key"] for t in fitted["terms"]] == ["national", "sector[Retail]", "const"]
    assert fitted["terms"][1]["odds_ratio"] is None
    assert fitted["error"] is None
    assert failed["error"].startswith("Only one outcome value")
    assert failed["n"] is None and failed["terms"] == []


def test_sample_tables_are_reshaped():
    sample = results_json.to_document(_results())["tables"]["sample"]
    assert sample["categories"] == {
        "region": [{"key": "Oslo", "n": 3, "pct": 75.0}, {"key": "Bergen", "n": 1, "pct": 25.0},
                   {"key": "Missing", "n": 2, "pct": None}],
        "sector": [{"key": "Manufacturing", "n": 4, "pct": 100.0}]}
    assert sample["numbers"] == {"employees": {"n": 4, "mean": 12.5, "median": 11.0, "sd": 5.0,
                                               "min": 7.0, "max": 21.0}}


def test_weighted_sample_uses_weighted_percent_and_unweighted_n():
    cols = [Column("n", "N", COUNT, "count"), Column("pct", "%"),
            Column("weighted_n", "Weighted N", "0.0", "count"), Column("weighted_pct", "W %")]
    table = ResultTable("sample_categories", "Sample", cols,
                        [Row("Oslo", "Oslo", [3, 75.0, 1.5, 60.0], group="region"),
                         Row("Bergen", "Bergen", [1, 25.0, 1.0, 40.0], group="region")])
    assert results_json.sample_categories(table) == {
        "region": [{"key": "Oslo", "n": 3, "pct": 60.0}, {"key": "Bergen", "n": 1, "pct": 40.0}]}


def test_write_is_atomic_json_and_round_trips(tmp_path):
    target = tmp_path / "out" / "results.json"
    results_json.write(_results(), target)
    assert [p.name for p in target.parent.iterdir()] == ["results.json"]  # no temporary left
    text = target.read_text(encoding="utf-8")
    assert "NaN" not in text and "Infinity" not in text
    assert json.loads(text) == results_json.to_document(_results())
    # readable like any file the user writes, not private like a temporary file
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_write_into_a_file_path_that_is_a_folder_is_a_user_error(tmp_path):
    (tmp_path / "results.json").mkdir()
    with pytest.raises(UserError, match="results.json"):
        results_json.write(_results(), tmp_path / "results.json")


def test_clean_handles_numpy_and_pandas_values():
    import pandas as pd

    assert results_json.clean(np.array([1.5, np.nan])) == [1.5, None]
    assert results_json.clean({"a": np.int32(2), "b": (np.float64(-np.inf),)}) == {"a": 2,
                                                                                   "b": [None]}
    assert results_json.clean(pd.NA) is None
    assert results_json.clean(np.bool_(False)) is False
