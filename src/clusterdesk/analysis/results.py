"""The one results structure: every view, the Excel writer and the JSON writer render it.

Numbers stay numbers (floats, None for an empty cell); each column carries an Excel-style number
format that renderers apply (Qt display text, openpyxl ``number_format``). Nothing here is
pre-formatted, so a renderer never has to parse a string back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SHARE = "0.0"
COUNT = "0"
STAT = "0.000"
PVALUE = "0.000"


@dataclass
class Column:
    key: str
    label: str
    fmt: str = SHARE
    kind: str = "share"  # share | count | stat
    glossary: str | None = None  # the report glossary's key for the label, when not ``key``


@dataclass
class Row:
    key: str
    label: str
    values: list[float | None]
    ci_low: list[float | None] | None = None  # parallel to values; None where not a share
    ci_high: list[float | None] | None = None
    group: str | None = None  # section of a stacked table (T1: the role key)
    kind: str = "data"  # data | total | average | missing | count
    n_eff: list[float | None] | None = None  # share cells: effective firms in the denominator


@dataclass
class GroupTest:
    """Pearson chi-square test of one column (T2) or row (T3-T5), spec section 6."""

    key: str
    label: str
    chi2: float | None
    df: int | None
    p: float | None
    fisher_p: float | None = None
    small_counts: bool = False
    approximate: bool = False  # weighted counts
    note: str | None = None  # why there is no test (a notes.Note from the engine)


@dataclass
class ResultTable:
    key: str
    title: str
    columns: list[Column]
    rows: list[Row]
    notes: list[str] = field(default_factory=list)  # notes.Note from the engine
    tests: list[GroupTest] = field(default_factory=list)
    row_header: str = ""
    tests_by: str = "row"  # "row" or "column": what each GroupTest.key refers to
    # a title that depends on what the survey asks (spec 7): glossary key and its fields
    title_key: str | None = None
    title_fields: dict[str, Any] = field(default_factory=dict)
    inner_level: str | None = None  # T5: the level the classes are counted at, when not regional
    why: str | None = None  # a table the survey cannot have: the note saying why (spec 7)

    def row(self, key: str, group: str | None = None) -> Row:
        for r in self.rows:
            if r.key == key and (group is None or r.group == group):
                return r
        raise KeyError(key)

    def value(self, row_key: str, column_key: str, group: str | None = None) -> float | None:
        col = [c.key for c in self.columns].index(column_key)
        return self.row(row_key, group).values[col]

    def test(self, key: str) -> GroupTest:
        return next(t for t in self.tests if t.key == key)


@dataclass
class Term:
    key: str
    label: str
    coef: float
    se: float
    z: float
    p: float
    odds_ratio: float | None = None  # logit only
    ame: float | None = None  # percentage points
    ame_se: float | None = None
    ame_p: float | None = None
    shown: bool = True  # False for sector dummies, summarised as "Controls also include ..."

    @property
    def stars(self) -> str:
        return stars(self.p)


def stars(p: float | None) -> str:
    if p is None:
        return ""
    return "***" if p < 0.01 else "**" if p < 0.05 else "*" if p < 0.1 else ""


@dataclass
class ModelResult:
    outcome: str
    outcome_label: str
    model: str  # logit | probit | lpm
    se_type: str  # model | robust
    n: int | None = None
    pseudo_r2: float | None = None
    llf: float | None = None
    llr_pvalue: float | None = None
    aic: float | None = None
    terms: list[Term] = field(default_factory=list)
    error: str | None = None  # a notes.Note: why no fit is shown
    baseline: str = "regional"  # the scope the dummies are compared with (spec 7: inner level)
    notes: list[str] = field(default_factory=list)

    def term(self, key: str) -> Term:
        return next(t for t in self.terms if t.key == key)


@dataclass
class RegressionResult:
    title: str
    models: list[ModelResult]
    notes: list[str] = field(default_factory=list)


@dataclass
class InputSummary:
    source: str  # file name as given
    sheet: str | int | None
    rows_read: int
    rows_used: int
    warnings: list[str] = field(default_factory=list)
    weighted: bool = False
    suspect: int = 0  # the first ``suspect`` warnings are codes that cannot be right (spec 7)


TABLE_KEYS = ("sample_categories", "sample_numbers", "innovation_by_region", "cluster_extent",
              "innovation_by_location", "cluster_classification")


@dataclass
class Results:
    """Everything the engine computed for one survey, mapping and settings."""

    input: InputSummary
    tables: dict[str, ResultTable]
    regression: RegressionResult
    settings: Any  # clusterdesk.mapping.model.Settings (kept loose to avoid a cycle)
    mapping: Any = None  # the Mapping used, for the Method sheet
    # each firm's r, n, i, a, cluster_class and scope (a DataFrame on the survey's index)
    classes: Any = None
    data: Any = None  # the coded survey's own DataFrame (not a copy), which ``classes`` go beside
    comparison: Any = None  # clusterdesk.analysis.compare.Comparison against an earlier wave

    @property
    def firms(self) -> Any:
        """The coded survey with each firm's class columns beside it, joined when asked (the
        workbook's data sheet); None without classes."""
        if self.classes is None or self.data is None:
            return self.classes
        return firms_of(self.data, self.classes)


def firms_of(data: Any, classes: Any) -> Any:
    """The coded survey with each firm's class columns beside it (``Results.firms``)."""
    import pandas as pd

    return pd.concat([data, classes], axis=1)
