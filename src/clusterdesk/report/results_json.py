"""Results -> the results file (spec sections 5 and 6), for scripts that read numbers, not sheets.

The document is built from the same Results every view renders; nothing is recomputed here. Values
stay unrounded. JSON has no NaN or infinity, so every non-finite number becomes null, and numpy
scalars become plain Python numbers so that ``json`` can write them. Section 6 only *adds* keys
(``ci_low``, ``ci_high``, ``tests``, ``ame``...), so the version stays 1 and a v1 reader still works.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from clusterdesk.analysis.notes import render
from clusterdesk.analysis.results import GroupTest, ModelResult, Results, ResultTable, Row, Term

FORMAT = "clusterdesk-results"
VERSION = 1

# The four share tables of the results file, in the order of spec section 5.
SHARE_TABLES = ("innovation_by_region", "cluster_extent", "innovation_by_location",
                "cluster_classification")
NUMBER_STATS = ("n", "mean", "median", "sd", "min", "max")
# Column keys an engine might use for the same statistic (first match wins).
_STAT_ALIASES = {"n": ("n", "N", "count"), "mean": ("mean",), "median": ("median",),
                 "sd": ("sd", "std", "stdev"), "min": ("min",), "max": ("max",)}


def clean(value: Any) -> Any:
    """A value as JSON can hold it: numpy -> Python, NaN/inf -> None, containers recursively."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    item = getattr(value, "item", None)  # numpy scalar (np.float64, np.int64, np.bool_)
    if callable(item) and getattr(value, "ndim", 1) == 0:
        value = item()
        if isinstance(value, bool):
            return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "tolist"):  # numpy array
        return clean(value.tolist())
    try:  # pandas NA / NaT and other missing markers
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError, ImportError):
        pass
    return str(value)


def _count(value: Any) -> Any:
    """A count as an int when it is integral (501, not 501.0); anything else as clean() makes it."""
    value = clean(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _parallel(values: list[Any] | None, n: int) -> list[Any]:
    """ci_low/ci_high are lists parallel to values (spec 6); a row without intervals gets nulls."""
    if values is None:
        return [None] * n
    out = [clean(v) for v in values]
    return (out + [None] * n)[:n]


def _row(row: Row, kinds: list[str]) -> dict[str, Any]:
    values = [_count(v) if kind == "count" or row.kind == "count" else clean(v)
              for v, kind in zip(row.values, kinds, strict=False)]
    n = len(values)
    return {"key": row.key, "values": values, "ci_low": _parallel(row.ci_low, n),
            "ci_high": _parallel(row.ci_high, n)}


def _test(test: GroupTest) -> dict[str, Any]:
    return {"key": test.key, "chi2": clean(test.chi2), "df": _count(test.df), "p": clean(test.p),
            "fisher_p": clean(test.fisher_p), "small_counts": bool(test.small_counts)}


def table_document(table: ResultTable) -> dict[str, Any]:
    """One share table (T2-T5): title, column keys, rows, notes and group tests."""
    kinds = [c.kind for c in table.columns]
    document = {"title": table.title, "columns": [c.key for c in table.columns],
                "rows": [_row(r, kinds) for r in table.rows],
                "notes": [render(n, "en") for n in table.notes],
                "tests": [_test(t) for t in table.tests]}
    if getattr(table, "inner_level", None):  # T5 counted at another level than regional (7)
        document["inner_level"] = table.inner_level
    return document


def _term(term: Term) -> dict[str, Any]:
    return {"key": term.key, "coef": clean(term.coef), "se": clean(term.se), "z": clean(term.z),
            "p": clean(term.p), "odds_ratio": clean(term.odds_ratio), "ame": clean(term.ame),
            "ame_se": clean(term.ame_se), "ame_p": clean(term.ame_p)}


def _model(model: ModelResult) -> dict[str, Any]:
    return {"outcome": model.outcome, "model": model.model, "n": _count(model.n),
            "pseudo_r2": clean(model.pseudo_r2), "llf": clean(model.llf),
            "llr_pvalue": clean(model.llr_pvalue), "aic": clean(model.aic),
            "terms": [_term(t) for t in model.terms], "error": model.error and render(model.error, "en")}


def _column_index(table: ResultTable, names: tuple[str, ...], fallback: int) -> int | None:
    keys = [c.key for c in table.columns]
    for name in names:
        if name in keys:
            return keys.index(name)
    return fallback if fallback < len(keys) else None


def _at(values: list[Any], index: int | None) -> Any:
    return values[index] if index is not None and index < len(values) else None


def sample_categories(table: ResultTable | None) -> dict[str, list[dict[str, Any]]]:
    """T1 categories: {role: [{key, n, pct}]}, rows grouped by the role key they belong to.

    n is the unweighted number of firms; pct is the weighted % when a weight is mapped, since
    every share of spec section 3 is weighted then (the engine gives both).
    """
    if table is None:
        return {}
    i_n = _column_index(table, ("n", "N", "count"), 0)
    i_pct = _column_index(table, ("weighted_pct", "pct", "percent", "share"), 1)
    out: dict[str, list[dict[str, Any]]] = {}
    for row in table.rows:
        role = row.group or table.key
        out.setdefault(role, []).append({"key": row.key, "n": _count(_at(row.values, i_n)),
                                         "pct": clean(_at(row.values, i_pct))})
    return out


def sample_numbers(table: ResultTable | None) -> dict[str, dict[str, Any]]:
    """T1 numbers: {role: {n, mean, median, sd, min, max}}, one row per number role."""
    if table is None:
        return {}
    index = {stat: _column_index(table, _STAT_ALIASES[stat], i)
             for i, stat in enumerate(NUMBER_STATS)}
    out: dict[str, dict[str, Any]] = {}
    for row in table.rows:
        stats = {stat: clean(_at(row.values, i)) for stat, i in index.items()}
        stats["n"] = _count(stats["n"])
        out[row.group or row.key] = stats
    return out


def to_document(results: Results) -> dict[str, Any]:
    """The results file as a dict of plain JSON values (spec sections 5 and 6)."""
    tables: dict[str, Any] = {key: table_document(results.tables[key])
                              for key in SHARE_TABLES if key in results.tables}
    models = results.regression.models if results.regression is not None else []
    tables["regression"] = {"models": [_model(m) for m in models]}
    if results.regression is not None and not models and results.regression.notes:
        # a survey that cannot have Table 6 says why (spec 7)
        tables["regression"]["notes"] = [render(n, "en") for n in results.regression.notes]
    tables["sample"] = {"categories": sample_categories(results.tables.get("sample_categories")),
                        "numbers": sample_numbers(results.tables.get("sample_numbers"))}
    info = results.input
    document = {"format": FORMAT, "version": VERSION,
                "input": {"rows_read": _count(info.rows_read), "rows_used": _count(info.rows_used),
                          "warnings": [str(w) for w in info.warnings]},
                "tables": tables}
    if results.comparison is not None:
        document["comparison"] = comparison_document(results.comparison)
    return document


def comparison_document(c: Any) -> dict[str, Any]:
    """The ``comparison`` of spec section 8 (an analysis.compare.Comparison)."""
    tables = {key: {"columns": list(t.columns),
                    "rows": [{"key": r.key, "base": clean(r.base), "later": clean(r.later),
                              "change": clean(r.change), "change_low": clean(r.change_low),
                              "change_high": clean(r.change_high), "p": clean(r.p),
                              "fisher_p": clean(r.fisher_p)} for r in t.rows],
                    "notes": [str(n) for n in t.notes]}
              for key, t in c.tables.items()}
    models = [{"outcome": m.outcome,
               "terms": [{"key": t.key, "base_coef": clean(t.base_coef),
                          "base_se": clean(t.base_se), "later_coef": clean(t.later_coef),
                          "later_se": clean(t.later_se), "diff": clean(t.diff), "z": clean(t.z),
                          "p": clean(t.p)} for t in m.terms]} for m in c.models]
    return {"base": {"label": c.base_label, "file": c.base_file},
            "later": {"label": c.later_label, "file": c.later_file},
            "firms_in_both": c.firms_in_both, "tables": tables,
            "regression": {"models": models}, "notes": [str(n) for n in c.notes]}


def write(results: Results, path: str | os.PathLike) -> Path:
    """Write the results file atomically (temporary file in the same folder, then renamed)."""
    from clusterdesk.errors import UserError
    from clusterdesk.mapping.fileformat import write_json_atomic
    from clusterdesk.texts import translate

    target = Path(path)
    try:
        write_json_atomic(to_document(results), target)
    except OSError as exc:
        raise UserError(translate("report", "The results file '{path}' cannot be written "
                                  "({error}). Check that the folder exists and that you may "
                                  "write there.").format(path=target,
                                                         error=exc.strerror or exc)) from None
    return target
