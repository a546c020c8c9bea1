"""One binary-outcome model (logit, probit or linear probability) on a ready DataFrame.

Separate from Table 6's data preparation so that it can be tested on published data (Spector &
Mazzeo) and so that every failure becomes a sentence in ModelResult.error instead of an exception
or a column of absurd numbers.
"""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING

from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import ModelResult, Term
from clusterdesk.analysis.weighted import WeightedFit

if TYPE_CHECKING:
    import pandas as pd

MIN_FIRMS = 10
MAX_STD_COEF = 12.0  # |coef| x sd(x) beyond this is an odds ratio of e^12 per SD: separation
MAX_STD_SE = 50.0


def fit_model(frame: pd.DataFrame, outcome: str, terms: list[str], model: str = "logit",
              se: str = "model", labels: dict[str, str] | None = None,
              hidden: set[str] | None = None, outcome_label: str | None = None,
              weight: str | None = None) -> ModelResult:
    """Regress ``outcome`` (0/1) on ``terms`` plus a constant, rows with any missing left out.

    Returns coefficients, standard errors (model-based, or HC1 when ``se='robust'``; the linear
    probability model always uses HC1), z, p, odds ratios (logit) and average marginal effects in
    percentage points, or a ModelResult whose ``error`` says in plain words why no fit is shown.
    With ``weight`` (a column of ``frame``) the fit is weighted and its standard errors are the
    sandwich estimate (analysis/weighted.py); firms with weight 0 leave the model.
    """
    import numpy as np

    labels = labels or {}
    hidden = hidden or set()
    se_type = "sandwich" if weight else "robust" if model == "lpm" else se
    res = ModelResult(outcome, outcome_label or outcome, model, se_type)
    sub = frame[[outcome, *terms, *([weight] if weight else [])]].apply(
        lambda s: s.astype(float)).dropna()
    w = None
    if weight:
        w = sub.pop(weight).to_numpy()
        zero = int((w <= 0).sum())
        if zero:
            sub, w = sub[w > 0], w[w > 0]
            res.notes.append(Note("model.weight_zero", {"n": zero}))
    res.n = len(sub)
    y = sub[outcome].to_numpy()
    problem, sure = _check_data(sub, outcome, terms, labels, separation=model != "lpm")
    if problem:
        res.error = problem
        return res
    X = sub[terms].copy()
    X["const"] = 1.0
    try:
        fitted, caught = _fit(model, se_type, y, X, w, check_rank=not sure)
        problem = _check_fit(fitted, model, X, caught, labels)
        if problem:
            res.error = problem
            return res
        _fill(res, fitted, model, X, labels, hidden)
    except (np.linalg.LinAlgError, ValueError, OverflowError, ArithmeticError) as exc:
        # statsmodels raises these on numerically hopeless designs; say so instead of crashing
        res.terms = []
        res.pseudo_r2 = res.llf = res.llr_pvalue = res.aic = None
        res.error = Note("model.failed", {"detail": f"{type(exc).__name__}: {exc}"})
    return res


def _check_data(sub, outcome: str, terms: list[str], labels: dict[str, str],
                separation: bool = True) -> tuple[Note | None, bool]:
    """What makes the data unfit for the model, or None; and whether the design is so far from
    singular that statsmodels' own rank check (a pivoted QR of every firm's row) cannot differ."""
    import numpy as np

    y = sub[outcome].to_numpy()
    n = len(sub)
    if n < max(MIN_FIRMS, len(terms) + 2):
        return Note("model.too_few", {"n": n, "k": len(terms) + 1,
                                      "needed": max(MIN_FIRMS, len(terms) + 2)}), False
    if not _zero_one(y):  # no missing values here: the 0/1 tests need no sorting
        return Note("model.not_binary"), False
    if y.min() == y.max():
        return Note("model.no_variation", {"n": n, "have": "yes" if y[0] == 1.0 else "no"}), False
    X = sub[terms].to_numpy(dtype=float)
    Xc = np.column_stack([X, np.ones(n)])
    rank, sure = _rank(Xc)
    if rank < Xc.shape[1]:
        return _collinear_message(Xc, terms, labels), False
    for j, t in enumerate(terms if separation else []):
        x = X[:, j]
        if _zero_one(x):
            for v in (0.0, 1.0):
                ys = y[x == v]
                if len(ys) and ys.min() == ys.max():  # one outcome only (y is 0/1 here)
                    return Note("model.separation_by", {
                        "n": len(ys), "state": "with" if v == 1.0 else "without",
                        "name": labels.get(t, t), "share": "all" if ys[0] == 1.0 else "none"}), sure
    return None, sure


def _zero_one(x) -> bool:
    """Every value is 0 or 1 (``set(np.unique(x)) <= {0.0, 1.0}`` for values without NaN)."""
    import numpy as np

    return bool(np.all((x == 0.0) | (x == 1.0)))


# a design whose smallest singular value is above this share of the largest has every diagonal
# element of a (pivoted) QR factor far above statsmodels' rank tolerance (largest x k x eps)
WELL_CONDITIONED = 1e-6


def _rank(Xc) -> tuple[int, bool]:
    """``np.linalg.matrix_rank(Xc)`` (the same singular values and tolerance) and whether the
    design is WELL_CONDITIONED."""
    import numpy as np

    S = np.linalg.svd(Xc, compute_uv=False)
    largest = float(S.max(initial=0))
    rank = int(np.count_nonzero(S > largest * (max(Xc.shape) * np.finfo(S.dtype).eps)))
    return rank, rank == Xc.shape[1] and float(S.min()) > WELL_CONDITIONED * largest


def _collinear_message(Xc, terms: list[str], labels: dict[str, str]) -> Note:
    import numpy as np

    names = [*terms, "const"]
    kept: list[int] = []
    redundant = []
    last = Xc.shape[1] - 1
    for j in [last, *range(last)]:  # the constant first, so a term is named, not the constant
        trial = [*kept, j]
        if np.linalg.matrix_rank(Xc[:, trial]) == len(trial):
            kept.append(j)
        else:
            redundant.append(names[j])
    return Note("model.singular", {"names": [labels.get(t, t) for t in redundant],
                                   "verb": "one" if len(redundant) == 1 else "many"})


def _fit(model: str, se_type: str, y, X, w=None, check_rank: bool = True):
    # the model modules themselves, not statsmodels.api: the same classes without importing
    # statsmodels' time series, graphics and formula front ends
    from statsmodels.discrete.discrete_model import Logit, Probit
    from statsmodels.regression.linear_model import OLS

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if w is not None:
            from clusterdesk.analysis.weighted import fit_weighted

            fitted = fit_weighted(model, y, X, w)
        elif model == "lpm":
            fitted = OLS(y, X).fit(cov_type="HC1")
        else:
            cls = Logit if model == "logit" else Probit
            kw = {"cov_type": "HC1"} if se_type == "robust" else {}
            # statsmodels' rank check only sets df_model: a full rank that _check_data made sure
            # of gives the same, without a second factorization of every firm's row
            fitted = cls(y, X, check_rank=check_rank).fit(disp=0, maxiter=100, **kw)
    return fitted, [str(w.category.__name__) for w in caught]


def _check_fit(fitted, model: str, X, caught: list[str], labels: dict[str, str]) -> Note | None:
    import numpy as np

    if model != "lpm":
        if "PerfectSeparationWarning" in caught:
            return Note("model.separation")
        if not fitted.mle_retvals.get("converged", True):
            return Note("model.not_converged")
    params = np.asarray(fitted.params, dtype=float)
    bse = np.asarray(fitted.bse, dtype=float)
    if not (np.all(np.isfinite(params)) and np.all(np.isfinite(bse))):
        return Note("model.no_finite_se")
    if model == "lpm":
        return None
    sd = X.std(ddof=0).to_numpy()
    for j, name in enumerate(X.columns):
        if name == "const" or sd[j] == 0:
            continue
        if abs(params[j]) * sd[j] > MAX_STD_COEF or bse[j] * sd[j] > MAX_STD_SE:
            return Note("model.quasi_separation", {"name": labels.get(name, name)})
    return None


def _fill(res: ModelResult, fitted, model: str, X, labels: dict[str, str],
          hidden: set[str]) -> None:
    import numpy as np

    names = list(X.columns)
    params, bse = fitted.params, fitted.bse
    z, p = fitted.tvalues, fitted.pvalues
    if isinstance(fitted, WeightedFit):
        ame = _fill_weighted(res, fitted, model, X, names)
    elif model == "lpm":
        ame = {k: (100 * float(params[k]), 100 * float(bse[k]), float(p[k])) for k in names
               if k != "const"}
        res.pseudo_r2 = float(fitted.rsquared)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            f_p = _finite(fitted.f_pvalue)
        # a rank-deficient robust covariance makes the F test meaningless: show none
        res.llr_pvalue = None if caught else f_p
        res.notes.append(Note("model.lpm"))
    else:
        from scipy.stats import chi2

        from clusterdesk.analysis.margins import average_marginal_effects

        slopes, m, m_se, m_p = average_marginal_effects(
            model, X.to_numpy(dtype=float), np.asarray(params), np.asarray(fitted.cov_params()),
            names.index("const"))
        ame = {names[j]: (100 * float(m[r]), 100 * float(m_se[r]), float(m_p[r]))
               for r, j in enumerate(slopes)}
        llnull = _null_llf(fitted.model.endog)  # closed form; statsmodels refits by Nelder-Mead
        res.pseudo_r2 = 1.0 - float(fitted.llf) / llnull
        res.llr_pvalue = _finite(chi2.sf(2.0 * (float(fitted.llf) - llnull), fitted.df_model))
        if res.se_type == "robust":
            res.notes.append(Note("model.robust"))
    if not isinstance(fitted, WeightedFit):
        res.llf = float(fitted.llf)
        res.aic = float(fitted.aic)
    for k in names:
        a = ame.get(k, (None, None, None))
        res.terms.append(Term(
            key=k, label=labels.get(k, "Constant" if k == "const" else k),
            coef=float(params[k]), se=float(bse[k]), z=float(z[k]), p=float(p[k]),
            odds_ratio=float(np.exp(params[k])) if model == "logit" else None,
            ame=a[0], ame_se=a[1], ame_p=a[2], shown=k not in hidden))


def _fill_weighted(res: ModelResult, fitted: WeightedFit, model: str, X,
                   names: list[str]) -> dict[str, tuple[float, float, float]]:
    """Fit statistics and AMEs (weighted means over the firms in the model) of a weighted fit."""
    import numpy as np

    params = fitted.params
    res.llr_pvalue = fitted.wald_p
    if model == "lpm":
        res.pseudo_r2 = fitted.rsquared
        res.notes.append(Note("model.lpm_weighted"))
        return {k: (100 * float(params[k]), 100 * float(fitted.bse[k]), float(fitted.pvalues[k]))
                for k in names if k != "const"}
    from clusterdesk.analysis.margins import average_marginal_effects

    slopes, m, m_se, m_p = average_marginal_effects(
        model, X.to_numpy(dtype=float), np.asarray(params), fitted.cov_params(),
        names.index("const"), weights=fitted.weights)
    res.llf = fitted.llf
    res.pseudo_r2 = 1.0 - float(fitted.llf) / float(fitted.llnull)
    res.notes.append(Note("model.weighted"))
    return {names[j]: (100 * float(m[r]), 100 * float(m_se[r]), float(m_p[r]))
            for r, j in enumerate(slopes)}


def _null_llf(y) -> float:
    """Log-likelihood of the constant-only logit/probit: every firm gets the mean outcome."""
    import numpy as np

    y = np.asarray(y, dtype=float)
    p = y.mean()
    return float(len(y) * (p * np.log(p) + (1 - p) * np.log(1 - p)))


def _finite(x) -> float | None:
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None
