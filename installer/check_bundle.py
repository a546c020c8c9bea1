"""Build the one-folder bundle in a temporary folder and prove it works without the venv.

Run by `make test-bundle`: the bundled executable's `report --demo --json` must give the same
results file as the installed package, and its main window must open on the offscreen platform.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def clean_env() -> dict[str, str]:
    """No virtual environment on the path: only system directories."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "CLUSTERDESK_RESOURCES")}
    env["PATH"] = "/usr/bin:/bin"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def tables(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


def check_analysis_child(exe: Path) -> str | None:
    """The workspace starts the frozen app as its analysis child (--clusterdesk-analysis-child):
    fed the demo survey, it must give the Results this process computes."""
    import dataclasses

    import clusterdesk.io as io
    from clusterdesk.analysis import code, run
    from clusterdesk.analysis.child import CHILD_FLAG, AnalysisProcess
    from clusterdesk.mapping import fileformat
    from clusterdesk.paths import demo_mapping, demo_survey

    mapping = fileformat.load(demo_mapping())
    src = mapping.source
    survey = code(io.read(demo_survey(), sheet=src.sheet, header_row=src.header_row,
                          header_rows=src.header_rows), mapping)
    child = AnalysisProcess(command=[str(exe), CHILD_FLAG])
    try:
        there = child.run(survey, mapping.settings)
    finally:
        child.close()
    here = run(survey, mapping.settings)
    if not there.firms.equals(here.firms):
        return "the bundled analysis child's per-firm classes differ"
    there.classes = here.classes = there.data = here.data = None
    if repr(dataclasses.asdict(there)) != repr(dataclasses.asdict(here)):
        return "the bundled analysis child's results differ from the installed package's"
    return None


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="clusterdesk-bundle-") as tmp:
        tmp_path = Path(tmp)
        subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "installer" / "clusterdesk.spec"),
                        "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
                        "--noconfirm", "--log-level", "ERROR"], check=True, cwd=ROOT)
        bundle = tmp_path / "dist" / "ClusterDesk"
        exe = bundle / ("clusterdesk.exe" if os.name == "nt" else "clusterdesk")
        size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
        print(f"bundle: {bundle} ({size / 1e6:.0f} MB)")

        bundled_json, installed_json = tmp_path / "bundled.json", tmp_path / "installed.json"
        subprocess.run([str(exe), "report", "--demo", "--json", str(bundled_json)],
                       check=True, env=clean_env(), cwd=tmp_path, timeout=300)
        subprocess.run([sys.executable, "-m", "clusterdesk", "report", "--demo", "--json",
                        str(installed_json)], check=True, cwd=tmp_path, timeout=300)
        if tables(bundled_json) != tables(installed_json):
            print("FAIL: the bundle's results file differs from the installed package's")
            return 1
        print("ok: bundled `report --demo --json` equals the installed package's")

        problem = check_analysis_child(exe)
        if problem:
            print(f"FAIL: {problem}")
            return 1
        print("ok: the bundle as analysis child computes what the installed package computes")

        env = clean_env() | {"CLUSTERDESK_SMOKE_TEST": "1"}
        run = subprocess.run([str(exe), "--demo"], env=env, cwd=tmp_path, timeout=300,
                             capture_output=True, text=True)
        if run.returncode != 0 or "main window shown" not in run.stdout:
            print(f"FAIL: the bundled main window did not open (exit {run.returncode})\n"
                  f"{run.stdout}\n{run.stderr}")
            return 1
        print("ok: the bundled main window opens on the offscreen platform")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
