"""Tables 2-5 (spec sections 3 and 6): shares with Wilson intervals and chi-square tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.groups import equal_to, group_rows, missing_in
from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import COUNT, Column, ResultTable, Row
from clusterdesk.analysis.shape import Shape, class_labels, without_factors
from clusterdesk.analysis.stats import chi2_test, share
from clusterdesk.analysis.table_cells import (
    PAPER,
    average_row,
    empty_row,
    no_region_tests,
    row_of,
    share_of,
    table_notes,
    unmapped_factors,
    unmapped_outcomes_note,
    weights_of,
)
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


def innovation_by_region(data: pd.DataFrame) -> ResultTable:
    """T2: % of firms with each innovation by region, then Total over all firms; N per region.
    Without a region (spec 7): the Total row only, and the tests by region null with a note."""
    w = weights_of(data)
    columns = [Column(o, OUTCOME_SHORT[o]) for o in OUTCOMES]
    columns.append(Column("n", "Number of firms", COUNT, "count"))
    if "region" not in data.columns:
        cells = [share_of(data, o, None, w) for o in OUTCOMES]
        rows = [row_of("Total", "Total", cells + [len(data)], kind="total")]
        mapped = [o for o in OUTCOMES if o in data.columns]
        notes = table_notes(data, unmapped_outcomes_note([o for o in OUTCOMES if o not in data.columns]))
        notes.append(Note("t2.no_region"))
        return ResultTable("innovation_by_region", T2_TITLE, columns, rows, notes,
                           no_region_tests(mapped, [OUTCOME_SHORT[o] for o in mapped]),
                           row_header="Regions", tests_by="column")
    region = data["region"]
    rows = []
    ys = {o: data[o].to_numpy(dtype=float) for o in OUTCOMES if o in data.columns}
    for reg, idx in zip(region.cat.categories, group_rows(region), strict=True):
        cells = [share_of(data, o, idx, w, ys.get(o)) for o in OUTCOMES]
        rows.append(row_of(str(reg), str(reg), cells + [len(idx)]))
    allmask = None
    cells = [share_of(data, o, allmask, w) for o in OUTCOMES]
    rows.append(row_of("Total", "Total", cells + [len(data)], kind="total"))
    missing = [o for o in OUTCOMES if o not in data.columns]
    tests = []
    for o in OUTCOMES:
        if o in data.columns:
            tests.append(chi2_test(o, OUTCOME_SHORT[o], region,
                                   data[o].to_numpy(), w))
    notes = table_notes(data, unmapped_outcomes_note(missing))
    n_noregion = int(region.isna().sum())
    if n_noregion:
        notes.append(Note("no_region", {"n": n_noregion}))
    return ResultTable("innovation_by_region", T2_TITLE, columns, rows, notes, tests,
                       row_header="Regions", tests_by="column")


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

    if not shape.factors:
        return without_factors("cluster_extent", T3_TITLE, 3)
    w = weights_of(data)
    has_region = "region" in data.columns
    region = data["region"] if has_region else None
    cats = list(region.cat.categories) if has_region else []
    columns = [Column(str(r), str(r)) for r in cats] + [Column("Total", "Total")]
    masks = group_rows(region) if has_region else []
    rows, tests = [], []
    regional = "regional" in shape.levels
    for f in shape.factors:
        if f not in data.columns or not regional:
            rows.append(empty_row(f, len(columns)))
            continue
        y = np.where(missing_in(data[f]), np.nan, equal_to(data[f], "regional").astype(float))
        cells = [share(y[m], None if w is None else w[m]) for m in masks] + [share(y, w)]
        rows.append(row_of(f, label(f), cells))
        tests.append(chi2_test(f, label(f), region, y, w) if has_region
                     else no_region_tests([f], [label(f)])[0])
    rows.append(average_row(rows, "average", "Average"))
    extra = unmapped_factors(data, shape)
    why = None if regional else Note("t3.no_regional_level")
    if why is not None:
        extra.append(why)
    elif not has_region:
        extra.append(Note("t3.no_region"))
    return ResultTable("cluster_extent", T3_TITLE, columns, rows, table_notes(data, extra), tests,
                       row_header="Variables", why=why, **_title3(shape))


def innovation_by_location(data: pd.DataFrame, settings: Settings,
                           shape: Shape = PAPER) -> ResultTable:
    """T4: % of firms with the chosen outcome among firms whose factor is at each location (one
    column per level the survey asks)."""
    w = weights_of(data)
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
            rows.append(empty_row(f, len(columns)))
            continue
        cells = [share_of(data, outcome, equal_to(data[f], where), w) for where in levels]
        rows.append(row_of(f, label(f), cells))
        if mapped:
            tests.append(chi2_test(f, label(f), data[f], data[outcome].to_numpy(), w))
    rows.append(average_row(rows, "average", "Average (un-weighted)"))
    extra = unmapped_factors(data, shape)
    if not mapped:
        extra += unmapped_outcomes_note([outcome])
    return ResultTable("innovation_by_location", title, columns, rows, table_notes(data, extra),
                       tests, row_header="Variables")


def cluster_classification(data: pd.DataFrame, classes: pd.DataFrame,
                           shape: Shape = PAPER) -> ResultTable:
    """T5: % with each innovation among non-regional and regional clusters and all firms; with
    the regional level not asked, the classes of the innermost level asked, named by it."""
    if not shape.factors:
        return without_factors("cluster_classification", T5_TITLE, 5)
    w = weights_of(data)
    cls = classes["cluster_class"]
    columns = [Column(k, lab, glossary=key) for k, (lab, key) in class_labels(shape).items()]
    masks = [equal_to(cls, "non_regional"), equal_to(cls, "regional")]
    rows, tests = [], []
    two = classes["cluster_class"].where(classes["cluster_class"].isin(["non_regional",
                                                                       "regional"]))
    for o in OUTCOMES:
        cells = [share_of(data, o, m, w) for m in masks] + [share_of(data, o, None, w)]
        rows.append(row_of(o, label(o), cells))
        if o in data.columns:
            tests.append(chi2_test(o, label(o), two,
                                   data[o].to_numpy(), w))
    counts = [int(masks[0].sum()), int(masks[1].sum()), len(data)]
    rows.append(Row("n", "N firms", counts, [None] * 3, [None] * 3, kind="count"))
    n_mid = int(equal_to(cls, "intermediate").sum())
    n_unc = int(equal_to(cls, "unclassified").sum())
    extra = [Note("classes_left_out", {"intermediate": n_mid, "unclassified": n_unc})]
    extra += unmapped_outcomes_note([o for o in OUTCOMES if o not in data.columns])
    extra += shape.factor_notes()
    if shape.paper:
        return ResultTable("cluster_classification", T5_TITLE, columns, rows,
                           table_notes(data, extra), tests, row_header="Variables")
    extra.append(Note("t5.inner", {"level": shape.inner}))
    title = (f"Table 5. The effect of the {shape.inner} environment on innovation: the share of "
             "companies having introduced innovations (in %)")
    return ResultTable("cluster_classification", title, columns, rows, table_notes(data, extra), tests,
                       row_header="Variables", title_key=f"title.cluster_classification."
                       f"{shape.inner}", inner_level=shape.inner)
