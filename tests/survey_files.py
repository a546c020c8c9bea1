"""Small real firm surveys (English and Norwegian) written with openpyxl, for the wizard's tests
with and without Qt."""

from __future__ import annotations

import random
from pathlib import Path

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
