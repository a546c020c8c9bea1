"""Issue 15 points 1 and 3, issue 16 point 2: the education order (ladders in English, bokmål,
nynorsk, Spanish, German with the answers shuffled; numbered answers; SPSS value codes from a
real .sav), orders that are guesses marked for checking, numbered blocks taken in the
questionnaire's order with low confidence, and Spanish and German surveys."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from clusterdesk import io
from clusterdesk.mapping.roles import FACTORS, OUTCOMES
from clusterdesk.mapping.suggest import SURE, suggest
from tests.mapping.confidence_corpus import ANSWERS, HEADERS, SHORT
from tests.mapping.suggest_helpers import firm_survey, raw_table

EDUCATION = "Education of the CEO"  # firm_survey("en")'s education column

# answers lowest first, as a person orders them
LADDERS = [
    ("en-issue", ["Upper secondary", "Vocational college", "Bachelor", "Master"]),
    ("en-full", ["Primary school", "Lower secondary", "Upper secondary",
                 "Short-cycle tertiary", "Bachelor's degree", "Master's degree", "PhD"]),
    ("en-college", ["High school", "Vocational college", "College degree", "Graduate degree"]),
    ("nb", ["Grunnskole", "Videregående skole", "Fagskole", "Høgskole/bachelor",
            "Master/hovedfag", "Doktorgrad"]),
    ("nb-uni", ["Videregående", "Fagskole", "Universitet/høgskole, lavere grad",
                "Universitet/høgskole, høyere grad"]),
    ("nn", ["Grunnskule", "Vidaregåande skule", "Fagskule", "Høgskule", "Hovudfag/master"]),
    ("nn-short", ["Ungdomsskule", "Vidaregåande", "Bachelorgrad", "Mastergrad"]),
    ("es", ["Educación primaria", "Bachillerato", "Técnico superior", "Licenciatura",
            "Máster", "Doctorado"]),
    ("de", ["Grundschule", "Realschule", "Abitur", "Meister/Techniker", "Bachelor",
            "Master/Diplom", "Promotion"]),
]


def _with_education(answers: list[object], seed: int = 0, n: int = 120) -> dict[str, list]:
    columns = firm_survey("en", n=n)
    rnd = random.Random(seed)
    columns[EDUCATION] = [rnd.choice(answers) for _ in range(n)]
    return columns


@pytest.mark.parametrize(("name", "ladder"), LADDERS)
@pytest.mark.parametrize("seed", [1, 2])
def test_ladders_whatever_the_order_answers_come_in(name, ladder, seed):
    shuffled = list(ladder)
    random.Random(seed).shuffle(shuffled)
    # the rarest answers first: no order by frequency or first appearance can pass
    answers = [v for i, v in enumerate(shuffled) for _ in range(i + 1)]
    sug = suggest(raw_table(_with_education(answers, seed)))
    assert sug.mapping.columns["manager_education"] == EDUCATION
    assert sug.mapping.codes.manager_education == ladder
    assert sug.open_checks() == []
    assert sug.confidence["manager_education"] >= SURE


@pytest.mark.parametrize(("answers", "order"), [
    (["2) Secondary", "1) Primary", "3) Tertiary"], ["1) Primary", "2) Secondary", "3) Tertiary"]),
    (["3 Level C", "1 Level A", "2 Level B", "4 Level D"],
     ["1 Level A", "2 Level B", "3 Level C", "4 Level D"]),
    (["10. Other degree", "2. Upper secondary", "1. Primary"],
     ["1. Primary", "2. Upper secondary", "10. Other degree"]),
    (["(2) Mittel", "(1) Niedrig", "(3) Hoch"], ["(1) Niedrig", "(2) Mittel", "(3) Hoch"]),
])
def test_numbered_answers_are_ordered_by_their_numbers(answers, order):
    sug = suggest(raw_table(_with_education(answers)))
    assert sug.mapping.codes.manager_education == order
    assert sug.open_checks() == []


@pytest.mark.parametrize(("answers", "why"), [
    (["Upper secondary", "Some college", "Bachelor", "Master"], "same level"),
    (["Level A", "Level B", "Level C"], "knows no level"),
    (["Nivå 1", "Høy", "Lav"], "knows no level"),
    (["Primary school", "Trade school", "University"], "knows no level"),
])
def test_an_order_that_is_a_guess_is_marked(answers, why, tmp_path):
    sug = suggest(raw_table(_with_education(answers)))
    checks = sug.open_checks()
    assert len(checks) == 1 and why in checks[0] and EDUCATION in checks[0]
    assert sorted(sug.mapping.codes.manager_education) == sorted(answers)
    assert sug.confidence["manager_education"] < SURE
    changed = sug.mapping
    changed.codes.manager_education = list(reversed(changed.codes.manager_education))
    assert sug.open_checks(changed) == []  # once the analyst set the order it is theirs


def test_numbers_against_the_ladder_are_kept_but_marked():
    answers = ["1 Master", "2 Bachelor", "3 Upper secondary"]
    sug = suggest(raw_table(_with_education(answers)))
    assert sug.mapping.codes.manager_education == answers
    assert len(sug.open_checks()) == 1


def _write_sav(path, codes: dict[str, float], seed: int = 4, n: int = 120):
    import pyreadstat

    columns = firm_survey("en", n=n)
    rnd = random.Random(seed)
    frame = pd.DataFrame({f"v{i}": values for i, values in enumerate(columns.values())})
    frame = frame.apply(lambda c: c.astype(object) if c.dtype == object else c)
    frame["v8"] = [rnd.choice(list(codes.values())) for _ in range(n)]
    labels = dict(zip(frame.columns, columns, strict=True))
    write = pyreadstat.write_dta if path.suffix == ".dta" else pyreadstat.write_sav
    write(frame, str(path), column_labels=labels,
          variable_value_labels={"v8": {c: t for t, c in codes.items()}})
    return path


@pytest.mark.parametrize("codes", [
    {"Upper secondary": 1, "Vocational college": 2, "Bachelor": 3, "Master": 4},
    {"Master": 4, "Bachelor": 3, "Vocational college": 2, "Upper secondary": 1},
    {"Nivel A": 10, "Nivel C": 30, "Nivel B": 20},
    {"Grunnskole": 1, "Videregående": 2, "Fagskole": 3, "Universitet/høgskole": 4},
])
@pytest.mark.parametrize("kind", ["sav", "dta"])
def test_spss_and_stata_value_codes_give_the_order(codes, kind, tmp_path):
    raw = io.read(_write_sav(tmp_path / f"survey.{kind}", codes))
    assert raw.report.value_codes["v8"] == {t: float(c) for t, c in codes.items()}
    sug = suggest(raw)
    assert sug.mapping.columns["manager_education"] == "v8"
    assert sug.mapping.codes.manager_education == sorted(codes, key=codes.get)
    assert sug.open_checks() == []


def _blocked(names: list[str], start: int, roles: tuple[str, ...], style: str = "en"
             ) -> dict[str, list]:
    """firm_survey with the columns of ``roles`` (taken in order from ``start``) renamed."""
    columns = firm_survey(style)
    out = {}
    for i, (name, values) in enumerate(columns.items()):
        out[names[i - start] if start <= i < start + len(roles) else name] = values
    return out


BLOCKS = [
    (["q10", "q11", "q12", "q13"], 15, OUTCOMES),
    (["Innov 1", "Innov 2", "Innov 3", "Innov 4"], 15, OUTCOMES),
    (["Sp10", "Sp11", "Sp12", "Sp13"], 15, OUTCOMES),
    (["Q10a", "Q10b", "Q10c", "Q10d"], 15, OUTCOMES),
    (["Sp7_1", "Sp7_2", "Sp7_3", "Sp7_4", "Sp7_5", "Sp7_6"], 9, FACTORS),
    (["Q9a", "Q9b", "Q9c", "Q9d", "Q9e", "Q9f"], 9, FACTORS),
    (["loc 1", "loc 2", "loc 3", "loc 4", "loc 5", "loc 6"], 9, FACTORS),
]


@pytest.mark.parametrize(("names", "start", "roles"), BLOCKS)
@pytest.mark.parametrize("style", ["en", "nb"])
def test_numbered_blocks_in_the_questionnaires_order(names, start, roles, style):
    sug = suggest(raw_table(_blocked(names, start, roles, style)))
    assert [sug.mapping.columns[r] for r in roles] == names
    assert all(sug.confidence[r] <= 0.3 for r in roles)
    checks = sug.open_checks()
    assert len(checks) == 1 and all(n in checks[0] for n in names)
    assert sug.mapping.errors() == []


def test_a_block_does_not_override_names():
    columns = _blocked(["q10", "q11", "q12", "q13"], 15, OUTCOMES)
    columns["Innovation: new or improved products"] = columns["q10"]
    sug = suggest(raw_table(columns))
    assert sug.mapping.columns["product"] == "Innovation: new or improved products"
    assert sug.confidence["product"] >= SURE
    assert [sug.mapping.columns[r] for r in OUTCOMES[1:]] == ["q11", "q12", "q13"]


@pytest.mark.parametrize("names", [["q10", "q11", "q13", "q14"], ["q10", "x11", "q12", "q13"]])
def test_a_broken_run_is_no_block(names):
    sug = suggest(raw_table(_blocked(names, 15, OUTCOMES)))
    assert "product" not in sug.mapping.columns
    assert sug.open_checks() == []


@pytest.mark.parametrize("lang", ["es", "de"])
@pytest.mark.parametrize("headers", ["question", "short"])
def test_spanish_and_german_surveys(lang, headers):
    names = (HEADERS if headers == "question" else SHORT)[lang]
    en = firm_survey("en")
    roles = ["firm_id", "region", "sector", "dependence", "ownership", "employees",
             "pct_university", "pct_rd", "manager_education", *FACTORS, *OUTCOMES]
    location = dict(zip(["Within our region", "Elsewhere in the country", "Abroad", "Not sure"],
                        [ANSWERS[lang][k] for k in ("In the region", "Elsewhere in Norway",
                                                    "Abroad", "Don't know")], strict=True))
    yes_no = {"Yes": ANSWERS[lang]["Yes"], "No": ANSWERS[lang]["No"],
              "Don't know": ANSWERS[lang]["Don't know"]}
    columns = {}
    for role, values in zip(roles, en.values(), strict=False):
        table = location if role in FACTORS else yes_no if role in OUTCOMES else {}
        columns[names[role]] = [table.get(v, v) for v in values]
    sug = suggest(raw_table(columns))
    assert sug.mapping.columns == {r: names[r] for r in roles}
    assert sug.mapping.codes.location == {
        "regional": [location["Within our region"]],
        "national": [location["Elsewhere in the country"]],
        "international": [location["Abroad"]], "missing": [location["Not sure"]]}
    assert sug.mapping.codes.yes_no == {"yes": [yes_no["Yes"]], "no": [yes_no["No"]],
                                        "missing": [yes_no["Don't know"]]}
