"""The notes of Tables 1-5, of what the survey does not ask (spec 7) and of the group tests: each
key's English and Norwegian template (analysis.notes renders them)."""

from __future__ import annotations

from clusterdesk.analysis.notes_models import NO_MODEL

_SHARES = ("Shares are % of the firms that answered the item (firms without an answer are left "
           "out of that cell); 95 % Wilson intervals; chi-square tests without continuity "
           "correction.")

TABLE_NOTES: dict[str, dict[str, str]] = {
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
              "compared with, " + NO_MODEL,
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
}
