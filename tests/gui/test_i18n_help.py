"""Help inside the program: the Help menu (User guide on F1, What's This, About), and a tooltip
and What's-This text on every control of every wizard page and on every tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QTabBar,
    QWidget,
    QWizard,
)

from clusterdesk.gui.help import GuideWindow
from tests.gui.wizard_helpers import TIMEOUT, screenshot_tour, window

ROOT = Path(__file__).resolve().parents[2]
CONTROLS = (QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)


def test_help_menu_has_guide_on_f1_whats_this_and_about(qtbot):
    w = window(qtbot)
    help_menu = next(a.menu() for a in w.menuBar().actions()
                     if a.menu() is not None and w.act_about in a.menu().actions())
    assert w.act_guide in help_menu.actions() and w.act_whats_this in help_menu.actions()
    assert w.act_guide.shortcut().toString() == "F1"
    assert w.act_whats_this.isCheckable()  # Qt's What's-This mode action
    w.act_guide.trigger()  # F1's action (key routing to menu actions is not tested offscreen)
    qtbot.waitUntil(lambda: any(isinstance(t, GuideWindow) and t.isVisible()
                                for t in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    guide = next(t for t in QApplication.topLevelWidgets() if isinstance(t, GuideWindow))
    assert "Table 5" in guide.browser.toPlainText()
    guide.close()


def _unexplained(top: QWidget) -> list[str]:
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) and widget.parent() is top:
            continue  # QWizard's own Back/Next/Cancel (Analyse is checked below)
        if isinstance(widget, QHeaderView | QTabBar) or widget.objectName().startswith("qt_") \
                or isinstance(widget.parent(), QComboBox | QTabBar):
            continue  # parts of a table, combo box or tab bar, not controls of their own
        if not widget.toolTip() or not widget.whatsThis():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"{getattr(widget, 'text', lambda: '')()!r}")
    for bar in top.findChildren(QTabBar):
        if bar.isVisibleTo(top):
            for i in range(bar.count()):
                if not bar.tabToolTip(i) or not bar.tabWhatsThis(i):
                    missing.append(f"tab {bar.tabText(i)!r}")
    return missing


def test_every_wizard_control_and_tab_is_explained(qtbot):
    w = window(qtbot)
    w.resize(1280, 800)
    gaps: dict[str, list[str]] = {}
    for step, top in screenshot_tour()(w, lambda cond: qtbot.waitUntil(cond, timeout=TIMEOUT)):
        if step.startswith("wizard"):
            if step == "wizard-review":
                finish = top.button(QWizard.WizardButton.FinishButton)
                assert finish.toolTip() and finish.whatsThis()
            missing = _unexplained(top.currentPage())
        elif step.startswith("tab-"):
            bar = w.workspace.tabs.tabBar()
            missing = [f"tab {bar.tabText(i)!r}" for i in range(bar.count())
                       if not bar.tabToolTip(i) or not bar.tabWhatsThis(i)]
        else:
            missing = _unexplained(w.start_page)
        if missing:
            gaps[step] = missing
    w.runner.cancel()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=TIMEOUT)
    assert not gaps, gaps
