"""The workbook's words in English and Norwegian bokmål: one glossary, so a translator edits one place.

Keys are the spec's role, outcome, column and row keys where one exists; texts that come from the
survey itself (region and category names) are never translated.
"""

from __future__ import annotations

from clusterdesk.mapping.roles import ROLES

LANGS = ("en", "nb")

GLOSSARY: dict[str, dict[str, str]] = {
    "en": {
        # sheet names (<= 31 characters, no []:*?/\)
        "sheet.sample_categories": "T1 Sample",
        "sheet.innovation_by_region": "T2 Innovation by region",
        "sheet.cluster_extent": "T3 Cluster extent",
        "sheet.innovation_by_location": "T4 Innovation by location",
        "sheet.cluster_classification": "T5 Cluster classification",
        "sheet.regression": "T6 Regression",
        "sheet.method": "Method",
        "sheet.data": "Coded data", "sheet.chart_values": "Chart intervals",
        # titles (the paper's wording)
        "title.sample_categories": "Table 1. Descriptive data on the firms included in the sample",
        "title.innovation_by_region": "Table 2. The share of firms having introduced innovations (in %)",
        "title.cluster_extent": "Table 3. The extent of regional clusters – the regional share of six "
                                "factors (in %)",
        "title.innovation_by_location": "Table 4. The effect of clusters on {outcome}: share of firms "
                                        "by where each factor is located (in %)",
        "title.cluster_classification": "Table 5. The effect of regional clusters on innovation: the "
                                        "share of companies having introduced innovations (in %)",
        "title.regression": "Table 6. The effect of clusters on innovation: a multivariate analysis",
        # titles of a survey that asks fewer factors or levels (spec 7)
        "title.cluster_extent.k": "Table 3. The extent of regional clusters – the regional share "
                                  "of the {k} factors asked (in %)",
        "title.cluster_classification.national": "Table 5. The effect of the national environment "
                                                 "on innovation: the share of companies having "
                                                 "introduced innovations (in %)",
        "title.cluster_classification.international": "Table 5. The effect of the international "
                                                      "environment on innovation: the share of "
                                                      "companies having introduced innovations "
                                                      "(in %)",
        "env.national": "National environment", "env.international": "International environment",
        "env.not_national": "Non-national environment",
        "env.not_international": "Non-international environment",
        # role, factor and outcome names: from mapping/roles.py, added below the glossary
        "short.product": "product innovation", "short.product_new_to_market":
            "radical product innovation", "short.process": "process innovation",
        "short.process_new_to_industry": "radical process innovation",
        "group.product": "Product innovation", "group.process": "Process innovation",
        "col.total_share": "Total", "col.radical": "Radical",
        # column and row keys
        "n": "Number of firms", "pct": "% of sample", "mean": "Mean", "median": "Median",
        "sd": "Standard deviation", "min": "Min", "max": "Max", "numbers.n": "N",
        "weighted_n": "Weighted number", "weighted_pct": "Weighted % of sample",
        "Total": "Total", "total": "Total", "average": "Average",
        "average.innovation_by_location": "Average (un-weighted)", "Missing": "Missing",
        "regional": "Regional", "national": "National", "international": "International",
        "non_regional": "Non-regional cluster", "cluster.regional": "Regional cluster",
        "all": "All firms", "n.cluster_classification": "N firms",
        "rowhead.innovation_by_region": "Regions", "rowhead.default": "Variables",
        "rowhead.numbers": "Variables",
        # intervals and tests
        "ci.low": "95% CI low", "ci.high": "high", "ci.caption": "(95% interval)",
        "ci.lower_block": "95% intervals (Wilson): lower bounds, in %",
        "ci.upper_block": "95% intervals (Wilson): upper bounds, in %",
        "tests.title": "Tests of differences (Pearson χ², no continuity correction)",
        "tests.what": "Test of", "chi2": "χ²", "df": "df", "p": "p", "fisher_p": "Fisher p",
        "small_counts": "Small counts", "yes": "yes", "note": "Note",
        "approx": "approximate (weighted counts)",
        # regression
        "reg.scope": "Scope", "reg.controls": "Controls ᵃ", "reg.national": "National cluster",
        "reg.international": "International cluster", "reg.log_employees": "Size (log employees)",
        "reg.manager_education": "Manager's education level", "reg.foreign_ownership":
            "Foreign ownership", "reg.rd_expenditure": "R&D expenditure", "reg.const": "Constant",
        "reg.sector": "Sector: {name}", "reg.coef": "Coefficient", "reg.se": "(SE)",
        "reg.n": "N", "reg.pseudo_r2": "Pseudo R² (McFadden)", "reg.llf": "Log-likelihood",
        "reg.llr_pvalue": "LR test p", "reg.aic": "AIC",
        "reg.effects": "Odds ratios and average marginal effects (percentage points)",
        "reg.or": "Odds ratio", "reg.ame": "AME (pp)", "reg.ame_se": "SE", "reg.ame_p": "p",
        "reg.sectors_note": "ᵃ Controls also include industrial sectors.",
        "reg.failed": "Not estimated: {error}",
        "model.logit": "logit", "model.probit": "probit", "model.lpm": "linear probability model",
        "se.model": "model-based", "se.robust": "robust (HC1)",
        "se.sandwich": "robust (linearisation, n/(n − 1))",
        # notes
        "notes": "Notes",
        "note.source": "Source: {source} (n = {n} firms used of {read} read).",
        "note.shares": "Shares are % of the firms with a non-missing answer to the item "
                       "(available cases); N columns are unweighted counts of firms.",
        "note.weighted": "Shares are weighted by the survey weight; intervals use Kish's effective "
                         "sample size; tests use weights rescaled to the number of firms "
                         "(approximate).",
        "note.ci": "Intervals: 95% Wilson score interval of each share, in %.",
        "note.sample": "% of the firms that answered each question; 'Missing' counts the firms "
                       "without an answer and has no %.",
        "note.numbers": "Numbers: unweighted, over the firms with a number in that column; "
                        "standard deviation with n − 1.",
        "note.tests": "Tests: Pearson's χ² of independence without continuity correction; Fisher p "
                      "is Fisher's exact two-sided p (2×2 tables); 'Small counts': an expected "
                      "count is below 5, so read Fisher p where there is one.",
        "note.stars": "*** p < 0.01, ** p < 0.05, * p < 0.1. Standard errors in parentheses.",
        "note.truncated": "A text longer than Excel's 32,767-character limit was cut short.",
        # charts
        "chart.share": "% of firms",
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
        "sheet.sample_categories": "T1 Utvalg",
        "sheet.innovation_by_region": "T2 Innovasjon etter region",
        "sheet.cluster_extent": "T3 Klyngeomfang",
        "sheet.innovation_by_location": "T4 Innovasjon og lokalisering",
        "sheet.cluster_classification": "T5 Klyngeklassifisering",
        "sheet.regression": "T6 Regresjon",
        "sheet.method": "Metode",
        "sheet.data": "Kodede data", "sheet.chart_values": "Diagramintervaller",
        "title.sample_categories": "Tabell 1. Beskrivende data om foretakene i utvalget",
        "title.innovation_by_region": "Tabell 2. Andel foretak som har innført innovasjoner (i %)",
        "title.cluster_extent": "Tabell 3. Omfanget av regionale klynger – regional andel av seks "
                                "faktorer (i %)",
        "title.innovation_by_location": "Tabell 4. Klyngers betydning for {outcome}: andel foretak "
                                        "etter hvor hver faktor er lokalisert (i %)",
        "title.cluster_classification": "Tabell 5. Regionale klyngers betydning for innovasjon: "
                                        "andel foretak som har innført innovasjoner (i %)",
        "title.regression": "Tabell 6. Klyngers betydning for innovasjon: en multivariat analyse",
        "title.cluster_extent.k": "Tabell 3. Omfanget av regionale klynger – regional andel av de "
                                  "{k} faktorene undersøkelsen spør om (i %)",
        "title.cluster_classification.national": "Tabell 5. Det nasjonale miljøets betydning for "
                                                 "innovasjon: andel foretak som har innført "
                                                 "innovasjoner (i %)",
        "title.cluster_classification.international": "Tabell 5. Det internasjonale miljøets "
                                                      "betydning for innovasjon: andel foretak "
                                                      "som har innført innovasjoner (i %)",
        "env.national": "Nasjonalt miljø", "env.international": "Internasjonalt miljø",
        "env.not_national": "Ikke-nasjonalt miljø",
        "env.not_international": "Ikke-internasjonalt miljø",
        "short.product": "produktinnovasjon", "short.product_new_to_market":
            "radikal produktinnovasjon", "short.process": "prosessinnovasjon",
        "short.process_new_to_industry": "radikal prosessinnovasjon",
        "group.product": "Produktinnovasjon", "group.process": "Prosessinnovasjon",
        "col.total_share": "I alt", "col.radical": "Radikal",
        "n": "Antall foretak", "pct": "% av utvalget", "mean": "Gjennomsnitt", "median": "Median",
        "sd": "Standardavvik", "min": "Min", "max": "Maks", "numbers.n": "N",
        "weighted_n": "Vektet antall", "weighted_pct": "Vektet % av utvalget",
        "Total": "I alt", "total": "I alt", "average": "Gjennomsnitt",
        "average.innovation_by_location": "Gjennomsnitt (uvektet)", "Missing": "Mangler svar",
        "regional": "Regionalt", "national": "Nasjonalt", "international": "Internasjonalt",
        "non_regional": "Ikke-regional klynge", "cluster.regional": "Regional klynge",
        "all": "Alle foretak", "n.cluster_classification": "Antall foretak",
        "rowhead.innovation_by_region": "Regioner", "rowhead.default": "Variabler",
        "rowhead.numbers": "Variabler",
        "ci.low": "95 % KI nedre", "ci.high": "øvre", "ci.caption": "(95 % intervall)",
        "ci.lower_block": "95 %-intervaller (Wilson): nedre grenser, i %",
        "ci.upper_block": "95 %-intervaller (Wilson): øvre grenser, i %",
        "tests.title": "Tester av forskjeller (Pearsons χ², uten kontinuitetskorreksjon)",
        "tests.what": "Test av", "chi2": "χ²", "df": "fg", "p": "p", "fisher_p": "Fisher p",
        "small_counts": "Små antall", "yes": "ja", "note": "Merknad",
        "approx": "tilnærmet (vektede antall)",
        "reg.scope": "Omfang", "reg.controls": "Kontrollvariabler ᵃ",
        "reg.national": "Nasjonal klynge", "reg.international": "Internasjonal klynge",
        "reg.log_employees": "Størrelse (log ansatte)",
        "reg.manager_education": "Lederens utdanningsnivå", "reg.foreign_ownership":
            "Utenlandsk eierskap", "reg.rd_expenditure": "FoU-utgifter", "reg.const": "Konstant",
        "reg.sector": "Næring: {name}", "reg.coef": "Koeffisient", "reg.se": "(SF)",
        "reg.n": "N", "reg.pseudo_r2": "Pseudo R² (McFadden)", "reg.llf": "Log-likelihood",
        "reg.llr_pvalue": "LR-test p", "reg.aic": "AIC",
        "reg.effects": "Oddsratioer og gjennomsnittlige marginale effekter (prosentpoeng)",
        "reg.or": "Oddsratio", "reg.ame": "AME (pp)", "reg.ame_se": "SF", "reg.ame_p": "p",
        "reg.sectors_note": "ᵃ Kontrollvariablene omfatter også næring.",
        "reg.failed": "Ikke estimert: {error}",
        "model.logit": "logit", "model.probit": "probit", "model.lpm": "lineær sannsynlighetsmodell",
        "se.model": "modellbaserte", "se.robust": "robuste (HC1)",
        "se.sandwich": "robuste (linearisering, n/(n − 1))",
        "notes": "Merknader",
        "note.source": "Kilde: {source} (n = {n} foretak brukt av {read} lest).",
        "note.shares": "Andelene er % av foretakene som har svart på spørsmålet (tilgjengelige "
                       "svar); N-kolonnene er uvektede antall foretak.",
        "note.weighted": "Andelene er vektet med utvalgsvekten; intervallene bruker Kishs effektive "
                         "utvalgsstørrelse; testene bruker vekter skalert til antall foretak "
                         "(tilnærmet).",
        "note.ci": "Intervaller: 95 % Wilson-intervall for hver andel, i %.",
        "note.sample": "% av foretakene som har svart på spørsmålet; 'Mangler svar' teller "
                       "foretakene uten svar og har ingen %.",
        "note.numbers": "Tallvariabler: uvektet, over foretakene med et tall i kolonnen; "
                        "standardavvik med n − 1.",
        "note.tests": "Tester: Pearsons χ²-test for uavhengighet uten kontinuitetskorreksjon; "
                      "Fisher p er Fishers eksakte tosidige p (2×2-tabeller); 'Små antall': et "
                      "forventet antall er under 5, så les Fisher p der den finnes.",
        "note.stars": "*** p < 0,01, ** p < 0,05, * p < 0,1. Standardfeil i parentes.",
        "note.truncated": "En tekst lengre enn Excels grense på 32 767 tegn ble forkortet.",
        "chart.share": "% av foretakene",
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
