"""The pieces Tables 2-5 are built of: share and count rows, the average row, the notes every
table carries, and the notes and rows for items the survey lacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import GroupTest, Row
from clusterdesk.analysis.shape import Shape
from clusterdesk.analysis.stats import share
from clusterdesk.mapping.roles import OUTCOME_SHORT, label

if TYPE_CHECKING:
    import pandas as pd

PAPER = Shape()


def weights_of(data: pd.DataFrame):
    return data["weight"].to_numpy(dtype=float) if "weight" in data.columns else None


def table_notes(data: pd.DataFrame, extra: list[Note] | None = None) -> list[Note]:
    notes = [Note("table.n", {"n": len(data)})]
    if "weight" in data.columns:
        notes.append(Note("table.weighted"))
    return notes + (extra or [])


def row_of(key: str, lab: str, cells: list, kind: str = "data") -> Row:
    """Row from a list of Share (share cells) or numbers (count cells)."""
    values, low, high, n_eff = [], [], [], []
    for c in cells:
        if hasattr(c, "pct"):
            values.append(c.pct)
            low.append(c.low)
            high.append(c.high)
            n_eff.append(c.n_eff)
        else:
            values.append(c)
            low.append(None)
            high.append(None)
            n_eff.append(None)
    return Row(key, lab, values, low, high, kind=kind, n_eff=n_eff)


def average_row(rows: list[Row], key: str, lab: str) -> Row:
    """Unweighted mean of the rows' cells, over the rows that have a value in that column."""
    values = []
    for j in range(len(rows[0].values)):
        got = [r.values[j] for r in rows if r.values[j] is not None]
        values.append(sum(got) / len(got) if got else None)
    return Row(key, lab, values, [None] * len(values), [None] * len(values), kind="average")


def unmapped_outcomes_note(missing: list[str]) -> list[Note]:
    if not missing:
        return []
    return [Note("unmapped_outcomes", {"names": [OUTCOME_SHORT[o] for o in missing]})]


def empty_row(factor: str, width: int) -> Row:
    return Row(factor, label(factor), [None] * width, [None] * width, [None] * width)


def unmapped_factors(data: pd.DataFrame, shape: Shape = PAPER) -> list[Note]:
    missing = [label(f) for f in shape.factors if f not in data.columns]
    notes = shape.factor_notes()
    if not missing:
        return notes
    return notes + [Note("unmapped_factors", {"names": missing})]


def no_region_tests(keys: list[str], labels: list[str]) -> list[GroupTest]:
    """Tests by region of a survey without a region: null, each saying why (spec 7)."""
    return [GroupTest(k, lab, None, None, None, note=Note("test.no_region"))
            for k, lab in zip(keys, labels, strict=True)]


def share_of(data: pd.DataFrame, col: str, mask, w, y=None):
    """Share cell of a 0/1 column over the rows in mask (None mask = all rows; a mask may be
    the rows' positions); ``y`` is the column as floats when the caller has it already."""
    from clusterdesk.analysis.stats import Share

    if col not in data.columns:
        return Share(None, None, None, 0)
    y = data[col].to_numpy(dtype=float) if y is None else y
    if mask is None:
        return share(y, w)
    return share(y[mask], None if w is None else w[mask])
