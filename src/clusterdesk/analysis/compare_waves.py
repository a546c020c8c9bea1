"""A wave reduced to its share cells (percent and the effective firms in the denominator), so the
published study (analysis.published) and a coded survey are compared the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis import published
from clusterdesk.analysis.comparison import TABLES, Wave

if TYPE_CHECKING:
    from clusterdesk.analysis.results import Results


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
