"""Table 6: our model code against published figures and statsmodels called directly."""

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from clusterdesk.analysis import code, run
from clusterdesk.analysis.fit import fit_model
from clusterdesk.mapping.model import Settings
from tests.analysis.helpers import firms, full_mapping, mapping, random_survey, raw_table

TERMS = ["GPA", "TUCE", "PSI"]


@pytest.fixture(scope="module")
def spector():
    d = sm.datasets.spector.load_pandas()
    return pd.concat([d.exog, d.endog], axis=1)


def _direct(frame, model="logit", cov=None):
    X = frame[TERMS].copy()
    X["const"] = 1.0
    cls = {"logit": sm.Logit, "probit": sm.Probit}[model]
    kw = {"cov_type": cov} if cov else {}
    return cls(frame["GRADE"], X).fit(disp=0, **kw)


def test_spector_mazzeo_logit_matches_the_published_figures(spector):
    # Stata 11 / Greene: const -13.0213 (4.9313), GPA 2.8261 (1.2629), TUCE 0.0952 (0.1416),
    # PSI 2.3787 (1.0646), log-likelihood -12.8896, McFadden pseudo R2 0.374
    res = fit_model(spector, "GRADE", TERMS, "logit")
    assert res.error is None and res.n == 32
    published = {"const": (-13.0213, 4.9313), "GPA": (2.8261, 1.2629),
                 "TUCE": (0.0952, 0.1416), "PSI": (2.3787, 1.0646)}
    for key, (coef, se) in published.items():
        assert round(res.term(key).coef, 4) == coef
        assert round(res.term(key).se, 4) == se
    assert round(res.llf, 4) == -12.8896
    assert round(res.pseudo_r2, 3) == 0.374
    assert res.term("PSI").odds_ratio == pytest.approx(np.exp(2.378688), rel=1e-5)


def test_logit_ame_equals_get_margeff(spector):
    res = fit_model(spector, "GRADE", TERMS, "logit")
    me = _direct(spector).get_margeff(at="overall", method="dydx", dummy=True)
    for j, key in enumerate(TERMS):
        t = res.term(key)
        assert t.ame == pytest.approx(100 * me.margeff[j], abs=1e-6)
        assert t.ame_se == pytest.approx(100 * me.margeff_se[j], abs=1e-6)
        assert t.ame_p == pytest.approx(me.pvalues[j], rel=1e-6)
    assert res.term("const").ame is None


@pytest.mark.parametrize("model, se", [("probit", "model"), ("probit", "robust"),
                                       ("logit", "robust")])
def test_probit_and_robust_equal_statsmodels(spector, model, se):
    res = fit_model(spector, "GRADE", TERMS, model, se)
    direct = _direct(spector, model, "HC1" if se == "robust" else None)
    me = direct.get_margeff(at="overall", method="dydx", dummy=True)
    for j, key in enumerate([*TERMS, "const"]):
        t = res.term(key)
        assert t.coef == pytest.approx(direct.params[key], rel=1e-6)
        assert t.se == pytest.approx(direct.bse[key], rel=1e-6)
        assert t.p == pytest.approx(direct.pvalues[key], rel=1e-6)
        if key != "const":
            assert t.ame == pytest.approx(100 * me.margeff[j], rel=1e-6)
            assert t.ame_se == pytest.approx(100 * me.margeff_se[j], rel=1e-6)
            assert t.ame_p == pytest.approx(me.pvalues[j], rel=1e-6)
    assert res.aic == pytest.approx(direct.aic) and res.llr_pvalue == pytest.approx(
        direct.llr_pvalue, rel=1e-6)
    assert (res.term("GPA").odds_ratio is None) == (model == "probit")
    assert res.se_type == se


def test_lpm_is_ols_with_hc1(spector):
    res = fit_model(spector, "GRADE", TERMS, "lpm", "model")
    X = spector[TERMS].copy()
    X["const"] = 1.0
    direct = sm.OLS(spector["GRADE"], X).fit(cov_type="HC1")
    for key in [*TERMS, "const"]:
        assert res.term(key).coef == pytest.approx(direct.params[key], rel=1e-9)
        assert res.term(key).se == pytest.approx(direct.bse[key], rel=1e-9)
    assert res.term("PSI").ame == pytest.approx(100 * direct.params["PSI"])
    assert res.pseudo_r2 == pytest.approx(direct.rsquared) and res.se_type == "robust"
    assert any("R-squared" in n for n in res.notes)


@pytest.fixture(scope="module")
def survey():
    frame = random_survey(2002, seed=7)
    frame.loc[:40, "Sector"] = None  # blank sector: missing, not a category
    return frame, code(raw_table(frame), full_mapping(frame))


def _independent_frame(frame):
    """Scope, controls and sector dummies rebuilt from the raw answers without our code."""
    factors = [c for c in frame.columns if c.startswith("Q7 ")]
    r = sum((frame[f] == "In the region").astype(int) for f in factors)
    n = sum((frame[f] == "Elsewhere in Norway").astype(int) for f in factors)
    i = sum((frame[f] == "Abroad").astype(int) for f in factors)
    a = r + n + i
    regional = (a >= 4) & (r >= 4)
    nonreg = (a >= 4) & (r <= 2)
    out = pd.DataFrame({
        "national": np.where(nonreg & (n >= i), 1.0, 0.0),
        "international": np.where(nonreg & (n < i), 1.0, 0.0),
        "log_employees": np.log(frame["Employees"].str.replace(" ", "").astype(float)),
        "manager_education": frame["Education"].map(
            {"Primary": 0, "Secondary": 1, "Bachelor": 2, "Master": 3}).astype(float),
        "foreign_ownership": frame["Owner"].str.contains("foreign").astype(float),
        "rd_expenditure": frame["RD"].str.replace(" %", "").str.replace(",", ".").astype(float),
    })
    out.loc[~(regional | nonreg), "national"] = np.nan
    largest = frame["Sector"].value_counts().idxmax()
    for s in sorted(set(frame["Sector"].dropna()) - {largest}):
        out[f"sector[{s}]"] = np.where(frame["Sector"].isna(), np.nan,
                                       (frame["Sector"] == s).astype(float))
    out["product"] = (frame["Q10"] == "Yes").astype(float)
    out["const"] = 1.0
    return out.replace([np.inf, -np.inf], np.nan).dropna()


def test_table6_through_run_equals_statsmodels_on_an_independent_frame(survey):
    frame, s = survey
    res = run(s).regression
    model = res.models[0]
    assert model.error is None and model.outcome == "product"
    ind = _independent_frame(frame)
    X = ind.drop(columns="product")
    direct = sm.Logit(ind["product"], X).fit(disp=0)
    assert model.n == len(ind)
    me = direct.get_margeff(at="overall", method="dydx", dummy=True)
    for j, key in enumerate(X.columns):
        t = model.term(key)
        assert t.coef == pytest.approx(direct.params[key], rel=1e-6, abs=1e-9)
        assert t.se == pytest.approx(direct.bse[key], rel=1e-6)
        if key != "const":
            assert t.ame == pytest.approx(100 * me.margeff[j], abs=1e-6)
            assert t.ame_se == pytest.approx(100 * me.margeff_se[j], rel=1e-5)
            assert t.ame_p == pytest.approx(me.pvalues[j], rel=1e-4)
    assert not model.term("sector[Trade]").shown
    assert model.pseudo_r2 == pytest.approx(direct.prsquared)
    assert [m.outcome for m in res.models] == ["product", "product_new_to_market"]
    assert any("intermediate" in n for n in res.notes)


def test_settings_controls_baseline_and_model(survey):
    _, s = survey
    settings = Settings(controls=["rd_expenditure", "sector"], sector_baseline="services",
                        model="probit", regression_outcomes=["product"], se="robust")
    model = run(s, settings).regression.models[0]
    keys = [t.key for t in model.terms]
    assert keys[:3] == ["national", "international", "rd_expenditure"]
    assert "sector[Services]" not in keys and "sector[Trade]" in keys
    assert model.model == "probit" and model.se_type == "robust"


def _degenerate(rows, outcome_col="Q10", settings=None, **extra):
    frame = firms([(r, loc, p) for r, loc, p in rows])
    for k, v in extra.items():
        frame[k] = v
    m = mapping(frame, **{k.lower(): k for k in extra})
    res = run(code(raw_table(frame), m), settings)
    return res.regression.models[0]


def _check_no_numbers(model):
    assert model.error and model.terms == []
    assert model.pseudo_r2 is None and model.llf is None


def test_one_outcome_value():
    rows = [("A", "RRRRRR" if k % 2 else "NNNNNN", "Yes") for k in range(40)]
    model = _degenerate(rows)
    _check_no_numbers(model)
    assert "All 40 firms in the model have this innovation" in model.error


def test_perfect_separation():
    rows = [("A", "RRRRRR", "No")] * 20 + [("A", "NNNNNN", "Yes")] * 20
    model = _degenerate(rows)
    _check_no_numbers(model)
    assert "Perfect separation" in model.error and "National cluster" in model.error


def test_quasi_separation_in_a_continuous_control():
    rng = np.random.default_rng(2)
    x = rng.normal(size=60)
    rows = [("A", "RRRRRR" if k % 3 else "NNNNNN", "Yes" if x[k] > 0 else "No")
            for k in range(60)]
    model = _degenerate(rows, Pct_rd=[f"{v:.4f}" for v in x])
    _check_no_numbers(model)
    assert "separation" in model.error.lower() or "converge" in model.error


def test_collinear_controls():
    rng = np.random.default_rng(3)
    emp = rng.integers(5, 500, 80)
    rows = [("A", "RRRRRR" if k % 3 else "NNNNNN", "Yes" if rng.uniform() < 0.5 else "No")
            for k in range(80)]
    frame_extra = {"Employees": emp, "Pct_rd": np.log(emp) * 2}
    model = _degenerate(rows, **frame_extra)
    _check_no_numbers(model)
    assert "singular design" in model.error and "R&D expenditure" in model.error


def test_too_few_firms():
    rows = [("A", "RRRRRR", "Yes"), ("A", "NNNNNN", "No"), ("A", "IIIIII", "Yes")] * 2
    model = _degenerate(rows)
    _check_no_numbers(model)
    assert "Too few firms" in model.error


def test_column_of_zeros_is_left_out_with_a_note():
    rng = np.random.default_rng(4)
    rows = [("A", "RRRRRR" if k % 2 else "NNNNNN", "Yes" if rng.uniform() < 0.5 else "No")
            for k in range(60)]
    model = _degenerate(rows, Pct_rd=[0] * 60)
    assert model.error is None
    assert [t.key for t in model.terms] == ["national", "const"]
    assert any("'R&D expenditure' has the same value" in n for n in model.notes)
    assert any("international scope" in n for n in model.notes)
    for t in model.terms:
        assert all(np.isfinite([t.coef, t.se, t.z, t.p]))


def test_unmapped_outcome_gives_a_message():
    rows = [("A", "RRRRRR", "Yes")] * 12
    model = _degenerate(rows, settings=Settings(regression_outcomes=["process"]))
    _check_no_numbers(model)
    assert "No column is mapped" in model.error


def test_sector_that_predicts_the_outcome_is_left_out_like_stata(survey):
    frame, _ = survey
    frame = frame.copy()
    tiny = frame.index[-6:]
    frame.loc[tiny, "Sector"] = "Mining"
    frame.loc[tiny, "Q10"] = "Yes"  # all six mining firms innovate
    s = code(raw_table(frame), full_mapping(frame))
    settings = Settings(regression_outcomes=["product"], sector_baseline="Fishing")
    model = run(s, settings).regression.models[0]
    assert model.error is None
    assert "sector[Mining]" not in [t.key for t in model.terms]
    assert any("In sector 'Mining' all of the" in n for n in model.notes)
    assert any("'Fishing' has no firms" in n for n in model.notes)
    ind = _independent_frame(frame)
    in_mining = frame.loc[ind.index, "Sector"] == "Mining"
    assert model.n == len(ind) - int(in_mining.sum())


def test_no_regional_firm_means_no_baseline():
    rows = [("A", "NNNNNN", "Yes"), ("A", "IIIIII", "No"), ("A", "NNNNNI", "No"),
            ("A", "IIIINN", "Yes")] * 5
    model = _degenerate(rows)
    _check_no_numbers(model)
    assert "No firm in this model is in a regional cluster" in model.error


def test_every_firm_regional_means_nothing_to_compare():
    rows = [("A", "RRRRRR", "Yes"), ("A", "RRRRRN", "No")] * 10
    model = _degenerate(rows)
    _check_no_numbers(model)
    assert "Every firm in this model is in a regional cluster" in model.error


def test_separation_is_no_problem_for_the_linear_probability_model():
    rows = [("A", "RRRRRR", "No")] * 10 + [("A", "NNNNNN", "Yes")] * 5 + [
        ("A", "IIIIII", "Yes"), ("A", "IIIIII", "No")] * 3
    model = _degenerate(rows, settings=Settings(model="lpm"))
    assert model.error is None
    assert model.term("national").coef == pytest.approx(1.0)
    assert model.term("national").ame == pytest.approx(100.0)
    assert model.term("international").coef == pytest.approx(0.5)
