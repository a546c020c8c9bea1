"""`clusterdesk inspect` and `clusterdesk map` through the real command in a subprocess: exit
codes, no traceback on broken files, and a map of the demo (in every export style) whose results
equal those of the hand-written mapping."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.mapping import fileformat
from clusterdesk.paths import demo_mapping, demo_survey
from tests import demo_styles

REAL = Path("/work/shared/fixtures/real-exports")


def clusterdesk(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _results(data: Path, mapping_path: Path) -> dict:
    from clusterdesk.analysis import analyse_file
    from clusterdesk.report.results_json import to_document

    doc = to_document(analyse_file(data, fileformat.load(mapping_path)))
    return {"tables": doc["tables"], "rows_used": doc["input"]["rows_used"]}


@pytest.fixture(scope="module")
def styles(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("styles")
    df = demo_styles.demo_frame(250)  # the full 2,002 firms are mapped once, from the shipped file
    return {s: demo_styles.write_style(s, folder / s, df) for s in demo_styles.STYLES}


def test_map_of_the_shipped_demo_gives_the_shipped_results(tmp_path):
    out = tmp_path / "demo.clusterdesk.json"
    done = clusterdesk("map", demo_survey(), "-o", out)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # nothing undecided
    assert fileformat.load(out).columns == fileformat.load(demo_mapping()).columns
    assert _results(demo_survey(), out) == _results(demo_survey(), demo_mapping())


@pytest.mark.parametrize("style", demo_styles.STYLES)
def test_map_of_each_export_style_gives_the_hand_written_results(styles, style, tmp_path,
                                                                 capsys):
    """In-process (the subprocess path is proven above): the same main() the command runs."""
    from clusterdesk.cli import main

    data, shipped = styles[style]
    out = tmp_path / "suggested.clusterdesk.json"
    assert main(["map", str(data), "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert "<- check" not in printed.out  # every role suggested with confidence
    suggested = fileformat.load(out)
    assert suggested.columns == fileformat.load(shipped).columns
    assert _results(data, out) == _results(data, shipped)


def test_inspect_shows_sheets_header_columns_and_roles(styles):
    data, _ = styles["norwegian"]
    done = clusterdesk("inspect", data)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "Sheets: Om undersøkelsen (hidden), Svar" in text
    assert "Header: row 4, 1 row(s)." in text
    assert "suggested role: Region (region)" in text
    assert "Frittstående x" in text


def test_inspect_json_of_a_sheet_chosen_by_name(styles):
    data, shipped = styles["norwegian"]
    done = clusterdesk("inspect", data, "--sheet", "Svar", "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["sheets"][0] == {"name": "Om undersøkelsen", "index": 0, "hidden": True}
    assert doc["sheet"] == "Svar" and doc["header"]["row"] == 4
    roles = {c["role"]: c["name"] for c in doc["columns"] if c["role"]}
    assert roles == fileformat.load(shipped).columns
    region = next(c for c in doc["columns"] if c["role"] == "region")
    assert region["type"] == "text" and region["distinct"] == 5
    assert sum(v["count"] for v in region["values"]) == doc["rows"]
    sector = next(c for c in doc["columns"] if c["role"] == "sector")
    assert len(sector["values"]) == 10 and sector["missing_share"] > 0


def test_an_unknown_sheet_lists_the_sheets(styles):
    data, _ = styles["norwegian"]
    done = clusterdesk("inspect", data, "--sheet", "Nope")
    assert done.returncode == 2
    assert "has no sheet 'Nope'" in done.stderr and "'Svar'" in done.stderr


@pytest.mark.parametrize(("content", "command"), [
    (b"", "inspect"), (b"PK\x03\x04 not really a workbook", "map"), (b"\x00\x01\x02", "inspect")])
def test_broken_files_give_a_message_and_exit_2(tmp_path, content, command):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(content)
    out = tmp_path / "m.json"
    done = clusterdesk(command, bad, *(["-o", out] if command == "map" else []))
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.startswith("clusterdesk: ")
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_missing_file_and_folder(tmp_path):
    for target in (tmp_path / "nowhere.csv", tmp_path):
        done = clusterdesk("inspect", target)
        assert done.returncode == 2 and "Traceback" not in done.stderr


def test_map_never_overwrites_the_survey(styles, tmp_path):
    data, _ = styles["csv_latin1"]
    before = data.read_bytes()
    done = clusterdesk("map", data, "-o", data)
    assert done.returncode == 2 and "survey file itself" in done.stderr
    assert data.read_bytes() == before


@pytest.mark.skipif(not REAL.is_dir(), reason="real exports not present")
def test_map_warns_once_per_undecided_role(tmp_path):
    out = tmp_path / "hotdog.clusterdesk.json"
    done = clusterdesk("map", REAL / "googleforms_hotdog_spring25.csv", "-o", out)
    assert done.returncode == 0, done.stderr
    warnings = done.stderr.strip().splitlines()
    assert len(warnings) == 8  # region, six factors, product
    assert all(w.startswith("clusterdesk: warning: No column looks like") for w in warnings)
    assert fileformat.load(out).columns == {}


@pytest.mark.skipif(not REAL.is_dir(), reason="real exports not present")
@pytest.mark.parametrize("name", ["surveymonkey_starwars_fivethirtyeight.csv",
                                  "spss_simple_alltypes_mrsets_pyreadstat.sav"])
def test_inspect_real_exports(name):
    done = clusterdesk("inspect", REAL / name, "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["columns"] and doc["header"]["reason"]


def test_map_from_last_years_mapping_follows_renamed_questions(styles, tmp_path):
    """Next year: a title line above the header, renumbered/reworded questions, a new answer."""
    _, shipped_path = styles["csv_latin1"]
    renames = {"Hvor er de mest krevende kundene?": "Sp9a Hvor er de mest krevende kundene?",
               "Nye eller vesentlig forbedrede varer/tjenester siste tre år?":
                   "Sp10 Nye eller vesentlig forbedrede varer eller tjenester siste tre år?",
               "Antall ansatte": "Antall ansatte totalt"}
    frame = demo_styles._norwegian_frame(demo_styles.demo_frame(250), thousands=False)
    frame = frame.rename(columns=renames)
    capital = "Hvor henter bedriften kapital?"
    frame[capital] = frame[capital].replace("I utlandet", "Fra utlandet")
    data = tmp_path / "eksport_2014.csv"
    data.write_text("Spørreundersøkelse 2014\n" + frame.to_csv(sep=";", index=False),
                    encoding="utf-8")
    out = tmp_path / "2014.clusterdesk.json"
    done = clusterdesk("map", data, "-o", out, "--from", shipped_path)
    assert done.returncode == 0, done.stderr
    notes = done.stderr
    for old, new in renames.items():
        assert f"'{old}' is not in this file; using '{new}'" in notes
    assert "New location answer 'Fra utlandet' coded as international" in notes
    assert "warning" not in notes
    adapted = fileformat.load(out)
    assert (adapted.source.header_row, adapted.source.header_rows) == (2, 1)
    # the same mapping corrected by hand gives the same results
    by_hand = fileformat.load(shipped_path)
    by_hand.columns = {r: renames.get(c, c) for r, c in by_hand.columns.items()}
    by_hand.codes.location["international"].append("Fra utlandet")
    by_hand.source.header_row = 2
    hand_path = tmp_path / "by_hand.clusterdesk.json"
    fileformat.save(by_hand, hand_path)
    assert _results(data, out) == _results(data, hand_path)
