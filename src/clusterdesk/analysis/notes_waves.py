"""The notes of two waves compared (spec section 8): each key's English and Norwegian template
(analysis.notes renders them)."""

from __future__ import annotations

WAVE_NOTES: dict[str, dict[str, str]] = {
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
