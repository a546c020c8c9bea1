"""A region column with thousands of different values (an id column mapped by mistake) is refused
in seconds with one message naming the file and the column, before any table is made."""

from __future__ import annotations

import time

import pytest

from clusterdesk.analysis import analyse_file
from clusterdesk.analysis.checks import MAX_ANALYSED_CATEGORIES, MAX_CATEGORIES
from clusterdesk.errors import UserError
from tests.analysis.helpers import full_mapping, random_survey


@pytest.mark.parametrize("role", ["region", "sector"])
def test_an_id_column_as_region_or_sector_is_refused_quickly(tmp_path, role):
    n = MAX_ANALYSED_CATEGORIES * 3
    frame = random_survey(n, seed=4)
    frame["Firm number"] = [f"F{i:06d}" for i in range(n)]
    path = tmp_path / "firms.csv"
    frame.to_csv(path, index=False)
    m = full_mapping(frame)
    m.columns[role] = "Firm number"
    started = time.monotonic()
    with pytest.raises(UserError) as caught:
        analyse_file(path, m)
    assert time.monotonic() - started < 60  # the tables would take minutes
    text = str(caught.value)
    assert "'firms.csv'" in text and "'Firm number'" in text and "is this an id column?" in text
    assert f"{n:,} different values" in text


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
