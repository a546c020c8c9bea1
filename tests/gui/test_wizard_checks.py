"""Issue 15 points 1 and 3 in the wizard: what the assistant could only guess (factors taken by
their position in a numbered block, an education order it could not derive) is listed on the
review page, and no longer once the analyst has chosen otherwise."""

from __future__ import annotations

import random

from tests.gui.wizard_helpers import (
    ENGLISH,
    close_wizard,
    next_page,
    open_wizard,
    survey_rows,
    window,
    write_xlsx,
)

LEVELS = ["Level A", "Level B", "Level C"]  # no ladder ClusterDesk knows: the order is a guess


def _survey(tmp_path):
    rows = survey_rows(ENGLISH)
    rows[0][5:11] = [f"Sp7_{i}" for i in range(1, 7)]
    rnd = random.Random(5)
    rows[0].append("Education of the CEO")
    for row in rows[1:]:
        row.append(rnd.choice([*LEVELS, "Don't know"]))
    return write_xlsx(tmp_path / "blocks.xlsx", rows)


def _checks(wiz) -> list[str]:
    items = wiz.review_page.checks
    return [items.item(i).text() for i in range(items.count())]


def test_review_page_lists_the_guesses_to_check(qtbot, tmp_path):
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, _survey(tmp_path))
    next_page(qtbot, wiz)
    next_page(qtbot, wiz)
    codes = wiz.codes_page
    assert sorted(codes.education.items()) == LEVELS  # "Don't know" is no level
    assert "is a guess" in codes.education_note.text()
    next_page(qtbot, wiz)
    checks = _checks(wiz)
    assert len(checks) == 2, checks
    assert "Sp7_1, Sp7_2, Sp7_3, Sp7_4, Sp7_5, Sp7_6" in checks[0]
    assert "Sp7_1 = Demanding customers" in checks[0]
    assert "Education of the CEO" in checks[1] and "is a guess" in checks[1]
    assert sorted(wiz.mapping.codes.manager_education) == LEVELS

    wiz.back()  # the analyst sets the order the questionnaire gives
    wiz.back()
    wiz.mapping.codes.manager_education = list(reversed(LEVELS))
    next_page(qtbot, wiz)
    next_page(qtbot, wiz)
    checks = _checks(wiz)
    assert len(checks) == 1 and "Sp7_1" in checks[0]
    close_wizard(qtbot, wiz)
