"""The six styles of tests/demo_styles_guessed.py really are what they say (so that `map` is
tested on them, not on six copies of the plain workbook), and the styles that only move or
rename the plain workbook's columns give its results with their hand mappings."""

from __future__ import annotations

import pytest

from clusterdesk.mapping import fileformat
from tests.demo_styles import demo_frame, generator, write_plain
from tests.demo_styles_guessed import GUESSED, LADDER, NEXT_YEAR, STIGE, WRITERS

N_FIRMS = 600


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    root = tmp_path_factory.mktemp("guessed")
    df = demo_frame(N_FIRMS)
    files = {style: WRITERS[style](df, _folder(root / style)) for style in GUESSED}
    files["plain"] = write_plain(df, _folder(root / "plain"))
    return files


def _folder(path):
    path.mkdir(parents=True)
    return path


def _tables(data, mapping):
    from clusterdesk.analysis import analyse_file
    from clusterdesk.report.results_json import to_document

    return to_document(analyse_file(data, fileformat.load(mapping)))["tables"]


def test_two_header_blank_has_titles_a_question_over_blanks_and_blank_lower_cells(written):
    from openpyxl import load_workbook

    ws = load_workbook(written["two_header_blank"][0])["Export"]
    rows = [list(r) for r in ws.iter_rows(min_row=1, max_row=5, values_only=True)]
    assert rows[0][0].startswith("Firm survey") and rows[0][1:] == [None] * 18
    upper, lower = rows[2], rows[3]
    assert upper[:9] == ["Firm ID", "City region", "Industry sector", "Position in a group",
                         "Ownership", "Number of employees", "University educated (%)",
                         "R&D expenditure (% of turnover)", "Education of the chief executive"]
    assert lower[:9] == [None] * 9
    assert upper[9] == "Where are the following located?" and upper[10:15] == [None] * 5
    assert lower[9:15] == ["Demanding customers", "Advanced suppliers", "Toughest competitors",
                           "Most qualified employees", "Most relevant research institutions",
                           "Access to capital"]
    assert not ws.merged_cells.ranges


def test_spss_codes_give_education_its_order_by_value_labels(written):
    import pyreadstat

    frame, meta = pyreadstat.read_sav(str(written["spss_codes"][0]))
    assert meta.variable_value_labels["leder_utd"] == {
        1.0: "Upper secondary", 2.0: "Vocational college", 3.0: "Bachelor", 4.0: "Master"}
    assert set(frame["leder_utd"].dropna()) == {1.0, 2.0, 3.0, 4.0}


def test_numbered_blocks_say_nothing_in_their_headers(written):
    import pandas as pd

    columns = list(pd.read_excel(written["numbered_blocks"][0], nrows=0, engine="openpyxl").columns)
    assert columns[9:19] == [f"Sp9_{i}" for i in range(1, 7)] + ["q10", "q11", "q12", "q13"]


@pytest.mark.parametrize(("style", "ladder"), [("ladder_english", LADDER),
                                               ("ladder_norwegian", STIGE)])
def test_ladders_have_five_levels_first_seen_out_of_order(written, style, ladder):
    import pandas as pd

    frame = pd.read_excel(written[style][0], engine="openpyxl")
    answers = frame.iloc[:, 8].dropna()
    assert set(answers) == set(ladder)
    first_seen = list(dict.fromkeys(answers))
    assert first_seen != ladder and first_seen[0] == ladder[-1]
    assert fileformat.load(written[style][1]).codes.manager_education == ladder


def test_next_year_renames_every_header_and_moves_the_columns(written):
    import pandas as pd

    columns = list(pd.read_excel(written["next_year"][0], nrows=0, engine="openpyxl").columns)
    old = list(generator().HEADERS.values())
    assert not set(columns) & set(old)
    assert sorted(columns) == sorted(NEXT_YEAR.values())
    assert [NEXT_YEAR[h] for h in old] != columns
    assert columns[1].startswith("Q11 ")  # innovation first


@pytest.mark.parametrize("style", ["two_header_blank", "numbered_blocks", "next_year"])
def test_moved_or_renamed_columns_give_the_plain_results(written, style):
    assert _tables(*written[style]) == _tables(*written["plain"])
