"""`clusterdesk report` on Uruguay's survey as the agency received it (spec 7): with a format-2
mapping it exits 0 and writes every table it can; with yes/no left at the default codes (so 2 is
not 'no') the codes that cannot be right are the first warnings, not hidden behind the rest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_report_cmd import clusterdesk

SURVEY = Path("/work/shared/fixtures/real-surveys/eaii_uy_2019_2021.csv")
pytestmark = pytest.mark.skipif(not SURVEY.exists(), reason="the real survey is not here")
MAPPING = {
    "format": "clusterdesk-mapping", "version": 2,
    "columns": {"firm_id": "ID_Estadistico", "sector": "Division", "employees": "IG_4_1_3",
                "weight": "w_trans", "product": "E1_1_1", "process": "E1_2_1",
                **{f: {"not_asked": True} for f in ("customers", "suppliers", "competitors",
                                                    "labour", "research", "capital")}},
    "codes": {"yes_no": {"yes": ["1"], "no": ["2"], "skipped_means_no": ["999"]}}}


def test_report_on_the_uruguay_survey(tmp_path):
    mapping = tmp_path / "uy.clusterdesk.json"
    mapping.write_text(json.dumps(MAPPING), encoding="utf-8")
    out, js = tmp_path / "uy.xlsx", tmp_path / "uy.json"
    done = clusterdesk("report", SURVEY, "--mapping", mapping, "--out", out, "--json", js)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    document = json.loads(js.read_text(encoding="utf-8"))
    total = document["tables"]["innovation_by_region"]["rows"]
    assert [r["key"] for r in total] == ["Total"] and round(total[0]["values"][0], 2) == 4.86
    assert "1,807 firms not asked E1_1_1 (999) counted as non-innovators." in done.stderr
    assert "cannot be right" not in done.stderr

    import openpyxl

    wb = openpyxl.load_workbook(out)
    for sheet, n in (("T3 Cluster extent", 3), ("T6 Regression", 6)):
        texts = [c for row in wb[sheet].iter_rows(values_only=True) for c in row if c]
        assert f"The survey asks none of the six location factors, so Table {n} cannot be " \
               "made." in texts
        assert not wb[sheet]._charts


def test_codes_that_cannot_be_right_come_first(tmp_path):
    document = dict(MAPPING)
    del document["codes"]  # the default yes/no codes: 1 = yes, 0 = no; 2 and 999 fit nothing
    mapping = tmp_path / "uy.clusterdesk.json"
    mapping.write_text(json.dumps(document), encoding="utf-8")
    done = clusterdesk("report", SURVEY, "--mapping", mapping, "--json", tmp_path / "r.json")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith("warnings:"))
    first, second = lines[start + 1], lines[start + 2]
    assert first == ("  - 100.0 % of the firms that answered 'E1_1_1' (New or significantly "
                     "improved products) are coded 'yes', which cannot be right for an "
                     "innovation question. Its answers: 999 x 1,807, 2 x 331, 1 x 270; is 2 "
                     "'no'?")
    assert second.startswith("  - 100.0 % of the firms that answered 'E1_2_1'")
