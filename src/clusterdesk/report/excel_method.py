"""The Method sheet: everything a reader needs to reproduce the report (file, mapping, codes,
classification rule, model settings, weights, version)."""

from __future__ import annotations

import datetime as _dt

import clusterdesk
from clusterdesk.analysis.regression import CONTROL_ROLES
from clusterdesk.mapping.roles import ROLES
from clusterdesk.report.excel_compare import method_rows
from clusterdesk.report.excel_layout import SheetPlan, Style
from clusterdesk.report.excel_method_shape import mapping_rows, shape_rows
from clusterdesk.report.labels import t

KEY = Style(valign="top")
VALUE = Style(wrap=True, valign="top", align="left")
SECTION = Style(bold=True, top="thin")


def method_sheet(results, lang: str, today: _dt.date | None = None) -> SheetPlan:
    plan = SheetPlan(t(lang, "sheet.method"))
    rows: list[tuple[str, object] | str] = []
    inp = results.input
    name = inp.source.replace("\\", "/").rsplit("/", 1)[-1]
    rows += ["method.file", (t(lang, "method.file"), name), (t(lang, "method.sheet"), inp.sheet),
             (t(lang, "method.rows_read"), inp.rows_read), (t(lang, "method.rows_used"), inp.rows_used),
             (t(lang, "method.date"), (today or _dt.date.today()).isoformat()),
             (t(lang, "method.version"), clusterdesk.__version__)]
    for w in inp.warnings:
        rows.append((t(lang, "method.warnings"), w))
    mapping = results.mapping
    if mapping is not None:
        rows.append("method.mapping")
        rows += mapping_rows(mapping, lang)
        unmapped = _unmapped(mapping, lang)
        if unmapped:
            rows.append((t(lang, "method.unmapped"), unmapped))
        rows += ["method.codes", *_codes(mapping, lang)]
        if mapping.order:
            rows.append("method.order")
            for role, cats in mapping.order.items():
                rows.append((t(lang, role, default=role), "; ".join(map(str, cats))))
    s = results.settings
    rows.append("method.rule")
    rows.append((t(lang, "method.rule"), t(lang, "method.rule_text", min_answered=s.min_answered,
                                           regional_min=s.regional_min,
                                           nonregional_max=s.nonregional_max)))
    rows += shape_rows(mapping, lang)
    rows.append("method.settings")
    controls = (", ".join(t(lang, "reg." + c, default=c) for c in s.controls)
                if s.controls is not None else t(lang, "method.controls_all"))
    weight_col = mapping.columns.get("weight") if mapping is not None else None
    weighted_fit = inp.weighted and getattr(s, "weighted_model", True)
    rows += [(t(lang, "method.t4"), t(lang, s.table4_outcome)),
             (t(lang, "method.model"), t(lang, "model." + s.model)),
             (t(lang, "method.se"), t(lang, "se." + ("sandwich" if weighted_fit else "robust"
                                                     if s.model == "lpm" else s.se))),
             (t(lang, "method.outcomes"), "; ".join(t(lang, o) for o in s.regression_outcomes)),
             (t(lang, "method.controls"), controls),
             (t(lang, "method.baseline"), s.sector_baseline or t(lang, "method.baseline_largest")),
             (t(lang, "method.weights"), t(lang, "method.weights_yes", column=weight_col or "?")
              if inp.weighted else t(lang, "method.weights_no")),
             *([(t(lang, "method.t6_fit"), t(lang, "method.t6_weighted", column=weight_col or "?")
                 if weighted_fit else t(lang, "method.t6_unweighted"))] if inp.weighted else []),
             (t(lang, "method.intervals"), t(lang, "method.intervals_text")),
             (t(lang, "method.tests"), t(lang, "method.tests_text"))]
    rows += method_rows(results, lang)
    _place(plan, rows, lang)
    return plan


def _unmapped(mapping, lang: str) -> str:
    """The roles of the study this survey's mapping lacks, a missing control said as such."""
    names = []
    for role in ROLES:
        # a role read from a grid or several columns is mapped; one not asked is said as such
        if getattr(mapping, "source_columns", lambda k: [mapping.columns.get(k)])(role.key) \
                or role.key in getattr(mapping, "not_asked", ()):
            continue
        name = t(lang, role.key, default=role.label)
        names.append(t(lang, "method.unmapped_control", item=name) if role.key in CONTROL_ROLES
                     else name)
    return "; ".join(names) + ". " + t(lang, "method.unmapped_text") if names else ""


def _codes(mapping, lang: str) -> list[tuple[str, object]]:
    codes = mapping.codes
    out: list[tuple[str, object]] = []
    for code, answers in codes.location.items():
        label = t(lang, "location.missing") if code == "missing" else t(lang, code)
        out.append((f"{t(lang, 'method.location')}: {label}", "; ".join(answers)))
    for code, answers in codes.yes_no.items():
        out.append((f"{t(lang, 'method.yes_no')}: {t(lang, 'yes_no.' + code)}",
                    "; ".join(answers)))
    if getattr(mapping, "grids", None):  # what counts as a tick (spec 7)
        if codes.ticked is not None:
            out.append((t(lang, "method.ticked"), "; ".join(codes.ticked)))
        else:
            out.append((t(lang, "method.not_ticked"), "; ".join(codes.not_ticked)))
    if codes.foreign is not None:
        out.append((t(lang, "reg.foreign_ownership"), "; ".join(codes.foreign)))
    if codes.manager_education:
        out.append((t(lang, "reg.manager_education"), " < ".join(codes.manager_education)))
    for role, table in codes.by_role.items():
        for code, answers in table.items():
            word = t(lang, "yes_no." + code) if code == "skipped_means_no" else \
                t(lang, code, default=code)
            out.append((f"{t(lang, role, default=role)}: {word}", "; ".join(answers)))
    return out


def _place(plan: SheetPlan, rows: list, lang: str) -> None:
    plan.text(1, 1, t(lang, "method.title"), Style(bold=True, size=12))
    r = 3
    for item in rows:
        if isinstance(item, str):
            r += 1 if r > 3 else 0
            plan.span(r, 1, 2, t(lang, item), SECTION)
        else:
            key, value = item
            plan.text(r, 1, key, KEY)
            if isinstance(value, int | float) and not isinstance(value, bool):
                plan.num(r, 2, value, Style(align="left", fmt="0"))
            else:
                plan.text(r, 2, "" if value is None else value, VALUE, fit=False)
                text = "" if value is None else str(value)
                lines = sum(max(1, -(-len(part) // 80)) for part in text.split("\n"))
                if lines > 1:
                    plan.heights[r] = 13.5 * lines + 2
        r += 1
    plan.min_widths[2] = 90
    plan.landscape = False
    plan.freeze = None
