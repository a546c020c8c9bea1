"""This survey against an earlier wave (spec section 8): per share cell of Tables 2-5 the change
in points with Newcombe's interval and the chi-square p; Table 6's coefficient differences.

A wave is reduced to its share cells (percent and the effective firms in the denominator), so
the published study (analysis.published) and a coded survey are compared the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clusterdesk.analysis import published
from clusterdesk.analysis.notes import Note
from clusterdesk.mapping.text import normalize

if TYPE_CHECKING:
    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.mapping.model import Settings

TABLES = ("innovation_by_region", "cluster_extent", "innovation_by_location",
          "cluster_classification")
Cell = tuple[float, float | None]  # (percent, effective firms in the denominator or None)


@dataclass
class Wave:
    label: str
    file: str
    tables: dict[str, dict[str, tuple[str, dict[str, Cell]]]]  # table -> row -> (kind, cells)
    weighted: bool = False
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> key -> shown


@dataclass
class RowChange:
    key: str
    label: str
    kind: str  # data | total | average
    base: list[float | None]
    later: list[float | None]
    change: list[float | None]
    change_low: list[float | None]
    change_high: list[float | None]
    p: list[float | None]
    fisher_p: list[float | None]


@dataclass
class TableChange:
    key: str
    columns: list[str]
    column_labels: list[str]
    rows: list[RowChange]
    notes: list[str] = field(default_factory=list)


@dataclass
class TermChange:
    key: str
    label: str
    base_coef: float | None
    base_se: float | None
    later_coef: float | None
    later_se: float | None
    diff: float | None
    z: float | None
    p: float | None


@dataclass
class ModelChange:
    outcome: str
    outcome_label: str
    terms: list[TermChange]
    notes: list[str] = field(default_factory=list)


@dataclass
class Comparison:
    base_label: str
    base_file: str
    later_label: str
    later_file: str
    firms_in_both: int | None
    tables: dict[str, TableChange]
    models: list[ModelChange]
    notes: list[str] = field(default_factory=list)


# ---- waves -------------------------------------------------------------------------------------

def wave_of(results: Results, label: str, file: str) -> Wave:
    """The share cells of a survey's Tables 2-5 (the N cells and count rows left out)."""
    tables, labels = {}, {}
    for key in TABLES:
        table = results.tables.get(key)
        if table is None:
            continue
        shares = [(j, c.key) for j, c in enumerate(table.columns) if c.kind == "share"]
        rows, shown = {}, {c.key: c.label for c in table.columns}
        for r in table.rows:
            if r.kind == "count":
                continue
            sizes = r.n_eff or [None] * len(r.values)
            rows[r.key] = (r.kind, {ck: (r.values[j], sizes[j]) for j, ck in shares
                                    if r.values[j] is not None})
            shown[r.key] = r.label
        tables[key], labels[key] = rows, shown
    return Wave(label, file, tables, bool(results.input.weighted), labels)


def published_wave() -> Wave:
    """The 2013 Norwegian study as a base (its published shares; T2's firm counts)."""
    return Wave(published.LABEL, published.FILE, published.tables())


# ---- one cell ----------------------------------------------------------------------------------

def cell_change(a: Cell | None, b: Cell | None, weighted: bool
                ) -> tuple[float | None, float | None, float | None, float | None, float | None]:
    """(change, low, high, p, fisher_p) in points of B - A; no interval or test without counts."""
    if a is None or b is None or a[0] is None or b[0] is None:
        return None, None, None, None, None
    change = b[0] - a[0]
    (pa, na), (pb, nb) = a, b
    if not na or not nb:
        return change, None, None, None, None
    ka, kb = pa / 100 * na, pb / 100 * nb
    if not weighted:  # whole firms: the share was k / n
        ka, kb = round(ka), round(kb)
    low, high = _newcombe(kb, nb, ka, na)
    p, fisher_p = _chi2(kb, nb, ka, na)
    return change, low, high, p, fisher_p


def _newcombe(kb: float, nb: float, ka: float, na: float) -> tuple[float, float]:
    from statsmodels.stats.proportion import confint_proportions_2indep

    low, high = confint_proportions_2indep(kb, nb, ka, na, method="newcomb", compare="diff")
    return 100 * float(low), 100 * float(high)


def _chi2(kb: float, nb: float, ka: float, na: float) -> tuple[float | None, float | None]:
    """Pearson's chi-square p on wave x outcome (no continuity correction); Fisher's exact p
    when an expected count is below 5. None when every firm of both waves answered alike."""
    import numpy as np
    from scipy.stats import chi2_contingency, fisher_exact

    table = np.array([[kb, nb - kb], [ka, na - ka]], dtype=float)
    if (table.sum(axis=0) <= 0).any():
        return None, None
    _, p, _, expected = chi2_contingency(table, correction=False)
    fisher = None
    if (expected < 5).any():
        fisher = float(fisher_exact(np.rint(table).astype(int))[1])
    return float(p), fisher


# ---- tables ------------------------------------------------------------------------------------

def compare_tables(base: Wave, later: Wave) -> dict[str, TableChange]:
    weighted = base.weighted or later.weighted
    out = {}
    for key in TABLES:
        if key not in base.tables or key not in later.tables:
            continue
        out[key] = _table_change(key, base, later, weighted)
    return out


def _matched(base_keys: list[str], later_keys: list[str]) -> tuple[list[tuple[str, str]],
                                                                    list[str], list[str]]:
    """Pairs (base key, later key) matched by the text rule of spec section 2, in the later
    wave's order, and the keys found in one wave only."""
    by_text = {normalize(k): k for k in base_keys}
    pairs, seen = [], set()
    for k in later_keys:
        hit = by_text.get(normalize(k))
        if hit is not None:
            pairs.append((hit, k))
            seen.add(hit)
    only_later = [k for k in later_keys if normalize(k) not in by_text]
    only_base = [k for k in base_keys if k not in seen]
    return pairs, only_base, only_later


def _table_change(key: str, base: Wave, later: Wave, weighted: bool) -> TableChange:
    b_rows, l_rows = base.tables[key], later.tables[key]
    b_cols = _column_keys(b_rows)
    l_cols = _column_keys(l_rows)
    col_pairs, col_only_b, col_only_l = _matched(b_cols, l_cols)
    row_pairs, row_only_b, row_only_l = _matched(list(b_rows), list(l_rows))
    shown = later.labels.get(key, {}) or base.labels.get(key, {})
    rows = []
    counted = False
    for bk, lk in row_pairs:
        kind = l_rows[lk][0]
        b_cells, l_cells = b_rows[bk][1], l_rows[lk][1]
        got = {f: [] for f in ("base", "later", "change", "low", "high", "p", "fisher")}
        for bc, lc in col_pairs:
            a, b = b_cells.get(bc), l_cells.get(lc)
            change, low, high, p, fisher = cell_change(a, b, weighted)
            if kind == "average":  # the change of the averages, without interval or test
                low = high = p = fisher = None
            counted = counted or low is not None
            got["base"].append(a[0] if a else None)
            got["later"].append(b[0] if b else None)
            for f, v in zip(("change", "low", "high", "p", "fisher"),
                            (change, low, high, p, fisher), strict=True):
                got[f].append(v)
        rows.append(RowChange(lk, shown.get(lk, lk), kind, got["base"], got["later"],
                              got["change"], got["low"], got["high"], got["p"], got["fisher"]))
    notes = _only_notes(base.label, later.label, row_only_b, row_only_l, col_only_b, col_only_l,
                        base.labels.get(key, {}), shown)
    if not counted:
        notes.append(Note("compare.no_counts", {"wave": base.label}))
    if weighted:
        notes.append(Note("compare.weighted"))
    return TableChange(key, [lc for _, lc in col_pairs], [shown.get(lc, lc) for _, lc in col_pairs],
                       rows, notes)


def _column_keys(rows: dict[str, tuple[str, dict[str, Cell]]]) -> list[str]:
    keys: list[str] = []
    for _, cells in rows.values():
        keys += [k for k in cells if k not in keys]
    return keys


def _only_notes(base: str, later: str, rb: list[str], rl: list[str], cb: list[str], cl: list[str],
                base_labels: dict[str, str], later_labels: dict[str, str]) -> list[str]:
    notes = []
    for keys, wave, labels in ((rb + cb, base, base_labels), (rl + cl, later, later_labels)):
        for k in keys:
            notes.append(Note("compare.only_in", {"name": labels.get(k, k), "wave": wave}))
    return notes


# ---- Table 6 -----------------------------------------------------------------------------------

def compare_models(base: Results, later: Results, base_label: str = "base",
                   later_label: str = "later") -> list[ModelChange]:
    """Per model fitted in both waves, each term's difference with z and its two-sided p."""
    from scipy.stats import norm

    out = []
    base_models = {m.outcome: m for m in base.regression.models}
    for lm in later.regression.models:
        bm = base_models.get(lm.outcome)
        if bm is None:
            continue
        notes = [Note("compare.model_error", {"wave": w, "error": str(m.error)})
                 for w, m in ((base_label, bm), (later_label, lm)) if m.error]
        b_terms = {t.key: t for t in bm.terms}
        terms = []
        for t in lm.terms:
            b = b_terms.get(t.key)
            diff = z = p = None
            if b is not None and all(math.isfinite(v) for v in (t.coef, t.se, b.coef, b.se)):
                diff = t.coef - b.coef
                se = math.sqrt(t.se ** 2 + b.se ** 2)
                if se > 0:
                    z = diff / se
                    p = float(2 * norm.sf(abs(z)))
            terms.append(TermChange(t.key, t.label, b.coef if b else None, b.se if b else None,
                                    t.coef, t.se, diff, z, p))
        out.append(ModelChange(lm.outcome, lm.outcome_label, terms, notes))
    return out


def common_controls(base: Survey, later: Survey, settings: Settings) -> tuple[list[str], list[str]]:
    """The controls both waves have mapped (and the settings enable), and those only one has."""
    from clusterdesk.analysis.regression import CONTROL_SOURCE

    enabled = settings.controls
    both, one = [], []
    for control, source in CONTROL_SOURCE.items():
        if enabled is not None and control not in enabled:
            continue
        has = (source in base.data.columns, source in later.data.columns)
        if all(has):
            both.append(control)
        elif any(has):
            one.append(control)
    return both, one


def firms_in_both(base: Survey, later: Survey) -> int | None:
    if "firm_id" not in base.data.columns or "firm_id" not in later.data.columns:
        return None
    ids = {normalize(v) for v in base.data["firm_id"]} - {None}
    return len(ids & ({normalize(v) for v in later.data["firm_id"]} - {None}))


# ---- the whole comparison ----------------------------------------------------------------------

def compare(base: Survey | None, later: Survey, settings: Settings | None = None,
            labels: tuple[str, str] | None = None, files: tuple[str, str] = ("", ""),
            later_results: Results | None = None) -> tuple[Results, Comparison]:
    """The later wave's own Results (unchanged) with the comparison against ``base`` attached;
    ``base`` None compares with the published 2013 study."""
    import dataclasses

    from clusterdesk.analysis import run
    from clusterdesk.analysis.classify import classify
    from clusterdesk.analysis.regression import regression

    settings = settings if settings is not None else later.mapping.settings
    results = later_results if later_results is not None else run(later, settings)
    later_label = labels[1] if labels else _name(files[1])
    notes: list[str] = []
    if base is None:
        base_wave = published_wave()
        if labels:
            base_wave.label = labels[0]
        models: list[ModelChange] = []
        notes.append(Note("compare.published", {"wave": base_wave.label}))
        in_both = None
    else:
        base_label = labels[0] if labels else _name(files[0])
        base_results = run(base, settings)
        base_wave = wave_of(base_results, base_label, files[0])
        both, one = common_controls(base, later, settings)
        same = dataclasses.replace(settings, controls=both)
        models = compare_models(
            _regression_only(base, same, classify, regression, base_results),
            _regression_only(later, same, classify, regression, results), base_label, later_label)
        notes += [Note("compare.one_wave_control", {"name": _control_name(c)}) for c in one]
        in_both = firms_in_both(base, later)
        if in_both is not None:
            notes.append(Note("compare.firms_in_both", {"n": in_both}))
    later_wave = wave_of(results, later_label, files[1])
    comparison = Comparison(base_wave.label, base_wave.file, later_label, files[1], in_both,
                            compare_tables(base_wave, later_wave), models, notes)
    results.comparison = comparison
    return results, comparison


def _regression_only(survey: Survey, settings: Settings, classify, regression,
                     results: Results) -> Results:
    """Results whose Table 6 is refitted with the shared specification."""
    import dataclasses

    from clusterdesk.analysis.shape import Shape

    shape = Shape.of(survey)
    reg = regression(survey.data, classify(survey.data, settings, shape.levels), settings,
                     shape=shape)
    return dataclasses.replace(results, regression=reg)


def _control_name(control: str) -> str:
    from clusterdesk.analysis.regression import TERM_LABELS
    from clusterdesk.mapping.roles import label

    return TERM_LABELS.get(control) or label(control)


def _name(path: str) -> str:
    from pathlib import Path

    return Path(path).stem if path else ""
