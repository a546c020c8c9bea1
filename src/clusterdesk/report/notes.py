"""The analysis' notes and model errors in the report's language (tables, tests, Table 6).

The sentences come from the one catalogue (clusterdesk.analysis.notes); this adds what only the
report knows: names inside the notes (terms, roles, outcomes) take the glossary's word, while
names from the survey (sectors) stay as the file has them.
"""

from __future__ import annotations

import re

from clusterdesk.analysis.notes import render
from clusterdesk.report.labels import GLOSSARY


def _name(english: str, lang: str) -> str:
    """A term, role or outcome name in `lang` (unchanged when the glossary does not know it)."""
    from clusterdesk.mapping.roles import OUTCOME_SHORT, ROLES

    if lang == "en":
        return english
    en, out = GLOSSARY["en"], GLOSSARY[lang]
    for key, text in en.items():
        if key.startswith("reg.") and text == english and key in out:
            return out[key]
    for role in ROLES:
        if english in (role.label, en.get(role.key)) and role.key in out:
            return out[role.key]
    for key, text in OUTCOME_SHORT.items():
        if english == text and f"short.{key}" in out:
            short = out[f"short.{key}"]
            return short[:1].upper() + short[1:]
    sector = re.fullmatch(r"Sector: (.*)", english)
    if sector and "reg.sector" in out:
        return out["reg.sector"].format(name=sector.group(1))
    return english


def note_in(note: str, lang: str) -> str:
    """An analysis note or model error in `lang` (plain text that is no Note: as it is)."""
    return render(note, lang, _name)
