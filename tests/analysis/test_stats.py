import math

import numpy as np
import pytest
from scipy.stats import chi2 as chi2_dist
from scipy.stats import chi2_contingency, fisher_exact
from statsmodels.stats.proportion import proportion_confint

from clusterdesk.analysis.stats import chi2_test, share, wilson


def test_wilson_from_the_formula_by_hand():
    # 12 of 40: centre 0.348/1.096 = 0.3175, half 1.96 x sqrt(0.00585)/1.096 = 0.1368
    p, n, z = 0.3, 40, 1.959963984540054
    centre = (p + z**2 / 80) / (1 + z**2 / 40)
    half = z / (1 + z**2 / 40) * math.sqrt(p * 0.7 / 40 + z**2 / (4 * 1600))
    low, high = wilson(p, n)
    assert low == pytest.approx(centre - half, abs=1e-12)
    assert high == pytest.approx(centre + half, abs=1e-12)
    assert (100 * low, 100 * high) == pytest.approx((18.07, 45.43), abs=0.01)


@pytest.mark.parametrize("k, n", [(0, 5), (5, 5), (1, 3), (234, 501), (17, 1000)])
def test_share_interval_equals_statsmodels(k, n):
    y = np.r_[np.ones(k), np.zeros(n - k), [np.nan, np.nan]]
    s = share(y)
    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    assert s.n == n and s.pct == pytest.approx(100 * k / n)
    assert s.low == pytest.approx(100 * low, abs=1e-9)
    assert s.high == pytest.approx(100 * high, abs=1e-9)


def test_weighted_share_uses_kish_effective_size():
    y = np.array([1, 0, 1, np.nan])
    w = np.array([1.0, 2.0, 3.0, 100.0])
    s = share(y, w)
    p = 4 / 6
    n_eff = 36 / 14  # (1+2+3)^2 / (1+4+9)
    low, high = wilson(p, n_eff)
    assert s.pct == pytest.approx(100 * p) and s.n == 3
    assert (s.low, s.high) == pytest.approx((100 * low, 100 * high))


def test_no_firms_no_share():
    s = share(np.array([np.nan]))
    assert (s.pct, s.low, s.high, s.n) == (None, None, None, 0)


def test_chi2_2x2_from_the_formula_by_hand():
    # group A: 30 yes 10 no; group B: 20 yes 20 no
    groups = ["A"] * 40 + ["B"] * 40
    y = [1] * 30 + [0] * 10 + [1] * 20 + [0] * 20
    # expected: yes 25/25, no 15/15 -> chi2 = sum (O-E)^2/E
    by_hand = 2 * (5**2 / 25) + 2 * (5**2 / 15)
    t = chi2_test("k", "K", groups, y)
    assert t.chi2 == pytest.approx(by_hand) and t.df == 1
    assert t.p == pytest.approx(chi2_dist.sf(by_hand, 1), rel=1e-9)
    assert t.fisher_p == pytest.approx(fisher_exact([[10, 30], [20, 20]])[1], rel=1e-9)
    assert t.small_counts is False and t.approximate is False


def test_chi2_3x2_from_the_formula_by_hand():
    # rows: 8/2, 5/5, 2/8 yes/no; column totals 15/15, n = 30, expected 5 per cell
    groups = ["a"] * 10 + ["b"] * 10 + ["c"] * 10
    y = [1] * 8 + [0] * 2 + [1] * 5 + [0] * 5 + [1] * 2 + [0] * 8
    by_hand = (9 + 9 + 0 + 0 + 9 + 9) / 5
    t = chi2_test("k", "K", groups, y)
    assert t.chi2 == pytest.approx(by_hand) and t.df == 2
    assert t.p == pytest.approx(math.exp(-by_hand / 2), rel=1e-9)  # chi2 sf with 2 df
    assert t.fisher_p is None and t.small_counts is False


def test_small_counts_and_dropped_empty_rows():
    groups = ["a", "a", "b", "b", None, "c"]
    y = [1, 0, 1, 1, 1, np.nan]  # c has no answered firm -> its row is dropped
    t = chi2_test("k", "K", groups, y)
    expected = chi2_contingency(np.array([[1, 1], [2, 0]]), correction=False)
    assert t.chi2 == pytest.approx(expected[0]) and t.df == 1
    assert t.small_counts is True


def test_one_group_or_one_answer_gives_no_test_with_a_note():
    t = chi2_test("k", "K", ["a"] * 5, [1, 0, 1, 0, 1])
    assert t.chi2 is None and t.p is None and "Only one group" in t.note
    t = chi2_test("k", "K", ["a", "b", "a", "b"], [1, 1, 1, 1])
    assert t.chi2 is None and "Only one answer" in t.note
    t = chi2_test("k", "K", [None, None], [1, 0])
    assert t.chi2 is None and t.note


def test_weighted_counts_rescaled_to_firms_and_marked_approximate():
    groups = ["a", "a", "b", "b"]
    y = [1, 0, 1, 0]
    w = [3.0, 1.0, 1.0, 3.0]
    t = chi2_test("k", "K", groups, y, w)
    # weighted counts [[1, 3], [3, 1]] (no, yes) sum 8, rescaled to 4 firms: [[0.5,1.5],[1.5,0.5]]
    expected = chi2_contingency(np.array([[0.5, 1.5], [1.5, 0.5]]), correction=False)
    assert t.chi2 == pytest.approx(expected[0]) and t.approximate is True
