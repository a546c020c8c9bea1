"""Tables 2-5 (spec sections 3 and 6): shares with Wilson intervals and chi-square tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.groups import group_rows
from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import COUNT, Column, GroupTest, ResultTable, Row
from clusterdesk.analysis.shape import Shape, class_labels, without_factors
from clusterdesk.analysis.stats import chi2_test, share
from clusterdesk.mapping.roles import FACTORS, LOCATIONS, OUTCOME_SHORT, OUTCOMES, label

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.mapping.model import Settings

T2_TITLE = "Table 2. The share of firms having introduced innovations (in %)"
T3_TITLE = "Table 3. The extent of regional clusters – the regional share of six factors (in %)"
T5_TITLE = ("Table 5. The effect of regional clusters on innovation: the share of companies "
            "having introduced innovations (in %)")
LOCATION_LABELS = {"regional": "Regional", "national": "National",
                   "international": "International"}
CLASS_LABELS = {"non_regional": "Non-regional cluster", "regional": "Regional cluster",
                "all": "All firms"}
PAPER = Shape()


def _weights(data: pd.DataFrame):
    return data["weight"].to_numpy(dtype=float) if "weight" in data.columns else None


def _notes(data: pd.DataFrame, extra: list[Note] | None = None) -> list[Note]:
    notes = [Note("table.n", {"n": len(data)})]
    if "weight" in data.columns:
        notes.append(Note("table.weighted"))
    return notes + (extra or [])


def _row(key: str, lab: str, cells: list, kind: str = "data") -> Row:
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


def _average_row(rows: list[Row], key: str, lab: str) -> Row:
    """Unweighted mean of the rows' cells, over the rows that have a value in that column."""
    values = []
    for j in range(len(rows[0].values)):
        got = [r.values[j] for r in rows if r.values[j] is not None]
        values.append(sum(got) / len(got) if got else None)
    return Row(key, lab, values, [None] * len(values), [None] * len(values), kind="average")


def _unmapped_note(missing: list[str]) -> list[Note]:
    if not missing:
        return []
    return [Note("unmapped_outcomes", {"names": [OUTCOME_SHORT[o] for o in missing]})]


def _empty_row(factor: str, width: int) -> Row:
    return Row(factor, label(factor), [None] * width, [None] * width, [None] * width)


def _unmapped_factors(data: pd.DataFrame, shape: Shape = PAPER) -> list[Note]:
    missing = [label(f) for f in shape.factors if f not in data.columns]
    notes = shape.factor_notes()
    if not missing:
        return notes
    return notes + [Note("unmapped_factors", {"names": missing})]


def _no_region_tests(keys: list[str], labels: list[str]) -> list[GroupTest]:
    """Tests by region of a survey without a region: null, each saying why (spec 7)."""
    return [GroupTest(k, lab, None, None, None, note=Note("test.no_region"))
            for k, lab in zip(keys, labels, strict=True)]


def innovation_by_region(data: pd.DataFrame) -> ResultTable:
    """T2: % of firms with each innovation by region, then Total over all firms; N per region.
    Without a region (spec 7): the Total row only, and the tests by region null with a note."""
    w = _weights(data)
    columns = [Column(o, OUTCOME_SHORT[o]) for o in OUTCOMES]
    columns.append(Column("n", "Number of firms", COUNT, "count"))
    if "region" not in data.columns:
        cells = [_share_of(data, o, None, w) for o in OUTCOMES]
        rows = [_row("Total", "Total", cells + [len(data)], kind="total")]
        mapped = [o for o in OUTCOMES if o in data.columns]
        notes = _notes(data, _unmapped_note([o for o in OUTCOMES if o not in data.columns]))
        notes.append(Note("t2.no_region"))
        return ResultTable("innovation_by_region", T2_TITLE, columns, rows, notes,
                           _no_region_tests(mapped, [OUTCOME_SHORT[o] for o in mapped]),
                           row_header="Regions", tests_by="column")
    region = data["region"]
    rows = []
    ys = {o: data[o].to_numpy(dtype=float) for o in OUTCOMES if o in data.columns}
    for reg, idx in zip(region.cat.categories, group_rows(region), strict=True):
        cells = [_share_of(data, o, idx, w, ys.get(o)) for o in OUTCOMES]
        rows.append(_row(str(reg), str(reg), cells + [len(idx)]))
    allmask = None
    cells = [_share_of(data, o, allmask, w) for o in OUTCOMES]
    rows.append(_row("Total", "Total", cells + [len(data)], kind="total"))
    missing = [o for o in OUTCOMES if o not in data.columns]
    tests = []
    for o in OUTCOMES:
        if o in data.columns:
            tests.append(chi2_test(o, OUTCOME_SHORT[o], region,
                                   data[o].to_numpy(), w))
    notes = _notes(data, _unmapped_note(missing))
    n_noregion = int(region.isna().sum())
    if n_noregion:
        notes.append(Note("no_region", {"n": n_noregion}))
    return ResultTable("innovation_by_region", T2_TITLE, columns, rows, notes, tests,
                       row_header="Regions", tests_by="column")


def _share_of(data: pd.DataFrame, col: str, mask, w, y=None):
    """Share cell of a 0/1 column over the rows in mask (None mask = all rows; a mask may be
    the rows' positions); ``y`` is the column as floats when the caller has it already."""
    from clusterdesk.analysis.stats import Share

    if col not in data.columns:
        return Share(None, None, None, 0)
    y = data[col].to_numpy(dtype=float) if y is None else y
    if mask is None:
        return share(y, w)
    return share(y[mask], None if w is None else w[mask])


def _title3(shape: Shape) -> dict:
    k = len(shape.factors)
    if k == len(FACTORS):
        return {}
    return {"title_key": "title.cluster_extent.k", "title_fields": {"k": k}}


def cluster_extent(data: pd.DataFrame, shape: Shape = PAPER) -> ResultTable:
    """T3: % of firms whose factor is regional, by region and in total; then the average row.
    Spec 7: a survey without the regional level gets null cells and one note; without a region,
    the Total column only."""
    import numpy as np
    import pandas as pd

    if not shape.factors:
        return without_factors("cluster_extent", T3_TITLE, 3)
    w = _weights(data)
    has_region = "region" in data.columns
    region = data["region"] if has_region else None
    cats = list(region.cat.categories) if has_region else []
    columns = [Column(str(r), str(r)) for r in cats] + [Column("Total", "Total")]
    masks = group_rows(region) if has_region else []
    rows, tests = [], []
    regional = "regional" in shape.levels
    for f in shape.factors:
        if f not in data.columns or not regional:
            rows.append(_empty_row(f, len(columns)))
            continue
        loc = data[f].to_numpy(dtype=object)
        y = np.where(pd.isna(loc), np.nan, (loc == "regional").astype(float))
        cells = [share(y[m], None if w is None else w[m]) for m in masks] + [share(y, w)]
        rows.append(_row(f, label(f), cells))
        tests.append(chi2_test(f, label(f), region, y, w) if has_region
                     else _no_region_tests([f], [label(f)])[0])
    rows.append(_average_row(rows, "average", "Average"))
    extra = _unmapped_factors(data, shape)
    why = None if regional else Note("t3.no_regional_level")
    if why is not None:
        extra.append(why)
    elif not has_region:
        extra.append(Note("t3.no_region"))
    return ResultTable("cluster_extent", T3_TITLE, columns, rows, _notes(data, extra), tests,
                       row_header="Variables", why=why, **_title3(shape))


def innovation_by_location(data: pd.DataFrame, settings: Settings,
                           shape: Shape = PAPER) -> ResultTable:
    """T4: % of firms with the chosen outcome among firms whose factor is at each location (one
    column per level the survey asks)."""
    w = _weights(data)
    outcome = settings.table4_outcome
    title = (f"Table 4. The effect of clusters on {OUTCOME_SHORT[outcome].lower()}: share of "
             f"firms having introduced {label(outcome).lower()} (in %)")
    if not shape.factors:
        return without_factors("innovation_by_location", title, 4)
    levels = [lv for lv in LOCATIONS if lv in shape.levels]
    columns = [Column(loc, LOCATION_LABELS[loc]) for loc in levels]
    rows, tests, extra = [], [], []
    mapped = outcome in data.columns
    for f in shape.factors:
        if f not in data.columns:
            rows.append(_empty_row(f, len(columns)))
            continue
        loc = data[f].to_numpy(dtype=object)
        cells = [_share_of(data, outcome, loc == where, w) for where in levels]
        rows.append(_row(f, label(f), cells))
        if mapped:
            tests.append(chi2_test(f, label(f), data[f], data[outcome].to_numpy(), w))
    rows.append(_average_row(rows, "average", "Average (un-weighted)"))
    extra = _unmapped_factors(data, shape)
    if not mapped:
        extra += _unmapped_note([outcome])
    return ResultTable("innovation_by_location", title, columns, rows, _notes(data, extra),
                       tests, row_header="Variables")


def cluster_classification(data: pd.DataFrame, classes: pd.DataFrame,
                           shape: Shape = PAPER) -> ResultTable:
    """T5: % with each innovation among non-regional and regional clusters and all firms; with
    the regional level not asked, the classes of the innermost level asked, named by it."""
    if not shape.factors:
        return without_factors("cluster_classification", T5_TITLE, 5)
    w = _weights(data)
    cls = classes["cluster_class"].to_numpy(dtype=object)
    columns = [Column(k, lab, glossary=key) for k, (lab, key) in class_labels(shape).items()]
    masks = [cls == "non_regional", cls == "regional"]
    rows, tests = [], []
    two = classes["cluster_class"].where(classes["cluster_class"].isin(["non_regional",
                                                                       "regional"]))
    for o in OUTCOMES:
        cells = [_share_of(data, o, m, w) for m in masks] + [_share_of(data, o, None, w)]
        rows.append(_row(o, label(o), cells))
        if o in data.columns:
            tests.append(chi2_test(o, label(o), two,
                                   data[o].to_numpy(), w))
    counts = [int(masks[0].sum()), int(masks[1].sum()), len(data)]
    rows.append(Row("n", "N firms", counts, [None] * 3, [None] * 3, kind="count"))
    n_mid = int((cls == "intermediate").sum())
    n_unc = int((cls == "unclassified").sum())
    extra = [Note("classes_left_out", {"intermediate": n_mid, "unclassified": n_unc})]
    extra += _unmapped_note([o for o in OUTCOMES if o not in data.columns])
    extra += shape.factor_notes()
    if shape.paper:
        return ResultTable("cluster_classification", T5_TITLE, columns, rows,
                           _notes(data, extra), tests, row_header="Variables")
    extra.append(Note("t5.inner", {"level": shape.inner}))
    title = (f"Table 5. The effect of the {shape.inner} environment on innovation: the share of "
             "companies having introduced innovations (in %)")
    return ResultTable("cluster_classification", title, columns, rows, _notes(data, extra), tests,
                       row_header="Variables", title_key=f"title.cluster_classification."
                       f"{shape.inner}", inner_level=shape.inner)
