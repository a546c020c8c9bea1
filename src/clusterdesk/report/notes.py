"""The analysis' notes and model errors in the report's language (tables, tests, Table 6).

The engine writes these in English into the Results (the results file keeps them so), and every
renderer asks for them in its own language: the workbook in the language chosen at export, the
tabs in the interface language. So they are translated here, from the English sentence, rather
than when made. Names inside quotes (terms, roles, outcomes) take the glossary's word; names from
the survey (sectors) stay as the file has them. A note no pattern knows stays English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from clusterdesk.report.labels import GLOSSARY


def _name(english: str, lang: str) -> str:
    """A term, role or outcome name in `lang` (unchanged when the glossary does not know it)."""
    from clusterdesk.mapping.roles import OUTCOME_SHORT, ROLES

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


def _quoted(names: str, lang: str) -> str:
    """"'A', 'B'" -> "«A», «B»" with each name in `lang`."""
    return re.sub(r"'([^']*)'", lambda m: f"«{_name(m.group(1), lang)}»", names)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _rules_nb() -> list[_Rule]:
    nb = "nb"
    r = re.compile
    return [
        (r(r"No firms answered; no test\."), lambda m: "Ingen foretak svarte; ingen test."),
        (r(r"Every firm here has weight 0; no test\."),
         lambda m: "Alle foretakene her har vekt 0; ingen test."),
        (r(r"Only one group has firms here, so there is nothing to compare\."),
         lambda m: "Bare én gruppe har foretak her, så det er ingenting å sammenligne."),
        (r(r"Only one answer has firms here, so there is nothing to compare\."),
         lambda m: "Bare ett svar har foretak her, så det er ingenting å sammenligne."),
        (r(r"No column is mapped for (.+); those cells are empty\."),
         lambda m: f"Ingen kolonne er koblet for {_quoted(m[1], nb)}; de cellene er tomme."),
        (r(r"No column is mapped for (.+); those rows are empty and the average uses the other "
           r"factors\."),
         lambda m: f"Ingen kolonne er koblet for {_quoted(m[1], nb)}; de radene er tomme, og "
                   "gjennomsnittet bruker de andre faktorene."),
        (r(r"The models are unweighted; the survey weight applies to the shares of Tables 1-5\."),
         lambda m: "Modellene er uvektede; utvalgsvekten gjelder andelene i tabell 1–5."),
        (r(r"No column is mapped for '(.+)', so there is no model\."),
         lambda m: f"Ingen kolonne er koblet for «{_name(m[1], nb)}», så det finnes ingen "
                   "modell."),
        (r(r"No firm in this model is in a regional cluster, the baseline that national and "
           r"international clusters are compared with, so there is no model\."),
         lambda m: "Ingen foretak i denne modellen er i en regional klynge, referansen som "
                   "nasjonale og internasjonale klynger sammenlignes med, så det finnes ingen "
                   "modell."),
        (r(r"No firm in the model has (national|international) scope, so '(.+)' is left out\."),
         lambda m: f"Ingen foretak i modellen har "
                   f"{'nasjonalt' if m[1] == 'national' else 'internasjonalt'} omfang, så "
                   f"«{_name(m[2], nb)}» er utelatt."),
        (r(r"'(.+)' has the same value for every firm in the model, so it is left out\."),
         lambda m: f"«{_name(m[1], nb)}» har samme verdi for alle foretakene i modellen, så "
                   "variabelen er utelatt."),
        (r(r"Every firm in this model is in a regional cluster, so there are no national or "
           r"international clusters to compare them with\."),
         lambda m: "Alle foretakene i denne modellen er i en regional klynge, så det finnes "
                   "ingen nasjonale eller internasjonale klynger å sammenligne dem med."),
        (r(r"The chosen sector baseline '(.+)' has no firms in the model; the largest sector is "
           r"used instead\."),
         lambda m: f"Den valgte referansenæringen «{m[1]}» har ingen foretak i modellen; den "
                   "største næringen brukes i stedet."),
        (r(r"In sector '(.+)' (all|none) of the (\d+) firms have the innovation, so its firms "
           r"are left out of this model \(their effect cannot be estimated\)\."),
         lambda m: f"I næringen «{m[1]}» har {'alle' if m[2] == 'all' else 'ingen'} av de "
                   f"{m[3]} foretakene innovasjonen, så disse foretakene er utelatt fra denne "
                   "modellen (effekten kan ikke estimeres)."),
        (r(r"The model could not be estimated \((.+)\)\. Switch a control off or check that each "
           r"group has firms with and without the innovation\.", re.S),
         lambda m: f"Modellen kunne ikke estimeres ({m[1]}). Slå av en kontrollvariabel, eller "
                   "kontroller at hver gruppe har foretak både med og uten innovasjonen."),
        (r(r"Too few firms with every variable answered \((\d+)\) to estimate (\d+) "
           r"coefficients; at least (\d+) are needed\."),
         lambda m: f"For få foretak har svart på alle variablene ({m[1]}) til å estimere {m[2]} "
                   f"koeffisienter; minst {m[3]} trengs."),
        (r(r"The outcome is not coded 0/1; check its yes/no codes\."),
         lambda m: "Utfallet er ikke kodet 0/1; kontroller ja/nei-kodene."),
        (r(r"All (\d+) firms in the model (have|do not have) this innovation, so there is "
           r"nothing to explain\."),
         lambda m: f"Alle de {m[1]} foretakene i modellen "
                   f"{'har' if m[2] == 'have' else 'mangler'} denne innovasjonen, så det er "
                   "ingenting å forklare."),
        (r(r"Perfect separation: among the (\d+) firms (with|without) '(.+)', (all|none) have "
           r"the innovation, so its effect cannot be estimated\. Leave that variable out or "
           r"merge small groups\."),
         lambda m: f"Perfekt separasjon: blant de {m[1]} foretakene "
                   f"{'med' if m[2] == 'with' else 'uten'} «{_name(m[3], nb)}» har "
                   f"{'alle' if m[4] == 'all' else 'ingen'} innovasjonen, så effekten kan ikke "
                   "estimeres. Utelat variabelen, eller slå sammen små grupper."),
        (r(r"The variables cannot be told apart \(singular design\): (.+) (?:is|are) fully "
           r"determined by the other variables \(for example a copy of another column\)\. "
           r"Switch that control off\."),
         lambda m: f"Variablene kan ikke skilles fra hverandre (singulært design): "
                   f"{_quoted(m[1], nb)} er helt bestemt av de andre variablene (for eksempel "
                   "en kopi av en annen kolonne). Slå av den kontrollvariabelen."),
        (r(r"Perfect separation: some combination of the variables predicts the innovation "
           r"without error, so the effects cannot be estimated\. Leave a control out or merge "
           r"small sectors\."),
         lambda m: "Perfekt separasjon: en kombinasjon av variablene forutsier innovasjonen uten "
                   "feil, så effektene kan ikke estimeres. Utelat en kontrollvariabel, eller slå "
                   "sammen små næringer."),
        (r(r"The estimation did not converge, so no figures are shown\. This usually means a "
           r"variable \(almost\) perfectly predicts the innovation; leave a control out or merge "
           r"small groups\."),
         lambda m: "Estimeringen konvergerte ikke, så ingen tall vises. Det betyr som regel at "
                   "en variabel (nesten) perfekt forutsier innovasjonen; utelat en "
                   "kontrollvariabel, eller slå sammen små grupper."),
        (r(r"The estimation gave no finite standard errors \(singular design\); switch a "
           r"control off\."),
         lambda m: "Estimeringen ga ingen endelige standardfeil (singulært design); slå av en "
                   "kontrollvariabel."),
        (r(r"Quasi-perfect separation: the coefficient of '(.+)' is implausibly large, which "
           r"means it \(almost\) perfectly predicts the innovation\. Leave it out or merge small "
           r"groups\."),
         lambda m: f"Nesten perfekt separasjon: koeffisienten til «{_name(m[1], nb)}» er "
                   "urimelig stor, noe som betyr at variabelen (nesten) perfekt forutsier "
                   "innovasjonen. Utelat den, eller slå sammen små grupper."),
        (r(r"Linear probability model \(OLS\) with HC1 robust standard errors; 'pseudo "
           r"R-squared' is the ordinary R-squared and the model test is the robust F test\."),
         lambda m: "Lineær sannsynlighetsmodell (OLS) med HC1-robuste standardfeil; «pseudo R²» "
                   "er vanlig R², og modelltesten er den robuste F-testen."),
    ]


_RULES: dict[str, list[_Rule]] = {}


def note_in(note: str, lang: str) -> str:
    """An analysis note or model error in `lang` ('en', or one no rule knows: as it is)."""
    if lang == "en" or not note:
        return note
    if lang not in _RULES:
        _RULES[lang] = _rules_nb() if lang == "nb" else []
    for pattern, make in _RULES[lang]:
        found = pattern.fullmatch(note)
        if found:
            return make(found)
    return note
