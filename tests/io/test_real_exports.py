"""Every real survey-tool export in shared/fixtures opens with the right size and header.

Sizes are counted independently of ClusterDesk: csv module, openpyxl and pyreadstat directly.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import clusterdesk.io as io

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "real-exports"
if not FIXTURES.is_dir():  # CI clones main with shared/ beside it
    FIXTURES = Path("/work/shared/fixtures/real-exports")

# file -> (encoding, delimiter, header rows, first column name, a later column name)
CSV_FILES = {
    "googleforms_hotdog_spring25.csv": ("utf-8", ",", 1, "Timestamp", None),
    "nettskjema_apitest_123823_csv-report.csv": ("utf-8", ";", 1, "$submission_id", "radio"),
    "qualtrics_insights_nobasis_QualtricsTools.csv": ("utf-8", ",", 1, "ResponseID", None),
    "qualtrics_sample_legacy_qualtRics.csv": ("utf-8-sig", ",", 1, "V1", "LocationAccuracy"),
    "qualtrics_sample_qualtRics.csv": ("utf-8", ",", 1, "StartDate", "Duration (in seconds)"),
    "surveymonkey_starwars_fivethirtyeight.csv": (
        "cp1252", ",", 2, "RespondentID",
        "Have you seen any of the 6 films in the Star Wars franchise? - Response"),
}


def _csv_records(name: str) -> list[list[str]]:
    enc, delim, *_ = CSV_FILES[name]
    with open(FIXTURES / name, encoding=enc, newline="") as fh:
        return [r for r in csv.reader(fh, delimiter=delim) if any(c.strip() for c in r)]


def test_fixture_folder_is_complete():
    names = {p.name for p in FIXTURES.iterdir()}
    assert set(CSV_FILES) <= names
    assert len([n for n in names if n.endswith((".csv", ".xlsx", ".sav"))]) == 10


@pytest.mark.parametrize("name", sorted(CSV_FILES))
def test_csv_export_opens_with_counted_size(name):
    enc, delim, header_rows, first, other = CSV_FILES[name]
    table = io.read(FIXTURES / name)
    records = _csv_records(name)
    used = {j for r in records for j, c in enumerate(r) if c.strip()}
    assert table.n_rows == len(records) - header_rows
    assert len(table.columns) == len(used)
    assert table.report.delimiter == delim
    assert table.report.header_rows == header_rows
    assert table.columns[0] == first
    if other:
        assert other in table.columns
    # text stays text: the first answer row's first cell as the csv module reads it
    assert str(table.data.iloc[0, 0]) == records[header_rows][0].strip() or \
        table.data.iloc[0, 0] == records[header_rows][0]


def test_cr_only_latin_export_counts_every_answer():
    table = io.read(FIXTURES / "surveymonkey_starwars_fivethirtyeight.csv")
    assert table.report.encoding == "cp1252"
    assert any("CR only" in w for w in table.report.warnings)
    assert table.n_rows == 1186  # the README: 1,186 answers


def test_quoted_line_breaks_stay_inside_their_cell():
    name = "googleforms_hotdog_spring25.csv"
    records = _csv_records(name)
    multi = [(i, j) for i, r in enumerate(records[1:]) for j, c in enumerate(r) if "\n" in c]
    assert multi, "the fixture has answers with line breaks"
    table = io.read(FIXTURES / name)
    i, j = multi[0]
    assert table.data.iloc[i, j] == records[1:][i][j]


@pytest.mark.parametrize("name", ["googleforms_hotdog_spring25.xlsx",
                                  "nettskjema_apitest_123823_excel-report.xlsx"])
def test_xlsx_export_opens_with_counted_size(name):
    import openpyxl

    wb = openpyxl.load_workbook(FIXTURES / name, read_only=True)
    ws = wb[wb.sheetnames[0]]
    rows = [r for r in ws.iter_rows(values_only=True)
            if any(c is not None and str(c).strip() for c in r)]
    used = {j for r in rows for j, c in enumerate(r) if c is not None and str(c).strip()}
    wb.close()
    table = io.read(FIXTURES / name)
    assert table.n_rows == len(rows) - 1
    assert len(table.columns) == len(used)
    assert table.columns[0] == str(rows[0][0]).strip()
    assert table.report.file_format == "xlsx"


def test_nettskjema_codes_stored_as_text_stay_text():
    table = io.read(FIXTURES / "nettskjema_apitest_123823_excel-report.xlsx")
    csv_table = io.read(FIXTURES / "nettskjema_apitest_123823_csv-report.csv")
    assert table.columns == csv_table.columns
    assert table.n_rows == csv_table.n_rows


@pytest.mark.parametrize("name", ["spss_sample_missing_pyreadstat.sav",
                                  "spss_simple_alltypes_mrsets_pyreadstat.sav"])
def test_sav_export_opens_with_labels_and_missing(name):
    import pyreadstat

    df, meta = pyreadstat.read_sav(str(FIXTURES / name))
    table = io.read(FIXTURES / name)
    assert table.data.shape == df.shape
    assert table.columns == list(meta.column_names)
    labelled = {k: v for k, v in meta.column_names_to_labels.items() if v}
    assert table.labels == labelled
    for col, labels in meta.variable_value_labels.items():
        # where pyreadstat (user-missing off) keeps a labelled value, we show its label
        for i, value in enumerate(df[col]):
            if value in labels:
                assert table.data[col].iloc[i] == labels[value]
            elif value != value or value is None:  # missing stays missing
                assert table.data[col].iloc[i] is None or table.data[col].iloc[i] != \
                    table.data[col].iloc[i]


def test_user_missing_values_are_missing_even_when_labelled():
    import pyreadstat

    path = FIXTURES / "spss_sample_missing_pyreadstat.sav"
    raw, meta = pyreadstat.read_sav(str(path), user_missing=True)
    table = io.read(path)
    checked = 0
    for col, ranges in meta.missing_ranges.items():
        for i, value in enumerate(raw[col]):
            if isinstance(value, (int, float)) and any(r["lo"] <= value <= r["hi"]
                                                         for r in ranges):
                assert table.data[col].iloc[i] is None, (col, i, value)
                checked += 1
    assert checked >= 2
    assert any("user-missing" in w for w in table.report.warnings)
