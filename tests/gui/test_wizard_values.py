"""The roles page's preview counts: blanks by the comparison rule, counted per distinct value."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clusterdesk.gui.wizard.values import blank_count, distinct


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


def test_a_big_column_is_counted_off_the_gui_thread(qtbot, english_xlsx, monkeypatch):
    """Above IN_PLACE_ROWS the preview says it is counting, then shows the same counts."""
    from collections import Counter

    from clusterdesk.gui.wizard import roles_page
    from tests.gui.wizard_helpers import (
        ENGLISH,
        close_wizard,
        next_page,
        open_wizard,
        survey_rows,
        window,
    )

    monkeypatch.setattr(roles_page, "IN_PLACE_ROWS", 10)  # the 80-firm file counts as big
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    next_page(qtbot, wiz)
    roles = wiz.roles_page
    roles.choose("product_new_to_market", "")
    roles.choose("product_new_to_market", "Q11 Product new to the market")
    assert roles.preview.rowCount() == 0 and "Counting" in roles.preview_note.text()
    qtbot.waitUntil(lambda: roles.preview.rowCount() == 2, timeout=30000)
    by_hand = Counter(r[12] for r in survey_rows(ENGLISH)[1:])
    shown = {roles.preview.item(i, 0).text(): int(roles.preview.item(i, 1).text())
             for i in range(2)}
    assert shown == dict(by_hand)
    assert "0 blank" in roles.preview_note.text()
    close_wizard(qtbot, wiz)


def test_big_columns_are_counted_in_chunks_with_the_same_counts(monkeypatch):
    from clusterdesk.gui.wizard import values

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
