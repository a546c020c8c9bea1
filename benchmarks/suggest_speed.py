"""Mapping-assistant speed on wide surveys, against pandas' own floor.

Survey: the demo survey's 19 columns (its first rows) followed by 1,981 more questions of the
kinds real exports hold (Likert scales in English and Norwegian, yes/no, numbers, free text,
location answers, dates), 2,000 columns in all, written to .xlsx in a temporary folder.
Measured: clusterdesk.mapping.suggest.suggest(raw) on the file as io.read returns it (reading is
timed separately and not part of the ratio).
Floor: pandas value_counts over every column of the same DataFrame: the least any
per-column summary has to do.
Prints the best of three runs of each and their ratio, for the demo and for 5 and 2,000 rows;
and suggest()'s first call in a fresh interpreter (answers and word checks are remembered
between calls, so later calls are quicker). Target: suggest under 1 s for 2,000 columns x 5
rows; the demo under 0.3 s. io.read's time is printed for information.

    .venv/bin/python benchmarks/suggest_speed.py [--rows 5,2000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = 2_000
RUNS = 3

_SUBJECTS = ["product quality", "delivery times", "public support schemes", "the local council",
             "broadband", "access to venture capital", "the tax system", "digital tools",
             "kundeservice", "samarbeid med andre bedrifter", "offentlige virkemidler",
             "tilgang på arbeidskraft", "sustainability reporting", "export markets",
             "patenter", "opplæring av ansatte", "the university college", "trade fairs"]
_STEMS = ["How satisfied are you with {}?", "How important is {} for your firm?",
          "Hvor fornøyd er dere med {}?", "Hvor viktig er {} for bedriften?",
          "Kor viktig er {} for verksemda?", "Has {} changed in the last year?",
          "Comments on {}", "Har dere brukt {} siste år?", "Hours spent on {} per week",
          "Where do you find {}?", "When did you last review {}?"]
_LIKERT_EN = ["Very important", "Quite important", "Neither", "Not very important",
              "Not at all important", "Don't know"]
_LIKERT_NB = ["Svært fornøyd", "Fornøyd", "Verken eller", "Misfornøyd", "Svært misfornøyd",
              "Vet ikke"]
_YES_NO = ["Yes", "No", "Ja", "Nei", "Don't know"]
_LOCATION = ["In the region", "Elsewhere in Norway", "Abroad", "Don't know"]


def wide_frame(rows: int, columns: int = COLUMNS, seed: int = 11):
    """The demo's columns and then realistic extra questions, ``columns`` wide."""
    import datetime as dt

    import pandas as pd

    from clusterdesk import io, paths

    rnd = random.Random(seed)
    demo = io.read(paths.demo_survey()).data
    base = demo.sample(n=rows, replace=rows > len(demo), random_state=seed)
    data: dict[str, list] = {c: base[c].tolist() for c in demo.columns}
    block = 0
    while len(data) < columns:
        block += 1
        subject = rnd.choice(_SUBJECTS)
        stem = rnd.choice(_STEMS)
        header = f"Q{20 + block}_{rnd.randint(1, 9)} " + stem.format(subject)
        kind = rnd.choice(["likert_en", "likert_nb", "yes_no", "number", "number", "text",
                           "location", "date", "code"])
        if kind == "likert_en":
            vals = [rnd.choice(_LIKERT_EN) for _ in range(rows)]
        elif kind == "likert_nb":
            vals = [rnd.choice(_LIKERT_NB) for _ in range(rows)]
        elif kind == "yes_no":
            vals = [rnd.choice(_YES_NO[:2] if rnd.random() < .5 else _YES_NO[2:])
                    for _ in range(rows)]
        elif kind == "number":
            vals = [round(rnd.lognormvariate(3, 1.5), rnd.choice([0, 1, 2])) for _ in range(rows)]
        elif kind == "text":
            vals = [f"{rnd.choice(_SUBJECTS)} {rnd.randint(0, 10**6)} works well"
                    if rnd.random() < .7 else None for _ in range(rows)]
        elif kind == "location":
            vals = [rnd.choice(_LOCATION) for _ in range(rows)]
        elif kind == "date":
            vals = [dt.datetime(2025, 1, 1) + dt.timedelta(minutes=rnd.randint(0, 500_000))
                    for _ in range(rows)]
        else:
            vals = [rnd.choice([1, 2, 3, 4, 5, 9]) for _ in range(rows)]
        name = header
        while name in data:
            name += "+"
        data[name] = vals
    return pd.DataFrame(data)


def write_wide(path: Path, rows: int, columns: int = COLUMNS) -> Path:
    """Write the wide survey as .xlsx (openpyxl write-only: one row at a time)."""
    from openpyxl import Workbook

    frame = wide_frame(rows, columns)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(list(frame.columns))
    cols = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in frame]
    for row in zip(*cols, strict=True):
        ws.append([None if isinstance(v, float) and v != v else v for v in row])
    wb.save(path)
    return path


def best_of(fn, runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def floor(raw) -> None:
    for col in raw.data.columns:
        raw.data[col].value_counts(dropna=True)


def first_call(path: Path) -> float:
    """suggest() once in a fresh interpreter (scipy and pandas already imported, as in the app
    after the file was read): what the analyst waits for, before any answer is remembered."""
    code = ("import sys, time, scipy.optimize; from clusterdesk import io; "
            "from clusterdesk.mapping.suggest import suggest; raw = io.read(sys.argv[1]); "
            "t = time.perf_counter(); suggest(raw); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, check=True)
    return float(out.stdout.split()[-1])


def measure(path: Path, label: str) -> None:
    from clusterdesk import io
    from clusterdesk.mapping.suggest import suggest

    start = time.perf_counter()
    raw = io.read(path)
    read = time.perf_counter() - start
    t_floor = best_of(lambda: floor(raw))
    t_suggest = best_of(lambda: suggest(raw))
    t_first = first_call(path)
    print(f"{label:<20} {raw.data.shape[1]:>5} cols {raw.data.shape[0]:>5} rows | "
          f"io.read {read:6.2f} s | floor {t_floor:6.3f} s | suggest first {t_first:6.3f} s, "
          f"best {t_suggest:6.3f} s | ratio first {t_first / t_floor:5.1f}, "
          f"best {t_suggest / t_floor:5.1f}")


def main(argv: list[str] | None = None) -> int:
    from clusterdesk import paths

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="5,2000", help="row counts of the wide files")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the wide files in")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        measure(paths.demo_survey(), "demo")
        for rows in (int(r) for r in args.rows.split(",")):
            path = folder / f"wide_{COLUMNS}x{rows}.xlsx"
            if not path.exists():
                write_wide(path, rows)
            measure(path, path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
