"""The plain-language sentence of a compared table (spec section 8), in English and bokmål:
"Product innovation rose in Oslo (+8.5 points, 95 % interval 2.5 to 14.5, p = 0.006);
elsewhere the changes are within sampling noise."
"""

from __future__ import annotations

from clusterdesk.report.labels import column_label, row_label, t

ALPHA = 0.05

WORDS = {
    "en": {"rose": "rose", "fell": "fell", "points": "points", "interval": "95 % interval",
           "to": "to", "elsewhere": "elsewhere the changes are within sampling noise.",
           "none": "No change is larger than sampling noise (every p ≥ 0.05).",
           "untested": "{base} gives no firm counts for this table, so its changes cannot be "
                       "tested.",
           "in": "in", "among": "among", "nothing": "The two waves have no cell in common."},
    "nb": {"rose": "økte", "fell": "falt", "points": "poeng", "interval": "95 % intervall",
           "to": "til", "elsewhere": "ellers er endringene innenfor tilfeldig variasjon.",
           "none": "Ingen endring er større enn tilfeldig variasjon (alle p ≥ 0,05).",
           "untested": "{base} oppgir ikke antall foretak for denne tabellen, så endringene kan "
                       "ikke testes.",
           "in": "i", "among": "blant", "nothing": "De to rundene har ingen celler felles."},
}


def number(x: float, decimals: int, lang: str, sign: bool = False) -> str:
    s = f"{x:+.{decimals}f}" if sign else f"{x:.{decimals}f}"
    s = s.replace("-", "−")
    return s.replace(".", ",") if lang == "nb" else s


def p_text(p: float, lang: str) -> str:
    return "p < " + number(0.001, 3, lang) if p < 0.001 else "p = " + number(p, 3, lang)


def _subject(key: str, row, column: str, column_shown: str, row_shown: str, lang: str) -> str:
    """What changed where: T2 "Product innovation ... in Oslo", T3 "Demanding customers ...
    in Oslo", T4 and T5 "Product innovation among ..." read as the table reads."""
    w = WORDS[lang]
    if key == "innovation_by_region":
        return f"{column_shown}|{w['in']} {row_shown}"
    if key == "cluster_extent":
        return f"{row_shown}|{w['in']} {column_shown}"
    return f"{row_shown}|{w['among']} {column_shown.lower()}"


def sentence(table, lang: str, base_label: str) -> str:
    """One sentence from the figures of a TableChange (analysis.compare)."""
    w = WORDS[lang]
    parts, tested = [], False
    for row in table.rows:
        if row.kind == "average":
            continue
        row_shown = row_label(table.key, row.key, row.kind, row.label, lang)
        for j, col in enumerate(table.columns):
            p = row.fisher_p[j] if row.fisher_p[j] is not None else row.p[j]
            if p is None:
                continue
            tested = True
            if p >= ALPHA or row.change[j] is None:
                continue
            shown = t(lang, f"short.{col}", default=column_label(table.key, col,
                                                                  table.column_labels[j], lang))
            what, where = _subject(table.key, row, col, shown, row_shown, lang).split("|")
            verb = w["rose"] if row.change[j] > 0 else w["fell"]
            parts.append(f"{what} {verb} {where} ({number(row.change[j], 1, lang, sign=True)} "
                         f"{w['points']}, {w['interval']} {number(row.change_low[j], 1, lang)} "
                         f"{w['to']} {number(row.change_high[j], 1, lang)}, "
                         f"{p_text(p, lang)})")
    if not table.rows:
        return w["nothing"]
    if not tested:
        return w["untested"].format(base=base_label)
    if not parts:
        return w["none"]
    return _capital("; ".join(parts)) + "; " + w["elsewhere"]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
