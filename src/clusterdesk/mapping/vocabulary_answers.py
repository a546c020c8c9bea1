"""The answers the mapping assistant recognises: missing, locations, yes/no, foreign, and the
education ladder (matched like headers: mapping.vocabulary)."""

from __future__ import annotations

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

# Manager education, lowest first: a ladder (ISCED-like), finer than the five
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
