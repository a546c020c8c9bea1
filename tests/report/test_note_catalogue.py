"""The notes' one catalogue: every key in both languages, every Note the engine makes fills its
templates, and the Norwegian sentence has no English left (names from the survey aside)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import numpy as np
import pytest

import clusterdesk
from clusterdesk.analysis import analyse_file, code, run
from clusterdesk.analysis.notes import CATALOGUE, CHOICES, Note, render
from clusterdesk.mapping.fileformat import load as load_mapping
from clusterdesk.mapping.model import Settings
from clusterdesk.report.notes import note_in
from tests.analysis.helpers import firms, mapping, random_survey, raw_table
from tests.demo_styles import write_style

SOURCE = Path(clusterdesk.__file__).parent
# Words that would betray an English sentence (or half of one) in the Norwegian text.
ENGLISH = re.compile(r"\b(the|firms?|is|are|and|no|with|without|have|has|of|so|model|"
                     r"column|sector|left out|errors?)\b", re.IGNORECASE)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_has_an_english_and_a_norwegian_template_with_the_same_fields():
    for key, templates in CATALOGUE.items():
        assert set(templates) == {"en", "nb"}, key
        assert all(templates.values()), key
        en, nb = _fields(templates["en"]), _fields(templates["nb"])
        # a grammatical choice English needs (is/are) may have no Norwegian counterpart
        assert nb <= en and en - nb <= set(CHOICES["en"]), key


def _note_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Note":
                calls.append((f"{path.relative_to(SOURCE)}:{node.lineno}", node))
    return calls


def test_every_note_the_source_makes_names_a_key_and_passes_its_fields():
    calls = _note_calls()
    literal = [(where, c) for where, c in calls if c.args and isinstance(c.args[0], ast.Constant)]
    assert len(literal) >= 30 and len(calls) - len(literal) <= 1  # stats picks one of two keys
    used = set()
    for where, call in literal:
        key = call.args[0].value
        assert key in CATALOGUE, where
        used.add(key)
        params = call.args[1] if len(call.args) > 1 else None
        if params is None:
            assert _fields(CATALOGUE[key]["en"]) == set(), where
        else:
            assert isinstance(params, ast.Dict), where
            names = {k.value for k in params.keys if isinstance(k, ast.Constant)}
            assert names == _fields(CATALOGUE[key]["en"]), where
    assert set(CATALOGUE) - used <= {"test.one_group", "test.one_answer"}  # no unused entries


def _notes(results) -> list[Note]:
    found = []
    for table in results.tables.values():
        if table is not None:
            found += list(table.notes) + [g.note for g in table.tests if g.note]
    for m in results.regression.models:
        found += list(m.notes) + ([m.error] if m.error else [])
    return found + list(results.regression.notes)


@pytest.fixture(scope="module")
def every_note(tmp_path_factory) -> list[Note]:
    """The notes of the demo and of surveys where things go wrong, under several settings."""
    folder = tmp_path_factory.mktemp("notes")
    data, mapping_file = write_style("plain", folder)
    demo = load_mapping(mapping_file)
    found = _notes(analyse_file(data, demo))
    demo.settings = Settings(model="lpm", sector_baseline="Nowhere")
    found += _notes(analyse_file(data, demo))

    survey = random_survey(300, seed=4)
    survey["Sector"] = np.where(np.arange(300) < 8, "Mining", survey["Sector"])
    survey.loc[np.arange(300) < 8, "Q10"] = "Yes"  # a sector where every firm has it
    coded = code(raw_table(survey), mapping(survey, employees="Employees", sector="Sector"))
    for s in (Settings(), Settings(model="probit", se="robust", sector_baseline="Fishing")):
        found += _notes(run(coded, s))

    rng = np.random.default_rng(2)
    x, emp = rng.normal(size=60), rng.integers(5, 500, 80)
    for rows, extra in (
            ([("A", "RRRRRR", "No")] * 20 + [("A", "NNNNNN", "Yes")] * 20, {}),  # separation
            ([("A", "RRRRRR" if k % 3 else "NNNNNN", "Yes" if x[k] > 0 else "No")
              for k in range(60)], {"Pct_rd": [f"{v:.4f}" for v in x]}),  # quasi-separation
            ([("A", "RRRRRR" if k % 3 else "NNNNNN", "Yes" if k % 5 < 2 else "No")
              for k in range(80)], {"Employees": emp, "Pct_rd": np.log(emp) * 2}),  # singular
            ([("A", "RRRRRR" if k % 2 else "NNNNNN", "Yes" if k % 7 < 3 else "No")
              for k in range(60)], {"Pct_rd": [0] * 60}),  # a control with one value
            ([("Oslo", "??????", None)] * 5, {})):  # nobody answered
        frame = firms(rows)
        for k, v in extra.items():
            frame[k] = v
        found += _notes(run(code(raw_table(frame), mapping(frame, **{k.lower(): k
                                                                     for k in extra}))))
        frame = frame.drop(columns=["Q7 capital", "Q7 labour"])  # two factors not mapped
        found += _notes(run(code(raw_table(frame), mapping(frame, **{k.lower(): k
                                                                     for k in extra}))))

    for n, regions, p_yes in ((5, ["Oslo"], 1.0), (40, ["Oslo", ""], 0.5), (60, ["Oslo"], 0.0),
                              (80, ["Oslo", "Bergen"], 0.5)):
        rows = [(str(rng.choice(regions)), "".join(rng.choice(list("RRNI?"), 6)),
                 "Yes" if rng.uniform() < p_yes else "No") for _ in range(n)]
        frame = firms(rows, W=rng.choice(["1", "2", "0"], n), Sector=rng.choice(["A", "B"], n))
        found += _notes(run(code(raw_table(frame), mapping(frame, weight="W", sector="Sector"))))
    frame = firms([("Oslo", "RRRRRR", "Yes"), ("Oslo", "RRRRRR", "No")] * 15)
    found += _notes(run(code(raw_table(frame), mapping(frame))))  # every firm regional
    return found


def test_every_note_renders_in_english_and_in_norwegian(every_note):
    keys = {n.key for n in every_note}
    assert len(keys) >= 20, sorted(keys)
    for note in every_note:
        assert isinstance(note, Note)
        assert render(note, "en") == note == note_in(note, "en")
        nb = note_in(note, "nb")
        assert nb and nb != note, note
        survey_names = re.sub(r"«[^»]*»", "", nb)  # sector names stay as the survey has them
        assert not ENGLISH.search(survey_names), (note.key, nb)


def test_a_note_travels_as_its_key_and_params(every_note):
    import json
    import pickle

    for note in every_note:
        again = pickle.loads(pickle.dumps(note))
        assert (again.key, again.params, str(again)) == (note.key, note.params, str(note))
        assert json.loads(json.dumps(note.params)) == note.params
