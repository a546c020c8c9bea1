"""The workbook says which fit Table 6 used: weighted (spec section 7) or, with
"weighted_model": false, unweighted; on the Method sheet and in T6's notes, in English and bokmål."""

import dataclasses

import numpy as np
import openpyxl
import pytest

from clusterdesk import io, paths
from clusterdesk.analysis import code, run
from clusterdesk.mapping import fileformat
from clusterdesk.report.excel import write_workbook


@pytest.fixture(scope="module")
def weighted_demo():
    mapping = fileformat.load(paths.demo_mapping())
    raw = io.read(paths.demo_survey(), sheet=mapping.source.sheet,
                  header_row=mapping.source.header_row)
    raw.data["Survey weight"] = np.random.default_rng(2).uniform(0.5, 20, len(raw.data)).round(3)
    raw.columns.append("Survey weight")
    mapping.columns["weight"] = "Survey weight"
    return mapping, code(raw, mapping)


def _sheets(results, path):
    wb = openpyxl.load_workbook(write_workbook(results, path, include_data=False,
                                               lang=path.stem))
    t6 = next(name for name in wb.sheetnames if name.startswith("T6"))
    sheet = wb[wb.sheetnames[wb.sheetnames.index(t6) + 1]]  # Method ("Metode") follows T6
    method = {r[0].value: r[1].value for r in sheet.iter_rows(max_col=2) if r[0].value}
    notes = [c.value for row in wb[t6].iter_rows() for c in row if isinstance(c.value, str)]
    return method, notes


def test_weighted_fit_is_named_on_the_method_sheet_and_in_the_notes(weighted_demo, tmp_path):
    _, survey = weighted_demo
    res = run(survey)
    assert all(m.se_type == "sandwich" and m.error is None for m in res.regression.models)
    method, notes = _sheets(res, tmp_path / "en.xlsx")
    assert method["Table 6 fit"].startswith("Weighted by column 'Survey weight': pseudo-maximum")
    assert method["Standard errors"] == "robust (linearisation, n/(n − 1))"
    assert any(n.startswith("The models are weighted by the survey weight") for n in notes)
    assert any("the model test is the Wald test" in n for n in notes)
    method, notes = _sheets(res, tmp_path / "nb.xlsx")
    assert method["Estimering i tabell 6"].startswith("Vektet med kolonnen 'Survey weight'")
    assert any(n.startswith("Modellene er vektet med utvalgsvekten") for n in notes)
    assert any("modelltesten er Wald-testen" in n for n in notes)
    assert not any("The models are" in n or "Weighted fit" in n for n in notes)


def test_unweighted_fit_by_setting_is_named_too(weighted_demo, tmp_path):
    mapping, survey = weighted_demo
    res = run(survey, dataclasses.replace(mapping.settings, weighted_model=False))
    assert all(m.se_type == "model" for m in res.regression.models)
    method, notes = _sheets(res, tmp_path / "en.xlsx")
    assert method["Table 6 fit"].startswith("Unweighted (setting weighted_model off)")
    assert method["Standard errors"] == "model-based"
    assert any(n.startswith("The models are unweighted") for n in notes)
    method, _ = _sheets(res, tmp_path / "nb.xlsx")
    assert method["Estimering i tabell 6"].startswith("Uvektet")


def test_without_a_weight_the_method_sheet_has_no_fit_row(tmp_path):
    mapping = fileformat.load(paths.demo_mapping())
    raw = io.read(paths.demo_survey(), sheet=mapping.source.sheet,
                  header_row=mapping.source.header_row)
    res = run(code(raw, mapping))
    method, _ = _sheets(res, tmp_path / "en.xlsx")
    assert "Table 6 fit" not in method and method["Weights"] == "No: every firm weighs 1."
