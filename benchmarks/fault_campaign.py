"""A new user's bad day, made real (issue 17): hand-edited mapping and project files, a full,
read-only or forbidden output folder, Ctrl-C and kills while saving, missing or locked outputs.

Every case runs `clusterdesk report` (a project file: the loading the desktop app does, through
a small driver) in a subprocess with its own TMPDIR, and checks: exit 0, 2 or 130; no traceback
or internal error; a refusal is one line naming the file (a mapping refusal names the mapping
file and the key, never the survey, and suggests --adapt only when the columns are not found);
the sources and the previous report intact; nothing left in TMPDIR or beside the outputs; after
a kill, the next run leaves no temporary file. Prints a table of classes x outcome and the
failures.

    PYTHONPATH=src python benchmarks/fault_campaign.py [--quick] [--seed N] [--jobs 2]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import shutil
import signal
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fault_cases  # noqa: E402
import fault_faults  # noqa: E402
from fault_faults import Case, Ctx, run_cli  # noqa: E402

SURVEY, MAPPING, PROJECT = "firms2026.csv", "edited.clusterdesk.json", "study.clusterdesk-project.json"
REGION = "Q1 Byregion (område)"  # non-ASCII, so that a wrongly decoded mapping cannot match
BAD = ("Traceback", "nternal error", "Exception ignored", "Segmentation", "core dumped")

PROJECT_DRIVER = """
import sys
from clusterdesk.errors import UserError
def main():
    from clusterdesk.analysis import analyse_file
    from clusterdesk.mapping import project
    from clusterdesk.report import results_json
    p = project.load(sys.argv[1])
    p.mapping.settings = p.settings
    invalid = p.mapping.errors()
    if invalid:
        raise UserError(f"The project file '{sys.argv[1]}' is not valid: {' '.join(invalid)}")
    results_json.write(analyse_file(p.source_path, p.mapping), sys.argv[2])
try:
    main()
except UserError as exc:
    print(f"clusterdesk: {exc}", file=sys.stderr)
    sys.exit(2)
"""


def prepare(base: Path, small: int) -> dict:
    """The survey (2002 firms, and a small one for the file cases), its mapping and project."""
    import pandas as pd

    from clusterdesk.mapping import fileformat, project
    from clusterdesk.paths import demo_mapping, demo_survey

    frame = pd.read_excel(demo_survey(), engine="openpyxl")
    frame = frame.rename(columns={"Q1 City region": REGION})
    base.mkdir(parents=True)
    frame.to_csv(base / "big.csv", index=False)
    frame.iloc[:small].to_csv(base / SURVEY, index=False)
    mapping = fileformat.load(demo_mapping())
    mapping.columns["region"] = REGION
    mapping.source = type(mapping.source)()
    doc = fileformat.to_dict(mapping)
    proj = project.to_dict(project.Project(base / SURVEY, mapping, mapping.settings),
                           relative_to=base)
    (base / MAPPING).write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return {"mapping": doc, "project": proj}


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def doc_case(d: fault_cases.Doc, base: Path, baseline: dict | None, kind: str) -> Case:
    """A damaged mapping (or project) file, analysed with the small survey to a results file."""

    def setup(ctx: Ctx) -> list[str]:
        shutil.copy(base / SURVEY, ctx.inp / SURVEY)
        if kind == "mapping":
            (ctx.inp / MAPPING).write_bytes(d.data)
            ctx.sources += [ctx.inp / SURVEY, ctx.inp / MAPPING]
            return ["report", ctx.inp / SURVEY, "--mapping", ctx.inp / MAPPING, "--json",
                    ctx.out / "results.json", "-q"]
        (ctx.inp / PROJECT).write_bytes(d.data)
        ctx.sources += [ctx.inp / SURVEY, ctx.inp / PROJECT]
        return ["-c", PROJECT_DRIVER, ctx.inp / PROJECT, ctx.out / "results.json"]

    def check(ctx: Ctx, done) -> list[str]:
        problems = []
        line = done.stderr.strip()
        if done.returncode == 2 and "does not fit" in line:
            # a hand-edited column name the survey does not have: the survey and the column
            # are named, and --adapt (next year's matching) may find the column
            if SURVEY not in line:
                problems.append("a missing column without naming the survey")
        elif done.returncode == 2:
            name = MAPPING if kind == "mapping" else PROJECT
            if name not in line:
                problems.append(f"refusal does not name {name}")
            if SURVEY in line and SURVEY not in d.extra.get("value", ""):  # not the edit's
                problems.append("refusal names the survey")
            if "--adapt" in line and "not found" not in line and "no column" not in line.lower():
                problems.append("suggests --adapt")
            if d.key and d.key.rsplit(".", 1)[-1] not in line:
                problems.append(f"refusal does not name the key '{d.key}'")
            if d.ok is True:
                problems.append("a good file refused")
        if done.returncode == 0 and d.ok is False:
            problems.append("accepted without a word")
        if done.returncode == 0 and d.extra.get("same_as_base") and baseline is not None:
            got = json.loads((ctx.out / "results.json").read_text(encoding="utf-8"))
            if got.get("tables") != baseline.get("tables"):
                problems.append("results differ from the UTF-8 file's")
        return problems

    return Case(d.cls, d.name, setup, check, project=kind == "project")


def _complete(path: Path) -> bool:
    """A whole output: the workbook a readable zip, the results file valid JSON."""
    import json
    import zipfile

    try:
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                return z.testzip() is None
        json.loads(path.read_text(encoding="utf-8"))
        return True
    except (OSError, ValueError, zipfile.BadZipFile):
        return False



def run_case(case: Case, root: Path, index: int) -> tuple[Case, str, list[str]]:
    ctx = Ctx(root / f"case{index:04d}")
    try:
        args = case.setup(ctx)
        before = {p: digest(p) for p in ctx.sources}
        previous = {p: p.read_bytes() for p in ctx.previous}
        done = run_cli(ctx, args, case)
        problems = [f"exit {done.returncode}"] if done.returncode not in case.codes else []
        problems += [f"'{b}' in the output" for b in BAD if b in done.stderr + done.stdout]
        lines = done.stderr.strip().splitlines()
        if done.returncode not in (0, -9) and (len(lines) != 1 or not
                                               lines[0].startswith("clusterdesk: ")):
            problems.append(f"{len(lines)} lines on stderr")
        if done.returncode not in (0, -9) and case.names and not any(
                n in done.stderr for n in case.names):
            problems.append(f"names none of {case.names}")
        problems += [f"source changed: {p.name}" for p, h in before.items() if digest(p) != h]
        changed = [p for p, b in previous.items() if not p.is_file() or p.read_bytes() != b]
        # a kill after both outputs were replaced leaves the new pair: all or nothing is the rule
        if done.returncode != 0 and not (done.returncode == -9 and changed
                                         and len(changed) == len(previous)
                                         and all(_complete(p) for p in changed)):
            problems += [f"previous {p.name} changed" for p in changed]
        problems += case.check(ctx, done)
        if done.returncode == -9:  # killed: the next run must clear what it left
            again = run_cli(ctx, args, Case(case.cls, case.name, case.setup, case.check))
            if again.returncode != 0:
                problems.append(f"the run after the kill: exit {again.returncode}")
        problems += ctx.leftovers()
        outcome = {0: "exit 0", 2: "refused (2)", 130: "stopped (130)",
                   -9: "killed, cleared"}.get(done.returncode, f"exit {done.returncode}")
        detail = (done.stderr.strip().splitlines() or [""])[-1][:160]
        return case, outcome, [*problems, detail] if problems else []
    except Exception as exc:  # noqa: BLE001 - a broken case is reported, the campaign goes on
        return case, "harness error", [f"{type(exc).__name__}: {exc}"]
    finally:
        ctx.teardown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="about 145 cases (default about 350)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", help="run only the classes containing this text")
    args = parser.parse_args()
    # started as a shell's background job, Ctrl-C is ignored here and in every child
    signal.signal(signal.SIGINT, signal.default_int_handler)
    rng = random.Random(args.seed)
    root = Path(tempfile.mkdtemp(prefix="fault-campaign-"))
    start = time.monotonic()
    try:
        docs = prepare(root / "base", small=300)
        base = root / "base"
        baseline_ctx = Ctx(root / "baseline")
        shutil.copy(base / SURVEY, baseline_ctx.inp / SURVEY)
        run_cli(baseline_ctx, ["report", baseline_ctx.inp / SURVEY, "--mapping", base / MAPPING,
                               "--json", baseline_ctx.out / "results.json", "-q"], None)
        baseline = json.loads((baseline_ctx.out / "results.json").read_text(encoding="utf-8"))
        cases = [doc_case(d, base, baseline, "mapping")
                 for d in fault_cases.mapping_docs(docs["mapping"], rng, args.quick)]
        cases += [doc_case(d, base, None, "project")
                  for d in fault_cases.project_docs(docs["project"], rng, args.quick)]
        cases += fault_faults.fault_cases(base, rng, args.quick, SURVEY, MAPPING)
        if args.only:
            cases = [c for c in cases if args.only in c.cls]
        with ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(lambda ic: run_case(ic[1], root, ic[0]), enumerate(cases)))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report(results, time.monotonic() - start)
    return 1 if any(p for _, _, p in results) else 0


def report(results, seconds: float) -> None:
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for case, outcome, problems in results:
        table[case.cls]["FAIL" if problems else outcome] += 1
    columns = ["exit 0", "refused (2)", "stopped (130)", "killed, cleared", "FAIL"]
    columns += sorted({k for c in table.values() for k in c} - set(columns))
    width = max(len(c) for c in table) + 2
    print("class".ljust(width) + "".join(c.rjust(17) for c in columns))
    for cls in sorted(table):
        print(cls.ljust(width) + "".join(str(table[cls][c] or "").rjust(17) for c in columns))
    failures = [(c, p) for c, _, p in results if p]
    print(f"\n{len(results)} cases, {len(failures)} failures, {seconds:.0f} s")
    for case, problems in failures:
        print(f"FAIL [{case.cls}] {case.name}: " + "; ".join(problems))


if __name__ == "__main__":
    sys.exit(main())
