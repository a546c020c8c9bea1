"""One plain-language sentence per table, written from its tests, so a reader knows which
differences hold (significance at 0.05) without reading a χ² table. English and Norwegian bokmål.
"""

from __future__ import annotations

from clusterdesk.analysis.results import GroupTest, ResultTable
from clusterdesk.report.labels import t

ALPHA = 0.05

# "for" pattern: lead + significant items with figures; neg + the others with p.
_FOR = {
    "cluster_extent": {
        "en": ("The regional share differs between regions for", "not for",
               "The regional share does not differ between regions for"),
        "nb": ("Den regionale andelen varierer mellom regionene for", "ikke for",
               "Den regionale andelen varierer ikke mellom regionene for"),
    },
    "innovation_by_location": {
        "en": ("{Outcome} differs with where the factor is located for", "not for",
               "{Outcome} does not differ with where the factor is located for"),
        "nb": ("Andelen med {outcome} varierer med hvor faktoren er lokalisert for", "ikke for",
               "Andelen med {outcome} varierer ikke med hvor faktoren er lokalisert for"),
    },
    "cluster_classification": {
        "en": ("Firms in regional and non-regional clusters differ in", "not in",
               "Firms in regional and non-regional clusters do not differ in"),
        "nb": ("Foretak i regionale og ikke-regionale klynger skiller seg i", "ikke i",
               "Foretak i regionale og ikke-regionale klynger skiller seg ikke i"),
    },
}
# subject pattern (table 2): "Product innovation differs between regions (...); process does not".
_SUBJECT = {
    "en": {"one": "differs between regions", "many": "differ between regions",
           "neg_one": "does not", "neg_many": "do not",
           "none_one": "does not differ between regions", "none_many": "do not differ between regions"},
    "nb": {"one": "varierer mellom regionene", "many": "varierer mellom regionene",
           "neg_one": "gjør ikke det", "neg_many": "gjør ikke det",
           "none_one": "varierer ikke mellom regionene",
           "none_many": "varierer ikke mellom regionene"},
}


def _num(x: float, decimals: int, lang: str) -> str:
    s = f"{x:.{decimals}f}"
    return s.replace(".", ",") if lang == "nb" else s


def _p(p: float, lang: str, short: bool = False) -> str:
    """p as a reader expects it: '< 0.001', three decimals near 0.05, two when clearly above."""
    if p < 0.001:
        return "< " + _num(0.001, 3, lang)
    return "= " + _num(p, 2 if short and p >= 0.1 else 3, lang)


def decisive_p(test: GroupTest) -> float | None:
    """Fisher's exact p when expected counts are small and a 2×2 allows it, else the χ² p."""
    if test.small_counts and test.fisher_p is not None:
        return test.fisher_p
    return test.p


def _figures(test: GroupTest, lang: str) -> str:
    p = decisive_p(test)
    df_word = t(lang, "df")
    parts = [f"χ² = {_num(test.chi2, 1, lang)}", f"{df_word} = {test.df}"]
    if test.small_counts and test.fisher_p is not None:
        parts.append(("Fishers eksakte p " if lang == "nb" else "Fisher's exact p ") + _p(p, lang))
    else:
        parts.append("p " + _p(p, lang))
    return ", ".join(parts)


def _join(items: list[str], lang: str) -> str:
    word = " og " if lang == "nb" else " and "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + word + items[-1]


def _ps(tests: list[GroupTest], lang: str) -> str:
    ps = [_p(decisive_p(x), lang, short=True) for x in tests]
    if all(s.startswith("= ") for s in ps):
        return "p = " + _join([s[2:] for s in ps], lang)
    return "; ".join("p " + s for s in ps)


def item_name(table: ResultTable, test: GroupTest, lang: str) -> str:
    """What a test is about, in the report's language (a factor or an outcome)."""
    if table.key in ("innovation_by_region", "cluster_classification"):
        return t(lang, "short." + test.key, default=test.label)
    name = t(lang, test.key, default=test.label)
    keep = len(name) > 1 and name[1].isupper()  # an acronym such as 'R&D' keeps its case
    return name if keep else name[:1].lower() + name[1:]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def sentence(table: ResultTable, lang: str = "en", outcome: str = "product") -> str | None:
    """The sentence under `table`, or None when it has no usable test."""
    tests = [x for x in table.tests if x.chi2 is not None and decisive_p(x) is not None]
    if not tests:
        return None
    sig = [x for x in tests if decisive_p(x) < ALPHA]
    ns = [x for x in tests if decisive_p(x) >= ALPHA]
    if table.key == "innovation_by_region":
        return _subject_sentence(table, sig, ns, lang)
    lead, neg, none = _FOR.get(table.key, _FOR["cluster_extent"])[lang]
    if getattr(table, "inner_level", None):  # T5 at another level: its labels name it (spec 7)
        lead, neg, none = _classes_by_level(table, lang)
    out_name = t(lang, "short." + outcome)
    lead, none = (s.format(Outcome=_cap(out_name), outcome=out_name) for s in (lead, none))
    if not sig:
        return f"{none} {_join([item_name(table, x, lang) for x in ns], lang)} ({_ps(ns, lang)})."
    text = lead + " " + _join([f"{item_name(table, x, lang)} ({_figures(x, lang)})" for x in sig],
                              lang)
    if ns:
        text += f"; {neg} {_join([item_name(table, x, lang) for x in ns], lang)} ({_ps(ns, lang)})"
    return text + "."


def _classes_by_level(table: ResultTable, lang: str) -> tuple[str, str, str]:
    """T5's lead naming the environments its columns are (not 'regional clusters')."""
    from clusterdesk.report.labels import column_label

    outer, inner = (column_label(table.key, c.key, c.label, lang, c.glossary).lower()
                    for c in table.columns[:2])
    if lang == "nb":
        return (f"Foretak i {inner} og {outer} skiller seg i", "ikke i",
                f"Foretak i {inner} og {outer} skiller seg ikke i")
    return (f"Firms in the {inner} and in the {outer} differ in", "not in",
            f"Firms in the {inner} and in the {outer} do not differ in")


def _subject_sentence(table: ResultTable, sig: list[GroupTest], ns: list[GroupTest],
                      lang: str) -> str:
    w = _SUBJECT[lang]
    names = {x.key: item_name(table, x, lang) for x in sig + ns}
    if not sig:
        verb = w["none_one"] if len(ns) == 1 else w["none_many"]
        return _cap(f"{_join([names[x.key] for x in ns], lang)} {verb} ({_ps(ns, lang)}).")
    if len(sig) == 1:
        text = f"{names[sig[0].key]} {w['one']} ({_figures(sig[0], lang)})"
    else:
        items = _join([f"{names[x.key]} ({_figures(x, lang)})" for x in sig], lang)
        text = f"{items} {w['many']}"
    if ns:
        verb = w["neg_one"] if len(ns) == 1 else w["neg_many"]
        text += f"; {_join([names[x.key] for x in ns], lang)} {verb} ({_ps(ns, lang)})"
    return _cap(text) + "."


_SCOPE = {
    "en": {"lead": "{outcome}: compared with firms in a regional cluster,",
           "lead_level": "{outcome}: compared with firms in a {level} environment,",
           "national": "firms of national scope", "international": "firms of international scope",
           "more": "are {x} percentage points more likely to have it",
           "less": "are {x} percentage points less likely to have it",
           "same": "do not differ significantly", "and": "and", "verb": ""},
    "nb": {"lead": "{outcome}: sammenlignet med foretak i en regional klynge",
           "lead_level": "{outcome}: sammenlignet med foretak i et {level} miljø",
           "national": "foretak med nasjonalt omfang",
           "international": "foretak med internasjonalt omfang",
           "more": "{x} prosentpoeng høyere sannsynlighet for dette",
           "less": "{x} prosentpoeng lavere sannsynlighet for dette",
           "same": "ingen signifikant forskjell", "and": "og", "verb": "har"},
}


_LEVEL = {"en": {"national": "national", "international": "international"},
          "nb": {"national": "nasjonalt", "international": "internasjonalt"}}


def regression_sentence(model, lang: str = "en") -> str | None:
    """What the scope terms of one model say, from their average marginal effects (AME, p)."""
    if model.error:
        return None
    w = _SCOPE[lang]
    parts = []
    for key in ("national", "international"):
        term = next((x for x in model.terms if x.key == key), None)
        if term is None or term.ame is None or term.ame_p is None:
            continue
        if term.ame_p < ALPHA:
            effect = w["more" if term.ame > 0 else "less"].format(x=_num(abs(term.ame), 1, lang))
            parts.append(f"{w[key]} {effect} (AME, p {_p(term.ame_p, lang)})")
        else:
            parts.append(f"{w[key]} {w['same']} (p {_p(term.ame_p, lang, short=True)})")
    if not parts:
        return None
    outcome = t(lang, model.outcome, default=model.outcome_label)
    baseline = getattr(model, "baseline", "regional")
    lead = w["lead"].format(outcome=outcome) if baseline == "regional" else \
        w["lead_level"].format(outcome=outcome, level=_LEVEL[lang][baseline])
    lead = " ".join(x for x in (lead, w["verb"]) if x)
    joined = f" {w['and']} ".join(parts)
    return f"{lead} {joined}."
