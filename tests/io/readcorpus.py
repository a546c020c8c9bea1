"""A corpus of generated workbooks for checking that a faster reading path gives the same table:
columns mixing text and numbers, numbers stored as text, dates, times, durations, booleans, error
cells, blanks and empty-string cells, whitespace-only text, formulas with and without cached
values, ragged rows, fewer than / exactly / just over the first rows that travel as they are,
title rows, two header rows, wide sheets, extreme floats."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.io import xlsxkit

FLOATS = [12.0, 3, -7.25, 0.1, 1e308, -1e308, 5e-324, 123456789012.0, 0, 2.0**53, -0.0, 1 / 3]
TEXTS = ["Oslo", "Bergen", "Tromsø", " Oslo ", "Rest of Norway", "東京", "😀 emoji", "a\nb",
         "Ja", "Nei", "Vet ikke", "x" * 300]
NUMBER_TEXTS = ["12", "3,5", "1 000", "7.5", "-4", "n/a", "12 %"]
KINDS = ("float", "int", "text", "numtext", "date", "datetime", "time", "duration", "bool",
         "error", "blank", "empty", "space", "formula")


def cell(kind: str, rng: random.Random):
    if kind == "float":
        return rng.choice(FLOATS)
    if kind == "int":
        return rng.randrange(-1000, 100_000)
    if kind == "text":
        return rng.choice(TEXTS)
    if kind == "numtext":
        return rng.choice(NUMBER_TEXTS)
    if kind == "date":
        return dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    if kind == "datetime":
        return dt.datetime(2021, 3, 4, 12, 30, 15) + dt.timedelta(minutes=rng.randrange(10**6))
    if kind == "time":
        return dt.time(rng.randrange(24), rng.randrange(60), rng.randrange(60))
    if kind == "duration":
        return dt.timedelta(hours=rng.randrange(80), minutes=rng.randrange(60))
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "error":
        return rng.choice(["#N/A", "#DIV/0!"])
    if kind == "blank":
        return None
    if kind == "empty":
        return ""
    if kind == "space":
        return rng.choice([" ", "  ", "\t"])
    return "=1+1"  # a formula openpyxl stores without a result


def column_kinds(rng: random.Random) -> list[str]:
    """One column's mix: often one kind, sometimes a main kind with a few others."""
    main = rng.choice(KINDS)
    shape = rng.random()
    if shape < 0.45:
        return [main]
    if shape < 0.8:
        return [main] * 20 + [rng.choice(KINDS)]
    return [main, rng.choice(KINDS), rng.choice(KINDS)]


def write_book(path: Path, rows: list[list]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def generated(folder: Path, seed: int, n_rows: int, width: int, layout: str,
              ragged: bool = False) -> Path:
    """One survey-like sheet: a header in ``layout`` (plain, titled, two, none) and
    ``n_rows`` rows of columns of random mixes."""
    rng = random.Random(seed)
    mixes = [column_kinds(rng) for _ in range(width)]
    head: list[list] = []
    if layout == "titled":
        head = [["Survey of firms 2024 (export)"], []]
    if layout == "two":
        head = [[f"Group {j // 3}" if j % 3 == 0 else None for j in range(width)]]
    if layout != "none":
        head.append([f"Q{j} question" for j in range(width)])
    body = []
    for _ in range(n_rows):
        row = [cell(rng.choice(mix), rng) for mix in mixes]
        if ragged and rng.random() < 0.3:
            row = row[:rng.randrange(1, width + 1)]
        if rng.random() < 0.03:
            row = [None] * len(row)  # a blank row inside the answers
        body.append(row)
    return write_book(folder / f"gen_{seed}_{layout}_{n_rows}x{width}.xlsx", head + body)


BLANK_LIKE = ["n/a", "NA", "N/A", "null", "NULL", "nan", "None", " ", "#N/A"]


def one_kind_cell(kind: str, rng: random.Random):
    """A cell of ``kind``, or (``blanklike``) a text some readers take for a blank."""
    return rng.choice(BLANK_LIKE) if kind == "blanklike" else cell(kind, rng)


def one_kind_columns(folder: Path, seed: int, n_rows: int, width: int, layout: str) -> Path:
    """Columns of one kind each (numbers, texts or booleans) with blank, error and formula cells
    among them, as most survey exports are: the sheets the reading child takes the quick way."""
    rng = random.Random(seed)
    bases = ["float", "int", "text", "bool", "blank"]
    shapes = [[], ["blank"], ["blank", "error"], ["formula"], ["empty"]]
    if seed % 3 == 0:  # texts like "n/a" or spaces, among numbers and blanks or in other columns
        bases += ["space", "numtext"]
        shapes.append(["blank", "blanklike"])
    kinds = [rng.choice(bases) for _ in range(width)]
    holes = [rng.choice(shapes) for _ in range(width)]
    head: list[list] = [[], ["Survey of firms"]] if layout == "titled" else []
    head.append([f"Q{j}" for j in range(width)])
    body = []
    for _ in range(n_rows):
        row = [one_kind_cell(rng.choice(hole) if hole and rng.random() < 0.2 else kind, rng)
               for kind, hole in zip(kinds, holes, strict=True)]
        body.append(row)
    if layout == "tail":  # rows below the answers whose cells hold no value
        body += [[None] * width for _ in range(3)]
    name = f"kinds_{seed}_{layout}_{n_rows}x{width}.xlsx"
    if layout == "inline":  # texts kept in the sheet itself, not in shared strings
        return xlsxkit.write_xlsx(folder / name, [("Data", xlsxkit.sheet_xml(
            xlsxkit.rows_xml(head + [[int(c) if isinstance(c, bool) else c for c in r]
                                     for r in body])))])
    return write_book(folder / name, head + body)


def cached_formulas(folder: Path, n_rows: int) -> Path:
    """Hand-made XML: formulas with cached numbers and texts, one without a result, error
    cells typed as errors, inline and shared strings, a text holding an escaped control."""
    shared = ["Oslo", "Bergen", "", " "]
    out = ['<row r="1">' + "".join(
        f'<c r="{xlsxkit.col(j)}1" t="inlineStr"><is><t>{name}</t></is></c>'
        for j, name in enumerate(["Total", "Label", "Missing", "Error", "Town", "Odd"], 1))
        + "</row>"]
    for i in range(2, n_rows + 2):
        cells = [f'<c r="A{i}"><f>B{i}*2</f><v>{i * 1.5}</v></c>',
                 f'<c r="B{i}" t="str"><f>"x"&amp;{i}</f><v>x{i}</v></c>',
                 f'<c r="C{i}"><f>1+1</f></c>' if i % 4 else f'<c r="C{i}"><v>{i}</v></c>',
                 f'<c r="D{i}" t="e"><v>#N/A</v></c>' if i % 3 else f'<c r="D{i}"><v>1</v></c>',
                 f'<c r="E{i}" t="s"><v>{i % len(shared)}</v></c>',
                 f'<c r="F{i}" t="inlineStr"><is><t>a_x0000_b{i % 2}</t></is></c>']
        out.append(f'<row r="{i}">{"".join(cells)}</row>')
    return xlsxkit.write_xlsx(folder / f"formulas_{n_rows}.xlsx",
                              [("Data", xlsxkit.sheet_xml("".join(out)))],
                              shared=xlsxkit.shared_strings(shared))


def corpus(folder: Path) -> list[Path]:
    """Every generated workbook of the corpus."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    seed = 0
    for n_rows in (5, 58, 59, 60, 61, 62, 150, 1200):
        for layout in ("plain", "titled", "two", "none"):
            seed += 1
            files.append(generated(folder, seed, n_rows, 9, layout, ragged=seed % 3 == 0))
    for seed in range(100, 106):  # wide sheets, ragged and not
        files.append(generated(folder, seed, 140, 90, "plain", ragged=seed % 2 == 0))
    for kind in KINDS:  # a whole body of one kind under a text header
        rng = random.Random(kind)
        rows = [["Firm", kind]] + [[f"F{i}", cell(kind, rng)] for i in range(130)]
        files.append(write_book(folder / f"only_{kind}.xlsx", rows))
    for n_rows in (58, 59, 60, 61, 200, 3000):
        for layout in ("plain", "titled", "tail", "inline"):
            seed += 1
            files.append(one_kind_columns(folder, seed, n_rows, 12, layout))
    files += [cached_formulas(folder, n) for n in (10, 59, 60, 61, 300)]
    return files
