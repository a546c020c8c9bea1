"""The analysis' notes and model errors as data: a key, its parameters, and one catalogue.

The engine makes ``Note("key", {...})``; every renderer (the results file, the workbook, the
tabs) asks ``render(note, lang)`` for the sentence in its language. To add a note: one entry in
its topic's module (notes_tables, notes_models, notes_waves: an "en" and an "nb" template,
str.format fields named as the parameters) and one ``Note("key", {...})`` where the engine finds
the case; tests/report/test_note_catalogue.py checks that every note the engine makes renders in
both languages.

Parameters are JSON values. Three kinds are filled in by render rather than by str.format:
- ``name`` / ``names``: a term, role or outcome name (English, as the engine labels it) or a list
  of them; quoted the language's way ('…' / «…»), and given in the language by the renderer's
  ``word`` function (the report's glossary), since the words live there;
- the choices in CHOICES (e.g. ``share``: "all" / "none"): the word for that value;
- anything else (numbers, sector names from the survey) goes in as it is.

A Note is also the English sentence (a str), so the results file, which keeps English, and code
that reads an error as text go on working unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clusterdesk.analysis.notes_models import MODEL_NOTES
from clusterdesk.analysis.notes_tables import TABLE_NOTES
from clusterdesk.analysis.notes_waves import WAVE_NOTES

# Every key's "en" and "nb" template; the entries live per topic beside this module.
CATALOGUE: dict[str, dict[str, str]] = {**TABLE_NOTES, **MODEL_NOTES, **WAVE_NOTES}

# Parameters whose value is one of a few words: the word in each language.
CHOICES: dict[str, dict[str, dict[str, str]]] = {
    "en": {"model": {"logit": "Logit", "probit": "Probit", "lpm": "Linear probability model"},
           "level": {"regional": "regional", "national": "national",
                     "international": "international"},
           "env": {"regional": "regional", "national": "national",
                   "international": "international"},
           "verb": {"one": "is", "many": "are"},
           "have": {"yes": "have", "no": "do not have"}},
    "nb": {"model": {"logit": "Logit", "probit": "Probit", "lpm": "Lineær sannsynlighetsmodell"},
           "share": {"all": "alle", "none": "ingen"},
           "state": {"with": "med", "without": "uten"},
           "have": {"yes": "har", "no": "mangler"},
           "scope": {"national": "nasjonalt", "international": "internasjonalt"},
           "level": {"regional": "regionale", "national": "nasjonale",
                     "international": "internasjonale"},
           "env": {"regional": "regionalt", "national": "nasjonalt",
                   "international": "internasjonalt"}},
}
QUOTES = {"en": ("'", "'"), "nb": ("«", "»")}
NAMES = ("name", "names")


class Note(str):
    """One note or model error: ``key`` into CATALOGUE and its ``params``; the str is English."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, params: dict[str, Any] | None = None) -> Note:
        params = dict(params or {})
        self = super().__new__(cls, _fill(key, params, "en", None))
        self.key, self.params = key, params
        return self

    def __reduce__(self) -> tuple[type[Note], tuple[str, dict[str, Any]]]:
        return Note, (self.key, self.params)

    def __repr__(self) -> str:
        return f"Note({self.key!r}, {self.params!r})"


def render(note: str, lang: str, word: Callable[[str, str], str] | None = None) -> str:
    """`note` in `lang` ('en' or 'nb'); `word(name, lang)` gives a name in the language (the
    report passes its glossary's). Plain text that is no Note stays as it is."""
    if not isinstance(note, Note):
        return note
    return _fill(note.key, note.params, lang, word)


def _fill(key: str, params: dict[str, Any], lang: str, word: Callable[[str, str], str] | None
          ) -> str:
    left, right = QUOTES[lang]
    choices = CHOICES[lang]
    fields: dict[str, Any] = {}
    for name, value in params.items():
        if name in NAMES:
            names = value if isinstance(value, list) else [value]
            fields[name] = ", ".join(f"{left}{word(n, lang) if word else n}{right}"
                                     for n in names)
        elif name in choices:
            fields[name] = choices[name][value]
        else:
            fields[name] = value
    return CATALOGUE[key][lang].format(**fields)
