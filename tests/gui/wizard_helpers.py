"""Driving the import wizard as an analyst would (shared by the wizard tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from clusterdesk.gui.main_window import MainWindow
from tests.survey_files import ENGLISH, NORWEGIAN, survey_rows, write_xlsx  # noqa: F401

TIMEOUT = 30000

def window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_wizard(qtbot, w: MainWindow, path: Path):
    wiz = w.open_survey(path)
    assert wiz is not None
    qtbot.waitExposed(wiz)
    wait_complete(qtbot, wiz)
    return wiz


def wait_complete(qtbot, wiz) -> None:
    qtbot.waitUntil(lambda: wiz.currentPage().isComplete() or bool(error_boxes()),
                    timeout=TIMEOUT)
    assert not error_boxes(), error_boxes()[0].text()


def next_page(qtbot, wiz) -> None:
    button = wiz.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    before = wiz.currentId()
    button.click()
    qtbot.waitUntil(lambda: wiz.currentId() == before + 1, timeout=TIMEOUT)
    wait_complete(qtbot, wiz)


def error_boxes() -> list[QMessageBox]:
    return [b for b in QApplication.topLevelWidgets()
            if isinstance(b, QMessageBox) and b.isVisible()]


def finish(qtbot, w: MainWindow, wiz) -> None:
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        wiz.button(QWizard.WizardButton.FinishButton).click()
    settle(qtbot, w)


def settle(qtbot, w: MainWindow) -> None:
    """Wait for the results and for every background job, so none outlives the test."""
    qtbot.waitUntil(lambda: (w.results is not None or bool(error_boxes()))
                    and not w.runner.busy
                    and not getattr(w.workspace, "busy", False), timeout=TIMEOUT)
    assert not error_boxes(), error_boxes()[0].text()


def close_wizard(qtbot, wiz) -> None:
    wiz.runner.cancel()
    wiz.reject()
    wiz.runner.wait()


def screenshot_tour():
    """The walk of `make screenshots` (installer/screenshots.py), reused by the language tests."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "installer" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.tour
