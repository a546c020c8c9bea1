"""Average marginal effects of logit/probit with delta-method standard errors, in closed form.

Equal to statsmodels ``get_margeff(at="overall", method="dydx", dummy=True)`` (tests check it),
but computed from analytic derivatives: statsmodels differentiates numerically with hundreds of
predictions over the whole sample.
"""

from __future__ import annotations

import numpy as np


def _link(model: str):
    """(F, f, f') of the model: cdf, density and the density's derivative at xb."""
    if model == "logit":
        def cdf(z):
            return 1.0 / (1.0 + np.exp(-z))

        def pdf(z):
            p = cdf(z)
            return p * (1.0 - p)

        def dpdf(z):
            p = cdf(z)
            return p * (1.0 - p) * (1.0 - 2.0 * p)
    else:
        from scipy.stats import norm

        cdf, pdf = norm.cdf, norm.pdf

        def dpdf(z):
            return -z * norm.pdf(z)
    return cdf, pdf, dpdf


def is_dummy(x: np.ndarray) -> bool:
    """statsmodels' rule: a 0/1 column (min 0, max 1, whole numbers) gets a discrete change.
    Between 0 and 1 the whole numbers are 0 and 1 (two comparisons are cheaper than x % 1)."""
    return bool(x.min() == 0 and x.max() == 1 and np.all((x == 0) | (x == 1)))


def average_marginal_effects(model: str, X: np.ndarray, params: np.ndarray, cov: np.ndarray,
                             const_idx: int, weights: np.ndarray | None = None):
    """AME, its standard error and p for every column of X except the constant.

    Continuous term j: mean f(xb) * b_j. 0/1 term j: mean F(xb | x_j=1) - F(xb | x_j=0). The
    delta method uses the exact gradient of each AME with respect to all coefficients. With
    ``weights`` every mean is the weighted mean over the rows of X.
    """
    from scipy.stats import norm

    cdf, pdf, dpdf = _link(model)
    if model == "logit":  # f = F (1 - F): each F computed once, the same numbers
        def pdf_of(z, p):
            return p * (1.0 - p)
    else:
        def pdf_of(z, p):
            return pdf(z)
    X = np.asarray(X, dtype=float)
    b = np.asarray(params, dtype=float)
    xb = X @ b
    k = X.shape[1]
    slopes = [j for j in range(k) if j != const_idx]
    ame = np.empty(len(slopes))
    grad = np.empty((len(slopes), k))
    n = X.shape[0]
    if weights is None:
        def mean(v):
            return v.mean()

        def mean_x(v):  # the mean of v_i * x_i, a row
            return (v @ X) / n
    else:
        share = np.asarray(weights, dtype=float) / float(np.sum(weights))

        def mean(v):
            return share @ v

        def mean_x(v):
            return (share * v) @ X
    f_mean = mean(pdf(xb))
    df_x = mean_x(dpdf(xb))
    for row, j in enumerate(slopes):
        col = X[:, j]
        if is_dummy(col):
            xb1 = xb + (1.0 - col) * b[j]
            xb0 = xb - col * b[j]
            p1, p0 = cdf(xb1), cdf(xb0)
            ame[row] = mean(p1 - p0)
            # mean of f(xb1) X1 - f(xb0) X0, X1 and X0 = X with column j set to 1 and 0: one
            # matrix-vector product instead of two n x k copies; column j is exactly f(xb1)
            f1 = pdf_of(xb1, p1)
            grad[row] = mean_x(f1 - pdf_of(xb0, p0))
            grad[row, j] = mean(f1)
        else:
            ame[row] = f_mean * b[j]
            grad[row] = b[j] * df_x
            grad[row, j] += f_mean
    se = np.sqrt(np.diag(grad @ np.asarray(cov, dtype=float) @ grad.T))
    with np.errstate(divide="ignore", invalid="ignore"):
        p = 2 * norm.sf(np.abs(ame / se))
    return slopes, ame, se, p
