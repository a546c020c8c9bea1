"""A two-row header with blank lower cells under the single columns, below two title lines:
`inspect` says which rows it took and why, `map` writes them into the mapping file, and
`report` finds every sub-question by its joined name, with the hand-written mapping's results."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.mapping import fileformat
from tests import demo_styles

TITLES = [["Innovation survey 2025 - export for the county"], []]


def clusterdesk(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def _write(folder: Path, fmt: str, merged: bool) -> tuple[Path, Path]:
    """The demo's answers: the firm's questions as single columns (blank below), then each
    question over its sub-questions; and the mapping a person writes for it by hand."""
    gd = demo_styles.generator()
    df = demo_styles.demo_frame(250)
    (_, firm), located, (_, innovation) = demo_styles.GROUPS
    upper: list[object] = []
    lower: list[object] = []
    columns: dict[str, str] = {}
    runs = []
    for block in (firm, located, innovation):
        if isinstance(block, tuple):  # the question over its sub-questions
            question, parts = block
            runs.append((len(upper) + 1, len(upper) + len(parts)))
            for i, (role, text) in enumerate(parts.items()):
                upper.append(question if i == 0 else None)
                lower.append(text)
                columns[role] = f"{question} - {text}"
        else:  # single columns: their names above, nothing below
            upper += list(block.values())
            lower += [None] * len(block)
            columns |= block
    answers = [[demo_styles._cell(v) for v in row]
               for row in df[[gd.HEADERS[r] for r in columns]].itertuples(index=False)]
    rows = TITLES + [upper, lower] + answers
    data = folder / f"grouped.{fmt}"
    if fmt == "csv":
        with open(data, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([["" if c is None else c for c in r] for r in rows])
    else:
        from openpyxl import Workbook

        wb = Workbook()
        for r in rows:
            wb.active.append(r)
        if merged:
            for first, last in runs:
                wb.active.merge_cells(start_row=3, start_column=first, end_row=3,
                                      end_column=last)
        wb.save(data)
    doc = gd.mapping_document()
    doc["source"] = {"sheet": 0, "header_row": 3, "header_rows": 2}
    doc["columns"] = columns
    hand = folder / "by_hand.clusterdesk.json"
    hand.write_text(json.dumps(doc), encoding="utf-8")
    return data, hand


@pytest.mark.parametrize(("fmt", "merged"), [("xlsx", True), ("xlsx", False), ("csv", False)])
def test_map_then_report_finds_the_sub_questions(tmp_path, fmt, merged):
    data, hand = _write(tmp_path, fmt, merged)
    out = tmp_path / "suggested.clusterdesk.json"
    made = clusterdesk("map", data, "-o", out, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    written = json.loads(out.read_text(encoding="utf-8"))["source"]
    assert (written["header_row"], written["header_rows"]) == (3, 2)
    suggested = fileformat.load(out)
    assert suggested.columns == fileformat.load(hand).columns
    ours = clusterdesk("report", data, "--mapping", out, "--json", tmp_path / "ours.json", "-q",
                       cwd=tmp_path)
    ref = clusterdesk("report", data, "--mapping", hand, "--json", tmp_path / "ref.json", "-q",
                      cwd=tmp_path)
    assert ours.returncode == 0 and ref.returncode == 0, ours.stderr + ref.stderr
    assert "Traceback" not in made.stderr + ours.stderr
    mine = json.loads((tmp_path / "ours.json").read_text(encoding="utf-8"))
    theirs = json.loads((tmp_path / "ref.json").read_text(encoding="utf-8"))
    assert mine["tables"] == theirs["tables"]
    assert mine["input"]["rows_used"] == theirs["input"]["rows_used"] > 200


def test_inspect_says_which_rows_it_took_and_why(tmp_path):
    data, _ = _write(tmp_path, "xlsx", True)
    done = clusterdesk("inspect", data, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("Header:"))
    assert line == ("Header: row 3, 2 row(s). Rows 3-4 hold the header: a question text over "
                    "sub-questions in row 3, their names in row 4; rows 1-2 are title lines.")
    done = clusterdesk("inspect", data, "--json", cwd=tmp_path)
    header = json.loads(done.stdout)["header"]
    assert header["rows_used"] == [3, 4] and header["title_lines"] == [1, 2]
    assert header["kind"] == "grouped" and header["reason"] in line
    names = [c["name"] for c in json.loads(done.stdout)["columns"]]
    assert "Where are the following located? - Demanding customers" in names
    assert not [n for n in names if n.startswith("Column ")]
