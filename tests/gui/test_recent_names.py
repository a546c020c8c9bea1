"""Recent files that share a name: each shown with as much of its folder as tells it apart, the
full path in the tooltip (the start page's list and the File menu's Open recent)."""

from __future__ import annotations

import os

from clusterdesk.gui import recent
from clusterdesk.gui.main_window import MainWindow
from clusterdesk.gui.start_page import StartPage


def _texts(page: StartPage) -> list[str]:
    return [page.recent_list.item(i).text() for i in range(page.recent_list.count())]


def test_same_names_show_the_folders_that_tell_them_apart(qtbot, tmp_path):
    paths = [tmp_path / "2023" / "exports" / "survey.xlsx",
             tmp_path / "2024" / "exports" / "survey.xlsx",
             tmp_path / "2024" / "old" / "survey.xlsx",
             tmp_path / "2024" / "exports" / "other.csv"]
    for p in paths:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    for p in reversed(paths):  # the newest first: the order of ``paths``
        recent.add_recent(recent.RecentFile(str(p), sheet="Data" if p.suffix == ".csv" else None))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    two = os.path.join("2023", "exports"), os.path.join("2024", "exports")
    wanted = [f"survey.xlsx — {two[0]}", f"survey.xlsx — {two[1]}", "survey.xlsx — old",
              "other.csv"]
    assert _texts(w.start_page) == wanted[:3] + ["other.csv  (sheet Data)"]
    page = w.start_page.recent_list
    assert [page.item(i).toolTip() for i in range(page.count())] == [str(p) for p in paths]
    actions = w.recent_menu.actions()[:4]
    assert [a.text() for a in actions] == wanted
    assert [a.toolTip() for a in actions] == [str(p) for p in paths]
    assert w.recent_menu.toolTipsVisible()


def test_a_folder_inside_the_other_and_no_twin_keep_their_own_rule(qtbot, tmp_path):
    inner = tmp_path / "x" / "a" / "survey.xlsx"
    outer = tmp_path / "y" / "x" / "a" / "survey.xlsx"
    page = StartPage()
    qtbot.addWidget(page)
    page.set_recent([recent.RecentFile(str(inner)), recent.RecentFile(str(outer)),
                     recent.RecentFile(str(tmp_path / "alone.xlsx"))])
    # "a" and "x/a" are the same for both: the first differs only at tmp_path's own name
    assert _texts(page) == [f"survey.xlsx — {os.path.join(tmp_path.name, 'x', 'a')}",
                            f"survey.xlsx — {os.path.join('y', 'x', 'a')}", "alone.xlsx"]
    assert page.recent_list.item(0).toolTip().startswith(str(inner))  # and "no longer there"
