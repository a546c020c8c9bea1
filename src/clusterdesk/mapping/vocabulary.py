"""The words the mapping assistant recognises, in English, bokmål, nynorsk, Spanish and German.

Kept apart from the scoring so that a new survey's wording is added here without touching logic.
A single-word entry matches a header word that starts with it ("kunde" matches "kundene"); an
entry with a space matches the phrase; an entry starting with "=" matches only the whole word
(short words like "id" or "by" would otherwise match far too much). Long entries also match
typos (see suggest_text.matches).
"""

from __future__ import annotations

# role -> (main words with their weight, modifier words that only add to a main match)
HEADER_WORDS: dict[str, tuple[dict[str, float], tuple[str, ...]]] = {
    "customers": ({"kunde": 0.9, "kundar": 0.9, "kunda": 0.9, "customer": 0.9, "client": 0.8, "buyer": 0.6,
                   "kjøper": 0.6, "kjøpar": 0.6, "oppdragsgiver": 0.7, "oppdragsgjevar": 0.7,
                   "abnehmer": 0.7, "comprador": 0.6},
                  ("demanding", "krevende", "krevjande", "important", "viktig", "exigente",
                   "anspruchsvoll", "wichtig")),
    "suppliers": ({"leverandør": 0.9, "leverandor": 0.9, "supplier": 0.9, "vendor": 0.7,
                   "underleverandør": 0.9, "subcontractor": 0.8, "proveedor": 0.9,
                   "lieferant": 0.9, "zulieferer": 0.9},
                  ("advanced", "avansert", "avanserte", "best", "avanzad", "fortschrittlich")),
    "competitors": ({"konkurrent": 0.9, "competitor": 0.9, "competition": 0.7,
                     "konkurranse": 0.7, "rival": 0.7, "competidor": 0.9,
                     "competencia": 0.7, "wettbewerb": 0.8, "mitbewerber": 0.9},
                    ("tough", "toughest", "tøffeste", "sterkeste", "strongest", "hardest", "fuerte",
                     "stärkste", "härteste")),
    "labour": ({"arbeidskraft": 0.9, "arbeidstaker": 0.8, "arbeidstakar": 0.8, "labour": 0.9, "labor": 0.9, "medarbeider": 0.7,
                "employee": 0.55, "ansatt": 0.55, "tilsett": 0.55, "staff": 0.55,
                "worker": 0.55, "personnel": 0.55, "personell": 0.55, "kompetanse": 0.5,
                "recruit": 0.5, "rekrutt": 0.5, "talent": 0.6, "skilled": 0.5,
                "mano de obra": 0.9, "trabajador": 0.55, "empleado": 0.55, "=personal": 0.55,
                "fachkräfte": 0.9, "fachkraft": 0.9, "arbeitskräfte": 0.9, "arbeitskraft": 0.9,
                "mitarbeiter": 0.55},
               ("qualified", "kvalifisert", "kvalifiserte", "skilled", "dyktig", "best", "cualificad",
                "calificad", "qualifiziert")),
    "research": ({"forskning": 0.8, "forsking": 0.8, "research": 0.8, "universitet": 0.6,
                  "university": 0.6, "kunnskapsinstitusjon": 0.9, "høgskole": 0.5,
                  "høyskole": 0.5, "sintef": 0.8, "institutt": 0.5, "institute": 0.5,
                  "=fou": 0.4, "=rnd": 0.4, "investigación": 0.8, "universidad": 0.6,
                  "forschung": 0.8, "hochschule": 0.5, "centros de investigación": 0.9,
                  "forschungseinrichtung": 0.9},
                 ("institution", "institusjon", "relevant", "partner", "miljø", "centro", "instituto",
                  "einrichtung")),
    "capital": ({"kapital": 0.9, "capital": 0.9, "finansiering": 0.8, "financing": 0.8,
                 "finance": 0.7, "funding": 0.8, "investor": 0.7, "=bank": 0.6, "banks": 0.6,
                 "=lån": 0.5, "loan": 0.6, "venture": 0.6, "egenkapital": 0.9, "money": 0.5,
                 "financiación": 0.8, "financiamiento": 0.8, "finanzierung": 0.8,
                 "=banco": 0.6, "préstamo": 0.6, "kredit": 0.6},
                ("access", "tilgang", "source", "kilde", "acceso", "zugang")),
    "region": ({"region": 0.75, "byregion": 1.0, "storbyregion": 1.0, "bu region": 1.0, "city region": 1.0, "fylke": 0.9,
                "=county": 0.9, "landsdel": 0.8, "kommune": 0.6, "municipality": 0.6,
                "=area": 0.4, "område": 0.5, "location": 0.45, "lokalisering": 0.5,
                "=city": 0.5, "=town": 0.4, "=by": 0.4, "=sted": 0.4, "=stad": 0.4,
                "geography": 0.5, "geografi": 0.5, "región": 0.75, "provincia": 0.7,
                "comunidad autónoma": 0.9, "departamento": 0.6, "municipio": 0.6,
                "bundesland": 0.9, "landkreis": 0.8, "=kreis": 0.6, "gemeinde": 0.6,
                "standort": 0.45, "ubicación": 0.45},
               ("city", "=by", "census")),
    "sector": ({"næring": 0.9, "naering": 0.9, "=nace": 1.0, "nace code": 1.0, "sector": 0.9,
                "sektor": 0.9, "bransje": 0.9, "industry": 0.8, "industri": 0.7, "=sni": 0.8,
                "=isic": 0.9, "activity": 0.4, "aktivitet": 0.4, "=branch": 0.6,
                "actividad": 0.4, "=rama": 0.6, "=ciiu": 0.9, "branche": 0.9,
                "wirtschaftszweig": 0.9, "=wz": 0.8},
               ("code", "kode", "main", "hoved", "código", "principal", "haupt")),
    "dependence": ({"konsern": 0.9, "capital group": 1.0, "=group": 0.5,
                    "group of companies": 1.0, "company group": 1.0, "corporate group": 1.0,
                    "business group": 1.0, "enterprise group": 1.0, "parent": 0.6,
                    "subsidiary": 0.8, "datterselskap": 0.9, "dotterselskap": 0.9,
                    "morselskap": 0.9, "dependence": 0.9, "dependent": 0.7,
                    "uavhengig": 0.7, "independent": 0.7, "selvstendig": 0.7,
                    "sjølvstendig": 0.7, "tilknytning": 0.6, "affiliation": 0.6,
                    "grupo empresarial": 1.0, "=grupo": 0.5, "unternehmensgruppe": 1.0,
                    "filial": 0.8, "matriz": 0.6, "tochterunternehmen": 0.9,
                    "tochtergesellschaft": 0.9, "muttergesellschaft": 0.9,
                    "independiente": 0.7, "unabhängig": 0.7},
                   ("status", "position", "posisjon")),
    "ownership": ({"eierskap": 1.0, "eigarskap": 1.0, "ownership": 1.0, "owner": 0.8,
                   "=eier": 0.8, "=eiere": 0.8, "eigar": 0.8, "=eid": 0.5, "=owned": 0.6,
                   "propiedad": 0.9, "propietario": 0.8, "capital extranjero": 1.0,
                   "eigentum": 0.9, "eigentümer": 0.8, "auslandsbeteiligung": 1.0},
                  ("foreign", "utenlandsk", "utanlandsk", "norsk", "norwegian", "extranjer",
                   "ausländisch")),
    "employees": ({"ansatte": 0.8, "=ansatt": 0.8, "employees": 0.8, "employee": 0.7,
                   "tilsette": 0.8, "sysselsatt": 0.9, "headcount": 1.0, "årsverk": 0.9,
                   "staff": 0.5, "workforce": 0.7, "=fte": 0.8, "=size": 0.4,
                   "størrelse": 0.4, "storleik": 0.4, "empleados": 0.8, "trabajadores": 0.7,
                   "personal ocupado": 0.9, "ocupados": 0.8, "beschäftigte": 0.8,
                   "mitarbeiter": 0.7, "tamaño": 0.4, "größe": 0.4},
                  ("number", "antall", "tal", "talet", "how many", "hvor mange", "kor mange", "número",
                   "cantidad", "anzahl", "zahl", "cuántos", "wie viele")),
    "pct_university": ({"universitet": 0.6, "university": 0.6, "university educated": 0.9,
                        "universitetsutdann": 0.9, "university degree": 0.9, "higher education": 0.9,
                        "høyere utdanning": 0.9, "høgare utdanning": 0.9, "høyere utd": 0.9,
                        "høgare utd": 0.9,
                        "høyere utdannelse": 0.9, "høgskole": 0.6, "høyskole": 0.6,
                        "tertiary": 0.8, "graduate": 0.6, "=degree": 0.5, "academic": 0.5,
                        "akademi": 0.5, "college": 0.5, "universitari": 0.8,
                        "educación superior": 0.9, "título universitario": 0.9,
                        "hochschulabschluss": 0.9, "akademiker": 0.8},
                       ("=%", "andel", "prosent", "share", "percent", "proportion", "=del",
                        "employees", "ansatte", "tilsette", "porcentaje", "proporción", "anteil",
                        "empleados", "beschäftigte", "mitarbeiter")),
    "pct_rd": ({"=fou": 0.9, "=rnd": 0.9, "research and development": 1.0,
                "forskning og utvikling": 1.0, "forsking og utvikling": 1.0,
                "r d": 0.9, "=i d": 0.9, "investigación y desarrollo": 1.0,
                "forschung und entwicklung": 1.0, "=fue": 0.9, "=f e": 0.9},
               ("utgift", "expenditure", "spending", "kostnad", "cost", "intensity",
                "turnover", "omsetning", "=%", "andel", "share", "prosent", "percent", "gasto",
                "ventas", "facturación", "porcentaje", "ausgaben", "aufwendungen", "umsatz",
                "anteil")),
    "weight": ({"weight": 1.0, "=vekt": 1.0, "vekting": 1.0, "vekter": 1.0, "=wgt": 0.9,
                "=wt": 0.6, "pweight": 1.0, "vektfaktor": 1.0, "ponderador": 1.0,
                "ponderación": 1.0, "=peso": 0.8, "factor de expansión": 1.0, "=fex": 0.8,
                "gewicht": 1.0, "hochrechnungsfaktor": 1.0}, ()),
    "firm_id": ({"=id": 0.9, "respondent": 0.7, "responseid": 0.9, "response id": 0.9,
                 "=orgnr": 1.0, "organisasjonsnummer": 1.0, "org nr": 1.0, "firm id": 1.0,
                 "løpenummer": 0.8, "løpenr": 0.8, "=lnr": 0.7, "=lopenr": 0.8, "serial": 0.6, "submission id": 0.8,
                 "=nr": 0.4, "identifier": 0.8, "=key": 0.3, "record": 0.4,
                 "identificador": 0.8, "=folio": 0.7, "kennung": 0.7, "kennnummer": 0.8,
                 "unternehmenskennung": 1.0, "betriebsnummer": 1.0, "unternehmensnummer": 1.0},
                ()),
}

# Words that make a count or share a part of the firm ("employees abroad", "women employees"):
# such a column is not the firm's number of employees.
SUBSET_WORDS = ("abroad", "utland", "utlandet", "overseas", "outside", "utenfor", "utanfor",
                "foreign", "extranjero", "=exterior", "ausland", "women", "female", "kvinne",
                "mujeres", "frauen", "part time", "deltid", "temporary", "midlertidig",
                "teilzeit", "temporal", "befristet")

# People other than the manager whose education a survey may ask about.
OTHER_PERSON_WORDS = ("board", "chair", "styreleder", "styreleiar", "styret", "founder",
                      "gründer", "grunnlegger", "fundador", "consejo", "presidente",
                      "aufsichtsrat", "respondent", "spouse")

# Manager's education needs both ideas: who (the manager) and what (education).
MANAGER_WORDS = ("daglig leder", "dagleg leiar", "manager", "=ceo", "chief executive",
                 "director", "direktør", "=leder", "=leders", "=leiar", "top management",
                 "toppleder", "=head", "adm dir", "administrerende", "=boss", "=md", "gerente",
                 "directivo", "=jefe", "geschäftsführ", "=leitung", "unternehmensleitung")
EDUCATION_WORDS = ("education", "utdanning", "utdannelse", "utdanning", "=degree",
                   "qualification", "skolegang", "educational", "educación", "formación",
                   "nivel educativo", "estudios", "bildung", "ausbildung", "abschluss")

# The four innovation questions are told apart by combinations of these ideas.
NEW_WORDS = ("=new", "=ny", "=nye", "=nytt", "=nyt", "improved", "forbedr", "forbetr", "innovat",
             "innovasjon", "fornya", "fornye", "endret", "introduc", "introdusert", "innført",
             "lansert", "launch", "changed", "novel", "produktinnov", "prosessinnov", "nuev",
             "mejorad", "innovación", "introdujo", "neu", "verbessert", "prozessinnov",
             "eingeführt")
PRODUCT_WORDS = ("product", "produkt", "=vare", "=varer", "=goods", "tjeneste", "teneste",
                 "service", "=bienes", "servicio", "=waren", "dienstleistung")
PROCESS_WORDS = ("process", "prosess", "=method", "methods", "metode", "=production method",
                 "proceso", "prozess", "verfahren", "método", "metodo")
MARKET_WORDS = ("market", "marked", "marknad", "mercado", "markt")
INDUSTRY_WORDS = ("industry", "bransje", "næring", "naering", "sector", "sektor", "industri",
                  "branche", "=rama")

# Answers. Phrases are matched like headers (prefix per word, "=" whole word, spaces = phrase).
MISSING_ANSWERS = ("vet ikke", "vet ikkje", "veit ikke", "veit ikkje", "kan ikke svare",
                   "don't know", "dont know", "do not know", "don t know", "not sure",
                   "unsure", "usikker", "=n/a", "=na", "=n a", "not applicable",
                   "not relevant", "ikke relevant", "ikkje relevant", "irrelevant",
                   "uaktuelt", "ikke aktuelt", "ikkje aktuelt", "no answer", "ubesvart",
                   "ikke svart", "unknown", "ukjent", "prefer not", "vil ikke svare",
                   "=missing", "=mangler", "=none", "=ingen", "no basis", "=dk", "=-",
                   "=.", "unfamiliar", "not answered", "=skip", "=skipped", "no sabe", "=ns nc",
                   "no responde", "no contesta", "no aplica", "=ns", "weiß nicht",
                   "weiss nicht", "keine angabe", "=k a", "nicht zutreffend",
                   "trifft nicht zu", "unbekannt", "desconocido")
LOCATION_ANSWERS: dict[str, tuple[str, ...]] = {
    "international": ("utland", "abroad", "international", "internasjonal", "foreign",
                      "utenlandsk", "utanlandsk", "other countr", "andre land", "overseas",
                      "outside norway", "utenfor norge", "utanfor noreg", "outside the country",
                      "utenfor landet", "utanfor landet", "world", "verden", "=europe",
                      "=europa", "global", "=eu", "outside norwegian", "worldwide",
                      "extranjero", "=exterior", "internacional", "otros países",
                      "fuera del país", "resto del mundo", "=mundo", "ausland", "weltweit",
                      "andere länder", "außerhalb deutschland", "ausserhalb deutschland"),
    "national": ("norge", "noreg", "norway", "country", "=landet", "national", "nasjonal",
                 "domestic", "innenlands", "innanlands", "=land", "elsewhere", "ellers",
                 "resten av", "rest of", "other parts", "andre deler", "andre steder",
                 "andre stader", "annet sted", "anna stad", "outside the region",
                 "utenfor regionen", "utanfor regionen", "outside our region", "en el país",
                 "=país", "resto del país", "nacional", "fuera de la región",
                 # the home country named in its own language: a Spanish file's "España"
                 "españa",
                 "in deutschland", "deutschland", "=inland",
                 "bundesweit", "außerhalb der region", "ausserhalb der region"),
    "regional": ("region", "local", "lokal", "nearby", "nærområde", "nærmiljø", "nær",
                 "kommune", "fylke", "county", "same city", "samme by", "same area",
                 "within", "innenfor", "innanfor", "=city", "=by", "=byen", "in our area",
                 "región", "provincia", "comunidad", "municipio", "misma ciudad", "bundesland",
                 "vor ort", "umgebung", "landkreis", "gleichen stadt"),
}
YES_ANSWERS = ("=yes", "=ja", "=y", "=j", "=true", "=sant", "=yep", "=yeah", "=yup", "=yea",
               "=yesss", "=yess", "=yes!", "=sure", "=absolutely", "=definitely", "=jo",
               "=jepp", "=japp", "=ok", "=x", "=selvsagt", "=sjølvsagt", "=avkrysset",
               "=checked", "=selected", "=valgt", "=sí", "=si")
NO_ANSWERS = ("=no", "=nei", "=n", "=false", "=usant", "=nope", "=nah", "=nay", "=never",
              "=aldri", "=not", "=ikke", "=ikkje", "=unchecked", "=not selected",
              "=ikke valgt", "=no!", "=nein")
FOREIGN_WORDS = ("foreign", "utenlandsk", "utanlandsk", "international", "internasjonal",
                 "abroad", "utland", "multinational", "extranjer", "internacional",
                 "multinacional", "ausländisch", "auslandisch")
NOT_FOREIGN_WORDS = ("=not foreign", "=ikke utenlandsk", "=no foreign")

# Manager education, lowest first: the ladder of issue 15 (ISCED-like), finer than the five
# levels education_level reports (rank // 2, nearly). Where an answer mentions words of several
# rungs, the longest word wins ("Vocational college" is short-cycle tertiary, not a college
# degree; "Universitet/høgskole, høyere grad" is a master).
EDUCATION_LADDER: tuple[tuple[str, ...], ...] = (
    # 0 primary
    ("grunnskole", "grunnskule", "primary", "elementary", "compulsory", "folkeskole",
     "barneskole", "barneskule", "educación primaria", "primaria", "grundschule",
     "volksschule"),
    # 1 lower secondary
    ("lower secondary", "ungdomsskole", "ungdomsskule", "middle school", "junior high",
     "secundaria inferior", "secundaria obligatoria", "=eso", "hauptschule", "realschule",
     "mittlere reife", "sekundarstufe i"),
    # 2 upper secondary (general or vocational)
    ("videregående", "vidaregåande", "videregaende", "=vgs", "upper secondary", "secondary",
     "high school", "fagbrev", "svennebrev", "yrkesfag", "gymnas", "allmennfag", "a level",
     "secundaria", "bachillerato", "abitur", "fachabitur", "gymnasium", "berufsausbildung",
     "lehre", "ausbildung", "vocational upper secondary", "grado medio"),
    # 3 vocational college / short-cycle tertiary
    ("fagskole", "fagskule", "vocational", "vocational college", "short cycle",
     "short-cycle", "post secondary", "associate degree", "technical college",
     "higher vocational", "formación profesional", "técnico superior", "tecnico superior",
     "meister", "techniker", "fachschule", "grado superior"),
    # 4 bachelor / college degree
    ("bachelor", "høgskole", "høyskole", "høgskule", "cand mag", "college", "undergraduate",
     "lavere grad", "lågare grad", "3-year", "3 year", "3 år", "bsc", "=ba", "short university",
     "kortere universitet", "lower degree", "first degree", "licenciatura", "=grado",
     "diplomatura", "fachhochschule"),
    # 5 master and other long degrees
    ("master", "hovedfag", "hovudfag", "siviløkonom", "sivilingeniør", "cand", "=mba",
     "høyere grad", "høgare grad", "higher degree", "msc", "=ma", "graduate degree", "graduate school",
     "postgraduate",
     "lengre universitet", "longer university", "master or higher", "máster", "=diplom",
     "magister", "staatsexamen"),
    # 6 doctorate
    ("phd", "ph d", "ph.d", "doktor", "doctor", "dr philos", "=dr", "doctorate", "doctorado",
     "promotion", "promoviert"),
)
# The five coarse levels (primary .. doctorate) each rung of the ladder belongs to.
EDUCATION_LEVEL_OF_RANK = (0, 0, 1, 1, 2, 3, 4)

# Values that say a column holds Norwegian city regions, counties or "the rest".
REGION_NAMES = ("oslo", "bergen", "stavanger", "trondheim", "kristiansand", "tromsø",
                "drammen", "fredrikstad", "sarpsborg", "porsgrunn", "skien", "ålesund",
                "bodø", "sandnes", "haugesund", "hamar", "lillehammer", "gjøvik", "molde",
                "viken", "innlandet", "vestland", "rogaland", "agder", "nordland", "troms",
                "finnmark", "trøndelag", "akershus", "østfold", "buskerud", "vestfold",
                "telemark", "hedmark", "oppland", "møre", "hordaland", "sogn",
                "rest of norway", "resten av landet", "resten av norge", "rest",
                "other regions", "andre regioner", "distrikt", "periphery")
# Norwegian city regions, largest first: the order the paper and Statistics Norway use.
CITY_REGIONS_BY_SIZE = ("oslo", "bergen", "stavanger", "trondheim", "kristiansand", "drammen",
                        "fredrikstad", "tromsø", "sandnes", "sarpsborg", "skien", "ålesund",
                        "bodø", "haugesund", "tønsberg", "moss", "porsgrunn", "arendal",
                        "hamar", "larvik", "halden", "lillehammer", "molde", "harstad", "gjøvik")
LAST_IN_ORDER = ("rest", "resten", "other", "others", "andre", "øvrige", "ellers", "annet",
                 "anna", "remaining", "utenfor", "outside")
# Category orders the analyst would expect in Table 1 (first word group first).
DEPENDENCE_ORDER = (("parent", "morselskap", "mor", "matriz", "mutter"),
                    ("subsidiary", "datterselskap", "dotterselskap", "datter", "dotter", "filial",
                     "tochter"),
                    ("independent", "uavhengig", "selvstendig", "sjølvstendig", "frittstående",
                     "frittståande", "not part", "independiente", "unabhängig"))
OWNERSHIP_ORDER = (("norsk", "norwegian", "domestic", "national", "nacional", "inländisch",
                    "deutsch"),
                   ("partly", "delvis", "partial", "minority", "majority", "parcial", "mixto",
                    "teilweise"),
                   ("fully", "helt", "heilt", "wholly", "heleid", "foreign", "utenlandsk",
                    "utanlandsk", "extranjer", "ausländisch"))
# NACE sections in their official order (A..S), the order statistics agencies print sectors in.
NACE_ORDER = (
    ("agricult", "jordbruk", "skogbruk", "fiske", "fishing", "forestry", "havbruk"),
    ("mining", "quarry", "bergverk", "utvinning", "oil and gas", "olje og gass", "petroleum"),
    ("manufactur", "industri", "industry"),
    ("elec", "kraft", "energy", "energi", "gas supply"),
    ("water", "vann", "avløp", "renovasjon", "waste"),
    ("construct", "bygg", "anlegg"),
    ("wholesale", "retail", "trade", "handel", "varehandel", "engros", "detalj"),
    ("transport", "lagring", "storage", "logistic"),
    ("accommodation", "food", "hotel", "hotell", "restaurant", "overnatting", "servering"),
    ("information", "informasjon", "communication", "kommunikasjon", "=ikt", "=ict"),
    ("financ", "finans", "insurance", "forsikring", "bank"),
    ("real estate", "eiendom"),
    ("professional", "scientific", "faglig", "teknisk", "consult", "rådgiv"),
    ("administrative", "forretningsmessig", "support service"),
    ("public", "offentlig", "administrasjon"),
    ("education", "undervisning"),
    ("health", "helse", "sosial", "social"),
    ("arts", "kultur", "entertainment", "underholdning", "recreation"),
    ("other", "annen", "andre", "øvrig", "service", "tjeneste"),
)
DEPENDENCE_VALUES = ("parent", "subsidiary", "independent", "morselskap", "datterselskap",
                     "dotterselskap", "uavhengig", "selvstendig", "sjølvstendig", "konsern",
                     "group", "frittstående", "frittståande", "matriz", "filial",
                     "independiente", "=grupo", "mutter", "tochter", "unabhängig")
OWNERSHIP_VALUES = ("norsk", "norwegian", "foreign", "utenlandsk", "utanlandsk",
                    "partly", "delvis", "fully", "heleid", "wholly", "nacional", "extranjer",
                    "mixto", "ausländisch", "inländisch", "deutsch")
