"""Two waves compared, as plain data: a wave's share cells, and the changes of each table and of
Table 6's terms (analysis.compare makes them; the tabs, the workbook and the results file read
them)."""

from __future__ import annotations

from dataclasses import dataclass, field

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
