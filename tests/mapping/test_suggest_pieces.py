"""A long column is profiled in pieces of rows (the window's thread gets its turn between them);
the pieces must give the profile one pass gives: counts, first spellings, order, numbers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

import clusterdesk.io as io
from clusterdesk.mapping import suggest_distinct
from clusterdesk.mapping import suggest_values as sv
from clusterdesk.paths import demo_survey


def _profiles(columns: dict[str, pd.Series]) -> dict:
    out = {}
    for pos, (name, series) in enumerate(columns.items()):
        p = sv.profile(name, pos, series)
        out[name] = (p.counts, p.shown, p.numbers, p.numeric_share, p.dates, p.location,
                     p.yes_no, list(p.counts))  # list(): the order too
    return out


def test_pieces_of_rows_profile_like_one_pass(monkeypatch):
    raw = io.read(demo_survey())
    columns = {c: raw.data[c] for c in raw.columns}
    # a mixed column (texts, numbers, a date, blanks) and text with spellings that normalise alike
    columns["mixed"] = pd.Series((["Ja", " ja", 3.0, None, np.nan, dt.date(2024, 1, 2), "JA"]
                                  * 300), dtype=object)
    columns["text"] = pd.Series(["Oslo", "oslo ", "Bergen", ""] * 500, dtype=object)
    whole = _profiles(columns)
    for rows in (7, 100):  # pieces counted cell by cell, and pieces pandas factorizes
        monkeypatch.setattr(suggest_distinct, "PIECE_ROWS", rows)
        assert _profiles(columns) == whole
    assert whole["text"][0] == {"oslo": 1000, "bergen": 500}
    assert whole["text"][1]["oslo"] == "Oslo"  # the first spelling, also across pieces


def test_the_number_range_is_worked_out_once_per_list_of_numbers():
    p = sv.ColumnProfile(name="n", position=0, n_rows=5, numbers=[3.0, -2.5, 7.0, 0.0])
    assert p.number_range == (-2.5, 7.0)
    p.numbers = [1.0]  # a new list: worked out again
    assert p.number_range == (1.0, 1.0)
    assert sv.ColumnProfile(name="e", position=1, n_rows=0).number_range == (0.0, 0.0)
