import pandas as pd
import pytest

from clusterdesk.analysis import code
from clusterdesk.analysis.classify import classify
from clusterdesk.mapping.model import Settings
from tests.analysis.helpers import firms, mapping, raw_table

# factor answers -> (r, n, i, a, class, scope) with the paper's thresholds 4 / 4 / 2
CASES = [
    ("RRRRRR", (6, 0, 0, 6, "regional", "regional")),
    ("RRRR??", (4, 0, 0, 4, "regional", "regional")),
    ("RRRNNI", (3, 2, 1, 6, "intermediate", None)),
    ("RRNNII", (2, 2, 2, 6, "non_regional", "national")),  # n >= i: national
    ("RNIII?", (1, 1, 3, 5, "non_regional", "international")),
    ("NNNN", (0, 4, 0, 4, "non_regional", "national")),
    ("RRR", (3, 0, 0, 3, "unclassified", None)),
    ("", (0, 0, 0, 0, "unclassified", None)),
]


def _classes(settings=None):
    frame = firms([("A", loc, "Yes") for loc, _ in CASES])
    data = code(raw_table(frame), mapping(frame)).data
    return classify(data, settings or Settings())


def test_classes_and_scope_with_default_thresholds():
    got = _classes()
    for k, (_, (r, n, i, a, cls, scope)) in enumerate(CASES):
        row = got.iloc[k]
        assert (row["r"], row["n"], row["i"], row["a"]) == (r, n, i, a)
        assert row["cluster_class"] == cls
        assert (pd.isna(row["scope"]) if scope is None else row["scope"] == scope)


def test_thresholds_come_from_settings():
    got = _classes(Settings(min_answered=3, regional_min=3, nonregional_max=1))
    assert got["cluster_class"].tolist() == [
        "regional", "regional", "regional", "intermediate", "non_regional", "non_regional",
        "regional", "unclassified"]


@pytest.mark.parametrize("r, expected", [(2, "non_regional"), (3, "intermediate"),
                                         (4, "regional")])
def test_boundaries(r, expected):
    frame = firms([("A", "R" * r + "N" * (6 - r), "Yes")])
    data = code(raw_table(frame), mapping(frame)).data
    assert classify(data, Settings())["cluster_class"].iloc[0] == expected
