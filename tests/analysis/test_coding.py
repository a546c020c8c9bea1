import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from clusterdesk.analysis import code
from clusterdesk.errors import Cancelled, UserError
from clusterdesk.runtime import Task
from tests.analysis.helpers import firms, mapping, random_survey, raw_table


def _survey(frame, **extra):
    return code(raw_table(frame), mapping(frame, **extra))


def test_locations_and_yes_no_codes_with_spacing_and_case():
    frame = firms([("Oslo", "RNI?", "Yes"), (" oslo ", "", "no"), ("Bergen", "R", "1")])
    frame.loc[1, "Q7 customers"] = "  in   THE region "
    frame["Q10"] = frame["Q10"].astype(object)
    frame.loc[2, "Q10"] = 1.0  # stored as a number by the spreadsheet
    data = _survey(frame).data
    assert list(data["customers"]) == ["regional", "regional", "regional"]
    assert list(data["suppliers"].isna()) == [False, True, True]
    assert data.loc[0, "competitors"] == "international"
    assert pd.isna(data.loc[0, "labour"])  # "Don't know" is a missing code
    assert data["product"].tolist() == [1.0, 0.0, 1.0]
    assert data["region"].tolist() == ["Oslo", "Oslo", "Bergen"]


def test_unassigned_answers_become_missing_and_are_reported():
    frame = firms([("Oslo", "RRRRRR", "Yes")] * 3 + [("Oslo", "RRRRRR", "No")] * 2)
    frame["Sp10"] = ["Vet ikke", "Vet ikke", "-", "Yes", "Vet ikke"]
    frame = frame.drop(columns="Q10")
    m = mapping(frame, product="Sp10")
    survey = code(raw_table(frame), m)
    assert survey.data["product"].isna().tolist() == [True, True, True, False, True]
    assert survey.report.unassigned["product"] == {"Vet ikke": 3, "-": 1}
    assert ("Column 'Sp10' has 4 answers that are neither yes nor no ('Vet ikke' x3, '-' x1). "
            "Mark them as missing or map them.") in survey.report.warnings


def test_conditional_radical_rule():
    frame = firms([("A", "R", "No"), ("A", "R", "No"), ("A", "R", "Yes"), ("A", "R", "Yes"),
                   ("A", "R", None)])
    frame["Q10b"] = ["Yes", None, None, "Yes", "Yes"]
    data = _survey(frame).data
    # product 0 -> radical 0 whatever the cell says; product 1 + missing follow-up -> missing;
    # product missing -> the follow-up as answered
    got = data["product_new_to_market"].tolist()
    assert got[:2] == [0.0, 0.0]
    assert np.isnan(got[2])
    assert got[3:] == [1.0, 1.0]


def test_numbers_decimal_comma_percent_thousands_and_counted_failures():
    frame = firms([("A", "R", "Yes")] * 6)
    frame["Employees"] = ["1 234", "12", "3,5", "n/a", "1.234,5", None]
    frame["R&D"] = ["12%", "0,5 %", "", "ca. 3", "n/a", 2]
    s = _survey(frame, employees="Employees", pct_rd="R&D")
    emp = s.data["employees"].tolist()
    assert emp[:3] == [1234.0, 12.0, 3.5] and np.isnan(emp[3]) and emp[4] == 1234.5
    assert s.data["pct_rd"].tolist()[:2] == [12.0, 0.5] and s.data["pct_rd"].iloc[5] == 2.0
    assert s.report.not_numbers == {"employees": {"n/a": 1}, "pct_rd": {"ca. 3": 1, "n/a": 1}}
    assert any("Column 'R&D' has 2 answers that are not numbers" in w for w in s.report.warnings)


def test_blank_category_is_missing_not_a_category_and_order_is_the_analysts():
    frame = firms([("Bergen", "R", "Yes"), ("", "R", "No"), ("Oslo", "R", "Yes"),
                   ("Tromsø", "R", "No"), ("   ", "R", "No"), ("Alta", "R", "No")])
    frame["Sector"] = ["Trade", None, "  ", "Sector 10", "Sector 2", "trade"]
    m = mapping(frame, sector="Sector")
    m.order["region"] = ["Oslo", "Stavanger", "Bergen"]
    data = code(raw_table(frame), m).data
    assert list(data["region"].cat.categories) == ["Oslo", "Stavanger", "Bergen", "Alta",
                                                   "Tromsø"]
    assert data["region"].isna().tolist() == [False, True, False, False, True, False]
    # natural order, equal texts by the comparison rule are one category, blank is missing
    assert list(data["sector"].cat.categories) == ["Sector 2", "Sector 10", "Trade"]
    assert data["sector"].isna().sum() == 2


def test_rows_with_every_mapped_cell_blank_are_dropped_and_raw_row_kept():
    frame = firms([("Oslo", "RRRRRR", "Yes"), ("", "", None), ("Bergen", "??????", None),
                   ("", "", None)])
    frame["Unmapped"] = ["x", "not mapped, ignored", "y", "z"]
    s = _survey(frame)
    assert s.report.rows_read == 4 and s.report.rows_dropped_empty == 2
    assert s.report.rows_used == 2
    assert s.data["raw_row"].tolist() == [1, 3]  # "Don't know" is an answer: row kept
    assert any("2 rows with no answer" in w for w in s.report.warnings)


def test_foreign_ownership_by_words_or_by_codes():
    frame = firms([("A", "R", "Yes")] * 5)
    frame["Owner"] = ["Norwegian", "Partly foreign", "Helt utenlandsk", "Not foreign", None]
    data = _survey(frame, ownership="Owner").data
    assert data["foreign_ownership"].tolist()[:4] == [0.0, 1.0, 1.0, 0.0]
    assert np.isnan(data["foreign_ownership"].iloc[4])
    m = mapping(frame, ownership="Owner")
    m.codes.foreign = ["Helt utenlandsk"]
    data = code(raw_table(frame), m).data
    assert data["foreign_ownership"].tolist()[:4] == [0.0, 0.0, 1.0, 0.0]


def test_manager_education_ordered_or_numeric():
    frame = firms([("A", "R", "Yes")] * 4)
    frame["Edu"] = ["master", "Primary", "PhD", None]
    m = mapping(frame, manager_education="Edu")
    m.codes.manager_education = ["Primary", "Secondary", "Master"]
    s = code(raw_table(frame), m)
    assert s.data["manager_education"].tolist()[:2] == [2.0, 0.0]
    assert s.data["manager_education"].isna().tolist() == [False, False, True, True]
    assert s.report.unassigned["manager_education"] == {"PhD": 1}
    frame["Edu"] = [3, "2", "1,5", None]
    s = _survey(frame, manager_education="Edu")
    assert s.data["manager_education"].tolist()[:3] == [3.0, 2.0, 1.5]


def test_missing_or_negative_weight_counts_zero_with_a_warning():
    frame = firms([("A", "R", "Yes")] * 3)
    frame["W"] = ["1,5", "", -1]
    s = _survey(frame, weight="W")
    assert s.data["weight"].tolist() == [1.5, 0.0, 0.0]
    assert any("2 firms have a missing or negative weight" in w for w in s.report.warnings)


def test_column_missing_from_file_is_a_user_error():
    frame = firms([("A", "R", "Yes")])
    with pytest.raises(UserError, match="'Q99'.*'test.xlsx' has no such column"):
        code(raw_table(frame), mapping(frame, employees="Q99"))


def test_cancel_and_progress():
    frame = firms([("A", "R", "Yes")])
    with pytest.raises(Cancelled):
        code(raw_table(frame), mapping(frame), task=Task(should_stop=lambda: True))
    seen = []
    code(raw_table(frame), mapping(frame), task=Task(lambda f, m: seen.append(f)))
    assert seen[0] == 0.0 and seen[-1] == 1.0


def test_large_survey_codes_like_a_small_one():
    """100,000 rows are coded through unique values: the same answer codes the same way."""
    frame = random_survey(100_000, seed=3)
    from tests.analysis.helpers import full_mapping

    s = code(raw_table(frame), full_mapping(frame))
    assert len(s.data) == 100_000
    expected = (frame["Q7 customers"] == "In the region").sum()
    assert (s.data["customers"] == "regional").sum() == expected
    emp = frame["Employees"].str.replace(" ", "").astype(float)
    assert np.array_equal(s.data["employees"].to_numpy(), emp.to_numpy())


def test_importing_analysis_stays_light():
    code_ = ("import sys, clusterdesk.analysis; "
             "bad = [m for m in ('PySide6', 'matplotlib', 'statsmodels', 'scipy') "
             "if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code_], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_mapped_column_without_any_usable_answer_is_reported():
    frame = firms([("A", "R", "Yes"), ("B", "N", "No")])
    frame["Emp"] = ["many", None]
    s = _survey(frame, employees="Emp")
    assert any("Column 'Emp' (Number of employees) has no usable answer" in w
               for w in s.report.warnings)
    assert not any("Column 'Q10'" in w for w in s.report.warnings)


def test_english_thousands_commas_in_a_column():
    frame = firms([("A", "R", "Yes")] * 3)
    frame["Emp"] = ["1,200", "35", "2,500"]
    frame["Pct"] = ["1,200", "3,5", "2"]
    s = _survey(frame, employees="Emp", pct_rd="Pct")
    assert s.data["employees"].tolist() == [1200.0, 35.0, 2500.0]
    assert s.data["pct_rd"].tolist() == [1.2, 3.5, 2.0]


def test_raw_row_is_the_row_the_analyst_sees_in_the_file():
    frame = firms([("Oslo", "R", "Yes"), ("Bergen", "N", "No")])
    raw = raw_table(frame)
    raw.report.header_row, raw.report.header_rows = 3, 2  # two title rows, two header rows
    assert code(raw, mapping(frame)).data["raw_row"].tolist() == [5, 6]
    raw.report.blank_rows_dropped = 1  # positions no longer match file rows
    assert code(raw, mapping(frame)).data["raw_row"].tolist() == [1, 2]
    frame.attrs["file_rows"] = [7, 9]
    assert code(raw_table(frame), mapping(frame)).data["raw_row"].tolist() == [7, 9]
