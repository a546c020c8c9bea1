"""The roles page counts a big column's answers off the GUI thread, and Next cancels it."""

from __future__ import annotations


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
    # Next while a preview is counted cancels it; Back counts it again. The count is made slow
    # (80 chunks of one row, 2 ms apart) so that Next comes before it ends.
    import time

    from clusterdesk.mapping import answers
    from clusterdesk.runtime import task

    monkeypatch.setattr(answers, "CHUNK", 1)
    monkeypatch.setattr(task, "pause", lambda: time.sleep(0.002))
    roles.choose("product", "")
    roles.choose("product", "Q10 New or improved product")
    assert "Counting" in roles.preview_note.text()
    next_page(qtbot, wiz)
    wiz.back()
    qtbot.waitUntil(lambda: roles.preview.rowCount() == 2, timeout=30000)
    assert roles.preview_title.text().endswith("'Q10 New or improved product'")
    close_wizard(qtbot, wiz)
