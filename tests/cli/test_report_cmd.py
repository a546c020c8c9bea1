"""`clusterdesk report` through the real command in a subprocess: files written, numbers equal to
ones counted directly from the survey, and one-line errors (exit 2, no traceback) on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from clusterdesk.paths import demo_mapping, demo_survey

FACTORS = {"customers": "Customers", "suppliers": "Suppliers", "competitors": "Competitors",
           "labour": "Labour", "research": "Research", "capital": "Capital"}


def clusterdesk(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=180)


def assert_one_line_error(done: subprocess.CompletedProcess, *names: str) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for name in names:
        assert name in lines[0], lines[0]
    return lines[0]


def test_demo_report_and_results_file(tmp_path):
    out, js = tmp_path / "demo report.xlsx", tmp_path / "results.json"
    done = clusterdesk("report", "--demo", "--out", out, "--json", js)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert str(out) in done.stdout and str(js) in done.stdout
    assert "2002 firms" in done.stdout

    doc = json.loads(js.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("clusterdesk-results", 1)
    assert doc["input"]["rows_read"] == doc["input"]["rows_used"] == 2002
    # Table 2 and 3 cells counted directly from the demo file with pandas
    mapping = json.loads(demo_mapping().read_text(encoding="utf-8"))
    cols = mapping["columns"]
    raw = pd.read_excel(demo_survey(), sheet_name="Data", engine="calamine")
    oslo = raw[raw[cols["region"]] == "Oslo"]
    answered = oslo[cols["product"]].isin(["Yes", "No"])
    expected_product = 100 * (oslo[cols["product"]] == "Yes").sum() / answered.sum()
    t2 = doc["tables"]["innovation_by_region"]
    row = next(r for r in t2["rows"] if r["key"] == "Oslo")
    assert row["values"][t2["columns"].index("product")] == pytest.approx(expected_product,
                                                                          rel=1e-12)
    assert row["values"][t2["columns"].index("n")] == len(oslo)
    assert t2["rows"][-1]["key"] == "Total"
    cust = oslo[cols["customers"]]
    located = cust.isin(["In the region", "Elsewhere in Norway", "Abroad"])
    t3 = doc["tables"]["cluster_extent"]
    row = next(r for r in t3["rows"] if r["key"] == "customers")
    assert row["values"][t3["columns"].index("Oslo")] == pytest.approx(
        100 * (cust == "In the region").sum() / located.sum(), rel=1e-12)
    assert t3["rows"][-1]["key"] == "average"
    models = doc["tables"]["regression"]["models"]
    assert [m["outcome"] for m in models] == ["product", "product_new_to_market"]
    assert all(m["error"] is None and m["n"] > 0 for m in models)

    from openpyxl import load_workbook

    wb = load_workbook(out, read_only=True)
    assert {"T2 Innovation by region", "T6 Regression", "Coded data"} <= set(wb.sheetnames)
    wb.close()


def _small_survey(folder: Path) -> tuple[Path, Path]:
    """12 firms in two regions, a CSV and its mapping, as an agency would send them."""
    regions = ["North"] * 6 + ["South"] * 6
    where = ["In the region", "Elsewhere", "Abroad"]
    rows = []
    for i, region in enumerate(regions):
        answers = [where[(i + j) % 3] if (i + j) % 5 else "In the region" for j in range(6)]
        rows.append([region, *answers, "Yes" if i % 3 else "No"])
    survey = folder / "survey.csv"
    pd.DataFrame(rows, columns=["Region", *FACTORS.values(), "Innovated"]).to_csv(survey,
                                                                                 index=False)
    mapping = {"format": "clusterdesk-mapping", "version": 1,
               "columns": {"region": "Region", "product": "Innovated", **FACTORS},
               "codes": {"location": {"regional": ["In the region"], "national": ["Elsewhere"],
                                      "international": ["Abroad"], "missing": []},
                         "yes_no": {"yes": ["Yes"], "no": ["No"], "missing": []}},
               "settings": {"regression_outcomes": ["product"]}}
    path = folder / "survey.clusterdesk.json"
    path.write_text(json.dumps(mapping), encoding="utf-8")
    return survey, path


def test_own_survey_json_only_with_mapping_found_beside_it(tmp_path):
    survey, _ = _small_survey(tmp_path)
    js, out = tmp_path / "out" / "r.json", tmp_path / "out" / "rapport.xlsx"
    # mapping: survey.clusterdesk.json beside the survey
    done = clusterdesk("report", survey, "--json", js, "--out", out, "--lang", "nb", "--no-data")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    doc = json.loads(js.read_text(encoding="utf-8"))
    t2 = doc["tables"]["innovation_by_region"]
    # firms 1, 2, 4, 5 of North (i % 3 != 0) innovated: 4 of 6
    north = next(r for r in t2["rows"] if r["key"] == "North")
    assert north["values"][0] == pytest.approx(100 * 4 / 6)
    assert sorted(p.name for p in js.parent.iterdir()) == ["r.json", "rapport.xlsx"]
    from openpyxl import load_workbook

    wb = load_workbook(out, read_only=True)
    assert "T2 Innovasjon etter region" in wb.sheetnames  # Norwegian
    assert "Kodede data" not in wb.sheetnames  # --no-data
    wb.close()


def test_sheet_that_is_not_in_the_workbook(tmp_path):
    done = clusterdesk("report", "--demo", "--sheet", "Svar 2024", "--out", tmp_path / "r.xlsx")
    assert_one_line_error(done, "Svar 2024")


def test_missing_survey_file(tmp_path):
    done = clusterdesk("report", tmp_path / "nowhere.xlsx", "--mapping", demo_mapping(),
                       "--out", tmp_path / "r.xlsx")
    assert_one_line_error(done, "nowhere.xlsx")
    assert not (tmp_path / "r.xlsx").exists()


def test_mapping_that_is_not_json(tmp_path):
    bad = tmp_path / "broken.clusterdesk.json"
    bad.write_text('{"format": "clusterdesk-mapping", "columns": {', encoding="utf-8")
    done = clusterdesk("report", demo_survey(), "--mapping", bad, "--out", tmp_path / "r.xlsx")
    assert "not valid JSON" in assert_one_line_error(done, "broken.clusterdesk.json")


def test_mapping_naming_a_column_not_in_the_file(tmp_path):
    survey, mapping_path = _small_survey(tmp_path)
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    mapping["columns"]["capital"] = "Q9f Capital"
    mapping_path.write_text(json.dumps(mapping), encoding="utf-8")
    done = clusterdesk("report", survey, "--mapping", mapping_path, "--json", tmp_path / "r.json")
    assert_one_line_error(done, "survey.csv", "Q9f Capital")
    assert not (tmp_path / "r.json").exists()


@pytest.mark.parametrize("args, expected", [
    (["--demo"], "--out"),  # nowhere to write
    (["--demo", "--out", "report.csv"], "report.csv"),
    (["--demo", "--json", "results.txt"], "results.txt"),
    ([], "--demo"),  # nothing to analyse
])
def test_arguments_that_say_too_little(tmp_path, args, expected):
    assert_one_line_error(clusterdesk("report", *args, cwd=tmp_path), expected)
    assert list(tmp_path.iterdir()) == []


def test_never_overwrites_the_survey(tmp_path):
    survey, mapping_path = _small_survey(tmp_path)
    before = survey.read_bytes()
    done = clusterdesk("report", survey, "--mapping", mapping_path, "--json", mapping_path)
    assert_one_line_error(done, "survey.clusterdesk.json")
    assert survey.read_bytes() == before


def test_report_into_a_missing_folder(tmp_path):
    survey, mapping_path = _small_survey(tmp_path)
    target = tmp_path / "no such folder" / "report.xlsx"
    done = clusterdesk("report", survey, "--mapping", mapping_path, "--out", target)
    assert_one_line_error(done, "report.xlsx")


def test_warnings_are_printed_briefly(tmp_path):
    survey, mapping_path = _small_survey(tmp_path)
    frame = pd.read_csv(survey)
    frame.loc[0:1, "Capital"] = "Vet ikke"  # an answer the mapping does not code
    frame.to_csv(survey, index=False)
    done = clusterdesk("report", survey, "--mapping", mapping_path, "--json", tmp_path / "r.json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "warning" in done.stderr and "Vet ikke" in done.stderr and "Capital" in done.stderr
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert any("Vet ikke" in w for w in doc["input"]["warnings"])


def test_next_years_export_with_renamed_questions_runs_with_adapt(tmp_path):
    import openpyxl

    renames = {"Q1 City region": "Q1 City-region",
               "Q9a Where are your most demanding customers?":
                   "Q10a Where are your most demanding customers?"}
    wb = openpyxl.load_workbook(demo_survey())
    ws = wb.worksheets[0]
    for cell in ws[1]:
        cell.value = renames.get(cell.value, cell.value)
    new = tmp_path / "survey 2026.xlsx"
    wb.save(new)
    refused = clusterdesk("report", new, "--mapping", demo_mapping(), "--json", tmp_path / "x.json")
    assert_one_line_error(refused, "Q1 City region", "--adapt")
    assert not (tmp_path / "x.json").exists()
    js = tmp_path / "adapted.json"
    done = clusterdesk("report", new, "--mapping", demo_mapping(), "--adapt", "--json", js)
    assert done.returncode == 0, done.stderr
    notes = [n for n in done.stderr.splitlines() if n.startswith("clusterdesk: note: ")]
    assert len(notes) == 2, notes
    for old, renamed in renames.items():
        assert [n for n in notes if f"'{old}'" in n and f"'{renamed}'" in n], (old, notes)
    same = clusterdesk("report", "--demo", "--json", tmp_path / "demo.json")
    assert same.returncode == 0, same.stderr
    got = json.loads(js.read_text(encoding="utf-8"))
    want = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    assert got["tables"] == want["tables"]  # the same answers under other names: same numbers
