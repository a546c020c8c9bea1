"""The wizard's answer counts: blanks by the comparison rule, counted per distinct value."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clusterdesk.mapping.answers import CHUNK, answers_and_blanks, distinct, is_numeric


def blank_count(frame: pd.DataFrame, column: str) -> int:
    return answers_and_blanks(frame, column)[1]


def test_blank_count_follows_the_comparison_rule():
    cells = ["Ja", " ", "", None, np.nan, "nei", "  ", "Ja", 3, " ja "]
    frame = pd.DataFrame({"q": pd.Series(cells * 1000, dtype=object),
                          "n": [1.0, np.nan] * 5000})
    # by hand: None and NaN are missing; "", " " and "  " are blank text; the rest are answers
    assert blank_count(frame, "q") == 5 * 1000
    assert blank_count(frame, "n") == 5000
    assert blank_count(frame, "absent") == 0
    answers = {a.key: a.count for a in distinct(frame, ["q"])}
    assert answers["ja"] == 3000 and answers["nei"] == 1000
    assert answers_and_blanks(frame, "q")[0] == distinct(frame, ["q"])


def test_the_preview_keeps_the_most_frequent_answers_and_counts_them_all():
    """An id column: every answer once; the preview keeps the first 40 in order (count, then
    text), and still says how many different answers there are."""
    ids = [f"F{i:05d}" for i in range(5000)]
    frame = pd.DataFrame({"id": pd.Series(ids[::-1] + ["F00042", " f00042 ", None], dtype=object)})
    answers, blanks, n_distinct = answers_and_blanks(frame, "id", limit=40)
    assert (blanks, n_distinct) == (1, 5000)
    assert [(a.key, a.count) for a in answers] == (
        [("f00042", 3)] + [(f"f{i:05d}", 1) for i in range(41) if i != 42][:39])
    assert answers[0].text == "F00042"  # the most frequent spelling: twice against once
    assert answers == distinct(frame, ["id"])[:40]


def test_numbers_stored_as_an_object_column_count_as_numbers():
    """The manager-education column may hold levels as numbers: then it needs no code table."""
    numbers = pd.Series([1, 2.5, None, np.nan, 3] * (CHUNK // 2), dtype=object)
    assert is_numeric(numbers)
    assert is_numeric(pd.Series([1.0, np.nan]))  # a float column
    # one text answer in the last chunk, a yes/no column, no answer at all: not numbers
    assert not is_numeric(pd.concat([numbers, pd.Series(["Master"], dtype=object)]))
    assert not is_numeric(pd.Series([True, False, None], dtype=object))
    assert not is_numeric(pd.Series([None, np.nan] * CHUNK, dtype=object))


def test_big_columns_are_counted_in_chunks_with_the_same_counts(monkeypatch):
    from clusterdesk.mapping import answers as values

    rng = np.random.default_rng(3)
    cells = np.array(["Ja", "ja ", "Nei", "NEI", "Vet ikke", " ", None], dtype=object)
    column = pd.Series(cells[rng.integers(0, len(cells), 5003)], dtype=object)
    frame = pd.DataFrame({"q": column})
    whole = {a.key: a.count for a in distinct(frame, ["q"])}
    blanks = blank_count(frame, "q")
    monkeypatch.setattr(values, "CHUNK", 1000)  # six chunks, the last one short
    assert values.value_counts(column) == sorted(
        ((v, int(n)) for v, n in column.value_counts().items()), key=lambda kv: -kv[1])
    assert {a.key: a.count for a in distinct(frame, ["q"])} == whole
    assert blank_count(frame, "q") == blanks
    by_hand = {"ja": int(column.isin(["Ja", "ja "]).sum()),
               "nei": int(column.isin(["Nei", "NEI"]).sum()),
               "vet ikke": int((column == "Vet ikke").sum())}
    assert whole == by_hand
