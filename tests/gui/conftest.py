"""Shared GUI fixtures: QSettings in tmp_path (never the user's), the demo paths, and small real
survey files (English and Norwegian) written with openpyxl."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from clusterdesk.paths import demo_mapping as _demo_mapping
from clusterdesk.paths import demo_survey as _demo_survey


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    """Every GUI test gets empty settings in its own folder (IniFormat)."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("ClusterDesk")
    qapp.setApplicationName("ClusterDesk")
    yield folder


@pytest.fixture
def demo_survey() -> Path:
    return _demo_survey()


@pytest.fixture
def demo_mapping() -> Path:
    return _demo_mapping()


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


@pytest.fixture
def english_xlsx(tmp_path) -> Path:
    """Two sheets, the first hidden; two title lines above the header (header on row 3)."""
    return write_xlsx(tmp_path / "survey_en.xlsx", survey_rows(ENGLISH), title_rows=2,
                      hidden_first=True)


@pytest.fixture
def norwegian_xlsx(tmp_path) -> Path:
    return write_xlsx(tmp_path / "undersøkelse_nb.xlsx", survey_rows(NORWEGIAN, seed=11))
