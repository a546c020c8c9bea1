"""A region or sector column with thousands of different values (an id column mapped by mistake)
is analysed, with the "is this an id column?" warning listed first, naming the column."""

from __future__ import annotations

import pytest

from clusterdesk.analysis import analyse_file
from clusterdesk.analysis.checks import MAX_CATEGORIES
from tests.analysis.helpers import full_mapping, random_survey


@pytest.mark.parametrize("role", ["region", "sector"])
def test_an_id_column_as_region_or_sector_is_warned_first(tmp_path, role):
    n = 6000
    frame = random_survey(n, seed=4)
    frame["Firm number"] = [f"F{i:06d}" for i in range(n)]
    path = tmp_path / "firms.csv"
    frame.to_csv(path, index=False)
    m = full_mapping(frame)
    m.columns[role] = "Firm number"
    m.order.pop(role, None)
    res = analyse_file(path, m)
    first = res.input.warnings[0]
    assert "'Firm number'" in first and "is this an id column?" in first
    assert f"{n:,} different values" in first
    if role == "region":  # every firm its own region: one row each, plus the total
        assert len(res.tables["innovation_by_region"].rows) == n + 1


def test_a_few_hundred_values_are_analysed_with_a_warning(tmp_path):
    """Between the two limits (municipalities as regions, say) the report is made."""
    n = 1500
    frame = random_survey(n, seed=6)
    frame["Municipality"] = [f"M{i % (MAX_CATEGORIES + 57)}" for i in range(n)]
    path = tmp_path / "firms.csv"
    frame.to_csv(path, index=False)
    m = full_mapping(frame)
    m.columns["region"] = "Municipality"
    m.order.pop("region", None)  # the five regions the generated survey orders
    res = analyse_file(path, m)
    assert [w for w in res.input.warnings if "is this an id column?" in w]
    assert len(res.tables["innovation_by_region"].rows) == MAX_CATEGORIES + 57 + 1
