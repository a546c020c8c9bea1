"""Values that cannot be right, in generated surveys written to real files: each gets a warning
listed before every other one, naming the column and the firms (file rows, ids when mapped)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency

from clusterdesk.analysis import analyse_file, analyse_raw
from clusterdesk.analysis.checks import MAX_CATEGORIES
from clusterdesk.analysis.groups import group_rows
from clusterdesk.analysis.stats import chi2_test
from tests.analysis.helpers import full_mapping, mapping, random_survey, raw_table


def _survey(tmp_path, frame: pd.DataFrame, **extra: str):
    path = tmp_path / "survey.csv"
    frame.to_csv(path, index=False)
    m = full_mapping(frame)
    m.columns.update(extra)
    return analyse_file(path, m)


def _file_rows(positions) -> list[int]:
    """A CSV's data row at position i sits on line i + 2 (the header is line 1)."""
    return [int(i) + 2 for i in positions]


def _doubts(results, *words: str) -> list[str]:
    return [w for w in results.input.warnings if all(x in w for x in words)]


def _first(results, message: str) -> None:
    """``message`` comes before every ordinary warning (coding and import notes)."""
    warnings = results.input.warnings
    ordinary = [i for i, w in enumerate(warnings) if "treated as missing" in w
                or "Mark them as missing" in w or "decimal comma" in w]
    assert all(warnings.index(message) < i for i in ordinary), warnings


def test_weights_that_weigh_nothing(tmp_path):
    frame = random_survey(300, seed=3)
    frame["W"] = np.where(np.arange(300) % 2 == 0, "0", "")  # an exported empty weight column
    frame.loc[7, "Employees"] = "lots"  # an ordinary warning the doubt must come before
    res = _survey(tmp_path, frame, weight="W")
    (doubt,) = _doubts(res, "'W'", "0, missing or not finite")
    _first(res, doubt)
    frame["W"] = "1.5"
    assert not _doubts(_survey(tmp_path, frame, weight="W"), "'W'", "not finite")


def test_numbers_out_of_range_name_the_rows_and_firms(tmp_path):
    rng = np.random.default_rng(5)
    frame = random_survey(400, seed=5)
    frame["Id"] = [f"F{i:04d}" for i in range(400)]
    frame["Uni"] = [f"{x:.0f}" for x in rng.uniform(0, 100, 400)]
    huge, negative, shares = [17], [40, 41, 300, 350, 399], [9, 120]
    frame.loc[huge, "Employees"] = "1e308"
    frame.loc[negative, "Employees"] = "-5"
    frame.loc[shares, "Uni"] = ["250 %", "-3"]
    frame.loc[[60], "Employees"] = "NaN"
    res = _survey(tmp_path, frame, firm_id="Id", pct_university="Uni")
    (big,) = _doubts(res, "'Employees'", "implausibly large")
    assert f"row {_file_rows(huge)[0]} (firm 'F0017')" in big and "1e+308" in big
    (neg,) = _doubts(res, "'Employees'", "negative")
    rows = _file_rows(negative)
    assert all(f"row {r} (firm 'F{r - 2:04d}')" in neg for r in rows[:3]) and "and 2 more" in neg
    assert str(rows[3]) not in neg
    (pct,) = _doubts(res, "'Uni'", "outside 0-100")
    assert all(f"row {r}" in pct for r in _file_rows(shares))
    (nan,) = _doubts(res, "'Employees'", "'NaN'")
    assert f"row {_file_rows([60])[0]}" in nan
    for message in (big, neg, pct, nan):
        _first(res, message)
    # the numbers themselves are used as they are (only a warning), the 'NaN' text is missing
    employees = res.firms["employees"]
    assert employees.isna().sum() == 1 and employees.max() == 1e308


def test_infinite_numbers_become_missing_with_a_warning():
    frame = random_survey(200, seed=8)
    frame["Emp"] = np.arange(200, dtype=float) + 1
    frame.loc[[3, 150], "Emp"] = [np.inf, -np.inf]
    res = analyse_raw(raw_table(frame), mapping(frame, employees="Emp"))
    (doubt,) = _doubts(res, "'Emp'", "infinite")
    assert "rows 4, 151" in doubt  # positions + 1: the table has no header row of its own
    finite = frame["Emp"][np.isfinite(frame["Emp"])]
    row = next(r for r in res.tables["sample_numbers"].rows if r.key == "employees")
    assert row.values[:3] == [len(finite), pytest.approx(finite.mean()), finite.median()]


def test_an_id_column_mapped_as_region_is_asked_about_and_analysed():
    n = MAX_CATEGORIES * 4
    frame = random_survey(n, seed=2)
    frame["Region"] = [f"{100000 + i}" for i in range(n)]
    res = analyse_raw(raw_table(frame), mapping(frame))
    (doubt,) = _doubts(res, "'Region'", "is this an id column?")
    assert f"{n:,} different values" in doubt
    t2 = res.tables["innovation_by_region"]
    assert len(t2.rows) == n + 1 and all(r.values[-1] == 1 for r in t2.rows[:-1])
    frame["Region"] = [f"R{i % MAX_CATEGORIES}" for i in range(n)]
    assert not _doubts(analyse_raw(raw_table(frame), mapping(frame)), "id column")


def test_chi_square_over_thousands_of_groups_matches_scipy():
    """17,000 groups x 2 answers overflowed the 16-bit category codes (a negative count)."""
    rng = np.random.default_rng(11)
    n, groups = 60_000, 17_000
    g = pd.Series(pd.Categorical([f"g{i}" for i in rng.integers(0, groups, n)]))
    y = (rng.uniform(size=n) < 0.4).astype(float)
    test = chi2_test("x", "x", g, y)
    table = pd.crosstab(g, y).to_numpy()
    table = table[table.sum(axis=1) > 0]
    chi2, p, dof, _ = chi2_contingency(table, correction=False)
    assert test.df == dof and test.chi2 == pytest.approx(chi2, rel=1e-9)


def test_group_rows_select_what_masks_select():
    rng = np.random.default_rng(4)
    values = np.where(rng.uniform(size=5000) < 0.1, None,
                      rng.choice(["a", "b", "c", "d"], 5000)).astype(object)
    column = pd.Series(pd.Categorical(values, categories=["d", "c", "b", "a", "unused"]))
    rows = group_rows(column)
    assert len(rows) == 5
    for cat, idx in zip(column.cat.categories, rows, strict=True):
        assert idx.tolist() == np.flatnonzero((column == cat).to_numpy()).tolist()


def test_answers_differing_by_invisible_characters_are_one_category(tmp_path):
    frame = random_survey(500, seed=9)
    odd = {5: "Bergen\x07", 6: "\u200bBergen", 7: "Ber\u00adgen"}
    for i, text in odd.items():
        frame.loc[i, "Region"] = text
    res = _survey(tmp_path, frame)
    expected = int((frame["Region"] == "Bergen").sum()) + len(odd)
    t2 = res.tables["innovation_by_region"]
    assert [r.key for r in t2.rows].count("Bergen") == 1
    assert next(r for r in t2.rows if r.key == "Bergen").values[-1] == expected
    (note,) = _doubts(res, "'Region'", "invisible or control characters")
    assert "U+0007" in note and "'Bergen'" in note
    assert all(f"{r}" in note for r in _file_rows(odd))


@pytest.mark.parametrize("fraction", [0.22, 0.5, 0.9])
def test_a_cut_off_csv_is_warned_about_first(tmp_path, fraction):
    frame = random_survey(800, seed=6)
    full = tmp_path / "full.csv"
    frame.to_csv(full, index=False)
    data = full.read_bytes()
    cut = tmp_path / "survey.csv"
    end = int(len(data) * fraction)
    while data[end - 1:end] in (b"\n", b"\r", b","):  # a cut inside a line, not at its end
        end -= 1
    cut.write_bytes(data[:end])
    res = analyse_file(cut, mapping(frame))
    rows = data[:end].count(b"\n") + 1  # the header and the complete lines, then the cut one
    (warning,) = _doubts(res, "'survey.csv'", "cut off")
    assert f"(row {rows})" in warning and "of 16 fields" in warning
    assert res.input.warnings.index(warning) == 0
    assert not _doubts(analyse_file(full, mapping(frame)), "cut off")
    whole = tmp_path / "no-final-newline.csv"
    whole.write_bytes(data.rstrip(b"\r\n"))
    assert not _doubts(analyse_file(whole, mapping(frame)), "cut off")
