"""The workbook's words in English and Norwegian bokmål: one glossary, whose entries live in
labels_en.py, labels_nb.py (key for key) and labels_method.py (the Method and data sheets).

Keys are the spec's role, outcome, column and row keys where one exists; texts that come from the
survey itself (region and category names) are never translated.
"""

from __future__ import annotations

from clusterdesk.mapping.roles import ROLES
from clusterdesk.report.labels_en import EN
from clusterdesk.report.labels_method import METHOD
from clusterdesk.report.labels_nb import NB

LANGS = ("en", "nb")

# language -> key -> text
GLOSSARY: dict[str, dict[str, str]] = {"en": {**EN, **METHOD["en"]}, "nb": {**NB, **METHOD["nb"]}}

for _role in ROLES:  # one glossary: the role names the wizard shows
    GLOSSARY["en"].setdefault(_role.key, _role.label)
    GLOSSARY["nb"].setdefault(_role.key, _role.label_nb)


def check_lang(lang: str) -> str:
    from clusterdesk.errors import UserError
    from clusterdesk.texts import translate

    if lang not in LANGS:
        raise UserError(translate("report", "Report language '{lang}' is not available; use 'en' "
                                  "(English) or 'nb' (Norwegian bokmål).").format(lang=lang))
    return lang


def t(lang: str, key: str, default: str | None = None, **fields: object) -> str:
    """The text for `key` in `lang` (English, then `default`, then the key as a last resort)."""
    text = GLOSSARY[lang].get(key) or GLOSSARY["en"].get(key)
    if text is None:
        text = key if default is None else default
    return text.format(**fields) if fields else text


def has(lang: str, key: str) -> bool:
    return key in GLOSSARY[lang]


def table_title(table, lang: str) -> str:
    """A table's title; the one its survey's shape calls for (spec 7) when it names one."""
    if getattr(table, "title_key", None):
        return t(lang, table.title_key, default=table.title, **table.title_fields)
    return t(lang, "title." + table.key, default=table.title)


def column_label(table_key: str, key: str, fallback: str, lang: str,
                 glossary: str | None = None) -> str:
    """A table's column heading; region names (survey text) are shown as the survey has them.
    ``glossary`` names the label's key when it is not the column's (T5 of another level)."""
    if glossary:
        return t(lang, glossary, default=fallback)
    if table_key == "cluster_extent":
        return t(lang, "Total") if key == "Total" else fallback
    if table_key == "cluster_classification" and key == "regional":
        return t(lang, "cluster.regional")
    if table_key == "sample_numbers" and key == "n":
        return t(lang, "numbers.n")
    return t(lang, key) if key in GLOSSARY["en"] else fallback


def row_label(table_key: str, key: str, kind: str, fallback: str, lang: str) -> str:
    """A table's row label: factor, outcome, role and total/average names are translated."""
    if kind == "missing":
        return t(lang, "Missing")
    if kind == "total":
        return t(lang, "Total")
    if kind == "average":
        return t(lang, f"average.{table_key}", default=t(lang, "average"))
    if kind == "count":
        return t(lang, "n.cluster_classification")
    if table_key in ("innovation_by_region", "sample_categories"):
        return fallback  # region and category names come from the survey
    return t(lang, key) if key in GLOSSARY["en"] else fallback
