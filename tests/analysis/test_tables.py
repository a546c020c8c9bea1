"""Tables 1-5 on ten firms whose answers are counted by hand below."""

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency
from statsmodels.stats.proportion import proportion_confint

from clusterdesk.analysis import code, run
from clusterdesk.runtime import Task
from tests.analysis.helpers import firms, mapping, raw_table

#         region       customers..capital  product  radical (Q10b)
TEN = [("Oslo", "RRRRRN", "Yes", "Yes"),    # 1 r=5 regional
       ("Oslo", "RRRRNN", "Yes", "No"),     # 2 r=4 regional
       ("Oslo", "NNIIRN", "No", "Yes"),     # 3 r=1 n=3 i=2 non-regional; radical -> 0 (rule)
       ("Oslo", "RRR?NI", "Yes", None),     # 4 r=3 intermediate; radical missing
       ("Bergen", "RRRRRR", "No", None),    # 5 regional; radical -> 0 (rule)
       ("Bergen", "NNNNNN", "Yes", "Yes"),  # 6 non-regional
       ("Bergen", "IIIIRR", "Yes", "No"),   # 7 r=2 non-regional
       ("Bergen", "RR????", None, "Yes"),   # 8 a=2 unclassified; product missing
       ("Trondheim", "RRRNNN", "No", "No"),  # 9 intermediate
       ("", "RRRRII", "Yes", "Yes")]         # 10 regional, no region


def ten_firms(weight=None):
    frame = firms([(r, loc, p) for r, loc, p, _ in TEN])
    frame["Q10b"] = [x for *_, x in TEN]
    extra = {}
    if weight is not None:
        frame["W"] = weight
        extra["weight"] = "W"
    m = mapping(frame, **extra)
    m.order["region"] = ["Oslo", "Bergen", "Stavanger", "Trondheim"]  # Stavanger: no firms
    return run(code(raw_table(frame), m))


@pytest.fixture(scope="module")
def res():
    return ten_firms()


def _ci(k, n):
    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    return 100 * low, 100 * high


def test_t1_region_counts_missing_row_and_empty_category(res):
    t = res.tables["sample_categories"]
    rows = [r for r in t.rows if r.group == "region"]
    assert [r.key for r in rows] == ["Oslo", "Bergen", "Stavanger", "Trondheim", "missing"]
    assert [r.values[0] for r in rows] == [4, 4, 0, 1, 1]
    assert [r.values[1] for r in rows[:4]] == pytest.approx([400 / 9, 400 / 9, 0, 100 / 9])
    assert rows[-1].kind == "missing" and rows[-1].values[1] is None
    assert [c.key for c in t.columns] == ["n", "pct"]


def test_t1_numbers_by_hand():
    frame = firms([("A", "R", "Yes")] * 5)
    frame["Emp"] = ["10", "20", "3,5 ", "n/a", "1 000"]
    s = code(raw_table(frame), mapping(frame, employees="Emp"))
    t = run(s).tables["sample_numbers"]
    x = [10, 20, 3.5, 1000]
    mean = sum(x) / 4
    sd = (sum((v - mean) ** 2 for v in x) / 3) ** 0.5
    assert t.row("employees").values == pytest.approx([4, mean, 15.0, sd, 3.5, 1000])
    assert [r.key for r in t.rows] == ["employees"]


def test_t2_innovation_by_region(res):
    t = res.tables["innovation_by_region"]
    assert [c.key for c in t.columns] == ["product", "product_new_to_market", "process",
                                          "process_new_to_industry", "n"]
    assert [r.key for r in t.rows] == ["Oslo", "Bergen", "Stavanger", "Trondheim", "Total"]
    assert t.row("Oslo").values[:2] == pytest.approx([75.0, 100 / 3])
    assert t.row("Oslo").values[4] == 4
    assert t.row("Bergen").values[:2] == pytest.approx([200 / 3, 50.0])
    assert t.row("Trondheim").values[:2] == [0.0, 0.0]
    assert t.row("Stavanger").values == [None, None, None, None, 0]
    total = t.row("Total")
    assert total.values[:2] == pytest.approx([600 / 9, 400 / 9]) and total.values[4] == 10
    # unmapped process questions: empty cells, never NaN, and a note
    assert total.values[2] is None and total.values[3] is None
    assert any("Process innovation" in n for n in t.notes)
    assert (total.ci_low[0], total.ci_high[0]) == pytest.approx(_ci(6, 9))
    assert t.row("Oslo").ci_low[4] is None and t.row("Stavanger").ci_low[0] is None
    test = t.test("product")
    expected = chi2_contingency(np.array([[3, 1], [2, 1], [0, 1]]), correction=False)
    assert t.tests_by == "column" and [x.key for x in t.tests] == ["product",
                                                                   "product_new_to_market"]
    assert test.chi2 == pytest.approx(expected[0]) and test.df == 2
    assert test.small_counts is True


def test_t3_cluster_extent(res):
    t = res.tables["cluster_extent"]
    assert [c.key for c in t.columns] == ["Oslo", "Bergen", "Stavanger", "Trondheim", "Total"]
    assert [r.key for r in t.rows][-1] == "average"
    assert t.row("customers").values == pytest.approx([75.0, 50.0, None, 100.0, 70.0])
    assert t.row("research").values == pytest.approx([50.0, 200 / 3, None, 0.0, 400 / 9])
    assert t.value("labour", "Oslo") == pytest.approx(200 / 3)
    assert t.value("capital", "Oslo") == 0.0
    assert t.value("average", "Oslo") == pytest.approx((75 + 75 + 75 + 200 / 3 + 50 + 0) / 6)
    assert t.value("average", "Stavanger") is None
    assert t.row("average").ci_low == [None] * 5
    assert t.row("customers").ci_low[4] == pytest.approx(_ci(7, 10)[0])
    region_x_regional = np.array([[3, 1], [2, 2], [1, 0]])  # customers: Oslo, Bergen, Trondheim
    expected = chi2_contingency(region_x_regional, correction=False)
    assert t.test("customers").chi2 == pytest.approx(expected[0])


def test_t4_innovation_by_location(res):
    t = res.tables["innovation_by_location"]
    assert [c.key for c in t.columns] == ["regional", "national", "international"]
    assert t.row("customers").values == pytest.approx([400 / 6, 50.0, 100.0])
    assert t.row("capital").values == pytest.approx([50.0, 60.0, 100.0])
    avg = t.row("average")
    assert avg.label == "Average (un-weighted)"
    rows = [r for r in t.rows if r.kind == "data"]
    assert avg.values[0] == pytest.approx(sum(r.values[0] for r in rows) / 6)
    expected = chi2_contingency(np.array([[2, 4], [1, 1], [0, 1]]), correction=False)
    assert t.test("customers").chi2 == pytest.approx(expected[0])
    assert t.title.startswith("Table 4. The effect of clusters on product innovation")


def test_t5_cluster_classification(res):
    t = res.tables["cluster_classification"]
    assert [c.key for c in t.columns] == ["non_regional", "regional", "all"]
    assert [r.key for r in t.rows] == ["product", "product_new_to_market", "process",
                                       "process_new_to_industry", "n"]
    assert t.row("product").values == pytest.approx([200 / 3, 75.0, 600 / 9])
    assert t.row("product_new_to_market").values == pytest.approx([100 / 3, 50.0, 400 / 9])
    assert t.row("process").values == [None, None, None]
    assert t.row("n").values == [3, 4, 10]
    expected = chi2_contingency(np.array([[1, 2], [1, 3]]), correction=False)
    test = t.test("product")
    assert test.chi2 == pytest.approx(expected[0]) and test.fisher_p is not None
    assert any("2 intermediate firms and 1 unclassified" in n for n in t.notes)


def test_firms_frame_and_input_summary(res):
    f = res.firms
    assert f["cluster_class"].tolist() == ["regional", "regional", "non_regional",
                                           "intermediate", "regional", "non_regional",
                                           "non_regional", "unclassified", "intermediate",
                                           "regional"]
    assert f["scope"].tolist()[:3] == ["regional", "regional", "national"]
    assert f["scope"].iloc[6] == "international"
    assert res.input.rows_read == 10 and res.input.rows_used == 10
    assert res.input.source == "test.xlsx" and res.input.weighted is False


def _figures(results):
    out = []
    for t in results.tables.values():
        for r in t.rows:
            out.append((t.key, r.key, r.values, r.ci_low, r.ci_high))
        for x in t.tests:
            out.append((t.key, x.key, x.chi2, x.df, x.p, x.fisher_p, x.small_counts))
    return out


def _same(a, b):
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float):
        return a == pytest.approx(b, rel=1e-9, abs=1e-12)
    return a == b


def test_every_weight_two_gives_the_unweighted_figures(res):
    weighted = ten_firms(weight=[2] * 10)
    assert weighted.input.weighted is True
    a = [x for x in _figures(res) if x[0] != "sample_categories"]
    b = [x for x in _figures(weighted) if x[0] != "sample_categories"]
    assert _same(a, b)
    t1 = weighted.tables["sample_categories"]
    assert [c.key for c in t1.columns] == ["n", "pct", "weighted_n", "weighted_pct"]
    oslo = t1.row("Oslo", "region").values
    assert oslo == pytest.approx([4, 400 / 9, 8.0, 400 / 9])
    assert all(t.approximate for t in weighted.tables["innovation_by_region"].tests)


def test_unequal_weights_change_shares_by_hand():
    res = ten_firms(weight=[1, 1, 1, 3, 1, 1, 1, 1, 1, 1])
    # Oslo product: firms 1, 2, 4 yes (weights 1, 1, 3), firm 3 no (1): 5 / 6
    t = res.tables["innovation_by_region"]
    assert t.value("Oslo", "product") == pytest.approx(500 / 6)
    assert t.value("Oslo", "n") == 4


def test_no_nan_anywhere(res):
    for t in res.tables.values():
        for r in t.rows:
            for v in [*r.values, *(r.ci_low or []), *(r.ci_high or [])]:
                assert v is None or (isinstance(v, (int, float)) and not pd.isna(v))


def test_blank_sector_is_a_missing_row_not_a_category():
    frame = firms([("A", "R", "Yes")] * 4)
    frame["Sector"] = ["Trade", " ", None, "Trade"]
    t = run(code(raw_table(frame), mapping(frame, sector="Sector"))).tables["sample_categories"]
    rows = [r for r in t.rows if r.group == "sector"]
    assert [(r.key, r.values[0], r.values[1]) for r in rows] == [("Trade", 2, 100.0),
                                                                 ("missing", 2, None)]


def test_column_of_zeros_and_unmapped_table4_outcome_give_notes_not_nan():
    from clusterdesk.mapping.model import Settings

    frame = firms([("Oslo", "RRRRRR", "Yes"), ("Bergen", "NNNNNN", "No"),
                   ("Oslo", "RRRRRN", "No"), ("Bergen", "IIIIII", "Yes")])
    frame["Q11"] = ["No"] * 4  # nobody innovated processes
    s = code(raw_table(frame), mapping(frame))
    res = run(s)
    t2 = res.tables["innovation_by_region"]
    assert t2.row("Total").values[2] == 0.0
    test = t2.test("process")
    assert test.chi2 is None and test.p is None and "Only one answer" in test.note
    res = run(s, Settings(table4_outcome="process_new_to_industry"))
    t4 = res.tables["innovation_by_location"]
    assert all(v is None for r in t4.rows for v in r.values)
    assert t4.tests == [] and any("No column is mapped" in n for n in t4.notes)
    test_no_nan_anywhere(res)


def test_run_reports_progress_and_can_be_cancelled(res):
    from clusterdesk.errors import Cancelled

    frame = firms([(r, loc, p) for r, loc, p, _ in TEN])
    s = code(raw_table(frame), mapping(frame))
    seen = []
    run(s, task=Task(lambda f, m: seen.append(f)))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        run(s, task=Task(should_stop=lambda: True))


def test_unmapped_factor_gives_an_empty_row_and_a_note():
    frame = firms([(r, loc, p) for r, loc, p, _ in TEN])
    m = mapping(frame)
    del m.columns["capital"]
    res = run(code(raw_table(frame), m))
    t3 = res.tables["cluster_extent"]
    assert t3.row("capital").values == [None] * 4
    # Total column by hand: customers 7/10, suppliers 7/10, competitors 6/9, labour 4/8,
    # research 4/9 regional
    by_hand = (70 + 70 + 600 / 9 + 50 + 400 / 9) / 5
    assert t3.value("average", "Total") == pytest.approx(by_hand)
    assert any("'Access to capital'" in n for n in t3.notes)
    assert res.tables["innovation_by_location"].row("capital").values == [None] * 3


def test_invalid_settings_are_a_user_error():
    from clusterdesk.errors import UserError
    from clusterdesk.mapping.model import Settings

    frame = firms([(r, loc, p) for r, loc, p, _ in TEN])
    s = code(raw_table(frame), mapping(frame))
    with pytest.raises(UserError, match="'innovation' is not an innovation outcome"):
        run(s, Settings(regression_outcomes=["innovation"]))
    with pytest.raises(UserError, match="non-regional maximum"):
        run(s, Settings(nonregional_max=4))
