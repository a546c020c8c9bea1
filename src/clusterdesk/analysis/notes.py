"""The analysis' notes and model errors as data: a key, its parameters, and one catalogue.

The engine makes ``Note("key", {...})``; every renderer (the results file, the workbook, the
tabs) asks ``render(note, lang)`` for the sentence in its language. To add a note: one entry in
CATALOGUE (an "en" and an "nb" template, str.format fields named as the parameters) and one
``Note("key", {...})`` where the engine finds the case; tests/analysis/test_notes.py checks that
every note the engine makes renders in both languages.

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

_SHARES = ("Shares are % of the firms that answered the item (firms without an answer are left "
           "out of that cell); 95 % Wilson intervals; chi-square tests without continuity "
           "correction.")
_NO_MODEL = "so there is no model."

CATALOGUE: dict[str, dict[str, str]] = {
    # tables (the workbook says the generic ones with its own glossary words instead)
    "table.n": {"en": "n = {n} firms. " + _SHARES,
                "nb": "n = {n} foretak. Andelene er % av foretakene som svarte på spørsmålet "
                      "(foretak uten svar er utelatt fra den cellen); 95 % Wilson-intervaller; "
                      "kjikvadrattester uten kontinuitetskorreksjon."},
    "table.weighted": {
        "en": "Shares and intervals are weighted by the survey weight (Kish effective sample "
              "size); tests use weighted counts rescaled to the number of firms and are "
              "approximate. N columns are unweighted counts of firms.",
        "nb": "Andeler og intervaller er vektet med utvalgsvekten (Kish' effektive "
              "utvalgsstørrelse); testene bruker vektede antall skalert til antall foretak og er "
              "tilnærmede. N-kolonnene er uvektede antall foretak."},
    "sample.n": {"en": "n = {n} firms. % of the firms that answered each question; 'Missing' "
                       "rows count the firms without an answer and have no %.",
                 "nb": "n = {n} foretak. % av foretakene som svarte på hvert spørsmål; radene "
                       "«Mangler» teller foretakene uten svar og har ingen %."},
    "sample.weighted": {"en": "Weighted columns use the survey weight; the number of firms is "
                              "unweighted.",
                        "nb": "Vektede kolonner bruker utvalgsvekten; antall foretak er uvektet."},
    "sample.numbers": {"en": "Unweighted; each figure over the firms with a number in that "
                             "column; standard deviation with n - 1.",
                       "nb": "Uvektet; hvert tall over foretakene med et tall i den kolonnen; "
                             "standardavvik med n - 1."},
    "sample.unmapped": {"en": "Not in this survey's mapping, so this table has no rows for: "
                              "{names}.",
                        "nb": "Ikke med i koblingen for denne undersøkelsen, så tabellen har "
                              "ingen rader for: {names}."},
    "unmapped_outcomes": {"en": "No column is mapped for {names}; those cells are empty.",
                          "nb": "Ingen kolonne er koblet for {names}; de cellene er tomme."},
    "unmapped_factors": {"en": "No column is mapped for {names}; those rows are empty and the "
                               "average uses the other factors.",
                         "nb": "Ingen kolonne er koblet for {names}; de radene er tomme, og "
                               "gjennomsnittet bruker de andre faktorene."},
    "no_region": {"en": "{n} firms without a region count only in the Total row.",
                  "nb": "{n} foretak uten region inngår bare i raden I alt."},
    "classes_left_out": {
        "en": "{intermediate} intermediate firms and {unclassified} unclassified firms (fewer "
              "answered factors than the minimum) are in All firms only.",
        "nb": "{intermediate} foretak i mellomkategorien og {unclassified} uklassifiserte "
              "foretak (færre besvarte faktorer enn minimum) inngår bare i Alle foretak."},
    # what the survey asks (spec 7)
    "t2.no_region": {"en": "The survey has no region, so the table has the Total row only and "
                           "there are no tests by region.",
                     "nb": "Undersøkelsen har ingen region, så tabellen har bare raden I alt, og "
                           "det er ingen tester etter region."},
    "t3.no_region": {"en": "The survey has no region, so the table has the Total column only and "
                           "there are no tests by region.",
                     "nb": "Undersøkelsen har ingen region, så tabellen har bare kolonnen I alt, "
                           "og det er ingen tester etter region."},
    "test.no_region": {"en": "The survey has no region, so there is no test by region.",
                       "nb": "Undersøkelsen har ingen region, så det er ingen test etter region."},
    "t3.no_regional_level": {
        "en": "The survey does not ask for a regional level, so the extent of regional clusters "
              "cannot be measured.",
        "nb": "Undersøkelsen spør ikke om et regionalt nivå, så omfanget av regionale klynger kan "
              "ikke måles."},
    "factors_not_asked": {
        "en": "The survey does not ask about {names}; the averages and the classes use the {k} "
              "factors it asks.",
        "nb": "Undersøkelsen spør ikke om {names}; gjennomsnittene og klassene bruker de {k} "
              "faktorene den spør om."},
    "no_factors": {
        "en": "The survey asks none of the six location factors, so Table {table} cannot be made.",
        "nb": "Undersøkelsen spør ikke om noen av de seks lokaliseringsfaktorene, så tabell "
              "{table} kan ikke lages."},
    "t5.inner": {
        "en": "The survey does not ask for a regional level, so firms are classed by the {level} "
              "level, the innermost it asks.",
        "nb": "Undersøkelsen spør ikke om et regionalt nivå, så foretakene klassifiseres etter det "
              "{level} nivået, det innerste den spør om."},
    "reg.baseline_level": {
        "en": "Baseline: firms in a {env} environment (the survey does not ask for a regional "
              "level). {intermediate} intermediate firms and {unclassified} unclassified firms "
              "are left out; within each model firms with any variable missing are left out "
              "(listwise deletion).",
        "nb": "Referanse: foretak i et {env} miljø (undersøkelsen spør ikke om et regionalt "
              "nivå). {intermediate} foretak i mellomkategorien og {unclassified} uklassifiserte "
              "foretak er utelatt; i hver modell er foretak som mangler en variabel utelatt "
              "(listevis sletting)."},
    "model.no_inner": {
        "en": "No firm in this model is in a {env} environment, the baseline the other firms are "
              "compared with, " + _NO_MODEL,
        "nb": "Ingen foretak i denne modellen er i et {env} miljø, referansen de andre "
              "foretakene sammenlignes med, så det finnes ingen modell."},
    "model.all_inner": {
        "en": "Every firm in this model is in a {env} environment, so there are no other firms "
              "to compare them with.",
        "nb": "Alle foretakene i denne modellen er i et {env} miljø, så det finnes ingen andre "
              "foretak å sammenligne dem med."},
    # group tests
    "test.no_answers": {"en": "No firms answered; no test.", "nb": "Ingen foretak svarte; ingen test."},
    "test.zero_weight": {"en": "Every firm here has weight 0; no test.",
                         "nb": "Alle foretakene her har vekt 0; ingen test."},
    "test.one_group": {"en": "Only one group has firms here, so there is nothing to compare.",
                       "nb": "Bare én gruppe har foretak her, så det er ingenting å sammenligne."},
    "test.one_answer": {"en": "Only one answer has firms here, so there is nothing to compare.",
                        "nb": "Bare ett svar har foretak her, så det er ingenting å sammenligne."},
    # Table 6
    "reg.baseline": {
        "en": "Baseline: firms in a regional cluster. {intermediate} intermediate firms and "
              "{unclassified} unclassified firms are left out; within each model firms with any "
              "variable missing are left out (listwise deletion).",
        "nb": "Referanse: foretak i en regional klynge. {intermediate} foretak i "
              "mellomkategorien og {unclassified} uklassifiserte foretak er utelatt; i hver "
              "modell er foretak som mangler en variabel utelatt (listevis sletting)."},
    "reg.sectors": {"en": "Controls also include industrial sectors.",
                    "nb": "Kontrollvariablene omfatter også næring."},
    "reg.unmapped_controls": {"en": "Not in this survey's mapping, so the model has no control "
                                    "for: {names}.",
                              "nb": "Ikke med i koblingen for denne undersøkelsen, så modellen "
                                    "har ingen kontroll for: {names}."},
    "reg.unweighted": {"en": "The models are unweighted; the survey weight applies to the shares "
                             "of Tables 1-5.",
                       "nb": "Modellene er uvektede; utvalgsvekten gjelder andelene i tabell "
                             "1–5."},
    "reg.weighted": {
        "en": "The models are weighted by the survey weight (pseudo-maximum likelihood); "
              "standard errors are robust (linearisation, factor n/(n-1)) and marginal effects "
              "are weighted averages over the firms in each model.",
        "nb": "Modellene er vektet med utvalgsvekten (pseudo-sannsynlighetsmaksimering); "
              "standardfeilene er robuste (linearisering, faktor n/(n−1)), og de marginale "
              "effektene er vektede gjennomsnitt over foretakene i hver modell."},
    "model.weight_zero": {"en": "{n} firms with weight 0 are left out of this model.",
                          "nb": "{n} foretak med vekt 0 er utelatt fra denne modellen."},
    "model.weighted": {
        "en": "Weighted fit: the log-likelihood and pseudo R-squared use the weights scaled to "
              "sum to the firms in the model, the model test is the Wald test, and no AIC is "
              "given (a pseudo-likelihood has none).",
        "nb": "Vektet estimering: log-likelihood og pseudo R² bruker vektene skalert til å "
              "summere til antall foretak i modellen, modelltesten er Wald-testen, og AIC vises "
              "ikke (en pseudo-likelihood har ingen)."},
    "model.lpm_weighted": {
        "en": "Linear probability model (weighted least squares) with robust (linearisation) "
              "standard errors; 'pseudo R-squared' is the weighted R-squared and the model test "
              "is the robust F test.",
        "nb": "Lineær sannsynlighetsmodell (vektet minste kvadraters metode) med robuste "
              "standardfeil (linearisering); «pseudo R²» er vektet R², og modelltesten er den "
              "robuste F-testen."},
    "model.n": {"en": "{model}; n = {n} firms.", "nb": "{model}; n = {n} foretak."},
    "model.sector_baseline": {"en": "Sector baseline: {sector}.", "nb": "Referansenæring: {sector}."},
    "model.baseline_absent": {
        "en": "The chosen sector baseline '{sector}' has no firms in the model; the largest "
              "sector is used instead.",
        "nb": "Den valgte referansenæringen «{sector}» har ingen foretak i modellen; den største "
              "næringen brukes i stedet."},
    "model.sector_left_out": {
        "en": "In sector '{sector}' {share} of the {n} firms have the innovation, so its firms "
              "are left out of this model (their effect cannot be estimated).",
        "nb": "I næringen «{sector}» har {share} av de {n} foretakene innovasjonen, så disse "
              "foretakene er utelatt fra denne modellen (effekten kan ikke estimeres)."},
    "model.no_column": {"en": "No column is mapped for {name}, " + _NO_MODEL,
                        "nb": "Ingen kolonne er koblet for {name}, så det finnes ingen modell."},
    "model.no_regional": {
        "en": "No firm in this model is in a regional cluster, the baseline that national and "
              "international clusters are compared with, " + _NO_MODEL,
        "nb": "Ingen foretak i denne modellen er i en regional klynge, referansen som nasjonale "
              "og internasjonale klynger sammenlignes med, så det finnes ingen modell."},
    "model.scope_absent": {"en": "No firm in the model has {scope} scope, so {name} is left out.",
                           "nb": "Ingen foretak i modellen har {scope} omfang, så {name} er "
                                 "utelatt."},
    "model.constant": {"en": "{name} has the same value for every firm in the model, so it is "
                             "left out.",
                       "nb": "{name} har samme verdi for alle foretakene i modellen, så "
                             "variabelen er utelatt."},
    "model.all_regional": {
        "en": "Every firm in this model is in a regional cluster, so there are no national or "
              "international clusters to compare them with.",
        "nb": "Alle foretakene i denne modellen er i en regional klynge, så det finnes ingen "
              "nasjonale eller internasjonale klynger å sammenligne dem med."},
    "model.failed": {
        "en": "The model could not be estimated ({detail}). Switch a control off or check that "
              "each group has firms with and without the innovation.",
        "nb": "Modellen kunne ikke estimeres ({detail}). Slå av en kontrollvariabel, eller "
              "kontroller at hver gruppe har foretak både med og uten innovasjonen."},
    "model.too_few": {
        "en": "Too few firms with every variable answered ({n}) to estimate {k} coefficients; at "
              "least {needed} are needed.",
        "nb": "For få foretak har svart på alle variablene ({n}) til å estimere {k} "
              "koeffisienter; minst {needed} trengs."},
    "model.not_binary": {"en": "The outcome is not coded 0/1; check its yes/no codes.",
                         "nb": "Utfallet er ikke kodet 0/1; kontroller ja/nei-kodene."},
    "model.no_variation": {
        "en": "All {n} firms in the model {have} this innovation, so there is nothing to explain.",
        "nb": "Alle de {n} foretakene i modellen {have} denne innovasjonen, så det er ingenting "
              "å forklare."},
    "model.separation_by": {
        "en": "Perfect separation: among the {n} firms {state} {name}, {share} have the "
              "innovation, so its effect cannot be estimated. Leave that variable out or merge "
              "small groups.",
        "nb": "Perfekt separasjon: blant de {n} foretakene {state} {name} har {share} "
              "innovasjonen, så effekten kan ikke estimeres. Utelat variabelen, eller slå sammen "
              "små grupper."},
    "model.singular": {
        "en": "The variables cannot be told apart (singular design): {names} {verb} fully "
              "determined by the other variables (for example a copy of another column). Switch "
              "that control off.",
        "nb": "Variablene kan ikke skilles fra hverandre (singulært design): {names} er helt "
              "bestemt av de andre variablene (for eksempel en kopi av en annen kolonne). Slå av "
              "den kontrollvariabelen."},
    "model.separation": {
        "en": "Perfect separation: some combination of the variables predicts the innovation "
              "without error, so the effects cannot be estimated. Leave a control out or merge "
              "small sectors.",
        "nb": "Perfekt separasjon: en kombinasjon av variablene forutsier innovasjonen uten feil, "
              "så effektene kan ikke estimeres. Utelat en kontrollvariabel, eller slå sammen små "
              "næringer."},
    "model.not_converged": {
        "en": "The estimation did not converge, so no figures are shown. This usually means a "
              "variable (almost) perfectly predicts the innovation; leave a control out or merge "
              "small groups.",
        "nb": "Estimeringen konvergerte ikke, så ingen tall vises. Det betyr som regel at en "
              "variabel (nesten) perfekt forutsier innovasjonen; utelat en kontrollvariabel, "
              "eller slå sammen små grupper."},
    "model.no_finite_se": {
        "en": "The estimation gave no finite standard errors (singular design); switch a control "
              "off.",
        "nb": "Estimeringen ga ingen endelige standardfeil (singulært design); slå av en "
              "kontrollvariabel."},
    "model.quasi_separation": {
        "en": "Quasi-perfect separation: the coefficient of {name} is implausibly large, which "
              "means it (almost) perfectly predicts the innovation. Leave it out or merge small "
              "groups.",
        "nb": "Nesten perfekt separasjon: koeffisienten til {name} er urimelig stor, noe som "
              "betyr at variabelen (nesten) perfekt forutsier innovasjonen. Utelat den, eller slå "
              "sammen små grupper."},
    "model.lpm": {
        "en": "Linear probability model (OLS) with HC1 robust standard errors; 'pseudo "
              "R-squared' is the ordinary R-squared and the model test is the robust F test.",
        "nb": "Lineær sannsynlighetsmodell (OLS) med HC1-robuste standardfeil; «pseudo R²» er "
              "vanlig R², og modelltesten er den robuste F-testen."},
    "model.robust": {"en": "Robust (HC1) standard errors.", "nb": "Robuste (HC1) standardfeil."},
    # two waves (spec section 8)
    "compare.only_in": {"en": "{name}: only in {wave}.", "nb": "{name}: bare i {wave}."},
    "compare.no_counts": {
        "en": "{wave} gives no firm counts for this table: the changes have no interval or test.",
        "nb": "{wave} oppgir ikke antall foretak for denne tabellen: endringene har verken "
              "intervall eller test."},
    "compare.weighted": {
        "en": "Weighted shares: intervals and tests use Kish's effective number of firms and are "
              "approximate.",
        "nb": "Vektede andeler: intervaller og tester bruker Kish' effektive antall foretak og er "
              "tilnærmede."},
    "compare.published": {"en": "{wave}: the published shares; Table 6 is not compared.",
                          "nb": "{wave}: de publiserte andelene; tabell 6 sammenlignes ikke."},
    "compare.one_wave_control": {
        "en": "{name} is mapped in one wave only and left out of both waves' models.",
        "nb": "{name} er koblet i bare én runde og er utelatt fra begge rundenes modeller."},
    "compare.firms_in_both": {
        "en": "{n} firms are in both waves; the tests treat the waves as independent samples "
              "(with a panel they are conservative).",
        "nb": "{n} foretak er med i begge rundene; testene behandler rundene som uavhengige "
              "utvalg (med et panel er de konservative)."},
    "compare.model_error": {"en": "{wave}: {error}", "nb": "{wave}: {error}"},
}

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
