"""The table is built in pieces of rows (so the window's thread gets the GIL between them); the
pieces must not change a cell, a blank row or a column's type."""

from __future__ import annotations

import pandas as pd

import clusterdesk.io as io
from clusterdesk.io import frame
from clusterdesk.paths import demo_survey


def test_pieces_of_seven_rows_read_the_demo_like_one_piece(monkeypatch, tmp_path):
    whole = io.read(demo_survey())
    # the CSV path too, with a blank row and an error value in it
    csv = tmp_path / "s.csv"
    lines = ["Firm,Size,Region"] + [f"F{i},{i},Oslo" for i in range(20)]
    lines[5] = ",,"  # a blank row
    lines[9] = "F8,#N/A,Oslo"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole_csv = io.read(csv)
    monkeypatch.setattr(frame, "_ROWS_PER_CALL", 7)
    pieces = io.read(demo_survey())
    pieces_csv = io.read(csv)
    pd.testing.assert_frame_equal(pieces.data, whole.data)
    pd.testing.assert_frame_equal(pieces_csv.data, whole_csv.data)
    assert whole_csv.n_rows == 19 and whole_csv.report.blank_rows_dropped == 1
    assert pieces_csv.file_rows.tolist() == whole_csv.file_rows.tolist()
    assert (pieces.report.error_cells, pieces_csv.report.error_cells) == (
        whole.report.error_cells, whole_csv.report.error_cells)
    assert whole_csv.report.error_cells == 1


def test_a_column_of_numbers_is_converted_in_pieces_to_the_same_type(monkeypatch):
    """A workbook column of whole numbers becomes int64, with a blank float64: as one call."""
    monkeypatch.setattr(frame, "_ROWS_PER_CALL", 4)
    for cells in ([1, 2, 3] * 5, [1, 2, None] * 5, [1.5, 2, 3] * 5):
        column = pd.Series(cells, dtype=object, name="n")
        converted = frame._numeric_if_clean(column)
        pd.testing.assert_series_equal(converted, pd.to_numeric(column, errors="coerce"))
    text = pd.Series(["1", 2] * 5, dtype=object)
    assert frame._numeric_if_clean(text) is text  # text stays as read


def test_columns_travel_from_the_reading_child_as_arrow(monkeypatch, tmp_path):
    """Rows the child writes as Arrow columns come back in the parent cell for cell (a column
    array each, sliced by rows as the reader does): numbers as float64, text as a dictionary of
    its distinct values, a column that mixes kinds as a union, every cell the same Python value
    of the same type."""
    import datetime as dt

    import numpy as np
    import pyarrow as pa

    from clusterdesk.io import arrow_cells, contain

    monkeypatch.setattr(contain, "HEAD_ROWS", 2)
    mixed = ["", 3.5, "n/a", True, dt.datetime(2024, 5, 1, 12, 30), dt.date(2024, 5, 2),
             dt.time(8, 15), 7, dt.timedelta(days=2), -0.0, "Oslo"]
    rows = [["Firm", "Size", "Region", "Mixed"]] + [
        [f"F{i}", float(i), "Oslo" if i % 2 else "", mixed[i]] for i in range(11)]
    out = str(tmp_path / "cells.arrow")
    reply = contain._rows_reply([list(r) for r in rows], out)
    reply.table = arrow_cells.read(out)
    kinds = [reply.table.column(j).type for j in range(4)]
    assert kinds[1] == pa.float64() and pa.types.is_dictionary(kinds[0])
    assert pa.types.is_dictionary(kinds[2]) and pa.types.is_union(kinds[3])
    back = contain.cells(reply)
    assert back.shape == (12, 4) and back.tolist() == rows
    assert [type(c) for c in back[:, 3]] == [str] + [type(c) for c in mixed]
    assert all(isinstance(c, np.ndarray) and c.dtype == object for c in back.columns)
    assert back[3:5].tolist() == rows[3:5] and back[:, 1].tolist() == [r[1] for r in rows]
    # whole numbers in a column of numbers arrive as floats, as they always did
    ints = [["Code"]] + [[i] for i in range(5)]  # 0 in the first rows, which go as they are
    reply = contain._rows_reply(ints, out)
    reply.table = arrow_cells.read(out)
    cells = contain.cells(reply)[:, 0].tolist()
    assert cells == ["Code", 0, 1.0, 2.0, 3.0, 4.0]
    assert [type(c) for c in cells] == [str, int, float, float, float, float]
