"""`clusterdesk map` writes a mapping that `clusterdesk report` runs, with the shipped mapping's numbers."""

import json
import subprocess
import sys

from clusterdesk.paths import demo_mapping, demo_survey


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_suggested_mapping_reports_like_the_shipped_one(tmp_path):
    mapping = tmp_path / "suggested.clusterdesk.json"
    made = run("map", demo_survey(), "-o", mapping, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    ours = run("report", demo_survey(), "--mapping", mapping, "--json", tmp_path / "ours.json",
               "-q", cwd=tmp_path)
    ref = run("report", demo_survey(), "--mapping", demo_mapping(), "--json",
              tmp_path / "ref.json", "-q", cwd=tmp_path)
    assert ours.returncode == 0 and ref.returncode == 0, ours.stderr + ref.stderr
    assert "Traceback" not in ours.stderr + made.stderr
    tables = json.loads((tmp_path / "ours.json").read_text())["tables"]
    assert tables == json.loads((tmp_path / "ref.json").read_text())["tables"]
    assert tables["innovation_by_region"]["rows"][-1]["values"][-1] == 2002


def test_numbered_blocks_are_mapped_with_a_warning_and_report_runs(tmp_path):
    """Issue 15 point 3: location questions Sp7_1..Sp7_6 and yes/no questions q10..q13 whose
    headers say nothing: `map` takes them in the questionnaire's order and warns; `report` then
    gives the hand mapping's tables."""
    from clusterdesk.mapping.roles import FACTORS, OUTCOMES
    from tests.demo_styles import demo_frame, generator

    headers = generator().HEADERS
    renamed = {headers[r]: f"Sp7_{i + 1}" for i, r in enumerate(FACTORS)}
    renamed |= {headers[r]: f"q{10 + i}" for i, r in enumerate(OUTCOMES)}
    survey = tmp_path / "blocks.xlsx"
    demo_frame().rename(columns=renamed).to_excel(survey, sheet_name="Data", index=False)
    hand = json.loads(demo_mapping().read_text(encoding="utf-8"))
    hand["columns"] = {r: renamed.get(c, c) for r, c in hand["columns"].items()}
    (tmp_path / "hand.json").write_text(json.dumps(hand), encoding="utf-8")

    mapping = tmp_path / "suggested.clusterdesk.json"
    made = run("map", survey, "-o", mapping, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    warnings = [line for line in made.stderr.splitlines() if "numbered block" in line]
    assert len(warnings) == 2 and all(line.startswith("clusterdesk: warning:") for line in warnings)
    assert "q10 = New or significantly improved products" in made.stderr
    written = json.loads(mapping.read_text(encoding="utf-8"))["columns"]
    assert [written[r] for r in OUTCOMES] == ["q10", "q11", "q12", "q13"]
    seen = run("inspect", survey, cwd=tmp_path)
    assert seen.returncode == 0, seen.stderr
    assert "To check: The columns Sp7_1, Sp7_2, Sp7_3, Sp7_4, Sp7_5, Sp7_6" in seen.stdout
    ours = run("report", survey, "--mapping", mapping, "--json", tmp_path / "ours.json", "-q",
               cwd=tmp_path)
    ref = run("report", survey, "--mapping", tmp_path / "hand.json", "--json",
              tmp_path / "ref.json", "-q", cwd=tmp_path)
    assert ours.returncode == 0 and ref.returncode == 0, ours.stderr + ref.stderr
    assert json.loads((tmp_path / "ours.json").read_text())["tables"] == \
        json.loads((tmp_path / "ref.json").read_text())["tables"]


def test_english_ladder_with_a_vocational_college_gives_the_hand_mapped_table6(tmp_path):
    """Issue 15 point 1: Upper secondary < Vocational college < Bachelor < Master, whatever order
    the answers come in; `map` then `report` gives the hand mapping's Table 6, silently right."""
    from tests.demo_styles import demo_frame, generator

    ladder = ["Upper secondary", "Vocational college", "Bachelor", "Master"]
    column = generator().HEADERS["manager_education"]
    frame = demo_frame()
    frame[column] = frame[column].map(dict(zip(generator().EDUCATION, ladder, strict=True)))
    survey = tmp_path / "vocational.xlsx"
    frame.to_excel(survey, sheet_name="Data", index=False)
    hand = json.loads(demo_mapping().read_text(encoding="utf-8"))
    hand["codes"]["manager_education"] = ladder
    (tmp_path / "hand.json").write_text(json.dumps(hand), encoding="utf-8")

    mapping = tmp_path / "suggested.clusterdesk.json"
    made = run("map", survey, "-o", mapping, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "education" not in made.stderr  # derived from the ladder: nothing to check
    assert json.loads(mapping.read_text(encoding="utf-8"))["codes"]["manager_education"] == ladder
    ours = run("report", survey, "--mapping", mapping, "--json", tmp_path / "ours.json", "-q",
               cwd=tmp_path)
    ref = run("report", survey, "--mapping", tmp_path / "hand.json", "--json",
              tmp_path / "ref.json", "-q", cwd=tmp_path)
    assert ours.returncode == 0 and ref.returncode == 0, ours.stderr + ref.stderr
    ours_tables = json.loads((tmp_path / "ours.json").read_text())["tables"]
    assert ours_tables == json.loads((tmp_path / "ref.json").read_text())["tables"]
