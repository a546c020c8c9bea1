"""Issue 15 point 6: the demo survey in ten export styles goes `clusterdesk map` -> `clusterdesk
report` with exactly the results of the mapping a person writes by hand for that file.

The hand mapping's results are computed in the test (analyse_file + results_json.to_document);
the suggested mapping is made and reported by the command line in a child process, as an
analyst runs it. Next year's export is mapped `--from` last year's (the plain style's) mapping.
Guesses the assistant marks for checking must be printed as warnings; everything else is silent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.mapping import fileformat
from tests.demo_styles import WRITERS as PLAIN_WRITERS
from tests.demo_styles import demo_frame
from tests.demo_styles_guessed import GUESSED, last_year_mapping
from tests.demo_styles_guessed import WRITERS as GUESSED_WRITERS

N_FIRMS = 600
WRITERS = {**PLAIN_WRITERS, **GUESSED_WRITERS}
STYLES = ("norwegian", "two_header_rows", "spss", "csv_latin1", *GUESSED)
WARNED = {  # style -> what each warning of `map` is about (the guesses to check)
    "numbered_blocks": ["Sp9_1, Sp9_2, Sp9_3, Sp9_4, Sp9_5, Sp9_6 are a numbered block",
                        "q10, q11, q12, q13 are a numbered block"],
}


def clusterdesk(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def hand_tables(data: Path, hand: Path) -> dict:
    from clusterdesk.analysis import analyse_file
    from clusterdesk.report.results_json import to_document

    return to_document(analyse_file(data, fileformat.load(hand)))["tables"]


@pytest.mark.parametrize("style", STYLES)
def test_map_then_report_gives_the_hand_mapped_results(tmp_path, style):
    df = demo_frame(N_FIRMS)
    data, hand = WRITERS[style](df, tmp_path)
    mapping = tmp_path / "suggested.clusterdesk.json"
    since = ("--from", last_year_mapping(tmp_path / "last_year", df)) if style == "next_year" else ()
    made = clusterdesk("map", data, "-o", mapping, *since, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    warnings = [line for line in made.stderr.splitlines()
                if line.startswith("clusterdesk: warning:")]
    expected = WARNED.get(style, [])
    assert len(warnings) == len(expected), made.stderr
    for line, about in zip(warnings, expected, strict=True):
        assert about in line and "Check them" in line, line
    if style == "next_year":  # every role found again under its new name
        assert json.loads(mapping.read_text(encoding="utf-8"))["columns"] == \
            json.loads(hand.read_text(encoding="utf-8"))["columns"]

    ours = clusterdesk("report", data, "--mapping", mapping, "--json", tmp_path / "ours.json",
                       "-q", cwd=tmp_path)
    assert ours.returncode == 0, ours.stderr
    assert "Traceback" not in made.stderr + ours.stderr
    tables = json.loads((tmp_path / "ours.json").read_text(encoding="utf-8"))["tables"]
    assert tables["innovation_by_region"]["rows"][-1]["values"][-1] == N_FIRMS
    assert all(m["error"] is None for m in tables["regression"]["models"])
    assert tables == hand_tables(data, hand)
