"""A sheet per compared table (spec section 8): both waves, the change in points with its 95 %
interval, p; one plain-language sentence; the notes. Numbers stay numbers."""

from __future__ import annotations

from clusterdesk.report.compare_sentences import sentence
from clusterdesk.report.excel_blocks import notes_block, title_block
from clusterdesk.report.excel_layout import SheetPlan, Style
from clusterdesk.report.labels import column_label, row_label, t
from clusterdesk.report.notes import note_in

TEXTS = {
    "en": {"sheet": "{n} change", "title": "{table}: {later} compared with {base}",
           "row": "Row", "column": "Column", "change": "Change (points)",
           "low": "95 % interval from", "high": "to", "p": "χ² p", "fisher": "Fisher p",
           "both": "Firms in both waves", "method": "Comparison of two waves",
           "base": "Earlier wave", "later": "Later wave",
           "how": "Per cell: the change in percentage points (later − earlier), its 95 % interval "
                  "by Newcombe's hybrid score method and Pearson's χ² test of wave × outcome "
                  "without continuity correction (Fisher's exact p when an expected count is "
                  "below 5). Averages: the change only. Table 6: each wave fitted with the "
                  "controls both waves have, z-test of each coefficient's difference. The tests "
                  "treat the waves as independent samples.",
           "how_label": "How the waves were compared", "none": "not known"},
    "nb": {"sheet": "{n} endring", "title": "{table}: {later} sammenlignet med {base}",
           "row": "Rad", "column": "Kolonne", "change": "Endring (poeng)",
           "low": "95 % intervall fra", "high": "til", "p": "χ² p", "fisher": "Fisher p",
           "both": "Foretak i begge rundene", "method": "Sammenligning av to runder",
           "base": "Tidligere runde", "later": "Senere runde",
           "how": "Per celle: endringen i prosentpoeng (senere − tidligere), 95 % intervall "
                  "etter Newcombes hybride score-metode og Pearsons χ²-test av runde × utfall "
                  "uten kontinuitetskorreksjon (Fishers eksakte p når en forventet frekvens er "
                  "under 5). Gjennomsnitt: bare endringen. Tabell 6: hver runde estimert med "
                  "kontrollvariablene begge rundene har, z-test av forskjellen i hver "
                  "koeffisient. Testene behandler rundene som uavhengige utvalg.",
           "how_label": "Slik ble rundene sammenlignet", "none": "ukjent"},
}
NUMBER = "0.0"
CHANGE = '+0.0;−0.0;0.0'
PVALUE = "0.000"
HEAD = Style(bold=True, top="thin", bottom="thin", wrap=True)


def _x(lang: str, key: str, **fields: object) -> str:
    return TEXTS[lang][key].format(**fields)


def change_sheet(results, key: str, number: int, lang: str) -> SheetPlan:
    c = results.comparison
    table = c.tables[key]
    plan = SheetPlan(_x(lang, "sheet", n=f"T{number}"))
    heads = [_x(lang, "row"), _x(lang, "column"), c.base_label, c.later_label,
             _x(lang, "change"), _x(lang, "low"), _x(lang, "high"), _x(lang, "p"),
             _x(lang, "fisher")]
    last = len(heads)
    name = t(lang, f"sheet.{key}")
    row = title_block(plan, _x(lang, "title", table=name, base=c.base_label,
                               later=c.later_label), last)
    plan.span(row, 1, last, sentence(table, lang, c.base_label), Style(italic=True),
              wrap_height=True)
    row += 2
    top = row
    for j, h in enumerate(heads, start=1):
        plan.text(row, j, h, HEAD)
    row += 1
    for r in table.rows:
        shown = row_label(key, r.key, r.kind, r.label, lang)
        for j, col in enumerate(table.columns):
            bold = Style(bold=r.kind != "data")
            plan.text(row, 1, shown, bold)
            plan.text(row, 2, column_label(key, col, table.column_labels[j], lang))
            for k, (value, fmt) in enumerate(
                    ((r.base[j], NUMBER), (r.later[j], NUMBER), (r.change[j], CHANGE),
                     (r.change_low[j], CHANGE), (r.change_high[j], CHANGE), (r.p[j], PVALUE),
                     (r.fisher_p[j], PVALUE)), start=3):
                if value is not None:
                    plan.num(row, k, value, Style(fmt=fmt))
            row += 1
    plan.rule(row - 1, 1, last, "bottom")
    plan.freeze = f"C{top + 1}"
    plan.print_rows = (top, top)
    notes = [note_in(n, lang) for n in (*table.notes, *c.notes)]
    notes_block(plan, row + 1, notes, last, lang)
    return plan


def method_rows(results, lang: str) -> list[tuple[str, object] | str]:
    """The Method sheet's section on the comparison (none without one)."""
    c = results.comparison
    if c is None:
        return []
    both = c.firms_in_both if c.firms_in_both is not None else _x(lang, "none")
    return [_x(lang, "method"),  # a section heading (the Method sheet looks it up, finds none)
            (_x(lang, "base"), f"{c.base_label} ({c.base_file})" if c.base_file
             else c.base_label),
            (_x(lang, "later"), c.later_label), (_x(lang, "both"), both),
            (_x(lang, "how_label"), _x(lang, "how"))]
