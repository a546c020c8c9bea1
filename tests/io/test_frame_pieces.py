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


def test_an_id_column_travels_from_the_reading_child_in_pieces(monkeypatch):
    """Rows packed by the child and unpacked by the parent come back cell for cell (a column
    array each, sliced by rows as the reader does), also when a column's distinct values go as
    several pickles."""
    import numpy as np

    from clusterdesk.io import contain

    monkeypatch.setattr(contain, "HEAD_ROWS", 2)
    monkeypatch.setattr(contain, "VALUES_PER_PICKLE", 3)
    rows = [["Firm", "Size", "Region"]] + [[f"F{i}", float(i), "Oslo" if i % 2 else ""]
                                           for i in range(11)]
    packed = contain.pack_columns([list(r) for r in rows])
    kinds = [c[0] for c in packed["columns"]]
    assert kinds == ["pieces", "f8", "codes"] and len(packed["columns"][0][1]) == 4  # 10 ids
    back = contain.unpack_columns(packed)
    assert back.shape == (12, 3) and back.tolist() == rows
    assert all(isinstance(c, np.ndarray) and c.dtype == object for c in back.columns)
    assert back[3:5].tolist() == rows[3:5] and back[:, 1].tolist() == [r[1] for r in rows]
    # codes take one byte up to 256 distinct values, two up to 65,536
    many = [["Code", "Size"]] + [[f"C{i % 300}", float(i)] for i in range(1000)]
    packed = contain.pack_columns([list(r) for r in many])
    assert len(packed["columns"][0][2]) == 2 * (1000 - 1)  # 300 values: uint16
    assert len(contain.pack_columns([list(r) for r in rows])["columns"][2][2]) == 10  # uint8
    assert contain.unpack_columns(packed).tolist() == many
