"""The assistant on files real survey tools wrote (not firm surveys): a sensible header, no crash,
and nothing suggested with confidence that a person would call wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterdesk.mapping.suggest import SURE, suggest_file
from clusterdesk.mapping.suggest_values import yes_no_code, yes_no_fit

REAL = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "real-exports"
if not REAL.is_dir():
    REAL = Path("/work/shared/fixtures/real-exports")

# file -> (header_row, header_rows, {role: column a person would agree with})
EXPECTED = {
    "googleforms_hotdog_spring25.csv": (1, 1, {}),
    "googleforms_hotdog_spring25.xlsx": (1, 1, {}),
    "nettskjema_apitest_123823_csv-report.csv": (1, 1, {}),
    "nettskjema_apitest_123823_excel-report.xlsx": (1, 1, {}),
    # row 2 = question text, row 3 = {"ImportId": ...}: both folded into the header
    "qualtrics_insights_nobasis_QualtricsTools.csv":
        (1, 3, {"firm_id": "ResponseID - {'ImportId': 'responseId'}"}),
    "qualtrics_sample_legacy_qualtRics.csv": (1, 2, {}),
    "qualtrics_sample_qualtRics.csv": (1, 3, {}),
    "spss_sample_missing_pyreadstat.sav": (1, 1, {}),
    "spss_simple_alltypes_mrsets_pyreadstat.sav": (1, 1, {}),
    "surveymonkey_starwars_fivethirtyeight.csv":
        (1, 2, {"firm_id": "RespondentID", "region": "Location (Census Region) - Response"}),
}

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="real exports not present")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_header_and_no_confident_wrong_role(name):
    row, rows, allowed = EXPECTED[name]
    raw, sug = suggest_file(REAL / name)
    src = sug.mapping.source
    assert (src.header_row, src.header_rows) == (row, rows), sug.header_reason
    confident = {r: c for r, c in sug.mapping.columns.items() if sug.confidence[r] >= SURE}
    assert confident == allowed
    assert sug.undecided  # none of these is a firm survey: the required roles stay open


def test_google_forms_free_typed_yes_no_reads_as_yes_and_no():
    raw, sug = suggest_file(REAL / "googleforms_hotdog_spring25.csv")
    column = "Do you believe that a hotdog falls under the category of a sandwich?"
    prof = sug.profiles[column]
    codes = {v: yes_no_code(v) for v in prof.shown.values()}
    assert {v for v, c in codes.items() if c == "yes"} >= {"Yes", "Yesss", "Yeah", "Y"}
    assert {v for v, c in codes.items() if c == "no"} >= {"No", "Nope", "N"}
    assert None not in codes.values()
    assert yes_no_fit(prof) == 1.0
