"""The quicker ways coding and Table 6 take give what the slow ways gave: an id column of numbers
shown as the analyst reads it, categorical comparisons equal to comparing texts, and a logit whose
rank statsmodels no longer checks a second time keeps statsmodels' own degrees of freedom."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from statsmodels.discrete.discrete_model import Logit

from clusterdesk.analysis import code
from clusterdesk.analysis.fit import _rank, fit_model
from clusterdesk.analysis.groups import equal_to, missing_in
from clusterdesk.mapping.text import display_all, normalize_all
from tests.analysis.helpers import firms, mapping, raw_table


def test_numbers_as_keys_and_texts():
    values = pd.Index([1.0, 2.5, 1e16, -0.0, 12345678.0, float("inf")])
    assert normalize_all(values) == ["1", "2.5", "10000000000000000", "0", "12345678", "inf"]
    assert display_all(values) == ["1", "2.5", "10000000000000000", "0", "12345678", "inf"]
    assert normalize_all(np.array([float("nan"), 3.0])) == [None, "3"]
    mixed = pd.Index([" In  the Region ", 4, None], dtype=object)
    assert normalize_all(mixed) == ["in the region", "4", None]
    assert display_all(mixed) == ["In the Region", "4", "None"]


def test_an_id_column_of_numbers_is_shown_as_typed():
    rows = [("Oslo", "RRRRNN", "Yes")] * 3 + [("Bergen", "NNIIRR", "No")]
    frame = firms(rows, ID=[101.0, 102.5, np.nan, 1e15])
    survey = code(raw_table(frame), mapping(frame, firm_id="ID"))
    ids = survey.data["firm_id"]
    assert [ids[i] for i in (0, 1, 3)] == ["101", "102.5", "1000000000000000"]
    assert pd.isna(ids[2])


@pytest.mark.parametrize("categorical", [True, False])
def test_equal_to_and_missing_in_compare_the_texts(categorical):
    texts = ["regional", None, "national", "regional", np.nan, "abroad?"]
    column = pd.Series(pd.Categorical(texts, categories=["regional", "national", "abroad?"])
                       if categorical else pd.Series(texts, dtype=object))
    assert equal_to(column, "regional").tolist() == [True, False, False, True, False, False]
    assert equal_to(column, "international").tolist() == [False] * 6
    assert missing_in(column).tolist() == [False, True, False, False, True, False]


def _design(n: int, scale: float, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x1, x2 = rng.normal(size=n), rng.normal(size=n)
    y = (rng.uniform(size=n) < 1 / (1 + np.exp(-(0.5 * x1 - 0.3 * x2)))).astype(float)
    return pd.DataFrame({"y": y, "x1": x1, "x2": x2 * scale})


@pytest.mark.parametrize("scale, sure", [(1.0, True), (1e8, False)])
def test_logit_keeps_statsmodels_degrees_of_freedom(scale, sure):
    """A plain design, and one so badly scaled that statsmodels checks its rank itself."""
    frame = _design(2000, scale)
    X = frame[["x1", "x2"]].assign(const=1.0)
    assert _rank(X.to_numpy()) == (3, sure)
    res = fit_model(frame, "y", ["x1", "x2"], "logit")
    expected = Logit(frame["y"].to_numpy(), X).fit(disp=0, maxiter=100)  # checks the rank
    assert res.error is None
    assert res.aic == float(expected.aic)
    assert res.llr_pvalue == pytest.approx(float(expected.llr_pvalue), rel=1e-9)
    assert [t.coef for t in res.terms] == [float(v) for v in expected.params]
