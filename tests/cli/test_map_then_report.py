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
