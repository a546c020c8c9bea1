"""The Method and data sheets' words in English and Norwegian bokmål (part of report.labels'
glossary)."""

from __future__ import annotations

METHOD: dict[str, dict[str, str]] = {
    "en": {
        # method sheet
        "method.title": "Method: how this report was made",
        "method.file": "File analysed", "method.sheet": "Sheet", "method.rows_read": "Rows read",
        "method.rows_used": "Rows used", "method.date": "Report date",
        "method.version": "ClusterDesk version", "method.warnings": "Import warnings",
        "method.mapping": "Mapping: role → column", "method.role": "Role",
        "method.unmapped": "Not in this survey's mapping",
        "method.unmapped_control": "{item} (so Table 6 has no control for it)",
        "method.unmapped_text": "The tables that would use them say so in their notes.",
        "method.column": "Column", "method.codes": "Answer codes",
        "method.location": "Location", "method.yes_no": "Yes/no",
        "method.order": "Category order", "method.rule": "Cluster classification",
        "method.rule_text": "A firm is unclassified if fewer than {min_answered} of the six factors "
                            "are answered; otherwise a regional cluster if at least {regional_min} "
                            "are regional, non-regional if at most {nonregional_max} are regional, "
                            "else intermediate. Scope of a non-regional firm: national if at least "
                            "as many factors are national as international, else international.",
        "method.settings": "Model and settings", "method.model": "Model",
        "method.se": "Standard errors", "method.outcomes": "Regression outcomes",
        "method.controls": "Controls", "method.controls_all": "every mapped control",
        "method.baseline": "Sector baseline", "method.baseline_largest": "the largest sector",
        "method.t4": "Table 4 outcome", "method.weights": "Weights",
        "method.weights_yes": "Yes: shares weighted by column '{column}'; 95% intervals use Kish's "
                              "n_eff = (Σw)² / Σw²; χ² tests use weights rescaled to the number of "
                              "firms (normalised weights), marked approximate.",
        "method.weights_no": "No: every firm weighs 1.",
        "method.t6_fit": "Table 6 fit",
        "method.t6_weighted": "Weighted by column '{column}': pseudo-maximum likelihood (weighted "
                              "least squares for the linear probability model); robust "
                              "(linearisation) standard errors with the factor n/(n − 1); "
                              "marginal effects averaged with the weights.",
        "method.t6_unweighted": "Unweighted (setting weighted_model off): every firm in the "
                                "models weighs 1.",
        "method.intervals": "Intervals", "method.intervals_text": "95% Wilson score intervals.",
        "method.tests": "Tests", "method.tests_text": "Pearson χ² without continuity correction; "
                        "Fisher's exact p for 2×2 tables; significance at 0.05 in the sentences.",
        "yes_no.yes": "yes", "yes_no.no": "no", "yes_no.missing": "missing",
        "yes_no.skipped_means_no": "skipped, counted as no",
        "method.not_asked": "not asked in the survey", "method.nearest": "the nearest level ticked",
        "method.farthest": "the farthest level ticked",
        "method.any_of": "yes when any of these says yes: {columns}",
        "method.question": "Question", "method.labels": "names for codes",
        "method.ticked": "Tick marks in grids", "method.not_ticked": "Not a tick in grids",
        "method.levels": "Levels asked",
        "method.levels_text": "{levels}; firms are classed by the {inner} level, the innermost "
                              "asked.",
        "method.factors": "Factors asked",
        "method.factors_text": "{k} of 6: {factors}. Averages and classes use these; the "
                               "thresholds are scaled to them unless the mapping gives them.",
        "location.missing": "missing",
        "data.class": "Cluster class", "data.scope": "Cluster scope",
    },
    "nb": {
        "method.title": "Metode: slik ble rapporten laget",
        "method.file": "Analysert fil", "method.sheet": "Ark", "method.rows_read": "Rader lest",
        "method.rows_used": "Rader brukt", "method.date": "Rapportdato",
        "method.version": "ClusterDesk-versjon", "method.warnings": "Advarsler ved innlesing",
        "method.mapping": "Kobling: rolle → kolonne", "method.role": "Rolle",
        "method.unmapped": "Ikke med i koblingen for denne undersøkelsen",
        "method.unmapped_control": "{item} (så tabell 6 har ingen kontroll for den)",
        "method.unmapped_text": "Tabellene som ville brukt dem, sier det i merknadene sine.",
        "method.column": "Kolonne", "method.codes": "Svarkoder",
        "method.location": "Lokalisering", "method.yes_no": "Ja/nei",
        "method.order": "Rekkefølge på kategorier", "method.rule": "Klyngeklassifisering",
        "method.rule_text": "Et foretak er uklassifisert hvis færre enn {min_answered} av de seks "
                            "faktorene er besvart; ellers en regional klynge hvis minst "
                            "{regional_min} er regionale, ikke-regional hvis høyst "
                            "{nonregional_max} er regionale, ellers mellomkategori. Omfang for et "
                            "ikke-regionalt foretak: nasjonalt hvis minst like mange faktorer er "
                            "nasjonale som internasjonale, ellers internasjonalt.",
        "method.settings": "Modell og innstillinger", "method.model": "Modell",
        "method.se": "Standardfeil", "method.outcomes": "Utfall i regresjonen",
        "method.controls": "Kontrollvariabler", "method.controls_all": "alle koblede kontroller",
        "method.baseline": "Referansenæring", "method.baseline_largest": "den største næringen",
        "method.t4": "Utfall i tabell 4", "method.weights": "Vekter",
        "method.weights_yes": "Ja: andelene er vektet med kolonnen '{column}'; 95 %-intervallene "
                              "bruker Kishs n_eff = (Σw)² / Σw²; χ²-testene bruker vekter skalert "
                              "til antall foretak (normaliserte vekter), merket tilnærmet.",
        "method.weights_no": "Nei: hvert foretak teller 1.",
        "method.t6_fit": "Estimering i tabell 6",
        "method.t6_weighted": "Vektet med kolonnen '{column}': pseudo-sannsynlighetsmaksimering "
                              "(vektet minste kvadraters metode for den lineære "
                              "sannsynlighetsmodellen); robuste standardfeil (linearisering) med "
                              "faktoren n/(n − 1); marginale effekter er vektede gjennomsnitt.",
        "method.t6_unweighted": "Uvektet (innstillingen weighted_model er slått av): hvert foretak "
                                "i modellene teller 1.",
        "method.intervals": "Intervaller", "method.intervals_text": "95 % Wilson-intervaller.",
        "method.tests": "Tester", "method.tests_text": "Pearsons χ² uten kontinuitetskorreksjon; "
                        "Fishers eksakte p for 2×2-tabeller; signifikansnivå 0,05 i setningene.",
        "yes_no.yes": "ja", "yes_no.no": "nei", "yes_no.missing": "mangler",
        "yes_no.skipped_means_no": "hoppet over, telt som nei",
        "method.not_asked": "ikke spurt om i undersøkelsen",
        "method.nearest": "det nærmeste avkryssede nivået",
        "method.farthest": "det fjerneste avkryssede nivået",
        "method.any_of": "ja når en av disse sier ja: {columns}",
        "method.question": "Spørsmål", "method.labels": "navn på koder",
        "method.ticked": "Avkrysninger i rutenett", "method.not_ticked": "Ikke avkrysset i rutenett",
        "method.levels": "Nivåer spurt om",
        "method.levels_text": "{levels}; foretakene klassifiseres etter det innerste nivået "
                              "({inner}).",
        "method.factors": "Faktorer spurt om",
        "method.factors_text": "{k} av 6: {factors}. Gjennomsnitt og klasser bruker disse; "
                               "tersklene skaleres etter dem med mindre koblingen angir dem.",
        "location.missing": "mangler",
        "data.class": "Klyngeklasse", "data.scope": "Klyngeomfang",
    },
}
