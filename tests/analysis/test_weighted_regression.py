"""Table 6 with a survey weight (spec section 7): pseudo-ML point estimates and the sandwich
covariance with the factor n/(n-1), against an independent implementation written here:
statsmodels GLM with freq_weights (WLS for the LPM) for the estimates, and scores, a numerically
differentiated Hessian and the marginal effects worked out by hand."""

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy.stats import norm

from clusterdesk.analysis import code, run
from clusterdesk.analysis.fit import fit_model
from clusterdesk.mapping.model import Settings
from tests.analysis.helpers import full_mapping, random_survey, raw_table
from tests.analysis.test_regression import _independent_frame

COEF_TOL, SE_TOL = 1e-6, 1e-4


def _cdf(model, xb):
    return 1 / (1 + np.exp(-xb)) if model == "logit" else norm.cdf(xb)


def _score_total(model, y, X, w, b):
    """Sum over firms of w_i d/db log L_i, from the general binary-response score."""
    return _scores(model, y, X, w, b).sum(axis=0)


def _scores(model, y, X, w, b):
    xb = X @ b
    if model == "lpm":
        return (w * (y - xb))[:, None] * X
    F = _cdf(model, xb)
    f = F * (1 - F) if model == "logit" else norm.pdf(xb)
    return (w * (y - F) * f / (F * (1 - F)))[:, None] * X


def _hessian(model, y, X, w, b, h=1e-6):
    """Central differences of the total score (symmetrised)."""
    k = len(b)
    H = np.empty((k, k))
    for j in range(k):
        e = np.zeros(k)
        e[j] = h
        H[:, j] = (_score_total(model, y, X, w, b + e) - _score_total(model, y, X, w, b - e)) / (2 * h)
    return (H + H.T) / 2


def independent(model, y, X, w):
    """(params, covariance): statsmodels with freq_weights, and the sandwich by hand."""
    if model == "lpm":
        b = sm.WLS(y, X, weights=w).fit().params.to_numpy()
    else:
        link = sm.families.links.Logit() if model == "logit" else sm.families.links.Probit()
        b = sm.GLM(y, X, family=sm.families.Binomial(link=link), freq_weights=w).fit(
            tol=1e-13, maxiter=200).params.to_numpy()
    Xa, ya, wa = X.to_numpy(float), np.asarray(y, float), np.asarray(w, float)
    s = _scores(model, ya, Xa, wa, b)
    bread = np.linalg.inv(-_hessian(model, ya, Xa, wa, b))
    meat = sum(np.outer(s[i], s[i]) for i in range(len(ya)))
    n = len(ya)
    return b, n / (n - 1) * bread @ meat @ bread


def hand_ame(model, X, w, b, j):
    """Weighted AME of column j: discrete change for a 0/1 column, mean density x b_j else."""
    x = X[:, j]
    if set(np.unique(x)) <= {0.0, 1.0}:
        X1, X0 = X.copy(), X.copy()
        X1[:, j], X0[:, j] = 1.0, 0.0
        return np.sum(w * (_cdf(model, X1 @ b) - _cdf(model, X0 @ b))) / np.sum(w)
    F = _cdf(model, X @ b)
    f = F * (1 - F) if model == "logit" else norm.pdf(X @ b)
    return np.sum(w * f) * b[j] / np.sum(w)


def hand_ame_se(model, X, w, b, cov, j, h=1e-6):
    grad = np.array([(hand_ame(model, X, w, b + e, j) - hand_ame(model, X, w, b - e, j)) / (2 * h)
                     for e in np.eye(len(b)) * h])
    return float(np.sqrt(grad @ cov @ grad))


@pytest.fixture(scope="module")
def small():
    rng = np.random.default_rng(5)
    n = 600
    frame = pd.DataFrame({"size": rng.normal(3, 1, n), "dummy": (rng.random(n) < 0.35) * 1.0,
                          "w": rng.lognormal(2, 1, n)})
    eta = -1 + 0.4 * frame["size"] - 0.7 * frame["dummy"] + 0.2 * np.log(frame["w"])
    frame["y"] = (rng.random(n) < 1 / (1 + np.exp(-eta))) * 1.0
    return frame


@pytest.mark.parametrize("model", ["logit", "probit", "lpm"])
def test_weighted_fit_equals_the_independent_sandwich(small, model):
    res = fit_model(small, "y", ["size", "dummy"], model, weight="w")
    assert res.error is None and res.se_type == "sandwich" and res.n == len(small)
    X = small[["size", "dummy"]].assign(const=1.0)
    b, cov = independent(model, small["y"], X, small["w"])
    keys = list(X.columns)
    coef = np.array([res.term(k).coef for k in keys])
    se = np.array([res.term(k).se for k in keys])
    assert np.max(np.abs(coef - b)) < COEF_TOL
    assert np.max(np.abs(se - np.sqrt(np.diag(cov)))) < SE_TOL
    # HC1 (n/(n-k)) would differ from n/(n-1) by more than the tolerance allows
    k = len(keys)
    assert np.max(np.abs(se * np.sqrt((len(small) - 1) / (len(small) - k)) - se)) > SE_TOL / 10
    unweighted = fit_model(small, "y", ["size", "dummy"], model)
    assert abs(unweighted.term("size").coef - res.term("size").coef) > 1e-3


@pytest.mark.parametrize("model", ["logit", "probit"])
def test_weighted_average_marginal_effects_by_hand(small, model):
    res = fit_model(small, "y", ["size", "dummy"], model, weight="w")
    X = small[["size", "dummy"]].assign(const=1.0)
    b, cov = independent(model, small["y"], X, small["w"])
    Xa, w = X.to_numpy(float), small["w"].to_numpy()
    for j, key in enumerate(["size", "dummy"]):
        t = res.term(key)
        assert t.ame == pytest.approx(100 * hand_ame(model, Xa, w, b, j), abs=1e-5)
        assert t.ame_se == pytest.approx(100 * hand_ame_se(model, Xa, w, b, cov, j), abs=1e-3)
        # the unweighted average over the same firms is a different number
        assert abs(t.ame - 100 * hand_ame(model, Xa, np.ones(len(w)), b, j)) > 1e-3


@pytest.mark.parametrize("model", ["logit", "probit", "lpm"])
def test_the_scale_of_the_weights_changes_nothing(small, model):
    a = fit_model(small, "y", ["size", "dummy"], model, weight="w")
    b = fit_model(small.assign(w=small["w"] * 1234.5), "y", ["size", "dummy"], model, weight="w")
    for ta, tb in zip(a.terms, b.terms, strict=True):
        assert tb.coef == pytest.approx(ta.coef, abs=1e-9)
        assert tb.se == pytest.approx(ta.se, rel=1e-7)
        if ta.ame is not None:
            assert tb.ame == pytest.approx(ta.ame, abs=1e-7)
    assert b.pseudo_r2 == pytest.approx(a.pseudo_r2, rel=1e-9)
    assert b.llr_pvalue == pytest.approx(a.llr_pvalue, rel=1e-6, abs=1e-300)


def test_firms_with_weight_zero_leave_the_model(small):
    w = small["w"].copy()
    w.iloc[:25] = 0.0
    res = fit_model(small.assign(w=w), "y", ["size", "dummy"], "logit", weight="w")
    rest = fit_model(small.iloc[25:], "y", ["size", "dummy"], "logit", weight="w")
    assert res.n == len(small) - 25
    assert res.term("size").se == pytest.approx(rest.term("size").se, rel=1e-9)
    assert "25 firms with weight 0 are left out of this model." in res.notes


def test_weighted_logit_wald_test_by_hand(small):
    res = fit_model(small, "y", ["size", "dummy"], "logit", weight="w")
    X = small[["size", "dummy"]].assign(const=1.0)
    b, cov = independent("logit", small["y"], X, small["w"])
    wald = b[:2] @ np.linalg.solve(cov[:2, :2], b[:2])
    from scipy.stats import chi2
    assert res.llr_pvalue == pytest.approx(chi2.sf(wald, 2), rel=1e-3)
    assert res.aic is None


@pytest.fixture(scope="module")
def weighted_survey():
    frame = random_survey(1500, seed=11)
    rng = np.random.default_rng(3)
    frame["Weight"] = [f"{x:.3f}" for x in rng.uniform(0.2, 40, len(frame))]
    m = full_mapping(frame)
    m.columns["weight"] = "Weight"
    return frame, code(raw_table(frame), m)


def test_table6_through_run_is_weighted(weighted_survey):
    frame, s = weighted_survey
    largest = frame["Sector"].value_counts().idxmax()  # the baseline _independent_frame takes
    res = run(s, Settings(regression_outcomes=["product"], sector_baseline=largest)).regression
    model = res.models[0]
    assert model.error is None and model.se_type == "sandwich"
    ind = _independent_frame(frame)
    X = ind.drop(columns="product")
    w = frame.loc[ind.index, "Weight"].astype(float)
    b, cov = independent("logit", ind["product"], X, w)
    assert model.n == len(ind)
    diffs = [(abs(model.term(k).coef - b[j]), abs(model.term(k).se - np.sqrt(cov[j, j])))
             for j, k in enumerate(X.columns)]
    assert max(d[0] for d in diffs) < COEF_TOL and max(d[1] for d in diffs) < SE_TOL
    assert any("weighted by the survey weight" in n for n in res.notes)
    assert not any("unweighted" in n for n in res.notes)


def test_weighted_model_false_gives_the_unweighted_fit(weighted_survey):
    frame, s = weighted_survey
    off = run(s, Settings(regression_outcomes=["product"], weighted_model=False)).regression
    no_weight = code(raw_table(frame), full_mapping(frame))
    plain = run(no_weight, Settings(regression_outcomes=["product"])).regression
    a, b = off.models[0], plain.models[0]
    assert a.se_type == "model" == b.se_type
    assert [(t.key, t.coef, t.se, t.ame, t.ame_se) for t in a.terms] == \
        [(t.key, t.coef, t.se, t.ame, t.ame_se) for t in b.terms]
    assert any("The models are unweighted" in n for n in off.notes)
