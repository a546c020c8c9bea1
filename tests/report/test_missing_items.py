"""A survey whose mapping lacks some of the study's items (next year's export lost them): every
table that would use one says which, and so does the workbook's Method sheet, in English and
Norwegian."""

from __future__ import annotations

import copy
from functools import cache

import openpyxl
import pytest

from clusterdesk import io
from clusterdesk.analysis import analyse_raw
from clusterdesk.mapping import fileformat
from clusterdesk.paths import demo_mapping, demo_survey
from clusterdesk.report.excel import write_workbook

LOST = ("sector", "ownership", "pct_university")


@cache
def _results(lost: tuple[str, ...]):
    mapping = copy.deepcopy(fileformat.load(demo_mapping()))
    for role in lost:
        del mapping.columns[role]
    raw = io.read(demo_survey(), sheet=mapping.source.sheet)
    return analyse_raw(raw, mapping)


def _cells(path) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    return [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
            for c in row if c]


def test_tables_say_which_items_are_not_in_the_mapping():
    res = _results(LOST)
    assert ("Not in this survey's mapping, so this table has no rows for: 'Industry sector', "
            "'Ownership'.") in res.tables["sample_categories"].notes
    assert ("Not in this survey's mapping, so this table has no rows for: '% university "
            "educated'.") in res.tables["sample_numbers"].notes
    assert ("Not in this survey's mapping, so the model has no control for: 'Industry sector', "
            "'Ownership'.") in res.regression.notes
    # the model really has neither: no sector dummies, no foreign-ownership term
    terms = {t.key for t in res.regression.models[0].terms}
    assert not any(k.startswith("sector") for k in terms) and "foreign_ownership" not in terms


def test_a_complete_mapping_says_nothing_of_the_kind():
    res = _results(())
    notes = [*res.regression.notes, *(n for t in res.tables.values() for n in t.notes)]
    assert not [n for n in notes if "not in this survey's mapping" in n.lower()]


@pytest.mark.parametrize(("lang", "t1", "t6", "method_key", "method"), [
    ("en", "Not in this survey's mapping, so this table has no rows for: 'Industry sector', "
           "'Ownership'.",
     "Not in this survey's mapping, so the model has no control for: 'Industry sector', "
     "'Ownership'.",
     "Not in this survey's mapping",
     "Industry sector (so Table 6 has no control for it); Ownership (so Table 6 has no control "
     "for it); % university educated; Survey weight."),
    ("nb", "Ikke med i koblingen for denne undersøkelsen, så tabellen har ingen rader for: "
           "«Næring», «Eierskap».",
     "Ikke med i koblingen for denne undersøkelsen, så modellen har ingen kontroll for: "
     "«Næring», «Eierskap».",
     "Ikke med i koblingen for denne undersøkelsen",
     "Næring (så tabell 6 har ingen kontroll for den)"),
])
def test_workbook_tables_and_method_sheet_say_it(tmp_path, lang, t1, t6, method_key, method):
    path = write_workbook(_results(LOST), tmp_path / f"report-{lang}.xlsx", lang=lang,
                          include_data=False)
    cells = _cells(path)
    assert any(t1 in c for c in cells), [c for c in cells if "mapping" in c or "kobling" in c]
    assert any(t6 in c for c in cells)
    ws = openpyxl.load_workbook(path, read_only=True)["Method" if lang == "en" else "Metode"]
    pairs = {r[0]: r[1] for r in ws.iter_rows(max_col=2, values_only=True) if r[0]}
    assert method in pairs[method_key]
