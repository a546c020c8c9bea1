"""The workbook's words in Norwegian bokmål, key for key as labels_en.py (report.labels is the
glossary; the Method sheet's words: labels_method.py)."""

from __future__ import annotations

NB: dict[str, str] = {
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
    "note.groups_left_out": "{role} har {total} ulike verdier: de {shown} med flest foretak "
                            "vises her; de andre {hidden} ({firms} foretak) teller med i "
                            "totalene og testene, og resultatfilen har alle. Er en "
                            "id-kolonne koblet som {role}? Se advarslene.",
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
}
