"""Two waves (spec section 8): every figure against a computation made here, by hand from two
Wilson intervals and a 2x2 chi-square, and against statsmodels and scipy called directly."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2, chi2_contingency, fisher_exact, norm
from statsmodels.stats.proportion import confint_proportions_2indep

from clusterdesk.analysis import code, run
from clusterdesk.analysis.compare import compare
from clusterdesk.analysis.compare_cells import cell_change
from tests.analysis.helpers import full_mapping, random_survey, raw_table

Z = 1.959963984540054


def _wilson(k: float, n: float) -> tuple[float, float]:
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return centre - half, centre + half


def _by_hand(ka: int, na: int, kb: int, nb: int) -> tuple[float, float, float, float]:
    """Newcombe's hybrid score interval of pB - pA from the two Wilson intervals, and Pearson's
    chi-square p of the 2x2 table, written out."""
    pa, pb = ka / na, kb / nb
    la, ua = _wilson(ka, na)
    lb, ub = _wilson(kb, nb)
    d = pb - pa
    low = d - math.sqrt((pb - lb) ** 2 + (ua - pa) ** 2)
    high = d + math.sqrt((ub - pb) ** 2 + (pa - la) ** 2)
    a, b, c, e = kb, nb - kb, ka, na - ka
    n = a + b + c + e
    x2 = n * (a * e - b * c) ** 2 / ((a + b) * (c + e) * (a + c) * (b + e))
    return 100 * d, 100 * low, 100 * high, float(chi2.sf(x2, 1))


@pytest.mark.parametrize("ka,na,kb,nb", [(283, 501, 310, 480), (12, 40, 25, 44), (0, 30, 3, 31),
                                         (50, 50, 40, 52), (1, 9, 6, 8)])
def test_cell_change_is_newcombe_and_pearson_by_hand(ka, na, kb, nb):
    change, low, high, p, fisher_p = cell_change((100 * ka / na, na), (100 * kb / nb, nb), False)
    d, lo, hi, p_hand = _by_hand(ka, na, kb, nb)
    assert change == pytest.approx(d, abs=1e-9)
    assert (low, high) == (pytest.approx(lo, abs=1e-6), pytest.approx(hi, abs=1e-6))
    assert p == pytest.approx(p_hand, abs=1e-9)
    expected = chi2_contingency([[kb, nb - kb], [ka, na - ka]], correction=False)[3]
    if (expected < 5).any():
        assert fisher_p == pytest.approx(fisher_exact([[kb, nb - kb], [ka, na - ka]])[1])
    else:
        assert fisher_p is None


def test_no_interval_or_test_without_firms_and_none_when_all_answer_alike():
    assert cell_change((50.0, 0), (40.0, 10), False) == (-10.0, None, None, None, None)
    change, low, high, p, _ = cell_change((0.0, 20), (0.0, 30), False)
    assert change == 0 and low is not None and p is None


# ---- two coded waves ---------------------------------------------------------------------------

def _survey(frame: pd.DataFrame, drop: tuple[str, ...] = ()):
    mapping = full_mapping(frame)
    for role in drop:
        mapping.columns.pop(role)
    return code(raw_table(frame), mapping)


@pytest.fixture(scope="module")
def waves():
    base = random_survey(900, seed=11)
    later = random_survey(800, seed=12)
    later = later[later["Region"] != "Trondheim"].copy()  # a region only the base wave has
    later.loc[later.index[:40], "Region"] = "Kristiansand"  # and one only the later wave has
    later["Firm"] = [f"F{i}" for i in range(len(later))]
    base["Firm"] = [f"F{i}" for i in range(300, 300 + len(base))]
    a = _survey(base)
    a.mapping.columns["firm_id"] = "Firm"
    a = code(raw_table(base), a.mapping)
    b_mapping = full_mapping(later)
    b_mapping.order["region"] = ["Oslo", "Bergen", "Stavanger", "Kristiansand", "Rest of Norway"]
    b_mapping.columns.pop("sector")  # a control mapped in the base wave only
    b_mapping.columns["firm_id"] = "Firm"
    b = code(raw_table(later), b_mapping)
    results, comparison = compare(a, b, labels=("2023", "2025"), files=("a.xlsx", "b.xlsx"))
    return base, later, a, b, results, comparison


def _yes(frame: pd.DataFrame, column: str, mask) -> tuple[int, int]:
    answered = frame.loc[mask, column].isin(["Yes", "No"])
    return int((frame.loc[mask, column] == "Yes").sum()), int(answered.sum())


def test_every_t2_cell_equals_statsmodels_and_scipy_on_counts_made_here(waves):
    base, later, _, _, _, comparison = waves
    table = comparison.tables["innovation_by_region"]
    assert table.columns == ["product", "product_new_to_market", "process",
                             "process_new_to_industry"]
    columns = {"product": "Q10", "product_new_to_market": "Q10b", "process": "Q11",
               "process_new_to_industry": "Q11b"}
    assert [r.key for r in table.rows] == ["Oslo", "Bergen", "Stavanger", "Rest of Norway",
                                          "Total"]
    checked = 0
    for row in table.rows:
        for j, key in enumerate(table.columns):
            col = columns[key]
            if key == "product_new_to_market":  # the conditional rule of section 2 applies
                continue
            ma = np.ones(len(base), bool) if row.key == "Total" else base["Region"] == row.key
            mb = np.ones(len(later), bool) if row.key == "Total" else later["Region"] == row.key
            ka, na = _yes(base, col, ma)
            kb, nb = _yes(later, col, mb)
            low, high = confint_proportions_2indep(kb, nb, ka, na, method="newcomb",
                                                   compare="diff")
            p = chi2_contingency([[kb, nb - kb], [ka, na - ka]], correction=False)[1]
            assert row.base[j] == pytest.approx(100 * ka / na, abs=1e-9)
            assert row.later[j] == pytest.approx(100 * kb / nb, abs=1e-9)
            assert row.change[j] == pytest.approx(100 * (kb / nb - ka / na), abs=0.01)
            assert row.change_low[j] == pytest.approx(100 * low, abs=0.01)
            assert row.change_high[j] == pytest.approx(100 * high, abs=0.01)
            assert row.p[j] == pytest.approx(p, abs=1e-4)
            checked += 1
    assert checked == 15


def test_categories_in_one_wave_only_are_named_not_dropped(waves):
    notes = " ".join(waves[5].tables["innovation_by_region"].notes)
    assert "'Trondheim': only in 2023." in notes and "'Kristiansand': only in 2025." in notes


def test_average_rows_change_without_interval_or_test(waves):
    for key in ("cluster_extent", "innovation_by_location"):
        avg = waves[5].tables[key].rows[-1]
        assert avg.kind == "average"
        assert avg.change == [pytest.approx(b - a) for a, b in zip(avg.base, avg.later,
                                                                    strict=True)]
        assert avg.change_low == avg.p == [None] * len(avg.base)


def test_t6_compares_the_same_specification_and_leaves_one_wave_controls_out(waves):
    _, _, a, b, results, comparison = waves
    assert "'Industry sector' is mapped in one wave only and left out of both waves' models." \
        in comparison.notes
    own = {t.key for t in results.regression.models[0].terms}
    assert not any(k.startswith("sector[") for k in own)  # the later wave's own T6 as it was
    same = dataclasses.replace(b.mapping.settings, controls=["log_employees",
                                                              "manager_education",
                                                              "foreign_ownership",
                                                              "rd_expenditure"])
    fit_a, fit_b = run(a, same).regression.models[0], run(b, same).regression.models[0]
    model = comparison.models[0]
    assert model.outcome == "product"
    for term in model.terms:
        ta, tb = fit_a.term(term.key), fit_b.term(term.key)
        diff = tb.coef - ta.coef
        z = diff / math.sqrt(ta.se ** 2 + tb.se ** 2)
        assert term.diff == pytest.approx(diff, abs=1e-9)
        assert term.z == pytest.approx(z, abs=1e-9)
        assert term.p == pytest.approx(2 * norm.sf(abs(z)), abs=1e-9)
    assert {t.key for t in model.terms} >= {"national", "international", "log_employees"}


def test_firms_in_both_waves_are_counted_by_id(waves):
    base, later, *_ , comparison = waves
    expected = len(set(base["Firm"]) & set(later["Firm"]))
    assert expected > 0 and comparison.firms_in_both == expected
    assert any(f"{expected} firms are in both waves" in n for n in comparison.notes)


def test_the_later_waves_own_tables_are_unchanged(waves):
    _, _, _, b, results, _ = waves
    alone = run(b)
    for key in ("innovation_by_region", "cluster_extent", "cluster_classification"):
        assert [r.values for r in results.tables[key].rows] == \
            [r.values for r in alone.tables[key].rows]


def test_weighted_cells_use_kish_effective_sizes():
    frame_a, frame_b = random_survey(400, seed=3), random_survey(420, seed=4)
    rng = np.random.default_rng(5)
    frame_a["W"] = rng.uniform(0.5, 3, len(frame_a)).round(3)
    a = code(raw_table(frame_a), _weighted(frame_a))
    b = code(raw_table(frame_b), full_mapping(frame_b))
    _, comparison = compare(a, b, labels=("A", "B"))
    row = comparison.tables["innovation_by_region"].rows[-1]  # Total, product
    w = frame_a["W"].to_numpy()
    y = (frame_a["Q10"] == "Yes").to_numpy(float)
    pa, n_eff = (w * y).sum() / w.sum(), w.sum() ** 2 / (w * w).sum()
    kb, nb = int((frame_b["Q10"] == "Yes").sum()), len(frame_b)
    low, high = confint_proportions_2indep(kb, nb, pa * n_eff, n_eff, method="newcomb",
                                           compare="diff")
    assert row.base[0] == pytest.approx(100 * pa, abs=1e-9)
    assert row.change_low[0] == pytest.approx(100 * low, abs=0.01)
    assert row.change_high[0] == pytest.approx(100 * high, abs=0.01)
    p = chi2_contingency([[kb, nb - kb], [pa * n_eff, n_eff - pa * n_eff]], correction=False)[1]
    assert row.p[0] == pytest.approx(p, abs=1e-4)
    assert any("approximate" in n for n in comparison.tables["innovation_by_region"].notes)


def _weighted(frame: pd.DataFrame):
    mapping = full_mapping(frame)
    mapping.columns["weight"] = "W"
    return mapping


def test_the_published_study_as_base():
    frame = random_survey(700, seed=21)
    b = code(raw_table(frame), full_mapping(frame))
    _, comparison = compare(None, b, files=("", "survey2025.xlsx"))
    assert comparison.base_label == "Norway 2013 (Gjelsvik)"
    assert comparison.later_label == "survey2025"
    oslo = next(r for r in comparison.tables["innovation_by_region"].rows if r.key == "Oslo")
    kb, nb = _yes(frame, "Q10", frame["Region"] == "Oslo")
    ka = round(0.565 * 501)  # the paper gives the share and the region's firms
    low, high = confint_proportions_2indep(kb, nb, ka, 501, method="newcomb", compare="diff")
    assert oslo.base[0] == 56.5
    assert oslo.change[0] == pytest.approx(100 * kb / nb - 56.5, abs=1e-9)
    assert oslo.change_low[0] == pytest.approx(100 * low, abs=0.01)
    t4 = comparison.tables["innovation_by_location"]
    customers = t4.rows[0]
    assert customers.base == [55.4, 65.7, 73.0]
    assert customers.change[0] is not None and customers.change_low == [None] * 3
    assert any("no firm counts" in n for n in t4.notes)
    assert comparison.models == [] and comparison.firms_in_both is None
