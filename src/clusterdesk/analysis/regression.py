"""Table 6 (placeholder while the model code is written)."""

from __future__ import annotations

from clusterdesk.analysis.results import RegressionResult

T6_TITLE = "Table 6. The effect of clusters on product innovation: a multivariate analysis"


def regression(data, classes, settings, progress=None) -> RegressionResult:
    return RegressionResult(T6_TITLE, [], ["The regression is not computed yet."])
