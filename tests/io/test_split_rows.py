"""A line break inside an unquoted answer splits a row of a CSV in two: the parts are joined again
with a warning naming the lines, and files whose short lines mean something else are left as
they are."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

import clusterdesk.io as io
from clusterdesk.errors import UserError
from clusterdesk.io import delimited

HEADER = ["id", "region", "sector", "employees", "note", "product"]


def _rows(n: int, rng: random.Random) -> list[list[str]]:
    return [[str(i + 1), rng.choice(["Oslo", "Bergen", "Molde"]), rng.choice(["A", "B"]),
             str(rng.randrange(1, 500)), rng.choice(["fine", "ok then", ""]),
             rng.choice(["Yes", "No"])] for i in range(n)]


def _write(path: Path, rows: list[list[str]], end: str = "\r\n") -> None:
    path.write_bytes(end.join(",".join(r) for r in [HEADER] + rows).encode("utf-8") + b"\r\n")


@pytest.mark.parametrize("seed", range(6))
def test_a_line_break_inside_an_unquoted_answer_is_joined_again(tmp_path: Path, seed: int):
    rng = random.Random(seed)
    rows = _rows(200, rng)
    broken = rng.sample(range(5, 195), 2)
    written = [list(r) for r in rows]
    for k in broken:  # the break goes into a text field, cut somewhere inside it
        j = rng.choice([1, 2, 4])
        text = written[k][j] or "x"
        rows[k][j] = text
        at = rng.randrange(1, len(text)) if len(text) > 1 else 1
        written[k][j] = text[:at] + rng.choice(["\n", "\r\n", "\r"]) + text[at:]
        rows[k][j] = text[:at] + " " + text[at:]
    path = tmp_path / "survey.csv"
    _write(path, written)
    table = io.read(path)
    assert len(table.data) == 200
    # worked out here: the rows as written, the break read as a space
    got = table.data.astype(object).where(table.data.notna(), "").astype(str)
    for k in broken:
        assert got.iloc[k].tolist() == rows[k]
    (note,) = [w for w in table.report.warnings if "split over several lines" in w]
    assert "'survey.csv'" in note
    # row k is on line k + 2 of the file (the header is line 1), below an earlier split one more
    for before, k in enumerate(sorted(broken)):
        assert f"{k + 2 + before}-{k + 3 + before}" in note


def test_a_break_in_the_header_is_joined_too(tmp_path: Path):
    rows = _rows(50, random.Random(3))
    path = tmp_path / "survey.csv"
    path.write_text("id,reg\nion,sector,employees,note,product\n"
                    + "\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    table = io.read(path)
    assert table.columns == ["id", "reg ion", "sector", "employees", "note", "product"]
    assert len(table.data) == 50


def test_quoted_breaks_and_ragged_files_are_left_alone(tmp_path: Path):
    rng = random.Random(5)
    rows = _rows(100, rng)
    path = tmp_path / "quoted.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for r in rows:
            w.writerow(r[:4] + ["two\nlines, and a comma"] + r[5:])
    table = io.read(path)
    assert len(table.data) == 100
    assert (table.data["note"] == "two\nlines, and a comma").all()
    assert not any("split over" in w for w in table.report.warnings)
    # a file of many short rows (trailing answers left out by the tool) is not "repaired"
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("\n".join([",".join(HEADER)] + [",".join(r[:rng.choice([3, 4, 6])])
                                                      for r in rows]) + "\n", encoding="utf-8")
    table = io.read(ragged)
    assert len(table.data) == 100
    assert not any("split over" in w for w in table.report.warnings)


def test_the_count_carries_over_the_pieces_of_a_large_text(tmp_path: Path, monkeypatch):
    """Pieces of 1,000 characters (the reader decodes large files in pieces): lines and quoted
    fields that run over a piece's end are counted once."""
    monkeypatch.setattr(delimited, "PIECE", 1000)
    rng = random.Random(9)
    rows = _rows(400, rng)
    for r in rows[::7]:
        r[4] = '"said ""yes"",\nthen left"'
    written = [list(r) for r in rows]
    written[333][1] = written[333][1][:2] + "\n" + written[333][1][2:]
    path = tmp_path / "big.csv"
    _write(path, written)
    table = io.read(path)
    assert len(table.data) == 400
    assert table.data["region"].iloc[333] == rows[333][1][:2] + " " + rows[333][1][2:]
    (note,) = [w for w in table.report.warnings if "split over" in w]
    assert "335-336" in note


def test_a_too_long_field_after_a_ragged_row_is_one_message(tmp_path: Path):
    """A row longer than the first and a field past the csv module's limit: a message, not an
    internal error."""
    path = tmp_path / "long.csv"
    rows = _rows(20, random.Random(1))
    lines = [",".join(HEADER)] + [",".join(r) for r in rows]
    lines[5] += ",x" * 3 + ',"' + "y" * 200_000
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(UserError, match="'long.csv' is not a readable table"):
        io.read(path)


def test_a_row_of_thousands_of_fields_is_refused_in_seconds(tmp_path: Path):
    """Damage that turned one row into 12,000 fields: refused naming the row, not minutes of
    parsing; a stray delimiter or two still makes an unnamed column."""
    import time

    rows = _rows(30, random.Random(2))
    lines = [",".join(HEADER)] + [",".join(r) for r in rows]
    lines[4] += ",x" * 12_000
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(UserError, match="Row 5 of 'wide.csv' has 12,006 fields where most rows "
                                        "have 6"):
        io.read(path)
    assert time.monotonic() - started < 30
    lines[4] = ",".join(rows[3]) + ",stray"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = io.read(path)
    assert table.data.shape == (30, 7)


@pytest.mark.parametrize("share", [0.5, 0.02])
def test_rows_separated_by_another_delimiter_are_named(tmp_path: Path, share: float):
    rng = random.Random(4)
    rows = _rows(200, rng)
    other = set(rng.sample(range(200), max(1, int(200 * share))))
    lines = [",".join(HEADER)] + [";".join(r) if i in other else ",".join(r)
                                  for i, r in enumerate(rows)]
    path = tmp_path / "pieced.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = io.read(path)
    (note,) = [w for w in table.report.warnings if "instead of ','" in w]
    first = min(other) + 2  # the line of the first such row
    assert f"{len(other)} line(s) of 'pieced.csv'" in note and f"lines {first}" in note
    assert table.data.iloc[min(other), 0] == ";".join(rows[min(other)][:1] + rows[min(other)][1:])


def test_a_lone_carriage_return_in_a_ragged_file_is_a_line_break(tmp_path: Path):
    """A damaged byte become '\\r' inside a row that is longer than the first: the width is
    counted with '\\r' as a line break (as pandas reads it), not an internal error."""
    rows = _rows(40, random.Random(8))
    lines = [",".join(HEADER)] + [",".join(r) for r in rows]
    lines[9] = ",".join(rows[8][:3]) + "\r" + ",".join(rows[8][3:] + ["extra"] * 4)
    path = tmp_path / "damaged.csv"
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n")
    table = io.read(path)
    # worked out: row 9 becomes two rows (3 fields, then 7), the wider one makes a 7th column
    assert table.data.shape == (41, 7)
    assert any("more fields than the first row" in w for w in table.report.warnings)


def test_a_stray_quote_in_a_crlf_file_is_read_without_an_internal_error(tmp_path: Path):
    """Damaged bytes in a Windows (CRLF) file: a space became a quote inside an unquoted answer,
    so the rows after it look a field short. The check for rows in another delimiter then reads
    a line with its CR LF inside an open quote, which the csv module refuses ('new-line
    character seen in unquoted field'): the file is still read, or refused naming it."""
    rng = random.Random(3)
    rows = _rows(120, rng)
    for k in (40, 41, 90):
        rows[k][4] = 'ok"then'
    path = tmp_path / "damaged.csv"
    path.write_bytes("\r\n".join(",".join(r) for r in [HEADER] + rows).encode("utf-8") + b"\r\n")
    try:
        raw = io.read(path)
    except UserError as exc:
        assert "damaged.csv" in str(exc)
    else:
        assert list(raw.columns)[: len(HEADER)] == HEADER


def test_a_utf32_csv_is_read_without_a_nul_byte_warning(tmp_path: Path):
    """UTF-32's byte-order mark starts like UTF-16's: read as UTF-16, every character came with
    two zero bytes and a 'NUL bytes removed' warning."""
    rows = _rows(30, random.Random(1))
    text = "\r\n".join(",".join(r) for r in [HEADER] + rows) + "\r\n"
    for codec in ("utf-32-le", "utf-32-be"):
        path = tmp_path / f"{codec}.csv"
        bom = b"\xff\xfe\x00\x00" if codec.endswith("le") else b"\x00\x00\xfe\xff"
        path.write_bytes(bom + text.encode(codec))
        raw = io.read(path)
        assert list(raw.columns)[: len(HEADER)] == HEADER and len(raw.data) == 30
        assert not [w for w in raw.report.warnings if "NUL" in w]
        assert raw.data["region"].tolist() == [r[1] for r in rows]
