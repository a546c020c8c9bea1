"""The words the mapping assistant recognises, in English, bokmål, nynorsk, Spanish and German.

Kept apart from the scoring so that a new survey's wording is added here without touching logic.
A single-word entry matches a header word that starts with it ("kunde" matches "kundene"); an
entry with a space matches the phrase; an entry starting with "=" matches only the whole word
(short words like "id" or "by" would otherwise match far too much). Long entries also match
typos (see suggest_text.matches).
"""

from __future__ import annotations

from clusterdesk.mapping.vocabulary_answers import (
    EDUCATION_LADDER,
    EDUCATION_LEVEL_OF_RANK,
    FOREIGN_WORDS,
    LOCATION_ANSWERS,
    MISSING_ANSWERS,
    NO_ANSWERS,
    NOT_FOREIGN_WORDS,
    YES_ANSWERS,
)
from clusterdesk.mapping.vocabulary_headers import HEADER_WORDS
from clusterdesk.mapping.vocabulary_orders import (
    CITY_REGIONS_BY_SIZE,
    DEPENDENCE_ORDER,
    DEPENDENCE_VALUES,
    LAST_IN_ORDER,
    NACE_ORDER,
    OWNERSHIP_ORDER,
    OWNERSHIP_VALUES,
    REGION_NAMES,
)

__all__ = ["CITY_REGIONS_BY_SIZE", "DEPENDENCE_ORDER", "DEPENDENCE_VALUES", "EDUCATION_LADDER",
           "EDUCATION_LEVEL_OF_RANK", "EDUCATION_WORDS", "FOREIGN_WORDS", "HEADER_WORDS",
           "INDUSTRY_WORDS", "LAST_IN_ORDER", "LOCATION_ANSWERS", "MANAGER_WORDS", "MARKET_WORDS",
           "MISSING_ANSWERS", "NACE_ORDER", "NEW_WORDS", "NOT_FOREIGN_WORDS", "NO_ANSWERS",
           "OTHER_PERSON_WORDS", "OWNERSHIP_ORDER", "OWNERSHIP_VALUES", "PROCESS_WORDS",
           "PRODUCT_WORDS", "REGION_NAMES", "SUBSET_WORDS", "YES_ANSWERS"]

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
