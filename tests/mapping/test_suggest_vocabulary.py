"""Table-driven: realistic headers and answers (English, bokmål, nynorsk, question numbers, typos,
odd casing) and the role or code the assistant must give each."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from clusterdesk.mapping.numbers import parse_number
from clusterdesk.mapping.suggest import MIN_SCORE
from clusterdesk.mapping.suggest_score import score_column
from clusterdesk.mapping.suggest_text import clean_header
from clusterdesk.mapping.suggest_values import (
    education_level,
    is_foreign,
    location_code,
    profile,
    yes_no_code,
)
from tests.mapping.suggest_helpers import LOCATIONS_NB

_rnd = random.Random(7)
N = 50
VALUES = {
    "location": [_rnd.choice(LOCATIONS_NB) for _ in range(N)],
    "yes_no": [_rnd.choice(["Ja", "Nei"]) for _ in range(N)],
    "count": [_rnd.randint(3, 700) for _ in range(N)],
    "percent": [_rnd.randint(0, 100) for _ in range(N)],
    "region": [_rnd.choice(["Oslo", "Bergen", "Trondheim", "Resten av landet"]) for _ in range(N)],
    "sector": [_rnd.choice(["Industri", "Tjenester", "Bygg"]) for _ in range(N)],
    "dependence": [_rnd.choice(["Morselskap", "Datterselskap", "Uavhengig"]) for _ in range(N)],
    "ownership": [_rnd.choice(["Norsk", "Delvis utenlandsk", "Helt utenlandsk"]) for _ in range(N)],
    "education": [_rnd.choice(["Grunnskole", "Videregående", "Bachelor", "Master"])
                  for _ in range(N)],
    "weight": [round(0.4 + _rnd.random(), 3) for _ in range(N)],
    "id": list(range(N)),
}

HEADERS = [
    ("Sp7_1 Hvor befinner seg de mest krevende kundene", "location", "customers"),
    ("Most demanding customers", "location", "customers"),
    ("Q7a: Where are your most demanding CUSTOMERS?", "location", "customers"),
    ("Kvar er dei mest krevjande kundane?", "location", "customers"),
    ("most demaning custmers", "location", "customers"),
    ("Q7b Most advanced suppliers", "location", "suppliers"),
    ("Sp7_2 Hvor befinner seg de mest avanserte leverandørene", "location", "suppliers"),
    ("Kvar er dei mest avanserte leverandørane?", "location", "suppliers"),
    ("Where are your toughest competitors located?", "location", "competitors"),
    ("Tøffeste konkurrenter", "location", "competitors"),
    ("Q7c TOUGHEST COMPETITROS", "location", "competitors"),
    ("Most qualified employees", "location", "labour"),
    ("Hvor finner dere best kvalifisert arbeidskraft?", "location", "labour"),
    ("Sp7_4 Kvalifisert arbeidskraft", "location", "labour"),
    ("Most relevant research institutions", "location", "research"),
    ("Relevante forskningsinstitusjoner", "location", "research"),
    ("Kvar finn de dei mest relevante forskingsinstitusjonane?", "location", "research"),
    ("Access to capital", "location", "capital"),
    ("Tilgang på kapital", "location", "capital"),
    ("Q7f Where do you get your financing?", "location", "capital"),
    ("Byregion", "region", "region"),
    ("Fylke", "region", "region"),
    ("City region", "region", "region"),
    ("region", "region", "region"),
    ("NACE", "sector", "sector"),
    ("Næring", "sector", "sector"),
    ("Bransje", "sector", "sector"),
    ("Industry sector", "sector", "sector"),
    ("Konsernstatus", "dependence", "dependence"),
    ("Part of a capital group?", "dependence", "dependence"),
    ("Eierskap", "ownership", "ownership"),
    ("Ownership", "ownership", "ownership"),
    ("Eigarskap", "ownership", "ownership"),
    ("Antall ansatte", "count", "employees"),
    ("Number of employees", "count", "employees"),
    ("Talet på tilsette", "count", "employees"),
    ("Andel ansatte med høyere utdanning", "percent", "pct_university"),
    ("% of employees with university education", "percent", "pct_university"),
    ("Share with higher education (%)", "percent", "pct_university"),
    ("FoU-utgifter", "percent", "pct_rd"),
    ("R&D expenditure as % of turnover", "percent", "pct_rd"),
    ("FoU i prosent av omsetning", "percent", "pct_rd"),
    ("Daglig leders utdanning", "education", "manager_education"),
    ("Education level of the CEO", "education", "manager_education"),
    ("Utdanningsnivå til dagleg leiar", "education", "manager_education"),
    ("Vekt", "weight", "weight"),
    ("Weight", "weight", "weight"),
    ("Orgnr", "id", "firm_id"),
    ("RespondentID", "id", "firm_id"),
    ("Q10 New or significantly improved products", "yes_no", "product"),
    ("Har bedriften introdusert nye varer eller tjenester?", "yes_no", "product"),
    ("Nye eller forbetra varer/tenester", "yes_no", "product"),
    ("Product innovation", "yes_no", "product"),
    ("Nytt for markedet", "yes_no", "product_new_to_market"),
    ("New to the market?", "yes_no", "product_new_to_market"),
    ("Q11 Was the product new to your market", "yes_no", "product_new_to_market"),
    ("Nytt for marknaden", "yes_no", "product_new_to_market"),
    ("New or significantly improved processes", "yes_no", "process"),
    ("Nye eller vesentlig forbedrede prosesser", "yes_no", "process"),
    ("Process innovation", "yes_no", "process"),
    ("Prosessinnovasjon", "yes_no", "process"),
    ("Produktinnovasjon siste tre år", "yes_no", "product"),
    ("Did your enterprise introduce new or significantly improved goods?", "yes_no", "product"),
    ("New or significantly improved methods of manufacturing or producing goods or services",
     "yes_no", "process"),
    ("Process new to the industry", "yes_no", "process_new_to_industry"),
    ("Ny for bransjen", "yes_no", "process_new_to_industry"),
    ("Prosessen ny for næringa", "yes_no", "process_new_to_industry"),
]


@pytest.mark.parametrize(("header", "values", "role"), HEADERS)
def test_header_with_its_values_gives_the_role(header, values, role):
    prof = profile(header, 3, pd.Series(VALUES[values], dtype=object))
    scores = score_column(prof, [clean_header(header)])
    best = max(scores, key=scores.get)
    assert best == role, sorted(scores.items(), key=lambda x: -x[1])[:3]
    assert scores[role] >= MIN_SCORE


@pytest.mark.parametrize(("header", "role"), [
    ("Hvor befinner seg de mest krevende kundene", "customers"),
    ("Most relevant research institutions", "research"),
    ("Antall ansatte", "employees"),
])
def test_the_spss_label_speaks_when_the_name_is_a_code(header, role):
    """Variable 'v17' says nothing; its SPSS label does."""
    kind = {"customers": "location", "research": "location", "employees": "count"}[role]
    prof = profile("v17", 3, pd.Series(VALUES[kind], dtype=object))
    scores = score_column(prof, [clean_header("v17"), clean_header(header)])
    assert max(scores, key=scores.get) == role


@pytest.mark.parametrize(("answer", "code"), [
    ("I regionen", "regional"), ("Ellers i Norge", "national"), ("I utlandet", "international"),
    ("Utenfor Norge", "international"), ("Vet ikke", "missing"),
    ("Within our region", "regional"), ("Elsewhere in the country", "national"),
    ("Outside Norway", "international"), ("Abroad", "international"), ("Not sure", "missing"),
    ("N/A", "missing"), ("In the region", "regional"), ("Elsewhere in Norway", "national"),
    ("Don't know", "missing"), ("Don’t know", "missing"), ("Not relevant", "missing"),
    ("i regionen (inntil 1,5 t reisetid)", "regional"), ("Resten av Noreg", "national"),
    ("Veit ikkje", "missing"), ("Ikkje relevant", "missing"),
    ("I Norge utenfor regionen", "national"), ("Lokalt", "regional"),
    ("Nasjonalt", "national"), ("INTERNASJONALT", "international"), ("  regionalt ", "regional"),
    ("Utanfor Noreg", "international"), ("Other countries", "international"), ("", "missing"),
])
def test_location_answers(answer, code):
    assert location_code(answer) == code


@pytest.mark.parametrize(("answer", "code"), [
    ("Ja", "yes"), ("Nei", "no"), ("Yes", "yes"), ("No", "no"), ("Y", "yes"), ("N", "no"),
    ("1", "yes"), ("0", "no"), (1.0, "yes"), (0, "no"), ("TRUE", "yes"), ("FALSE", "no"),
    (True, "yes"), (False, "no"), ("Yesss", "yes"), ("Nope", "no"), ("NO", "no"),
    ("yes!", "yes"), ("Vet ikke", "missing"), ("Not sure", "missing"), ("N/A", "missing"),
    ("Ja, nytt for markedet", "yes"), ("Nei, ikke nytt", "no"), ("Don't know", "missing"),
    ("Maybe later", None), ("Blue", None),
])
def test_yes_no_answers(answer, code):
    assert yes_no_code(answer) == code


@pytest.mark.parametrize(("answer", "level"), [
    ("Grunnskole", 0), ("Primary school", 0), ("Videregående skole", 1), ("Upper secondary", 1),
    ("Vidaregåande", 1), ("Høgskole/bachelor", 2), ("Bachelor's degree", 2), ("Master", 3),
    ("Hovedfag/master", 3), ("Master or higher", 3), ("PhD", 4), ("Doktorgrad", 4),
    ("Something else", None),
])
def test_education_levels(answer, level):
    assert education_level(answer) == level


@pytest.mark.parametrize(("answer", "foreign"), [
    ("Norsk", False), ("Delvis utenlandsk", True), ("Heilt utanlandsk", True),
    ("Fully foreign", True), ("Norwegian", False), ("Not foreign", False),
])
def test_foreign_ownership_answers(answer, foreign):
    assert is_foreign(answer) is foreign


@pytest.mark.parametrize(("cell", "number"), [
    ("3,5", 3.5), ("12%", 12.0), ("1\u00a0234", 1234.0), ("1 234,5", 1234.5),
    ("1.234,5", 1234.5), ("1,234.5", 1234.5), (" 7 ", 7.0), (4, 4.0), ("abc", None),
    ("", None), (True, None), (float("nan"), None),
])
def test_numbers_as_spreadsheets_write_them(cell, number):
    assert parse_number(cell) == number


@pytest.mark.parametrize(("header", "cleaned"), [
    ("Sp7_1 Hvor befinner seg de mest krevende kundene",
     "hvor befinner seg de mest krevende kundene"),
    ("Q10 New or significantly improved products", "new or significantly improved products"),
    ("Q7a: Most demanding customers", "most demanding customers"),
    ("10. R&D expenditure", "rnd expenditure"),
    ("FoU-utgifter", "fou utgifter"),
    ("Q10", "q10"),
])
def test_question_numbers_are_stripped(header, cleaned):
    assert clean_header(header) == cleaned
