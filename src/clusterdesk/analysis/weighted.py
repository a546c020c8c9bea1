"""Table 6 fitted with the survey weight (spec section 7): pseudo-maximum likelihood, sandwich SEs.

The point estimates come from statsmodels (GLM Binomial with the weights as var_weights; WLS for
the linear probability model). The covariance is the linearisation (sandwich) estimate with the
factor n/(n-1), as Stata's ``[pweight=w]`` and R's ``survey::svyglm`` give it; statsmodels' HC1
would use n/(n-k). The bread is the observed Hessian, as Stata's logit and probit use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


@dataclass
class WeightedFit:
    """The few things fit.py reads from a statsmodels result, for a weighted fit."""

    params: pd.Series
    bse: pd.Series
    tvalues: pd.Series
    pvalues: pd.Series
    cov: np.ndarray
    weights: np.ndarray  # scaled to sum to n, the firms in the model
    llf: float | None = None  # pseudo log-likelihood with those weights (logit/probit)
    llnull: float | None = None
    rsquared: float | None = None  # weighted R-squared (linear probability model)
    wald_p: float | None = None  # the joint test of every term but the constant
    mle_retvals: dict[str, Any] = field(default_factory=dict)

    def cov_params(self) -> np.ndarray:
        return self.cov


def fit_weighted(model: str, y: np.ndarray, X: pd.DataFrame, w: np.ndarray) -> WeightedFit:
    """Weighted logit, probit (pseudo-ML) or linear probability model (WLS) with sandwich SEs.

    ``w`` must be positive; its scale does not change any figure (it is scaled to sum to n).
    """
    import numpy as np
    import pandas as pd
    from scipy.stats import norm

    Xa = X.to_numpy(dtype=float)
    n = len(y)
    wn = np.asarray(w, dtype=float) * (n / float(np.sum(w)))
    converged = True
    if model == "lpm":
        from statsmodels.regression.linear_model import WLS

        b = np.asarray(WLS(y, Xa, weights=wn).fit().params, dtype=float)
        resid = y - Xa @ b
        scores = (wn * resid)[:, None] * Xa
        hessian = -(Xa.T * wn) @ Xa
    else:
        from statsmodels.genmod import families
        from statsmodels.genmod.generalized_linear_model import GLM

        link = families.links.Logit() if model == "logit" else families.links.Probit()
        glm = GLM(y, Xa, family=families.Binomial(link=link), var_weights=wn)
        result = glm.fit(tol=1e-12, maxiter=100)
        converged = bool(getattr(result, "converged", True))
        b = np.asarray(result.params, dtype=float)
        scores, hessian = _score_hessian(model, y, Xa, wn, b)
    bread = np.linalg.inv(-hessian)
    cov = (n / (n - 1.0)) * bread @ (scores.T @ scores) @ bread
    se = np.sqrt(np.diag(cov))
    names = list(X.columns)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = b / se
    p = 2 * norm.sf(np.abs(z))
    fit = WeightedFit(pd.Series(b, index=names), pd.Series(se, index=names),
                      pd.Series(z, index=names), pd.Series(p, index=names), cov, wn,
                      mle_retvals={"converged": converged})
    slopes = [j for j, k in enumerate(names) if k != "const"]
    if model == "lpm":
        mean = float(wn @ y) / n
        fit.rsquared = 1.0 - float(wn @ resid**2) / float(wn @ (y - mean) ** 2)
        fit.wald_p = _wald_p(b, cov, slopes, f_df=n - len(names))
    else:
        fit.llf = float(wn @ _loglik(model, y, Xa @ b))
        ybar = float(wn @ y) / n
        fit.llnull = float(n * (ybar * np.log(ybar) + (1 - ybar) * np.log(1 - ybar)))
        fit.wald_p = _wald_p(b, cov, slopes)
    return fit


def _score_hessian(model: str, y, X, w, b) -> tuple[np.ndarray, np.ndarray]:
    """Per-firm scores (rows) and the observed Hessian of the weighted log-likelihood."""
    import numpy as np
    from scipy.stats import norm

    xb = X @ b
    if model == "logit":
        p = 1.0 / (1.0 + np.exp(-xb))
        return (w * (y - p))[:, None] * X, -(X.T * (w * p * (1.0 - p))) @ X
    q = 2.0 * y - 1.0
    lam = q * norm.pdf(q * xb) / norm.cdf(q * xb)
    return (w * lam)[:, None] * X, -(X.T * (w * lam * (lam + xb))) @ X


def _loglik(model: str, y, xb):
    import numpy as np
    from scipy.stats import norm

    q = 2.0 * y - 1.0
    if model == "logit":
        return -np.logaddexp(0.0, -q * xb)
    return norm.logcdf(q * xb)


def _wald_p(b, cov, slopes: list[int], f_df: int | None = None) -> float | None:
    """p of the Wald test that every slope is 0: chi-squared, or F(k, f_df) for the LPM."""
    import numpy as np
    from scipy.stats import chi2, f

    if not slopes:
        return None
    bs = b[slopes]
    vs = cov[np.ix_(slopes, slopes)]
    if np.linalg.matrix_rank(vs) < len(slopes):
        return None  # a singular robust covariance makes the joint test meaningless
    stat = float(bs @ np.linalg.solve(vs, bs))
    k = len(slopes)
    p = f.sf(stat / k, k, f_df) if f_df is not None else chi2.sf(stat, k)
    p = float(p)
    return p if np.isfinite(p) else None
