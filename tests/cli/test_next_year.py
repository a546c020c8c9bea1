"""Next year's export of the demo survey (questions renamed, renumbered, reordered, one dropped)
with last year's mapping on the command line: `map --from` then `report` gives the hand-mapped
results, and a role lost is the first thing said."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path

import openpyxl

from clusterdesk.mapping import fileformat
from clusterdesk.paths import demo_mapping, demo_survey

# last year's name -> this year's (every role but firm_id changes; "Industry" as in issue 15)
RENAMES = {
    "Q1 City region": "Q1 City-region",
    "Q2 Industry sector": "Industry (NACE section)",
    "Q3 Position in a group of companies": "Q3 Position in a group of companies (2025)",
    "Q4 Ownership": "Eierskap",
    "Q5 Number of employees": "Q5 Employees, number of",
    "Q6 Employees with university education (%)": "Q6 Share of employees with university "
                                                  "education (%)",
    "Q7 R&D expenditure (% of turnover)": "Q8 R&D expenditure as % of turnover",
    "Q8 Highest education of the chief executive": "V9",
    "Q9a Where are your most demanding customers?": "Q10a Where are your most demanding "
                                                    "customers?",
    "Q9b Where are your most advanced suppliers?": "Q10b Where are your most advanced suppliers?",
    "Q9c Where are your toughest competitors?": "Q10c Where are your toughest competitors?",
    "Q9d Where are the most qualified employees you recruit?": "Q10d Where are the most "
                                                               "qualified employees you recruit?",
    "Q9e Where are the research institutions most relevant to you?": "Q10e Research "
                                                                     "institutions most relevant "
                                                                     "to you: where are they?",
    "Q9f Where do you access capital?": "Q10f Where do you access capital?",
    "Q10 New or significantly improved products or services in the last 3 years?":
        "Q12 New or significantly improved products or services in the last 3 years?",
    "Q10b Was any of these products or services new to your market?":
        "Q12b Were any of these products or services new to your market?",
    "Q11 New or significantly improved processes in the last 3 years?":
        "Q13 New or significantly improved processes in the last 3 years?",
    "Q11b Was any of these processes new to your industry?":
        "Q13b Was any of these processes new to your industry?",
}


def clusterdesk(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def next_years_file(path: Path, drop: tuple[str, ...] = (), last_sector: str | None = None
                    ) -> Path:
    """The demo's answers under this year's names, columns shuffled, `drop` left out."""
    sheet = fileformat.load(demo_mapping()).source.sheet
    src = openpyxl.load_workbook(demo_survey(), read_only=True)
    rows = [list(r) for r in src[sheet].iter_rows(values_only=True)]
    src.close()
    head = rows[0]
    keep = [i for i, name in enumerate(head) if name not in drop]
    random.Random(15).shuffle(keep)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append([RENAMES.get(head[i], head[i]) for i in keep])
    for row in rows[1:]:
        row = row + [None] * (len(head) - len(row))  # read-only rows end at their last value
        ws.append([row[i] for i in keep])
    wb.save(path)
    return path


def last_years_mapping(path: Path) -> Path:
    """The demo mapping with last year's sector question named 'Industry' (issue 15)."""
    mapping = fileformat.load(demo_mapping())
    mapping.columns["sector"] = "Industry"
    fileformat.save(mapping, path)
    return path


def hand_mapped(tmp_path: Path, without: tuple[str, ...] = ()) -> dict:
    """The demo's results with the shipped mapping (less the roles in `without`)."""
    mapping = copy.deepcopy(fileformat.load(demo_mapping()))
    for role in without:
        del mapping.columns[role]
    path = tmp_path / "hand.clusterdesk.json"
    fileformat.save(mapping, path)
    done = clusterdesk("report", demo_survey(), "--mapping", path, "--json",
                       tmp_path / "hand.json", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads((tmp_path / "hand.json").read_text(encoding="utf-8"))["tables"]


def test_renamed_and_reordered_export_maps_to_the_hand_mapped_results(tmp_path):
    new = next_years_file(tmp_path / "survey 2026.xlsx")
    old = last_years_mapping(tmp_path / "2025.clusterdesk.json")
    out = tmp_path / "2026.clusterdesk.json"
    made = clusterdesk("map", new, "-o", out, "--from", old, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr
    assert "warning" not in made.stderr, made.stderr  # nothing lost
    notes = [n for n in made.stderr.splitlines() if n.startswith("clusterdesk: note: ")]
    assert len(notes) == len(RENAMES), made.stderr
    assert "Industry (NACE section)" in fileformat.load(out).columns.values()
    assert "18 change(s) listed" in made.stdout
    done = clusterdesk("report", new, "--mapping", out, "--json", tmp_path / "r.json", "-q",
                       cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["tables"]
    assert got == hand_mapped(tmp_path)


def test_a_lost_role_is_said_first_and_the_rest_reports_as_mapped_by_hand(tmp_path):
    new = next_years_file(tmp_path / "survey 2026.xlsx", drop=("Q2 Industry sector",))
    old = last_years_mapping(tmp_path / "2025.clusterdesk.json")
    out = tmp_path / "2026.clusterdesk.json"
    made = clusterdesk("map", new, "-o", out, "--from", old, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    lines = made.stderr.splitlines()
    assert lines[0] == ("clusterdesk: warning: 1 item(s) of last year's mapping not found in this "
                        "file: Industry sector.")
    assert lines[1].startswith("clusterdesk: warning: Industry sector: column 'Industry' is not "
                               "in this file")
    assert "no sector controls" in lines[1]
    assert all(line.startswith("clusterdesk: note: ") for line in lines[2:])
    assert len(lines) == 2 + len(RENAMES) - 1
    assert made.stdout.index("Not found in this file: Industry sector") < \
        made.stdout.index("change(s) listed")
    assert "sector" not in fileformat.load(out).columns
    # report --adapt says the same first, then runs
    js = tmp_path / "adapted.json"
    done = clusterdesk("report", new, "--mapping", old, "--adapt", "--json", js, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[:2] == lines[:2]
    got = json.loads(js.read_text(encoding="utf-8"))["tables"]
    assert got == hand_mapped(tmp_path, without=("sector",))
