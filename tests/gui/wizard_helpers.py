"""Driving the import wizard as an analyst would (shared by the wizard tests)."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from clusterdesk.gui.main_window import MainWindow

TIMEOUT = 30000

ENGLISH = {
    "headers": ["Firm ID", "Region", "Sector", "Ownership", "Number of employees",
                "Q7a Most demanding customers", "Q7b Most advanced suppliers",
                "Q7c Toughest competitors", "Q7d Most qualified labour",
                "Q7e Most relevant research institutions", "Q7f Access to capital",
                "Q10 New or improved product", "Q11 Product new to the market"],
    "regions": ["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"],
    "sectors": ["Manufacturing", "Services", "Construction"],
    "ownership": ["Norwegian", "Partly foreign", "Fully foreign"],
    "where": ["In the region", "Elsewhere in Norway", "Abroad", "Don't know"],
    "yes_no": ["Yes", "No"],
}
NORWEGIAN = {
    "headers": ["Løpenummer", "Byregion", "Næring", "Eierskap", "Antall ansatte",
                "Hvor er de mest krevende kundene?", "Hvor er de mest avanserte leverandørene?",
                "Hvor er de tøffeste konkurrentene?", "Hvor finner dere best kvalifisert "
                "arbeidskraft?", "Hvor er de mest relevante forskningsinstitusjonene?",
                "Hvor får dere tilgang til kapital?",
                "Har bedriften introdusert nye eller forbedrede produkter?",
                "Var produktet nytt for markedet?"],
    "regions": ["Oslo", "Bergen", "Stavanger", "Trondheim", "Resten av landet"],
    "sectors": ["Industri", "Tjenester", "Bygg og anlegg"],
    "ownership": ["Norsk", "Delvis utenlandsk", "Helt utenlandsk"],
    "where": ["I regionen", "Ellers i Norge", "Utlandet", "Vet ikke"],
    "yes_no": ["Ja", "Nei"],
}


def survey_rows(lang: dict, n: int = 80, seed: int = 7) -> list[list[object]]:
    """A small firm survey: one header row and n firms (every answer spelled as `lang` says)."""
    rnd = random.Random(seed)
    rows: list[list[object]] = [list(lang["headers"])]
    for i in range(n):
        product = rnd.choice(lang["yes_no"])
        rows.append([1000 + i, rnd.choice(lang["regions"]), rnd.choice(lang["sectors"]),
                     rnd.choice(lang["ownership"]), rnd.randint(10, 400)]
                    + [rnd.choice(lang["where"]) for _ in range(6)]
                    + [product, rnd.choice(lang["yes_no"])])
    return rows


def write_xlsx(path: Path, rows: list[list[object]], title_rows: int = 0,
               hidden_first: bool = False) -> Path:
    """Write the survey to `path`; optionally after title lines and behind a hidden lookup
    sheet (as survey tools do), with the data sheet active."""
    from openpyxl import Workbook

    wb = Workbook()
    data = wb.active
    data.title = "Data"
    for t in range(title_rows):
        data.append([f"Firm survey 2025 — export line {t + 1}"])
    for row in rows:
        data.append(row)
    if hidden_first:
        lookup = wb.create_sheet("Lookup", 0)
        lookup.append(["code", "label"])
        lookup.append([1, "In the region"])
        lookup.sheet_state = "hidden"
        wb.active = 1
    wb.save(path)
    return path


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
