"""An id column mapped as region (20,000 firms, each its own region): `clusterdesk report` ends
with exit 0, the warning first on stderr, readable sheets (the regions with most firms and a
note saying how many others there are) and every region in the results file."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

from clusterdesk.mapping import fileformat
from clusterdesk.report.excel_groups import MAX_GROUPS_SHOWN
from clusterdesk.report.labels import t
from tests.analysis.helpers import full_mapping, random_survey

N = 20_000


@pytest.fixture(scope="module")
def id_regions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ids")
    frame = random_survey(N, seed=5)
    # a few real regions with several firms each, then one "region" per firm: an id column
    frame["Region"] = [f"R{i % 7}" if i < 70 else f"{500000 + i}" for i in range(N)]
    survey = folder / "survey.csv"
    frame.to_csv(survey, index=False)
    mapping = full_mapping(frame)
    mapping.order.pop("region")
    fileformat.save(mapping, folder / "survey.clusterdesk.json")
    out, js = folder / "report.xlsx", folder / "results.json"
    done = subprocess.run([sys.executable, "-m", "clusterdesk", "report", str(survey), "--out",
                           str(out), "--json", str(js)], capture_output=True, text=True,
                          timeout=600)
    return frame, done, out, js


def test_the_run_ends_normally_with_the_warning_first(id_regions):
    _, done, _, _ = id_regions
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = done.stderr.splitlines()
    assert warnings[0].endswith("warning:") or warnings[0].endswith("warnings:")
    assert "'Region'" in warnings[1] and "is this an id column?" in warnings[1]
    assert f"{N - 70 + 7:,} different values" in warnings[1]


def test_the_results_file_keeps_every_region(id_regions):
    frame, _, _, js = id_regions
    doc = json.loads(js.read_text(encoding="utf-8"))
    rows = doc["tables"]["innovation_by_region"]["rows"]
    assert {r["key"] for r in rows if r.get("kind", "data") == "data"} >= set(frame["Region"])


def test_the_sheets_show_the_biggest_regions_and_say_how_many_are_left_out(id_regions):
    frame, _, out, _ = id_regions
    wb = openpyxl.load_workbook(out, read_only=True)
    regions = set(frame["Region"])
    sizes = frame["Region"].value_counts()
    checked = 0
    for sheet in wb.worksheets:
        if sheet.title == t("en", "sheet.data"):  # the firms' own rows: one region each
            continue
        cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
        shown = {str(c) for c in cells} & regions
        assert len(shown) <= MAX_GROUPS_SHOWN, sheet.title
        if shown:
            # the seven real regions (10 firms each) are among those shown
            assert {f"R{k}" for k in range(7)} <= shown, sheet.title
            assert min(sizes[r] for r in shown) >= max(sizes[r] for r in regions - shown)
            hidden = len(regions) - len(shown)
            note = next(str(c) for c in cells if "different values" in str(c))
            assert f"the other {hidden:,} ({hidden:,} firms)" in note, note
            checked += 1
    assert checked == 3  # Tables 1, 2 and 3
