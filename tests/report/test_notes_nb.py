"""The analysis' notes for degenerate data (one region, an innovation every firm has) in
Norwegian, as the workbook and the tabs show them; English stays as the engine wrote it."""

from __future__ import annotations

import csv
import random

import pytest

from clusterdesk import io
from clusterdesk.analysis import code, run
from clusterdesk.mapping.suggest import suggest
from clusterdesk.report.excel_blocks import table_notes, translate_note
from clusterdesk.report.excel_regression import _note as regression_note
from clusterdesk.report.notes import note_in

WHERE = ["In the region", "Elsewhere in Norway", "Abroad"]


@pytest.fixture(scope="module")
def one_region_results(tmp_path_factory):
    """60 firms, all in Oslo, all with a new product: no comparison and nothing to explain."""
    rnd = random.Random(3)
    rows = [["Firm ID", "Region", "Sector", "Number of employees",
             "Q7a Most demanding customers", "Q7b Most advanced suppliers",
             "Q7c Toughest competitors", "Q7d Most qualified labour",
             "Q7e Most relevant research institutions", "Q7f Access to capital",
             "Q10 New or improved product"]]
    for i in range(60):
        rows.append([i, "Oslo", rnd.choice(["Manufacturing", "Services"]), rnd.randint(5, 300)]
                    + [rnd.choice(WHERE) for _ in range(6)] + ["Yes"])
    path = tmp_path_factory.mktemp("notes") / "one_region.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    raw = io.read(path)
    mapping = suggest(raw).mapping
    mapping.columns["region"] = "Region"  # one distinct answer: the assistant leaves it open
    return run(code(raw, mapping))


def test_degenerate_notes_read_in_norwegian(one_region_results):
    results = one_region_results
    t2 = results.tables["innovation_by_region"]
    assert [g.note for g in t2.tests][0] == \
        "Only one group has firms here, so there is nothing to compare."
    assert translate_note(t2.tests[0].note, "nb") == \
        "Bare én gruppe har foretak her, så det er ingenting å sammenligne."
    assert ("Ingen kolonne er koblet for «Radikal produktinnovasjon», «Prosessinnovasjon», "
            "«Radikal prosessinnovasjon»; de cellene er tomme.") in table_notes(results, t2, "nb")
    t4 = results.tables["innovation_by_location"]
    assert translate_note(t4.tests[0].note, "nb") == \
        "Bare ett svar har foretak her, så det er ingenting å sammenligne."
    model = results.regression.models[0]
    assert model.error == ("All 25 firms in the model have this innovation, so there is nothing "
                           "to explain.")
    assert note_in(model.error, "nb") == ("Alle de 25 foretakene i modellen har denne "
                                          "innovasjonen, så det er ingenting å forklare.")
    assert ("I næringen «Services» har alle av de 25 foretakene innovasjonen, så disse "
            "foretakene er utelatt fra denne modellen (effekten kan ikke estimeres).") in \
        [regression_note(n, "nb") for n in model.notes]


def test_every_note_of_the_degenerate_run_has_a_norwegian_form(one_region_results):
    results = one_region_results
    english = []
    for table in results.tables.values():
        if table is None:
            continue
        english += [(n, translate_note(n, "nb")) for n in table.notes]
        english += [(g.note, translate_note(g.note, "nb")) for g in table.tests if g.note]
    for m in results.regression.models:
        english += [(n, regression_note(n, "nb")) for n in m.notes]
        english += [(m.error, note_in(m.error, "nb"))] if m.error else []
    # the generic notes ('n = ...', how shares are computed) come from the glossary instead
    generic = ("n = ", "Unweighted; each figure")
    left = [en for en, nb in english if nb == en and not en.startswith(generic)]
    assert len(english) > 20 and not left, left
    assert all(note_in(en, "en") == en for en, _ in english)
