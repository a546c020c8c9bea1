"""The notes and errors of Table 6's models: each key's English and Norwegian template
(analysis.notes renders them)."""

from __future__ import annotations

NO_MODEL = "so there is no model."

MODEL_NOTES: dict[str, dict[str, str]] = {
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
    "model.no_column": {"en": "No column is mapped for {name}, " + NO_MODEL,
                        "nb": "Ingen kolonne er koblet for {name}, så det finnes ingen modell."},
    "model.no_regional": {
        "en": "No firm in this model is in a regional cluster, the baseline that national and "
              "international clusters are compared with, " + NO_MODEL,
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
}
