"""Results as the tabs show them in the interface language, in the workbook's words.

The engine names tables, rows and columns in English. For Norwegian the tabs get a copy whose
titles, labels and notes come from the one glossary (clusterdesk.report.labels) through the same
functions the Excel report uses, so a tab and its workbook sheet say the same thing. Texts from
the survey (regions, categories) stay as the file has them. The numbers are not touched, and the
original Results (which Export report… writes) are never changed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clusterdesk.analysis.results import ModelResult, RegressionResult, ResultTable
from clusterdesk.mapping.roles import OUTCOME_SHORT


def localized(results: Any, lang: str) -> Any:
    """`results` for display in `lang` ('en' returns them as they are)."""
    if lang == "en" or results is None:
        return results
    tables = {key: table_in(results, table, lang) if table is not None else None
              for key, table in results.tables.items()}
    return replace(results, tables=tables, regression=regression_in(results.regression, lang))


def title_of(results: Any, table: ResultTable, lang: str) -> str:
    from clusterdesk.report.labels import t, table_title

    if table.key == "innovation_by_location":
        outcome = getattr(results.settings, "table4_outcome", "product")
        return t(lang, "title.innovation_by_location", outcome=t(lang, "short." + outcome))
    if table.key == "sample_numbers":  # not a sheet of its own in the workbook
        return QCoreApplication.translate("Results", "Table 1 (continued). Size, education and "
                                          "R&D of the firms in the sample")
    return table_title(table, lang)


def table_in(results: Any, table: ResultTable, lang: str) -> ResultTable:
    from clusterdesk.report.excel_blocks import table_notes, translate_note
    from clusterdesk.report.labels import GLOSSARY, column_label, row_label, t

    columns = [replace(c, label=column_label(table.key, c.key, c.label, lang, c.glossary))
               for c in table.columns]
    if table.key == "innovation_by_region":  # one header row: "Radical product innovation"
        columns = [replace(c, label=_cap(t(lang, "short." + c.key))) if c.key in OUTCOME_SHORT
                   else c for c in columns]
    rows = [replace(r, label=row_label(table.key, r.key, r.kind, r.label, lang))
            for r in table.rows]
    tests = [replace(g, label=(t(lang, g.key) if g.key in GLOSSARY["en"] else g.label),
                     note=translate_note(g.note, lang) if g.note else g.note)
             for g in table.tests]
    row_header = t(lang, f"rowhead.{table.key}", default=t(lang, "rowhead.default")) \
        if table.row_header else table.row_header
    why = translate_note(table.why, lang) if table.why else table.why
    return replace(table, title=title_of(results, table, lang), columns=columns, rows=rows,
                   tests=tests, row_header=row_header, why=why,
                   notes=table_notes(results, table, lang))  # the workbook's notes


def regression_in(reg: RegressionResult | None, lang: str) -> RegressionResult | None:
    if reg is None:
        return None
    from clusterdesk.report.labels import t

    return replace(reg, title=t(lang, "title.regression", default=reg.title),
                   models=[_model_in(m, lang) for m in reg.models],
                   notes=[n for n in (_note(n, lang) for n in reg.notes) if n])


def _model_in(m: ModelResult, lang: str) -> ModelResult:
    from clusterdesk.report.labels import t

    terms = [replace(term, label=_term_label(term, lang)) for term in m.terms]
    notes = [n for n in (_note(n, lang) for n in m.notes) if n]
    from clusterdesk.report.notes import note_in

    return replace(m, outcome_label=t(lang, m.outcome, default=m.outcome_label), terms=terms,
                   notes=notes, error=note_in(m.error, lang) if m.error else m.error)


def _term_label(term: Any, lang: str) -> str:
    from clusterdesk.report.labels import t

    if term.key.startswith("sector["):
        return t(lang, "reg.sector", name=term.key[len("sector["):-1])
    return t(lang, "reg." + term.key, default=term.label)


def _note(note: str, lang: str) -> str | None:
    """A regression note in `lang`, as the workbook words it (None: the note is not shown)."""
    from clusterdesk.report import excel_regression

    return excel_regression._note(note, lang)  # the workbook's one translation of these notes


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# The English texts report.charts writes on a figure; figure_in() puts them in the interface
# language (listed here so that lupdate finds them).
CHART_TEXTS = (
    QT_TRANSLATE_NOOP("Charts", "Share of firms (%)"),
    QT_TRANSLATE_NOOP("Charts", "Error bars: 95 % Wilson intervals."),
    QT_TRANSLATE_NOOP("Charts", "Bars: 95 % intervals."),
    QT_TRANSLATE_NOOP("Charts", "Nothing to chart: this table has no shares."),
    QT_TRANSLATE_NOOP("Charts", "No model could be drawn on this scale."),
    QT_TRANSLATE_NOOP("Charts", "Coefficient"),
    QT_TRANSLATE_NOOP("Charts", "Odds ratio (log scale)"),
    QT_TRANSLATE_NOOP("Charts", "Average marginal effect (percentage points)"),
    QT_TRANSLATE_NOOP("Charts", "Change (percentage points)"),
    QT_TRANSLATE_NOOP("Charts", "Error bars: 95 % intervals of the change. Solid and *: p < 0.05."),
    QT_TRANSLATE_NOOP("Charts", "Nothing to chart: the two waves have no cell in common."),
)


def figure_in(fig: Any, lang: str) -> Any:
    """A chart of report.charts with its fixed texts (axis titles, footnotes) in `lang`; the
    labels that come from the Results are already localized. Safe off the GUI thread."""
    if lang == "en":
        return fig
    from matplotlib.text import Text
    from matplotlib.ticker import FuncFormatter

    for text in fig.findobj(Text):
        english = text.get_text()
        if english in CHART_TEXTS:
            text.set_text(QCoreApplication.translate("Charts", english))
    comma = FuncFormatter(lambda value, _pos: f"{value:g}".replace(".", ",").replace("-", "−"))
    for ax in fig.axes:  # decimal commas on the number axes (log axes keep their formatter)
        for axis, scale in ((ax.xaxis, ax.get_xscale()), (ax.yaxis, ax.get_yscale())):
            if scale == "linear" and type(axis.get_major_formatter()).__name__ == \
                    "ScalarFormatter":  # numbers, not the term names of a coefficient plot
                axis.set_major_formatter(comma)
    return fig
