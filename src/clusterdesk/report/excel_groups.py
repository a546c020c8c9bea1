"""Tables with more regions or sectors than a report can show: the groups with the most firms,
and a note saying how many others there are.

An id column mapped as region gives one region per firm. The engine still computes everything
(totals and tests over all firms, every group in the results file), but a sheet with 20,000 rows
or columns of one firm each helps nobody, is slow to write, and a sheet has at most 16,384
columns. The warning ("is this an id column?") says why; the sheets stay readable.
"""

from __future__ import annotations

from dataclasses import replace

from clusterdesk.analysis.checks import MAX_CATEGORIES
from clusterdesk.analysis.results import ResultTable, Row
from clusterdesk.report.labels import t

MAX_GROUPS_SHOWN = MAX_CATEGORIES
ROLES = ("region", "sector")


def few_groups(results, lang: str):
    """``results`` with each table's region and sector groups cut to MAX_GROUPS_SHOWN (the ones
    with the most firms, in their order), or ``results`` itself when no table has more."""
    tables = results.tables
    sizes = {role: _sizes(tables, role) for role in ROLES}
    if all(len(s) <= MAX_GROUPS_SHOWN for s in sizes.values()):
        return results
    out = dict(tables)
    if "sample_categories" in out:
        for role in ROLES:
            out["sample_categories"] = _rows_cut(out["sample_categories"], role, sizes[role],
                                                 lang, group=role)
    if "innovation_by_region" in out:
        out["innovation_by_region"] = _rows_cut(out["innovation_by_region"], "region",
                                                sizes["region"], lang)
    if "cluster_extent" in out:
        out["cluster_extent"] = _columns_cut(out["cluster_extent"], sizes["region"], lang)
    return replace(results, tables=out)


def _sizes(tables: dict[str, ResultTable], role: str) -> dict[str, float]:
    """Firms per group of ``role``: Table 1's counts (Table 2's 'n' for regions without it)."""
    sizes: dict[str, float] = {}
    sample = tables.get("sample_categories")
    if sample is not None and sample.columns and sample.columns[0].key == "n":
        sizes = {r.key: r.values[0] or 0 for r in sample.rows
                 if r.group == role and r.kind == "data"}
    by_region = tables.get("innovation_by_region")
    if not sizes and role == "region" and by_region is not None:
        keys = [c.key for c in by_region.columns]
        j = keys.index("n") if "n" in keys else None
        sizes = {r.key: (r.values[j] or 0) if j is not None else 0 for r in by_region.rows
                 if r.kind == "data"}
    return sizes


def _kept(sizes: dict[str, float]) -> set[str]:
    ranked = sorted(enumerate(sizes), key=lambda item: (-(sizes[item[1]] or 0), item[0]))
    return {key for _, key in ranked[:MAX_GROUPS_SHOWN]}


def _note(role: str, sizes: dict[str, float], kept: set[str], lang: str) -> str:
    hidden = [k for k in sizes if k not in kept]

    def number(n: float) -> str:
        text = f"{n:,.0f}"
        return text.replace(",", "\u00a0") if lang == "nb" else text

    return t(lang, "note.groups_left_out", role=t(lang, role), total=number(len(sizes)),
             shown=number(len(kept)), hidden=number(len(hidden)),
             firms=number(sum(sizes[k] or 0 for k in hidden)))


def _rows_cut(table: ResultTable, role: str, sizes: dict[str, float], lang: str,
              group: str | None = None) -> ResultTable:
    if len(sizes) <= MAX_GROUPS_SHOWN:
        return table
    kept = _kept(sizes)

    def shown(r: Row) -> bool:
        return (r.kind != "data" or r.group != group or r.key in kept
                or r.key not in sizes)

    return replace(table, rows=[r for r in table.rows if shown(r)],
                   notes=[*table.notes, _note(role, sizes, kept, lang)])


def _columns_cut(table: ResultTable, sizes: dict[str, float], lang: str) -> ResultTable:
    """Table 3 has a column per region (and its intervals and effective counts beside it)."""
    if len(sizes) <= MAX_GROUPS_SHOWN:
        return table
    kept = _kept(sizes)
    keep = [j for j, c in enumerate(table.columns) if c.key not in sizes or c.key in kept]

    def cut(values: list | None) -> list | None:
        return None if values is None else [values[j] for j in keep]

    rows = [replace(r, values=cut(r.values), ci_low=cut(r.ci_low), ci_high=cut(r.ci_high),
                    n_eff=cut(r.n_eff)) for r in table.rows]
    tests = table.tests
    if table.tests_by == "column":
        tests = [g for g in tests if g.key not in sizes or g.key in kept]
    return replace(table, columns=[table.columns[j] for j in keep], rows=rows, tests=tests,
                   notes=[*table.notes, _note("region", sizes, kept, lang)])
