"""A region or sector column with thousands of different values (an id column mapped by mistake)
is analysed, with the "is this an id column?" warning listed first, naming the column."""

from __future__ import annotations

import pytest

from clusterdesk.analysis import analyse_file
from clusterdesk.analysis.checks import MAX_CATEGORIES
from tests.analysis.helpers import full_mapping, random_survey


def _analysed(tmp_path, n: int, seed: int, role: str, column: str, values: list[str]):
    """A generated survey of ``n`` firms with ``column`` (``values``) mapped as ``role``."""
    frame = random_survey(n, seed=seed)
    frame[column] = values
    path = tmp_path / "firms.csv"
    frame.to_csv(path, index=False)
    m = full_mapping(frame)
    m.columns[role] = column
    m.order.pop(role, None)  # the categories the generated survey orders
    return analyse_file(path, m)


@pytest.mark.parametrize("role", ["region", "sector"])
def test_an_id_column_as_region_or_sector_is_warned_first(tmp_path, role):
    n = 6000
    res = _analysed(tmp_path, n, 4, role, "Firm number", [f"F{i:06d}" for i in range(n)])
    first = res.input.warnings[0]
    assert "'Firm number'" in first and "is this an id column?" in first
    assert f"{n:,} different values" in first
    if role == "region":  # every firm its own region: one row each, plus the total
        assert len(res.tables["innovation_by_region"].rows) == n + 1


def test_a_few_hundred_values_are_analysed_with_a_warning(tmp_path):
    """Between the two limits (municipalities as regions, say) the report is made."""
    n = 1500
    res = _analysed(tmp_path, n, 6, "region", "Municipality",
                    [f"M{i % (MAX_CATEGORIES + 57)}" for i in range(n)])
    assert [w for w in res.input.warnings if "is this an id column?" in w]
    assert len(res.tables["innovation_by_region"].rows) == MAX_CATEGORIES + 57 + 1


def test_a_region_name_of_thousands_of_characters_is_warned_about(tmp_path):
    """A damaged or misplaced cell: one 'region' of 3,000 characters is named with its row."""
    frame = random_survey(400, seed=8)
    m = full_mapping(frame)
    column = m.columns["region"]
    frame[column] = frame[column].astype(object)
    frame.loc[17, column] = "Bergen " * 430  # 3,009 characters once the last space is trimmed
    path = tmp_path / "firms.csv"
    frame.to_csv(path, index=False)
    m.order.pop("region", None)
    res = analyse_file(path, m)
    doubt = [w for w in res.input.warnings if "characters" in w]
    assert len(doubt) == 1 and f"'{column}'" in doubt[0] and "3,009 characters" in doubt[0]
    assert "(row 19)" in doubt[0]  # the CSV's row of that firm: the header is row 1


def test_ordinary_region_names_give_no_such_warning(tmp_path):
    frame = random_survey(200, seed=9)
    path = tmp_path / "firms.csv"
    frame.to_csv(path, index=False)
    res = analyse_file(path, full_mapping(frame))
    assert not [w for w in res.input.warnings if "characters" in w]
