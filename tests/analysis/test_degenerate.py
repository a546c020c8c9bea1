"""Many small, odd surveys: run() never raises and never shows NaN or infinity as a result."""

import math

import numpy as np
import pytest

from clusterdesk.analysis import code, run
from clusterdesk.mapping.model import Settings
from tests.analysis.helpers import firms, mapping, raw_table

LETTERS = "RNI? "


def _finite_or_none(v):
    return v is None or (isinstance(v, (int, float)) and math.isfinite(v))


def _check(res):
    for t in res.tables.values():
        for r in t.rows:
            for v in [*r.values, *(r.ci_low or []), *(r.ci_high or [])]:
                assert _finite_or_none(v), (t.key, r.key, r.values)
        for x in t.tests:
            assert all(_finite_or_none(v) for v in (x.chi2, x.p, x.fisher_p))
            assert (x.chi2 is None) == (x.note is not None)
    for m in res.regression.models:
        if m.error:
            assert m.terms == [] and isinstance(m.error, str) and m.error.endswith(".")
        for v in (m.pseudo_r2, m.llf, m.llr_pvalue, m.aic):
            assert _finite_or_none(v)
        for term in m.terms:
            for v in (term.coef, term.se, term.z, term.p, term.odds_ratio, term.ame,
                      term.ame_se, term.ame_p):
                assert _finite_or_none(v), (term.key, v)


def _factors(rng) -> str:
    """Six answers that mostly agree within a firm, so that every class of firm occurs."""
    base = str(rng.choice(list("RRNI")))
    return "".join(base if rng.uniform() < 0.75 else str(rng.choice(list(LETTERS)))
                   for _ in range(6))


@pytest.mark.parametrize("seed", range(40))
def test_random_small_surveys(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 40) if seed < 20 else rng.integers(30, 150))
    regions = ["Oslo", "Bergen", "", "Alta"][: int(rng.integers(1, 5))]
    p_yes = rng.choice([0.0, 0.5, 1.0])
    rows = [(str(rng.choice(regions)), _factors(rng),
             rng.choice(["Yes", "No", None], p=[p_yes * 0.9, (1 - p_yes) * 0.9, 0.1]))
            for _ in range(n)]
    frame = firms(rows)
    frame["Emp"] = rng.choice(["0", "5", "12,5", "x", None, "1 000"], n)
    frame["W"] = rng.choice(["1", "2", "0,5", "0"], n)
    frame["Sector"] = rng.choice(["A", "B", " "], n)
    extra = {"employees": "Emp", "sector": "Sector"}
    if seed % 2:
        extra["weight"] = "W"
    s = code(raw_table(frame), mapping(frame, **extra))
    model = ["logit", "probit", "lpm"][seed % 3]
    _check(run(s, Settings(model=model, se="robust" if seed % 4 == 0 else "model")))


def test_all_answers_missing():
    frame = firms([("Oslo", "??????", None)] * 5)
    _check(run(code(raw_table(frame), mapping(frame))))
