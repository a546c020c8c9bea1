"""Uruguay's innovation survey (EAII 2019-2021) as the agency received it, with a format-2 mapping
(spec 7): no region, no location question, 1/2 yes/no with 999 = not asked, weight w_trans.
T1 and T2 are checked against figures worked out here with pandas; T3-T6 say why they are
missing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from clusterdesk.analysis import analyse_file
from clusterdesk.mapping import fileformat
from clusterdesk.report.results_json import to_document

SURVEY = Path("/work/shared/fixtures/real-surveys/eaii_uy_2019_2021.csv")
pytestmark = pytest.mark.skipif(not SURVEY.exists(), reason="the real survey is not here")
NOT_ASKED = {f: {"not_asked": True} for f in ("customers", "suppliers", "competitors", "labour",
                                              "research", "capital")}


def mapping_document(weight: bool = True, **columns) -> dict:
    cols = {"firm_id": "ID_Estadistico", "sector": "Division", "employees": "IG_4_1_3",
            "product": "E1_1_1", "process": "E1_2_1", **NOT_ASKED, **columns}
    if weight:
        cols["weight"] = "w_trans"
    return {"format": "clusterdesk-mapping", "version": 2, "columns": cols,
            "codes": {"yes_no": {"yes": ["1"], "no": ["2"], "skipped_means_no": ["999"]}}}


def analyse(tmp_path: Path, document: dict):
    path = tmp_path / "uy.clusterdesk.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return analyse_file(SURVEY, fileformat.load(path))


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return pd.read_csv(SURVEY, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)


def yes_no(column: pd.Series) -> pd.Series:
    return column.map({"1": 1.0, "2": 0.0, "999": 0.0})  # anything else (blank) is missing


def weighted_pct(y: pd.Series, w: pd.Series) -> float:
    ok = y.notna()
    return 100 * float((y[ok] * w[ok]).sum() / w[ok].sum())


@pytest.fixture(scope="module")
def weighted(tmp_path_factory):
    return analyse(tmp_path_factory.mktemp("uy"), mapping_document())


def test_t2_total_weighted_and_unweighted(weighted, frame, tmp_path):
    w = frame["w_trans"].str.replace(",", ".").astype(float)
    product, process = yes_no(frame["E1_1_1"]), yes_no(frame["E1_2_1"])
    t2 = weighted.tables["innovation_by_region"]
    assert [r.key for r in t2.rows] == ["Total"]
    assert t2.value("Total", "product") == pytest.approx(weighted_pct(product, w), abs=1e-9)
    assert round(t2.value("Total", "product"), 2) == 4.86  # the agency's published figure
    assert t2.value("Total", "process") == pytest.approx(weighted_pct(process, w), abs=1e-9)
    assert t2.value("Total", "n") == len(frame) == 2408
    unweighted = analyse(tmp_path, mapping_document(weight=False)).tables["innovation_by_region"]
    assert unweighted.value("Total", "product") == pytest.approx(
        100 * (frame["E1_1_1"] == "1").sum() / product.notna().sum(), abs=1e-9)
    assert unweighted.value("Total", "process") == pytest.approx(100 * process.mean(), abs=1e-9)
    # the weights halve the share: the reason the survey publishes weighted figures
    assert unweighted.value("Total", "product") > 2 * t2.value("Total", "product")


def test_t2_has_no_tests_by_region_and_says_why(weighted):
    t2 = weighted.tables["innovation_by_region"]
    assert [(g.key, g.p) for g in t2.tests] == [("product", None), ("process", None)]
    assert all("no region" in g.note for g in t2.tests)
    assert any("has no region" in n and "Total row only" in n for n in t2.notes)


def test_skipped_firms_are_counted_as_non_innovators_and_said(weighted, frame):
    skipped = int((frame["E1_1_1"] == "999").sum())
    assert skipped == 1807
    assert "1,807 firms not asked E1_1_1 (999) counted as non-innovators." in \
        weighted.input.warnings
    assert weighted.input.suspect == 0  # with 2 = no, nothing looks impossible


def test_t1_sectors_and_employees(weighted, frame):
    w = frame["w_trans"].str.replace(",", ".").astype(float)
    t1 = weighted.tables["sample_categories"]
    counts = frame["Division"].value_counts()
    wsum = w.groupby(frame["Division"]).sum()
    for sector in ("10", "86", "49", "62"):
        assert t1.value(sector, "n", group="sector") == counts[sector]
        assert t1.value(sector, "pct", group="sector") == pytest.approx(
            100 * counts[sector] / len(frame), abs=1e-9)
        assert t1.value(sector, "weighted_pct", group="sector") == pytest.approx(
            100 * wsum[sector] / w.sum(), abs=1e-9)
    assert sum(r.values[0] for r in t1.rows if r.group == "sector") == len(frame)
    employees = pd.to_numeric(frame["IG_4_1_3"].str.replace(",", "."), errors="coerce").dropna()
    numbers = weighted.tables["sample_numbers"]
    for stat, expected in (("n", len(employees)), ("mean", employees.mean()),
                           ("median", employees.median()), ("sd", employees.std(ddof=1)),
                           ("min", employees.min()), ("max", employees.max())):
        assert numbers.value("employees", stat) == pytest.approx(expected, rel=1e-12), stat


def test_tables_the_survey_cannot_have_say_why(weighted):
    for key, n in (("cluster_extent", 3), ("innovation_by_location", 4),
                   ("cluster_classification", 5)):
        table = weighted.tables[key]
        assert table.rows == [] and table.columns == []
        assert [str(x) for x in table.notes] == [
            f"The survey asks none of the six location factors, so Table {n} cannot be made."]
    assert weighted.regression.models == []
    assert [str(x) for x in weighted.regression.notes] == [
        "The survey asks none of the six location factors, so Table 6 cannot be made."]
    document = to_document(weighted)
    assert document["tables"]["cluster_extent"]["rows"] == []
    assert document["tables"]["regression"]["notes"] == [
        "The survey asks none of the six location factors, so Table 6 cannot be made."]
    assert document["tables"]["innovation_by_region"]["tests"][0]["p"] is None


def test_product_from_four_columns(tmp_path, frame):
    """New or improved goods or services: yes when any of the four says yes."""
    cols = ["E1_1_1", "E1_2_1", "E1_1_2", "E1_2_2"]
    document = mapping_document(weight=False, product={"any_of": cols})
    del document["columns"]["process"]  # E1_2_1 is one of the four: one column, one role
    results = analyse(tmp_path, document)
    parts = pd.concat([yes_no(frame[c]) for c in cols], axis=1)
    expected = np.where((parts == 1).any(axis=1), 1.0,
                        np.where(parts.notna().any(axis=1), 0.0, np.nan))
    expected = pd.Series(expected)
    assert results.tables["innovation_by_region"].value("Total", "product") == pytest.approx(
        100 * expected.mean(), abs=1e-9)
    assert results.tables["innovation_by_region"].value("Total", "product") > \
        100 * yes_no(frame["E1_1_1"]).mean()
