"""Issue 16 point 2: the wizard expresses each form of spec section 7 and the assistant proposes
them. A CIS-style survey (a two-level tick grid per partner type, labour and capital not asked,
product from two columns, yes/no 1/2 with 999 skips, provinces as codes) is taken through the
wizard as an analyst would, and its tables equal `clusterdesk report` with a hand-written
format-2 mapping of the same survey."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QWizard

from clusterdesk.mapping import fileformat
from clusterdesk.mapping.model import LocationGrid
from clusterdesk.report import results_json
from tests.cli.test_report_cmd import clusterdesk
from tests.gui.wizard_helpers import TIMEOUT, finish, next_page, open_wizard, window

PARTNERS = {"customers": "Customers", "suppliers": "Suppliers", "competitors": "Competitors",
            "research": "Research partners"}
GRID_OF = {f: {"national": [f"{p}: in the country"], "international": [f"{p}: abroad"]}
           for f, p in PARTNERS.items()}
NAMES = {"11": "Oslo", "12": "Bergen"}


def _survey(path: Path, n: int = 240, seed: int = 16) -> Path:
    rnd = random.Random(seed)
    head = ["Firm id", "Region", "Sector", "Number of employees"]
    for p in PARTNERS.values():
        head += [f"{p}: in the country", f"{p}: abroad"]
    head += ["New goods", "New services", "Process innovation"]
    rows = [head]
    for i in range(n):
        row: list[object] = [i + 1, rnd.choice(["11", "12", "15"]),
                             rnd.choice(["C10", "C25", "J62"]), rnd.randint(10, 400)]
        for f in PARTNERS:
            home, abroad = rnd.random() < 0.6, rnd.random() < 0.4
            if f == "suppliers":  # ticks stored as "x", blank when not ticked
                row += ["x" if home else "", "x" if abroad else ""]
            else:
                row += [int(home), int(abroad)]
        active = rnd.random() < 0.55  # the innovation questions are asked of active firms only
        for _ in range(3):
            row.append(rnd.choice([1, 2, 2]) if active else 999)
        rows.append(row)
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


HAND_MAPPING = {
    "format": "clusterdesk-mapping", "version": 2,
    "levels": ["national", "international"],
    "columns": {"firm_id": "Firm id", "region": "Region", "sector": "Sector",
                "employees": "Number of employees",
                **{f: {"grid": g, "rule": "nearest"} for f, g in GRID_OF.items()},
                "labour": {"not_asked": True}, "capital": {"not_asked": True},
                "product": {"any_of": ["New goods", "New services"]},
                "process": "Process innovation"},
    "codes": {"yes_no": {"yes": ["1"], "no": ["2"], "skipped_means_no": ["999"]}},
    "labels": {"region": NAMES},
}


def _tables(path: Path) -> dict[str, list[tuple[str, list[object]]]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {k: [(r["key"], r["values"]) for r in t.get("rows") or []]
            for k, t in doc["tables"].items()}


def _to_roles(qtbot, wiz) -> None:
    """Next to the roles page, which may still miss a role (the analyst's to choose)."""
    wiz.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wiz.currentId() == 1, timeout=TIMEOUT)


def test_cis_survey_through_the_wizard_equals_the_cli(qtbot, tmp_path):
    data = _survey(tmp_path / "cis.csv")
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, data)
    _to_roles(qtbot, wiz)
    m = wiz.mapping
    # the assistant read the grids from the headers and asks to check them
    assert {f: g.levels for f, g in m.grids.items()} == GRID_OF
    assert m.not_asked == ["labour", "capital"] and m.levels == ["national", "international"]
    roles = wiz.roles_page
    assert roles.forms["customers"].currentData() == "grid"
    assert roles.forms["labour"].currentData() == "not_asked"
    assert not roles.levels["regional"].isChecked()
    assert not roles.choosers["capital"].isEnabled()

    # the analyst redoes one grid by hand: ticking a column at one level unticks the other
    roles.set_form("competitors", "column")
    assert "competitors" not in m.grids and not roles.isComplete()
    roles.set_form("competitors", "grid")
    assert roles.side.currentIndex() == 1
    panel = roles.form_panel
    panel.set_ticked("Competitors: abroad", "national")
    panel.set_ticked("Competitors: abroad", "international")
    assert m.grids["competitors"].levels == {"international": ["Competitors: abroad"]}
    panel.set_ticked("Competitors: in the country", "national")
    assert m.grids["competitors"] == LocationGrid(GRID_OF["competitors"], "nearest")

    # product from two columns, picked in the same panel
    roles.set_form("product", "any_of")
    for col in list(m.any_of["product"]):
        panel.set_ticked(col, "any", False)
    panel.set_ticked("New goods", "any")
    panel.set_ticked("New services", "any")
    assert m.any_of["product"] == ["New goods", "New services"]
    roles.choose("region", "Region")
    roles.choose("process", "Process innovation")
    roles.choose("employees", "Number of employees")
    roles.choose("firm_id", "Firm id")
    roles.choose("sector", "Sector")
    assert roles.isComplete(), roles.problems_now()

    next_page(qtbot, wiz)
    codes = wiz.codes_page
    yes_no = codes.yes_no_model
    meaning = {yes_no.answer(i).text: yes_no.code(i) for i in range(yes_no.rowCount())}
    assert meaning == {"1": "yes", "2": "no", "999": "skipped_means_no"}
    for code, name in NAMES.items():
        codes.names.set_name("region", code, name)
    assert m.labels == {"region": NAMES}

    next_page(qtbot, wiz)
    review = wiz.review_page
    said = review.forms.text()
    assert "National, International" in said
    assert "Not asked: Most qualified employees, Access to capital" in said
    assert "yes when any of New goods, New services says yes" in said
    assert "Answers 999 mean the question was not asked; they count as no." in said
    checks = [review.checks.item(i).text() for i in range(review.checks.count())]
    assert any("grids of tick boxes" in c and "Customers: abroad" in c for c in checks), checks
    assert any("999" in c and "'not asked'" in c for c in checks), checks
    finish(qtbot, w, wiz)

    saved = tmp_path / "cis.clusterdesk.json"
    w.save_mapping(saved)
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["version"] == 2 and doc["levels"] == ["national", "international"]
    assert doc["columns"]["labour"] == {"not_asked": True}
    assert doc["columns"]["product"] == {"any_of": ["New goods", "New services"]}
    assert doc["columns"]["suppliers"]["grid"] == GRID_OF["suppliers"]
    assert fileformat.load(saved).labels == {"region": NAMES}

    mine = tmp_path / "wizard.json"
    results_json.write(w.results, mine)
    hand = tmp_path / "hand.clusterdesk.json"
    # the region order of the wizard's Order tab is the analyst's too
    hand.write_text(json.dumps({**HAND_MAPPING, "order": doc["order"]}), encoding="utf-8")
    theirs = tmp_path / "cli.json"
    done = clusterdesk("report", data, "--mapping", hand, "--json", theirs)
    assert done.returncode == 0, done.stderr
    got, want = _tables(mine), _tables(theirs)
    assert got == want
    # and the figures are the survey's: product is yes when either column says 1, 999 = no
    frame = pd.read_csv(data, dtype=str)
    product = (frame["New goods"] == "1") | (frame["New services"] == "1")
    total = dict(want["innovation_by_region"])["Total"][0]
    assert abs(total - 100 * product.mean()) < 1e-9
    assert {k for k, _ in want["innovation_by_region"]} == {"Oslo", "Bergen", "15", "Total"}
    assert want["cluster_extent"] and want["cluster_classification"]


UY = Path("/work/shared/fixtures/real-surveys/eaii_uy_2019_2021.csv")


@pytest.mark.skipif(not UY.exists(), reason="the real survey is not here")
def test_uruguay_survey_through_the_wizard(qtbot, tmp_path):
    from clusterdesk.mapping.roles import FACTORS

    w = window(qtbot)
    wiz = open_wizard(qtbot, w, UY)
    _to_roles(qtbot, wiz)
    roles = wiz.roles_page
    for factor in FACTORS:  # the survey has no location question
        roles.set_form(factor, "not_asked")
    roles.choose("product", "E1_1_1")
    roles.choose("sector", "Division")
    roles.choose("employees", "IG_4_1_3")
    assert roles.isComplete(), roles.problems_now()  # no region: still Tables 1 and 2
    assert "region" not in wiz.mapping.columns
    next_page(qtbot, wiz)
    yes_no = wiz.codes_page.yes_no_model
    meaning = {yes_no.answer(i).text: yes_no.code(i) for i in range(yes_no.rowCount())}
    assert meaning["1"] == "yes" and meaning["2"] == "no"
    assert meaning["999"] == "skipped_means_no"  # 1,807 of 2,408 firms: not asked
    next_page(qtbot, wiz)
    review = wiz.review_page
    checks = [review.checks.item(i).text() for i in range(review.checks.count())]
    assert any("E1_1_1" in c and "999 (" in c and "'not asked'" in c for c in checks), checks
    finish(qtbot, w, wiz)
    frame = pd.read_csv(UY, sep=";", dtype=str, encoding="utf-8-sig")
    answered = frame["E1_1_1"].isin(["1", "2", "999"])
    share = 100 * (frame["E1_1_1"] == "1").sum() / answered.sum()
    t1 = w.workspace.table_tabs["innovation_by_region"]
    assert [r.key for r in t1._table.rows] == ["Total"]
    assert abs(t1._table.rows[0].values[0] - share) < 1e-9
    tabs = w.workspace.table_tabs
    assert w.results.tables["sample_categories"].rows  # Table 1 is made
    for key, n in (("cluster_extent", 3), ("innovation_by_location", 4),
                   ("cluster_classification", 5)):
        assert f"so Table {n} cannot be made" in tabs[key].notes.text(), key
    assert "so Table 6 cannot be made" in w.workspace.regression_tab.notes.text()
