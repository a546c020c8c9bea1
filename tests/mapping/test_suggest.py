"""The mapping assistant on whole tables: every role and code of a firm survey worded in bokmål,
nynorsk and English; what it leaves undecided; header detection on real-looking grids."""

from __future__ import annotations

import random

import pytest

from clusterdesk.mapping.model import Mapping
from clusterdesk.mapping.roles import FACTORS, ROLES
from clusterdesk.mapping.suggest import SURE, suggest
from clusterdesk.mapping.suggest_header import detect_header
from tests.mapping.suggest_helpers import EXPECTED_ROLES, LOCATIONS_NB, firm_survey, raw_table

CODES = {
    "nb": ({"regional": ["I regionen"], "national": ["Ellers i Norge"],
            "international": ["I utlandet"], "missing": ["Vet ikke"]},
           {"yes": ["Ja"], "no": ["Nei"], "missing": ["Vet ikke"]},
           ["Grunnskole", "Videregående skole", "Høgskole/bachelor", "Master/hovedfag",
            "Doktorgrad"], "Resten av landet"),
    "nn": ({"regional": ["I regionen"], "national": ["Elles i Noreg"],
            "international": ["Utanfor Noreg"], "missing": ["Veit ikkje"]},
           {"yes": ["Ja"], "no": ["Nei"], "missing": ["Veit ikkje"]},
           ["Grunnskule", "Vidaregåande skule", "Høgskule", "Hovudfag/master"],
           "Resten av landet"),
    "en": ({"regional": ["Within our region"], "national": ["Elsewhere in the country"],
            "international": ["Abroad"], "missing": ["Not sure"]},
           {"yes": ["Yes"], "no": ["No"], "missing": ["Don't know"]},
           ["Primary school", "Upper secondary", "Bachelor", "Master or higher"],
           "Rest of Norway"),
}


@pytest.mark.parametrize("style", ["nb", "nn", "en"])
def test_every_role_and_code_of_a_firm_survey(style):
    columns = firm_survey(style)
    sug = suggest(raw_table(columns))
    assert sug.mapping.columns == dict(zip(EXPECTED_ROLES, columns, strict=True))
    assert sug.undecided == []
    location, yes_no, education, last_region = CODES[style]
    assert sug.mapping.codes.location == location
    assert sug.mapping.codes.yes_no == yes_no
    assert sug.mapping.codes.manager_education == education
    assert sug.mapping.order["region"][-1] == last_region
    assert sug.mapping.errors(list(columns)) == []
    for r in ROLES:
        if r.required:
            assert sug.confidence[r.key] >= SURE, r.key


def test_region_order_is_city_size_then_frequency_with_the_rest_last():
    regions = (["Rest of Norway"] * 9 + ["Bergen"] * 3 + ["Oslo"] * 2 + ["Trondheim"] * 4
               + ["Mo i Rana"] * 1 + ["Bodø region"] * 2 + ["Indre Østfold"] * 3)
    columns = firm_survey("en", n=len(regions))
    columns["City region"] = regions
    sug = suggest(raw_table(columns))
    assert sug.mapping.order["region"] == ["Oslo", "Bergen", "Trondheim", "Bodø region",
                                           "Indre Østfold", "Mo i Rana", "Rest of Norway"]


def test_foreign_categories_are_listed_by_their_words():
    columns = firm_survey("nn")
    sug = suggest(raw_table(columns))
    assert sorted(sug.mapping.codes.foreign) == ["Delvis utanlandsk", "Heilt utanlandsk"]
    sug = suggest(raw_table(firm_survey("en")))
    assert sorted(sug.mapping.codes.foreign) == ["Fully foreign", "Partly foreign"]


def test_sectors_in_nace_order_when_recognised():
    sectors = ["Øvrig tjenesteyting", "Industri", "Varehandel", "Bygge- og anleggsvirksomhet",
               "Informasjon og kommunikasjon", "Hotell- og restaurantnæringen"] * 10
    columns = firm_survey("nb", n=len(sectors))
    columns["Næring"] = sectors
    sug = suggest(raw_table(columns))
    assert sug.mapping.order["sector"] == [
        "Industri", "Bygge- og anleggsvirksomhet", "Varehandel", "Hotell- og restaurantnæringen",
        "Informasjon og kommunikasjon", "Øvrig tjenesteyting"]
    columns["Næring"] = ["Sector A", "Sector B"] * 30
    assert "sector" not in suggest(raw_table(columns)).mapping.order


def test_a_missing_region_is_said_in_plain_words():
    columns = firm_survey("en")
    del columns["City region"]
    sug = suggest(raw_table(columns))
    assert "region" not in sug.mapping.columns
    assert "No column looks like the region; choose it by hand." in sug.undecided


def test_unknown_answers_are_reported_not_guessed():
    columns = firm_survey("en")
    columns["Q7a Most demanding customers"][:4] = ["On Mars"] * 4
    sug = suggest(raw_table(columns))
    assert not any("On Mars" in v for vals in sug.mapping.codes.location.values() for v in vals)
    assert any("'On Mars' (4 firms)" in u for u in sug.undecided)


def test_bare_number_codes_are_guessed_and_flagged():
    columns = firm_survey("en")
    for name in list(columns)[9:15]:
        columns[name] = [(i % 3) + 1 if i % 7 else 9 for i in range(len(columns[name]))]
    for name in list(columns)[15:19]:
        columns[name] = [1 if i % 3 else 2 for i in range(len(columns[name]))]
    sug = suggest(raw_table(columns))
    assert [sug.mapping.columns[f] for f in FACTORS] == list(columns)[9:15]
    assert sug.mapping.codes.location == {"regional": ["1"], "national": ["2"],
                                          "international": ["3"], "missing": ["9"]}
    assert sug.mapping.codes.yes_no == {"yes": ["1"], "no": ["2"], "missing": []}
    assert any("bare numbers" in u and "1 = regional" in u for u in sug.undecided)
    assert any("bare numbers" in u and "2 = no" in u for u in sug.undecided)


def test_one_zero_yes_no_is_not_a_guess():
    columns = firm_survey("en")
    for name in list(columns)[15:19]:
        columns[name] = [i % 2 for i in range(len(columns[name]))]
    sug = suggest(raw_table(columns))
    assert sug.mapping.codes.yes_no == {"yes": ["1"], "no": ["0"], "missing": []}
    assert not any("yes/no" in u for u in sug.undecided)


def test_six_location_columns_without_telling_headers_are_taken_in_paper_order():
    columns = firm_survey("nb")
    renamed = {}
    for i, (name, values) in enumerate(columns.items()):
        renamed[f"V{i + 1}" if 9 <= i < 15 else name] = values
    sug = suggest(raw_table(renamed))
    assert [sug.mapping.columns[f] for f in FACTORS] == [f"V{i}" for i in range(10, 16)]
    assert all(sug.confidence[f] < SURE for f in FACTORS)


def test_google_forms_free_typed_yes_no():
    answers = ["Yes", "Yesss", "Nope", "No", "NO", "Y", "yes ", "Not sure"] * 5
    columns = firm_survey("en", n=len(answers))
    columns["Q10 New or significantly improved products"] = answers
    sug = suggest(raw_table(columns))
    yn = sug.mapping.codes.yes_no
    assert sorted(yn["yes"]) == ["Y", "Yes", "Yesss"]
    assert sorted(yn["no"]) == ["No", "Nope"]  # "NO" is "No" by the comparison rule
    assert "Not sure" in yn["missing"]


def test_questions_about_something_else_get_no_role():
    """A hot-dog survey: yes/no and free text, nothing a firm survey asks."""
    columns = {
        "Timestamp": [f"1/{d}/2025 21:53:05" for d in range(1, 31)],
        "Do you believe that a hotdog falls under the category of a sandwich?":
            ["Yes", "No", "Nope"] * 10,
        "What state or country were you born in?": ["VA, USA", "Virginia", "Norway"] * 10,
        "Gender: How do you identify?": ["Woman", "Man", "Non-binary"] * 10,
    }
    sug = suggest(raw_table(columns))
    assert sug.mapping.columns == {}
    assert len(sug.undecided) == sum(r.required for r in ROLES)


def test_no_columns_at_all():
    sug = suggest(raw_table({}))
    assert isinstance(sug.mapping, Mapping) and sug.mapping.columns == {}


@pytest.mark.parametrize(("grid", "row", "rows"), [
    ([["Region", "Q7a", "Q10"], ["Oslo", "I regionen", "Ja"], ["Bergen", "Abroad", "Nei"]], 1, 1),
    ([["Firm survey 2024"], ["Exported 3 May"], [],
      ["Region", "Employees", "Q10"], ["Oslo", 12, "Ja"], ["Bergen", 40, "Nei"]], 4, 1),
    ([["Region", "Where are they located?", None, None, "Q10"],
      [None, "Customers", "Suppliers", "Competitors", None],
      ["Oslo", "In the region", "Abroad", "Abroad", "Yes"],
      ["Bergen", "Abroad", "In the region", "Abroad", "No"]], 1, 2),
    ([["StartDate", "Q1", "Q2"], ["Start Date", "How many employees?", "Region?"],
      ['{"ImportId":"startDate"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}'],
      ["2017-07-18", "12", "Oslo"]], 1, 3),
    ([["V1", "V2", "Q1", "Q2"], ["ResponseID", "Status", "Employees?", "Turnover?"],
      ["R_1", 0, 12, 3.5], ["R_2", 0, 40, 1.5]], 1, 2),
])
def test_header_detection(grid, row, rows):
    guess = detect_header(grid)
    assert (guess.header_row, guess.header_rows) == (row, rows), guess.reason
    assert guess.reason


def test_distractor_columns_get_no_role_and_a_close_call_is_flagged():
    columns = firm_survey("nb", n=120)
    rnd = random.Random(5)
    n = 120
    distractors = {
        "Omsetning 2022 (mill. kr)": [round(rnd.random() * 500, 1) for _ in range(n)],
        "Eksportandel (%)": [rnd.randint(0, 100) for _ in range(n)],
        "Etableringsår": [rnd.randint(1950, 2020) for _ in range(n)],
        "Antall ansatte 2021": [rnd.randint(5, 900) for _ in range(n)],
        "Kommune": [rnd.choice(["Bærum", "Asker", "Oslo", "Bergen", "Sola", "Malvik"])
                    for _ in range(n)],
        "Kontaktperson e-post": [f"p{i}@firma.no" for i in range(n)],
        "Kommentar": [rnd.choice(["", "Bra", "Ingen", "Vanskelig skjema"]) for _ in range(n)],
        "Samarbeider dere med universiteter?": [rnd.choice(["Ja", "Nei"]) for _ in range(n)],
        "Har dere mottatt offentlig støtte?": [rnd.choice(["Ja", "Nei"]) for _ in range(n)],
        "Hvor ligger hovedkontoret?": [rnd.choice(LOCATIONS_NB) for _ in range(n)],
    }
    sug = suggest(raw_table({**columns, **distractors}))
    chosen = {role: sug.mapping.columns.get(role) for role in EXPECTED_ROLES}
    assert chosen == dict(zip(EXPECTED_ROLES, columns, strict=True))
    assert not any(sug.role_of(c) for c in distractors)
    # two "Antall ansatte" columns: the right one is chosen, but the assistant says it is unsure
    assert sug.confidence["employees"] < SURE
    assert ("Antall ansatte 2021", sug.scores["Antall ansatte 2021"]["employees"]) in [
        (c, pytest.approx(s, abs=1e-3)) for c, s in sug.alternatives["employees"]]
    assert all(sug.confidence[r] >= SURE for r in EXPECTED_ROLES if r != "employees")


def test_column_types_for_inspect():
    import datetime as dt

    import pandas as pd

    from clusterdesk.mapping.suggest_values import profile

    kinds = {name: profile(name, 0, pd.Series(values, dtype=object)).kind for name, values in {
        "dates": [dt.datetime(2023, 6, 1, 20, 57), dt.datetime(2023, 6, 2), None],
        "numbers": ["3,5", "12%", 7],
        "text": ["Ja", "Nei", "3"],
        "empty": [None, "", " "],
    }.items()}
    assert kinds == {"dates": "date", "numbers": "number", "text": "text", "empty": "empty"}
