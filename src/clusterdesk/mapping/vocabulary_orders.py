"""Values that say what a column holds (regions, dependence, ownership) and the orders the
analyst expects its categories in."""

from __future__ import annotations

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
