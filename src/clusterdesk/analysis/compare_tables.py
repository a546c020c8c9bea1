"""Tables 2-5 of two waves compared: rows and columns matched by the text rule of spec section 2,
each share cell's change, and notes for what is in one wave only."""

from __future__ import annotations

from clusterdesk.analysis.compare_cells import cell_change
from clusterdesk.analysis.comparison import TABLES, Cell, RowChange, TableChange, Wave
from clusterdesk.analysis.notes import Note
from clusterdesk.mapping.text import normalize


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
