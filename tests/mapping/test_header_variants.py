"""Header detection on generated exports: title lines, a question over sub-questions (merged
cells or plain blanks) with the lower row blank or filled, Norwegian and English, number and
text answers, .xlsx and .csv; and plain one-row files that must stay one row.

Each variant is written to a real file and read back through `suggest_file`, as `map` and
`inspect` do, and through `io.read` without a header (its own detection, same rule). The
expected header rows and column names are worked out here from how the file was written (spec
section 4: an upper cell names the columns of its run, parts joined " - ").
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

import clusterdesk.io as io
from clusterdesk.mapping.suggest import suggest_file

TEXTS = {
    "en": {"title": "Survey 2025 export", "printed": "Printed 3 May 2025",
           "singles": ["Firm ID", "Region", "Industry sector", "Ownership", "Employees",
                       "Education of the chief executive", "Position in a group",
                       "University educated (%)", "R&D expenditure (%)", "Founded",
                       "Exports (%)", "Turnover (MNOK)", "Age of the chief executive"],
           "question": "Where are the following located?",
           "subs": ["Demanding customers", "Advanced suppliers", "Toughest competitors",
                    "Qualified employees", "Research institutions", "Access to capital",
                    "Partners", "Owners", "Investors"],
           "after": ["New product?", "Comment"], "filler": "Response",
           "places": ["In the region", "Elsewhere in Norway", "Abroad", "Don't know"],
           "regions": ["Oslo", "Bergen", "Trondheim"], "yes_no": ["Yes", "No"]},
    "nb": {"title": "Bedriftsundersøkelsen 2025 - eksport", "printed": "Skrevet ut 3. mai 2025",
           "singles": ["Foretaks-ID", "Region", "Næring", "Eierskap", "Antall ansatte",
                       "Lederens utdanning", "Konsernstatus", "Andel med høyere utdanning (%)",
                       "FoU-utgifter (%)", "Etablert", "Eksportandel (%)", "Omsetning (mill. kr)",
                       "Lederens alder"],
           "question": "Hvor holder følgende til?",
           "subs": ["Krevende kunder", "Avanserte leverandører", "Tøffeste konkurrenter",
                    "Kvalifiserte ansatte", "Forskningsmiljøer", "Tilgang på kapital",
                    "Samarbeidspartnere", "Eiere", "Investorer"],
           "after": ["Nytt produkt?", "Kommentar"], "filler": "Svar",
           "places": ["I regionen", "Ellers i Norge", "I utlandet", "Vet ikke"],
           "regions": ["Oslo", "Bergen", "Trondheim"], "yes_no": ["Ja", "Nei"]},
}


@dataclass(frozen=True)
class Variant:
    fmt: str = "xlsx"  # xlsx (merged or not, see `merged`) or csv
    lang: str = "en"
    titles: int = 0  # 0: none; 1: a title; 2: title + blank; 3: title + printed date + blank
    before: int = 8  # single columns left of the grouped block
    block: int = 5  # sub-questions in the block; 0 = a plain one-row header
    after: int = 0  # single columns right of the block (0-2)
    blocks: int = 1  # how many grouped blocks (each with its own question)
    lower: str = "blank"  # blank or filler ("Response") under the single columns
    merged: bool = True
    numeric: bool = False  # sub-question answers as scores 1-5 instead of places
    vertical: bool = False  # xlsx: each single column's name merged over both header rows
    rows: int = 25


def _answers(v: Variant, kind: str, rnd: random.Random, i: int) -> object:
    t = TEXTS[v.lang]
    if kind == "Firm ID" or kind == t["singles"][0]:
        return i + 1
    if kind in TEXTS[v.lang]["singles"][4:5] + TEXTS[v.lang]["singles"][7:]:
        return rnd.randint(5, 900) if i % 7 else rnd.randint(5, 900) + 0.5
    if kind in ("Comment", "Kommentar"):
        return rnd.choice([None, "ok", "fine"])
    if kind == "sub":
        return rnd.randint(1, 5) if v.numeric else rnd.choice(t["places"])
    if kind in ("New product?", "Nytt produkt?"):
        return rnd.choice(t["yes_no"])
    return rnd.choice(t["regions"] if kind == "Region" else ["A", "B", "C"])


def _layout(v: Variant) -> tuple[list[object], list[object], list[str], list[str]]:
    """(upper row, lower row, expected names, kinds of answer per column)."""
    t = TEXTS[v.lang]
    upper: list[object] = []
    lower: list[object] = []
    names: list[str] = []
    kinds: list[str] = []
    two = v.block > 0

    def single(name: str) -> None:
        upper.append(name)
        filler = t["filler"] if v.lower == "filler" else None
        lower.append(filler)
        names.append(f"{name} - {filler}" if filler and two else name)
        kinds.append(name)

    for name in t["singles"][:v.before]:
        single(name)
    for b in range(v.blocks if two else 0):
        question = t["question"] if b == 0 else f"{t['question']} ({b + 1})"
        for k, sub in enumerate(t["subs"][:v.block]):
            upper.append(question if k == 0 else None)
            lower.append(sub)
            names.append(f"{question} - {sub}")
            kinds.append("sub")
    for name in t["after"][:v.after]:
        single(name)
    if not two:
        lower = []
    return upper, lower, names, kinds


def write(v: Variant, folder: Path) -> tuple[Path, int, int, list[str]]:
    """The file, its header row (1-based), header rows and the column names a person reads."""
    t = TEXTS[v.lang]
    upper, lower, names, kinds = _layout(v)
    titles: list[list[object]] = [[t["title"]], [t["printed"]], []][:v.titles]
    if v.titles == 2:
        titles = [[t["title"]], []]
    rnd = random.Random(hash(v) % 1000)
    data = [[_answers(v, k, rnd, i) for k in kinds] for i in range(v.rows)]
    header = [upper, lower] if lower else [upper]
    path = folder / f"variant.{v.fmt}"
    if v.fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            for row in titles + header + data:
                w.writerow(["" if c is None else c for c in row])
    else:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        for row in titles + header + data:
            ws.append(row)
        if v.merged and lower:
            top = len(titles) + 1
            j = 0
            while j < len(upper):
                end = j + 1
                while end < len(upper) and upper[end] is None:
                    end += 1
                if end - j > 1:
                    ws.merge_cells(start_row=top, start_column=j + 1, end_row=top,
                                   end_column=end)
                elif v.vertical:
                    ws.merge_cells(start_row=top, start_column=j + 1, end_row=top + 1,
                                   end_column=j + 1)
                j = end
        wb.save(path)
    return path, len(titles) + 1, len(header), names


VARIANTS = [
    Variant(),
    Variant(merged=False),
    Variant(fmt="csv"),
    Variant(lang="nb"),
    Variant(lang="nb", fmt="csv", titles=2),
    Variant(titles=1),
    Variant(titles=2, merged=False),
    Variant(titles=3, lang="nb"),
    Variant(before=13, block=9),  # the export of issue 15: "Column 14" ... "Column 22"
    Variant(before=13, block=9, merged=False, titles=2, lang="nb"),
    Variant(before=13, block=9, fmt="csv", numeric=True),
    Variant(before=6, block=9, after=2),
    Variant(before=1, block=2),
    Variant(before=1, block=6, fmt="csv"),
    Variant(before=10, block=2, merged=False),
    Variant(before=12, block=3, after=1, fmt="csv", lang="nb"),
    Variant(before=2, block=4, after=2, titles=2, fmt="csv"),
    Variant(before=6, block=3, blocks=2),
    Variant(before=9, block=3, blocks=3, after=1, fmt="csv", lang="nb"),
    Variant(numeric=True),
    Variant(numeric=True, fmt="csv", titles=3),
    Variant(numeric=True, lang="nb", merged=False, before=13, block=4),
    Variant(lower="filler"),
    Variant(lower="filler", fmt="csv", lang="nb", before=13, block=9),
    Variant(lower="filler", titles=2, after=1, merged=False),
    Variant(before=11, block=5, after=1, rows=6),
    Variant(vertical=True, after=2),
    Variant(vertical=True, before=13, block=9, titles=2, lang="nb"),
    Variant(before=13, block=9, after=2, blocks=2, titles=3, lang="nb", numeric=True),
    # plain one-row headers: the first row below is data and stays data
    Variant(block=0, before=13, after=2),
    Variant(block=0, before=13, after=2, fmt="csv", lang="nb"),
    Variant(block=0, before=6, titles=2),
    Variant(block=0, before=8, after=1, titles=3, fmt="csv"),
    Variant(block=0, before=2, after=2, rows=4),
    Variant(block=0, before=13, after=2, rows=3, lang="nb", titles=1),
]


@pytest.mark.parametrize("v", VARIANTS, ids=lambda v: "-".join(
    f"{k}={getattr(v, k)}" for k in v.__dataclass_fields__
    if getattr(v, k) != getattr(Variant(), k)) or "default")
def test_header_rows_and_names(v, tmp_path):
    path, row, rows, names = write(v, tmp_path)
    raw, sug = suggest_file(path)
    src = sug.mapping.source
    assert (src.header_row, src.header_rows) == (row, rows), sug.header_reason
    assert raw.columns == names
    assert raw.n_rows == v.rows
    assert str(row + rows - 1) in sug.header_reason
    if row > 1:
        assert "title line" in sug.header_reason
    if rows == 2 and v.lower == "blank":
        assert sug.header_kind == "grouped"
        assert sug.header_reason.startswith(f"Rows {row}-{row + 1} hold the header: a question")
    # reading without a mapping (io's own detection, e.g. a mapping file without header_row)
    # takes the same rows by the same rule
    table = io.read(path)
    assert (table.report.header_row, table.report.header_rows) == (row, rows)
    assert table.columns == names


PLACES = ["In the region", "Abroad", "Elsewhere in Norway"]


def _rows(n: int, first: list[object] | None = None) -> list[list[object]]:
    """n answer rows: id, region, three location answers, a yes/no."""
    rnd = random.Random(n)
    out = [[i + 1, rnd.choice(["Oslo", "Bergen"]), *(rnd.choice(PLACES) for _ in range(3)),
            rnd.choice(["Yes", "No"])] for i in range(n)]
    return ([first] if first else []) + out


@pytest.mark.parametrize(("grid", "row", "rows"), [
    # the question's sub-questions below it, blank under the single columns
    ([["ID", "Region", "Where are they located?", None, None, "New product?"],
      [None, None, "Customers", "Suppliers", "Research", None], *_rows(8)], 1, 2),
    # the id is the only single column, and a title line and a blank row above
    ([["Survey 2025 export"], [], ["ID", "Hvor holder de til?", None, None, None, None],
      [None, "Kunder", "Leverandører", "Konkurrenter", "Forskning", "Kapital"],
      *_rows(8)], 3, 2),
    # a title of two cells straight over a header filled everywhere: a title, not a question
    ([["Survey 2025 export", "Printed 3 May 2025"],
      ["ID", "Region", "Customers", "Suppliers", "Research", "New product?"], *_rows(8)], 2, 1),
    # a header with an unnamed column over text answers: the answers repeat down the column
    ([["ID", "Region", "Customers", None, None, "New product?"], *_rows(8)], 1, 1),
    # first answer row blank under the single columns: answers repeat along it and down
    ([["ID", "Region", "Where are they located?", None, None, "New product?"],
      *_rows(8, [None, None, "Abroad", "Abroad", "In the region", None])], 1, 1),
    # numbers under a question row's blanks are answers, never sub-question names
    ([["ID", "Region", "Scores", None, None, "Total"], [None, None, 3, 4, 5, None],
      [1, "Oslo", 2, 3, 1, 6], [2, "Bergen", 5, 5, 4, 14]], 1, 1),
    # a filled lower row ("Response") under the single columns, as SurveyMonkey writes it
    ([["ID", "Region", "Where are they located?", None, None, "New product?"],
      ["Response", "Response", "Customers", "Suppliers", "Research", "Response"],
      *_rows(8)], 1, 2),
])
def test_header_guess_on_grids(grid, row, rows):
    from clusterdesk.io.header import detect_header as io_detect_header
    from clusterdesk.mapping.suggest_header import detect_header

    guess = detect_header(grid)
    assert (guess.header_row, guess.header_rows) == (row, rows), guess.reason
    assert io_detect_header(grid) == (row, rows)
