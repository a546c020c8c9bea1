"""Table 1: who answered (category counts and number summaries), spec section 3."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import COUNT, SHARE, Column, ResultTable, Row
from clusterdesk.mapping.roles import CATEGORY_ROLES, NUMBER_ROLES, ROLES, label

if TYPE_CHECKING:
    import pandas as pd

TITLE = "Table 1. Descriptive data on the firms included in the sample"
NUMBERS_TITLE = "Table 1 (continued). Size, education and R&D of the firms in the sample"
MISSING_KEY = "missing"


def sample_categories(data: pd.DataFrame) -> ResultTable:
    """Counts and % per category of sector, dependence, ownership and region (user's order).

    The % uses the firms with an answer; a 'Missing' row (no %) counts the others. With a weight,
    weighted counts and % are added beside the unweighted ones.
    """
    weighted = "weight" in data.columns
    columns = [Column("n", "Number of firms", COUNT, "count"), Column("pct", "% of sample")]
    if weighted:
        columns += [Column("weighted_n", "Weighted number", SHARE, "count"),
                    Column("weighted_pct", "Weighted % of sample")]
    rows: list[Row] = []
    for role in CATEGORY_ROLES:
        if role not in data.columns:
            continue
        col = data[role]
        answered = int(col.notna().sum())
        counts = col.value_counts(sort=False, dropna=True)
        wsum = data.groupby(role, observed=False)["weight"].sum() if weighted else None
        wtotal = float(data.loc[col.notna(), "weight"].sum()) if weighted else 0.0
        for cat in col.cat.categories:
            k = int(counts.get(cat, 0))
            values: list[float | None] = [k, 100 * k / answered if answered else None]
            if weighted:
                wk = float(wsum.get(cat, 0.0))
                values += [wk, 100 * wk / wtotal if wtotal > 0 else None]
            rows.append(Row(str(cat), str(cat), values, group=role))
        missing = len(col) - answered
        if missing:
            values = [missing, None]
            if weighted:
                values += [float(data.loc[col.isna(), "weight"].sum()), None]
            rows.append(Row(MISSING_KEY, "Missing", values, group=role, kind="missing"))
    notes = [Note("sample.n", {"n": len(data)}), *_unmapped(data, CATEGORY_ROLES)]
    if weighted:
        notes.append(Note("sample.weighted"))
    return ResultTable("sample_categories", TITLE, columns, rows, notes, row_header="Variables")


def sample_numbers(data: pd.DataFrame) -> ResultTable:
    """N, mean, median, standard deviation (n-1), min and max of each number role mapped."""
    import numpy as np

    columns = [Column("n", "N", COUNT, "count"), Column("mean", "Mean", SHARE, "stat"),
               Column("median", "Median", SHARE, "stat"),
               Column("sd", "Standard deviation", SHARE, "stat"),
               Column("min", "Min", SHARE, "stat"), Column("max", "Max", SHARE, "stat")]
    rows = []
    for role in NUMBER_ROLES:
        if role not in data.columns:
            continue
        x = data[role].dropna().astype(float)
        n = len(x)
        values: list[float | None] = [n]
        if n:
            with np.errstate(over="ignore"):  # a value near 1e308 (warned about in checks)
                sd = float(x.std(ddof=1)) if n > 1 else None
            values += [float(x.mean()), float(x.median()), sd, float(x.min()), float(x.max())]
        else:
            values += [None] * 5
        rows.append(Row(role, label(role), values, kind="data"))
    notes = [Note("sample.numbers"), *_unmapped(data, NUMBER_ROLES)]
    return ResultTable("sample_numbers", NUMBERS_TITLE, columns, rows, notes,
                       row_header="Variables")


def _unmapped(data: pd.DataFrame, roles: tuple[str, ...]) -> list[Note]:
    """The note naming this table's items that the mapping lacks (in the order of ROLES)."""
    missing = [r.key for r in ROLES if r.key in roles and r.key not in data.columns]
    return [Note("sample.unmapped", {"names": [label(r) for r in missing]})] if missing else []
