"""A new user's bad day with damaged survey files (issue 17): a few hundred files made by
damage_corpus.py, each run through `clusterdesk report FILE --mapping M --out X.xlsx --json R.json`
and `clusterdesk inspect FILE` in a subprocess with a timeout and its own TMPDIR.

A case passes when each command ends in exit 0 or 2; its output has no traceback and no internal
error; a refusal is one line naming the file (and a success names it too); the source's bytes are
unchanged; a previous report at --out is unchanged when the run refuses; TMPDIR is empty
afterwards; and a questionable value gives a warning naming its column. Prints a table of classes
x outcome and the failures.

    PYTHONPATH=src .venv/bin/python benchmarks/damage_campaign.py [--quick] [--jobs 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from damage_corpus import Case, corpus  # noqa: E402

PREVIOUS = b"PK\x03\x04 the previous report, which a refused run must leave alone"


def command(args: list[str], tmp: Path, timeout: float) -> tuple[int | None, str, float]:
    env = dict(os.environ, TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "clusterdesk", *args], capture_output=True,
                              text=True, errors="replace", env=env, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode("utf-8", "replace") if isinstance(exc.stdout, bytes) \
            else exc.stdout or ""
        return None, out + " (timed out)", time.monotonic() - started
    return done.returncode, done.stdout + done.stderr, time.monotonic() - started


def run_case(case: Case, work: Path, mappings: dict[str, Path], timeout: float) -> dict:
    """Run one case; {"outcome": refused|read|read+warned, "problems": [...], ...}."""
    home = work / case.name.replace(".", "_")
    home.mkdir()
    tmp = home / "tmp"
    tmp.mkdir()
    src = home / case.name
    src.write_bytes(case.data)
    out, js = home / "report.xlsx", home / "results.json"
    out.write_bytes(PREVIOUS)
    digest = hashlib.sha256(case.data).hexdigest()
    problems: list[str] = []
    rc, text, seconds = command(["report", str(src), "--mapping", str(mappings[case.mapping]),
                                 "--out", str(out), "--json", str(js)], tmp,
                                 max(timeout, case.slow_ok))
    problems += _judge("report", rc, text, case)
    if rc == 2 and out.read_bytes() != PREVIOUS:
        problems.append("report: the previous report was changed by a refused run")
    if rc == 0 and case.column is not None:
        warnings = json.loads(js.read_text("utf-8"))["input"]["warnings"] if js.exists() else []
        if not any(case.column in w for w in warnings):
            problems.append(f"report: no warning names column '{case.column}'")
    rc2, text2, _ = command(["inspect", str(src)], tmp, max(timeout, case.slow_ok))
    problems += _judge("inspect", rc2, text2, case)
    if hashlib.sha256(src.read_bytes()).hexdigest() != digest:
        problems.append("the source file was changed")
    left = list(tmp.iterdir())
    if left:
        problems.append(f"left in TMPDIR: {', '.join(p.name for p in left[:3])}")
    warned = rc == 0 and "warning" in text
    outcome = ("refused" if rc == 2 else "read+warned" if warned else "read" if rc == 0
               else f"exit {rc}")
    shutil.rmtree(home, ignore_errors=True)
    return {"case": case, "outcome": outcome, "problems": problems, "seconds": seconds,
            "message": _first_line(text)}


def _judge(what: str, rc: int | None, text: str, case: Case) -> list[str]:
    problems = []
    if rc not in (0, 2):
        problems.append(f"{what}: exit {rc}: {_first_line(text)}")
    if "Traceback" in text or "internal error" in text.lower() or "Exception ignored" in text:
        problems.append(f"{what}: {_first_line(text, 'Traceback', 'nternal error')}")
    if case.name not in text:
        problems.append(f"{what}: the output does not name the file: {_first_line(text)}")
    if rc == 2:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) != 1:
            problems.append(f"{what}: the refusal is {len(lines)} lines")
    return problems


def _first_line(text: str, *keys: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    for key in keys:
        for line in lines:
            if key in line:
                return line[:200]
    return lines[0][:200] if lines else "(no output)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a fifth of the cases")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per command")
    parser.add_argument("--only", help="run only the classes or names containing one of these "
                        "texts (comma-separated)")
    args = parser.parse_args()
    started = time.monotonic()
    base, cases = corpus(seed=args.seed, per=2 if args.quick else 8)
    if args.only:
        only = args.only.split(",")
        cases = [c for c in cases if any(o in c.cls or o in c.name for o in only)]
    if args.quick:
        cases = cases[::3]
    with tempfile.TemporaryDirectory(prefix="damage-campaign-") as work_dir:
        work = Path(work_dir)
        mappings = {}
        for key, mapping in base.mappings.items():
            mappings[key] = work / f"{key}.clusterdesk.json"
            mappings[key].write_text(json.dumps(mapping, indent=1), "utf-8")
        print(f"{len(cases)} cases, {args.jobs} at a time ...", flush=True)
        with ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(lambda c: run_case(c, work, mappings, args.timeout), cases))
    _table(results)
    failed = [r for r in results if r["problems"]]
    for r in failed:
        print(f"FAIL {r['case'].cls} {r['case'].name}: {'; '.join(r['problems'])}")
    slow = sorted(results, key=lambda r: -r["seconds"])[:3]
    print("slowest reports: " + ", ".join(f"{r['case'].name} {r['seconds']:.1f} s" for r in slow))
    print(f"{len(cases)} cases, {len(failed)} failed, {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


def _table(results: list[dict]) -> None:
    outcomes = ["refused", "read", "read+warned"]
    by_class: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        by_class[r["case"].cls][r["outcome"]] += 1
        by_class[r["case"].cls]["FAILED" if r["problems"] else "passed"] += 1
    extra = sorted({k for c in by_class.values() for k in c} - set(outcomes) - {"passed", "FAILED"})
    heads = outcomes + extra + ["passed", "FAILED"]
    print("| class | cases | " + " | ".join(heads) + " |")
    print("|---|---|" + "---|" * len(heads))
    for cls in sorted(by_class):
        c = by_class[cls]
        print(f"| {cls} | {c['passed'] + c['FAILED']} | " + " | ".join(str(c[h]) for h in heads)
              + " |")


if __name__ == "__main__":
    sys.exit(main())
