"""The assistant's proposals of spec 7 forms: tick grids from headers and from SPSS/Stata question
labels in English, Spanish, German and Norwegian (the codes say nothing), the levels they ask,
factors without a column as not asked, and yes/no 1/2 with a frequent 999 as 'not asked'."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from clusterdesk.mapping.suggest import suggest
from clusterdesk.mapping.suggest_forms import propose_grids, yes_no_proposal
from tests.analysis.helpers import raw_table

LABELS = {
    "en": {"customers": ("Clients or customers located in the country",
                         "Clients or customers located abroad"),
           "suppliers": ("Suppliers in Norway", "Suppliers in Europe")},
    "es": {"customers": ("Clientes: España", "Clientes: Europa"),
           "suppliers": ("Proveedores en el país", "Proveedores en otros países")},
    "de": {"customers": ("Kunden im Inland", "Kunden im Ausland"),
           "suppliers": ("Lieferanten Inland", "Lieferanten Ausland")},
    "nb": {"customers": ("Kunder i Norge", "Kunder i utlandet"),
           "suppliers": ("Leverandører i Norge", "Leverandører i utlandet")},
}


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_grids_from_question_labels(lang):
    labels, columns = {}, []
    for i, (home, abroad) in enumerate(LABELS[lang].values()):
        for j, text in enumerate((home, abroad)):
            col = f"q{i}_{j}"  # codes only: the labels say what they ask
            columns.append(col)
            labels[col] = text
    columns.append("q9")
    labels["q9"] = "Number of employees"
    grids = propose_grids(columns, labels, set())
    assert {f: g.levels for f, g in grids.items()} == {
        "customers": {"national": ["q0_0"], "international": ["q0_1"]},
        "suppliers": {"national": ["q1_0"], "international": ["q1_1"]}}


def test_three_levels_in_norwegian_headers_and_one_level_is_no_grid():
    cols = ["Kunder i regionen", "Kunder i Norge", "Kunder i utlandet", "Konkurrenter i Norge"]
    grids = propose_grids(cols, {}, set())
    assert list(grids) == ["customers"]  # one level only: not a grid
    assert grids["customers"].levels == {"regional": ["Kunder i regionen"],
                                         "national": ["Kunder i Norge"],
                                         "international": ["Kunder i utlandet"]}


def _cis(n: int = 300, skip: float = 0.5, seed: int = 3) -> pd.DataFrame:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        active = rnd.random() > skip
        rows.append({"Firm id": i, "Customers: in the country": rnd.choice(["1", "0"]),
                     "Customers: abroad": rnd.choice(["1", "0"]),
                     "Competitors: in the country": rnd.choice(["x", ""]),
                     "Competitors: abroad": rnd.choice(["x", ""]),
                     "New or improved products": rnd.choice(["1", "2"]) if active else "999"})
    return pd.DataFrame(rows)


def test_suggest_proposes_grids_levels_not_asked_and_skip_codes_as_checks():
    sug = suggest(raw_table(_cis()))
    m = sug.mapping
    assert set(m.grids) == {"customers", "competitors"}
    assert m.not_asked == ["suppliers", "labour", "research", "capital"]
    assert m.levels == ["national", "international"]
    assert m.columns.get("product") == "New or improved products"
    assert m.codes.yes_no["yes"] == ["1"] and m.codes.yes_no["no"] == ["2"]
    assert m.codes.yes_no["skipped_means_no"] == ["999"]
    checks = sug.open_checks()
    assert any("grids of tick boxes" in c for c in checks)
    assert any("999" in c and "not asked" in c for c in checks)
    m.codes.yes_no["skipped_means_no"] = []  # the analyst decides otherwise: no longer a guess
    m.codes.yes_no["missing"].append("999")
    m.grids["customers"].rule = "farthest"
    assert not any("999" in c or "grids" in c for c in sug.open_checks())


@pytest.mark.parametrize("share,expected", [(0.30, "skipped_means_no"), (0.03, "missing")])
def test_a_rare_999_is_missing_a_frequent_one_not_asked(share, expected):
    n = 1000
    skipped = int(n * share)
    answers = {"1": ("1", (n - skipped) // 2), "2": ("2", n - skipped - (n - skipped) // 2),
               "999": ("999", skipped)}
    table, _ = yes_no_proposal(answers)
    assert table[expected] == ["999"]
    assert yes_no_proposal({"1": ("1", 5), "2": ("2", 5), "3": ("3", 5)}) is None
    assert yes_no_proposal({"1": ("1", 5), "0": ("0", 5)}) is None
