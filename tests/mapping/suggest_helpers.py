"""Builders for the mapping-assistant tests: real RawTables from plain columns of answers."""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd

from clusterdesk.io.table import ImportReport, RawTable

LOCATIONS_NB = ["I regionen", "Ellers i Norge", "I utlandet", "Vet ikke"]
LOCATIONS_NN = ["I regionen", "Elles i Noreg", "Utanfor Noreg", "Veit ikkje"]
LOCATIONS_EN = ["Within our region", "Elsewhere in the country", "Abroad", "Not sure"]


def raw_table(columns: dict[str, list], labels: dict[str, str] | None = None,
              path: str = "survey.xlsx") -> RawTable:
    df = pd.DataFrame(columns)
    return RawTable(Path(path), list(df.columns), df, ImportReport(header_row=1),
                    labels=labels or {})


def firm_survey(style: str, n: int = 80, seed: int = 3) -> dict[str, list]:
    """A small firm survey worded as Norwegian (bokmål/nynorsk) or English exports word it."""
    rnd = random.Random(seed)

    def pick(values):
        return [rnd.choice(values) for _ in range(n)]

    if style == "nb":
        loc, yn = LOCATIONS_NB, ["Ja", "Nei", "Vet ikke"]
        names = ["Løpenr", "Byregion", "Næring", "Konsernstatus", "Eierskap", "Antall ansatte",
                 "Andel ansatte med høyere utdanning (%)", "FoU-utgifter i % av omsetning",
                 "Daglig leders utdanning",
                 "Sp7_1 Hvor befinner seg de mest krevende kundene",
                 "Sp7_2 Hvor befinner seg de mest avanserte leverandørene",
                 "Sp7_3 Hvor befinner seg de tøffeste konkurrentene",
                 "Sp7_4 Hvor finner dere den best kvalifiserte arbeidskraften",
                 "Sp7_5 Hvor befinner seg de mest relevante forskningsinstitusjonene",
                 "Sp7_6 Hvor får dere tilgang på kapital",
                 "Sp10 Har bedriften introdusert nye eller vesentlig forbedrede varer eller "
                 "tjenester", "Sp11 Nytt for markedet",
                 "Sp12 Nye eller vesentlig forbedrede prosesser", "Sp13 Ny for bransjen", "Vekt"]
        cats = (["Oslo", "Bergen", "Stavanger", "Trondheim", "Resten av landet"],
                ["Industri", "Tjenester", "Handel"], ["Morselskap", "Datterselskap", "Uavhengig"],
                ["Norsk", "Delvis utenlandsk", "Helt utenlandsk"],
                ["Grunnskole", "Videregående skole", "Høgskole/bachelor", "Master/hovedfag",
                 "Doktorgrad"])
    elif style == "nn":
        loc, yn = LOCATIONS_NN, ["Ja", "Nei", "Veit ikkje"]
        names = ["Lnr", "Fylke", "Bransje", "Tilknyting til konsern", "Eigarskap",
                 "Talet på tilsette", "Del tilsette med høgare utdanning",
                 "FoU i prosent av omsetnaden", "Utdanningsnivået til dagleg leiar",
                 "Kvar er dei mest krevjande kundane?",
                 "Kvar er dei mest avanserte leverandørane?",
                 "Kvar er dei tøffaste konkurrentane?",
                 "Kvar finn de den best kvalifiserte arbeidskrafta?",
                 "Kvar er dei mest relevante forskingsinstitusjonane?",
                 "Kvar får de tilgang på kapital?",
                 "Har verksemda innført nye eller forbetra varer eller tenester?",
                 "Var vara eller tenesta ny for marknaden?",
                 "Har verksemda innført nye eller forbetra prosessar?",
                 "Var prosessen ny for bransjen?", "Vekt"]
        cats = (["Vestland", "Rogaland", "Trøndelag", "Resten av landet"],
                ["Industri", "Tenester", "Handel"], ["Morselskap", "Dotterselskap", "Sjølvstendig"],
                ["Norsk", "Delvis utanlandsk", "Heilt utanlandsk"],
                ["Grunnskule", "Vidaregåande skule", "Høgskule", "Hovudfag/master"])
    else:
        loc, yn = LOCATIONS_EN, ["Yes", "No", "Don't know"]
        names = ["Firm ID", "City region", "Industry sector (NACE)",
                 "Position in capital group", "Ownership", "Number of employees",
                 "% of employees with university education", "R&D expenditure (% of turnover)",
                 "Education of the CEO", "Q7a Most demanding customers",
                 "Q7b Most advanced suppliers", "Where are your toughest competitors located?",
                 "Q7d Most qualified employees", "Q7e Most relevant research institutions",
                 "Q7f Access to capital", "Q10 New or significantly improved products",
                 "Q11 Was the product new to your market?",
                 "Q12 New or significantly improved processes",
                 "Q13 Was the process new to your industry?", "Survey weight"]
        cats = (["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"],
                ["Manufacturing", "Services", "Trade"], ["Parent", "Subsidiary", "Independent"],
                ["Norwegian", "Partly foreign", "Fully foreign"],
                ["Primary school", "Upper secondary", "Bachelor", "Master or higher"])
    values = [list(range(1001, 1001 + n)), pick(cats[0]), pick(cats[1]), pick(cats[2]),
              pick(cats[3]), [rnd.randint(5, 900) for _ in range(n)],
              [rnd.randint(0, 100) for _ in range(n)], [round(rnd.random() * 12, 1) for _ in range(n)],
              pick(cats[4])] + [pick(loc) for _ in range(6)] + [pick(yn) for _ in range(4)] + \
             [[round(0.5 + rnd.random(), 3) for _ in range(n)]]
    return dict(zip(names, values, strict=True))


EXPECTED_ROLES = ["firm_id", "region", "sector", "dependence", "ownership", "employees",
                  "pct_university", "pct_rd", "manager_education", "customers", "suppliers",
                  "competitors", "labour", "research", "capital", "product",
                  "product_new_to_market", "process", "process_new_to_industry", "weight"]
