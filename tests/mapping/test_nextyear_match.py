"""Next year's demo survey, renamed, reordered and with columns lost or added: last year's mapping
finds each role by its name and its answers, or reports the role lost, first.

Each variant starts from the shipped demo survey and mapping ("last year"), renames columns of the
data as this year's export words them ("this year"), and says which column each role must end up
with; a role marked LOST must be absent and reported before every other line.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from functools import cache

import pytest

from clusterdesk import io
from clusterdesk.io.table import RawTable
from clusterdesk.mapping import fileformat
from clusterdesk.mapping.model import Mapping
from clusterdesk.mapping.nextyear import adapt, lost_roles
from clusterdesk.mapping.nextyear_match import NAME_MIN, NAME_SURE, name_likeness
from clusterdesk.mapping.roles import ROLE_BY_KEY, ROLES
from clusterdesk.paths import demo_mapping, demo_survey

LOST = None


@cache
def _demo() -> tuple[Mapping, RawTable]:
    mapping = fileformat.load(demo_mapping())
    return mapping, io.read(demo_survey(), sheet=mapping.source.sheet)


@dataclass
class Variant:
    id: str
    last: dict[str, str] = field(default_factory=dict)  # role -> last year's column name
    now: dict[str, str | None] = field(default_factory=dict)  # role -> this year's name; None=gone
    added: dict[str, list] = field(default_factory=dict)  # extra columns: name -> answers
    labels: dict[str, str] = field(default_factory=dict)  # SPSS variable labels: name -> text
    reorder: bool = False
    lost: tuple[str, ...] = ()
    found_by_answers: tuple[str, ...] = ()  # the sentence says to check it is the same question


VARIANTS = [
    Variant("containment: Industry in Industry (NACE section)", last={"sector": "Industry"},
            now={"sector": "Industry (NACE section)"}),
    Variant("containment: the new name is part of the old",
            now={"customers": "Most demanding customers", "capital": "Access capital"}),
    Variant("word order", last={"employees": "Number of employees", "ownership": "Ownership of "
                                "the firm"},
            now={"employees": "Employees, number of", "ownership": "The firm's ownership"}),
    Variant("renumbered: Q9a -> Q10a ... Q11b -> Q13b",
            now={"customers": "Q10a Where are your most demanding customers?",
                 "suppliers": "Q10b Where are your most advanced suppliers?",
                 "competitors": "Q10c Where are your toughest competitors?",
                 "labour": "Q10d Where are the most qualified employees you recruit?",
                 "research": "Q10e Where are the research institutions most relevant to you?",
                 "capital": "Q10f Where do you access capital?",
                 "product": "Q12 New or significantly improved products or services in the last "
                            "3 years?",
                 "process_new_to_industry": "Q13b Was any of these processes new to your "
                                            "industry?"}),
    Variant("renumbered and reworded numbers",
            now={"pct_rd": "Q8 R&D expenditure as % of turnover",
                 "pct_university": "Q7 Share of employees with university education (%)"}),
    Variant("another language: English to bokmål", now={"sector": "Næring",
                                                        "ownership": "Eierskap"}),
    Variant("completely renamed, found by the answers",
            now={"sector": "Variable 17", "region": "V3", "manager_education": "s8x"},
            found_by_answers=("region", "sector", "manager_education")),
    Variant("decoy with a similar name and other answers, before the real column",
            last={"sector": "Industry"},
            now={"sector": "Industry (NACE section)"},
            added={"Industry (old codes)": ["C", "G", "F", "J", "K"]}),
    Variant("decoy only: the real column is gone", last={"sector": "Industry"},
            now={"sector": None}, added={"Industry (old codes)": ["C", "G", "F", "J", "K"]},
            lost=("sector",)),
    Variant("columns reordered and renamed", reorder=True,
            last={"sector": "Industry"},
            now={"sector": "Industry (NACE section)", "region": "City-region",
                 "product_new_to_market": "Q10b Were any of these products or services new to "
                                          "your market?"}),
    Variant("a role truly disappears", now={"sector": None}, lost=("sector",)),
    Variant("two roles disappear, others renamed", reorder=True,
            now={"dependence": None, "pct_rd": None, "region": "Q1 City-region",
                 "customers": "Q9a Where are your most demanding clients?"},
            lost=("dependence", "pct_rd")),
    Variant("a required role disappears", now={"capital": None}, lost=("capital",)),
    Variant("two lost roles compete for one word: each takes its own answers",
            last={"sector": "Industry", "process_new_to_industry": "New to industry"},
            now={"sector": "Industry (NACE section)",
                 "process_new_to_industry": "Process new to the industry?"}),
    Variant("a new location question is not taken for a lost factor by its answers alone",
            now={"research": None}, added={"Where are your partners?": ["Abroad", "In the region"]},
            lost=("research",)),
    Variant("written otherwise only", now={"ownership": "q4 OWNERSHIP", "region": "Q1 city region"}),
    Variant("unrelated new columns are left alone",
            added={"Comments": ["fine", "ok", "no"], "Q20 Turnover 2025": [1.5, 2.5, 3.0]}),
    Variant("an outcome reworded with the same idea",
            now={"process": "Q11 Has the firm introduced new or significantly improved processes "
                            "(last 3 years)?"}),
    Variant("SPSS names changed, the variable label kept",
            now={"pct_university": "v6", "employees": "v5"},
            labels={"v6": "Q6 Employees with university education (%)",
                    "v5": "Number of employees"}),
    Variant("short generic words are no evidence", last={"firm_id": "Id"},
            now={"firm_id": None}, added={"Id of the interviewer": ["a", "b", "c"]},
            lost=("firm_id",)),
]


def _variant_table(v: Variant) -> tuple[Mapping, RawTable, dict[str, str | None]]:
    """Last year's mapping (demo's, some names as `last` says) and this year's table."""
    mapping, raw = _demo()
    last = copy.deepcopy(mapping)
    last.columns.update(v.last)
    data = raw.data.copy()
    expected: dict[str, str | None] = {}
    renames = {}
    for role, col in mapping.columns.items():
        now = v.now.get(role, v.last.get(role, col))
        expected[role] = now
        if now is None:
            data = data.drop(columns=col)
        else:
            renames[col] = now
    data = data.rename(columns=renames)
    rnd = random.Random(len(v.id))
    for name, values in v.added.items():
        data[name] = [rnd.choice(values) for _ in range(len(data))]
    names = list(data.columns)
    if v.reorder:
        rnd.shuffle(names)
    elif v.added:  # decoys before the columns they imitate
        names = list(v.added) + [n for n in names if n not in v.added]
    data = data[names]
    return last, RawTable(raw.path, names, data, raw.report, labels=dict(v.labels)), expected


@pytest.mark.parametrize("v", VARIANTS, ids=[v.id for v in VARIANTS])
def test_each_role_is_found_or_reported_lost_first(v: Variant):
    last, raw, expected = _variant_table(v)
    adapted, report = adapt(last, raw)
    want = {r: c for r, c in expected.items() if c is not None and r not in v.lost}
    assert adapted.columns == want
    assert lost_roles(last, adapted) == [r.key for r in ROLES if r.key in v.lost]
    # the lost roles come first, one line each, naming the role and last year's column
    for i, role in enumerate(lost_roles(last, adapted)):
        line = report[i]
        assert line.startswith(ROLE_BY_KEY[role].label + ": column "), line
        assert f"'{last.columns[role]}' is not in this file" in line
        if not ROLE_BY_KEY[role].required:
            assert "Choose it by hand or leave it out." in line
    changed = [r for r in want if want[r] != last.columns[r]]
    rest = report[len(v.lost):]
    for role in changed:
        said = [line for line in rest if line.startswith(ROLE_BY_KEY[role].label + ":")
                and f"'{want[role]}'" in line]
        assert len(said) == 1, (role, rest)
        assert ("Check that it is the same question" in said[0]) == (role in v.found_by_answers)
    assert adapted.errors(list(raw.columns)) == [] or any(ROLE_BY_KEY[r].required
                                                         for r in v.lost)


def test_the_decoy_is_named_when_the_real_column_is_gone():
    v = next(v for v in VARIANTS if v.id.startswith("decoy only"))
    last, raw, _ = _variant_table(v)
    _adapted, report = adapt(last, raw)
    assert report[0] == ("Industry sector: column 'Industry' is not in this file, and no column "
                         "is surely it ('Industry (old codes)' might be), so Table 1 shows no "
                         "industry sectors and the model (Table 6) has no sector controls. Choose "
                         "it by hand or leave it out.")


def test_the_issue_case_sector_kept_with_its_answers():
    v = VARIANTS[0]
    last, raw, _ = _variant_table(v)
    adapted, report = adapt(last, raw)
    assert adapted.columns["sector"] == "Industry (NACE section)"
    assert report == ["Industry sector: column 'Industry' is not in this file; using 'Industry "
                      "(NACE section)' instead (90% alike, with last year's answers)."]


@pytest.mark.parametrize(("old", "new", "alike"), [
    ("Industry", "Industry (NACE section)", True),
    ("Q9a Where are your most demanding customers?", "Most demanding customers", True),
    ("Number of employees", "Employees, number of", True),
    ("Q7a Most demanding customers", "Q8a Most demanding customers", True),
    ("City region", "City-region", True),
    ("Id", "Id of the interviewer", False),
    ("No", "No of employees", False),
    ("Sum", "Sum of weights", False),
    ("Most demanding customers", "Most advanced suppliers", False),
    ("Industry", "Ownership", False),
])
def test_name_likeness(old: str, new: str, alike: bool):
    score = name_likeness(old, new)
    assert (score >= NAME_SURE) == alike, score
    if not alike:
        assert score < NAME_MIN
