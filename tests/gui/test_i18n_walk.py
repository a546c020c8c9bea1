"""In Norwegian, the walk of the demo (start page, every wizard page, every result tab) leaves no
English text in what the analyst sees: labels, buttons, tabs, group titles, table headers and
cells, menus, tooltips and What's-This texts. Texts from the survey itself (column names,
answers, the file name) are data and are left as they are; so are a few terms (ALLOWED).

English is recognised by common English words that are not Norwegian words (ENGLISH), which is
independent of the .ts file: a text nobody wrapped in tr() is caught as well as an untranslated
one.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from clusterdesk import io
from clusterdesk.gui.main_window import MainWindow
from clusterdesk.paths import demo_survey
from tests.gui.wizard_helpers import TIMEOUT, screenshot_tour

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {"cis", "clusterdesk", "n", "logit", "probit", "log-likelihood", "likelihood", "aic",
           "mcfadden", "pseudo", "pearson", "fisher", "wilson", "hc1", "utf-8", "bom", "cp1252",
           "latin-1", "utf-16", "mac", "roman", "windows", "spss", "stata", "excel", "csv",
           "json", "png", "svg", "xlsx", "ctrl"}
ENGLISH = set("""
the of and with your which this that are is was were be been has have not each every from what
when where who how show open save file files choose column columns answer answers share shares
firm firms table tables total average missing yes no sample innovation innovations cluster
clusters regression outcome outcomes settings help about guide user report export mapping load
sheet header row rows cancel next back finish close copy chart error errors standard sector
ownership employees customers suppliers competitors research access none only or on it its as
survey question questions preview encoding delimiter weight level education manager effects
ratios coefficients intervals interval factors warning warnings analysed coded unclassified
intermediate scope class recent quit order drag up down item items needed optional sure
assistant changed chosen blank different frequent shown counting coding reading stopped
meaning means assigned values value number numbers percent industry product process radical
location international national non-regional demanding advanced toughest qualified relevant
institutions capital expenditure controls enter baseline largest errors model-based
""".split())
WORD = re.compile(r"[A-Za-zÆØÅæøåÀ-ÿ][A-Za-zÆØÅæøåÀ-ÿ'’-]*")
TAG = re.compile(r"<[^>]+>")


def _survey_texts() -> list[str]:
    """Column names and answers of the demo file, longest first (they are removed from a text
    before it is judged: survey data is shown as the file has it)."""
    raw = io.read(demo_survey(), sheet="Data")
    texts = {str(c) for c in raw.columns} | {demo_survey().name, demo_survey().stem}
    for col in raw.data.columns:
        if raw.data[col].dtype == object:
            texts |= {str(v) for v in raw.data[col].dropna().unique() if len(str(v)) > 1}
    return sorted(texts, key=len, reverse=True)


def english_words(text: str, data: list[str]) -> list[str]:
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    text = TAG.sub(" ", text).replace("&", "")
    words = [w.strip("'’-").lower() for w in WORD.findall(text)]
    return [w for w in words if w in ENGLISH and w not in ALLOWED]


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything an analyst can read in `top` and its visible children."""
    out: list[tuple[str, str]] = [("window title", top.windowTitle())]
    widgets = [top] + [w for w in top.findChildren(QWidget) if w.isVisibleTo(top)]
    for w in widgets:
        name = type(w).__name__
        for kind, text in (("tooltip", w.toolTip()), ("what's this", w.whatsThis())):
            if text:
                out.append((f"{name} {kind}", text))
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out.extend((f"{name} item", w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out.append(("tab", w.tabText(i)))
                out.append(("tab tooltip", w.tabToolTip(i)))
                out.append(("tab what's this", w.tabWhatsThis(i)))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root = QModelIndex()
            try:
                cols = min(model.columnCount(root), 40)
            except TypeError:  # a list model: one column, its columnCount is private
                cols = 1
            rows = min(model.rowCount(root), 40)
            for c in range(cols):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    out.append(("column header", str(model.headerData(
                        c, Qt.Orientation.Horizontal, role) or "")))
            for r in range(rows):
                out.append(("row header", str(model.headerData(
                    r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")))
                for c in range(cols):
                    index = model.index(r, c)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            out.append(("cell", value))
    if hasattr(top, "menuBar"):
        def menu_texts(menu: QMenu, path: str) -> None:
            for action in menu.actions():
                out.append((f"menu {path}", action.text()))
                out.append((f"menu {path} tooltip",
                            action.toolTip() if action.toolTip() != action.text().replace(
                                "&", "") else ""))
                if action.menu() is not None:
                    menu_texts(action.menu(), path + " ▸ " + action.text())

        for action in top.menuBar().actions():
            out.append(("menu bar", action.text()))
            if action.menu() is not None:
                menu_texts(action.menu(), action.text())
    return [(where, text) for where, text in out if text and text.strip()]


def english_left(qtbot) -> dict[str, set[str]]:
    """Walk the demo in the installed language; step -> English texts found."""
    data = _survey_texts()
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    found: dict[str, set[str]] = {}
    for step, top in screenshot_tour()(w, lambda cond: qtbot.waitUntil(cond, timeout=TIMEOUT)):
        left = {f"{where}: {text!r}" for where, text in visible_texts(top)
                if english_words(text, data)}
        if left:
            found[step] = left
    w.runner.cancel()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=TIMEOUT)
    for widget in QApplication.topLevelWidgets():
        if widget is not w and widget.isVisible():
            widget.close()
    return found


def test_the_detector_sees_english_and_spares_norwegian_and_data():
    data = ["Q1 City region", "Rest of Norway"]
    assert english_words("Open the survey", data) == ["open", "the", "survey"]
    assert english_words("Åpne undersøkelsen", data) == []
    assert english_words("Region: kolonne «Q1 City region»", data) == []
    assert english_words("Rest of Norway", data) == []
    assert english_words("<b>2 002 foretak</b> blir analysert (logit, CIS)", data) == []
    assert english_words("&Next >", data) == ["next"]


def test_norwegian_walk_leaves_no_english(qtbot, norwegian):
    found = english_left(qtbot)
    report = "\n".join(f"{step}: {text}" for step, texts in found.items() for text in
                       sorted(texts))
    assert not found, f"{sum(map(len, found.values()))} English texts left:\n{report}"
