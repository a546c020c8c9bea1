"""RawTable + Mapping -> Survey, by the rules of spec section 2.

Every column is coded through its UNIQUE values (a survey column has a handful of distinct
answers however many firms there are), so 100,000 rows code in a fraction of a second and each
odd answer is reported once, with its count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clusterdesk.analysis.checks import value_doubts
from clusterdesk.analysis.coding_grid import any_of, grid_location
from clusterdesk.analysis.survey import CodingReport, Survey
from clusterdesk.analysis.suspect import level_warnings, suspect_codes
from clusterdesk.errors import Cancelled
from clusterdesk.mapping.numbers import commas_are_thousands, natural_key, parse_number
from clusterdesk.mapping.roles import (
    CATEGORY_ROLES,
    FACTORS,
    LOCATIONS,
    RADICAL_OF,
    ROLE_BY_KEY,
    shown_label,
)
from clusterdesk.mapping.text import display, normalize
from clusterdesk.texts import quote, translate

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.io.table import RawTable
    from clusterdesk.mapping.model import Mapping

FOREIGN_WORDS = ("foreign", "utenlandsk", "utanlandsk")
NOT_FOREIGN_WORDS = ("not foreign", "non-foreign", "non foreign", "ikke", "ikkje")
MAX_LISTED = 5

# What is odd about the answers a column lists, one sentence per kind and number, so that each
# language words it whole: (one answer, several answers). Translated when used (lambdas).
_ODD = {
    "location": (lambda: translate("analysis", "Column '{column}' has {n} answer that is neither "
                                   "regional, national nor international ({answers}). Mark them "
                                   "as missing or map them."),
                 lambda: translate("analysis", "Column '{column}' has {n} answers that are neither "
                                   "regional, national nor international ({answers}). Mark them "
                                   "as missing or map them.")),
    "yes_no": (lambda: translate("analysis", "Column '{column}' has {n} answer that is neither yes "
                                 "nor no ({answers}). Mark them as missing or map them."),
               lambda: translate("analysis", "Column '{column}' has {n} answers that are neither "
                                 "yes nor no ({answers}). Mark them as missing or map them.")),
    "education": (lambda: translate("analysis", "Column '{column}' has {n} answer that is not in "
                                    "the education levels you ordered ({answers}). Add them to "
                                    "the order or mark them as missing."),
                  lambda: translate("analysis", "Column '{column}' has {n} answers that are not in "
                                    "the education levels you ordered ({answers}). Add them to "
                                    "the order or mark them as missing.")),
    "number": (lambda: translate("analysis", "Column '{column}' has {n} answer that is not numbers "
                                 "({answers}). They are treated as missing; correct them in the "
                                 "file if they should count."),
               lambda: translate("analysis", "Column '{column}' has {n} answers that are not "
                                 "numbers ({answers}). They are treated as missing; correct them "
                                 "in the file if they should count.")),
}


def code(raw: RawTable, mapping: Mapping, progress: Callable[[float, str], None] | None = None,
         should_stop: Callable[[], bool] | None = None) -> Survey:
    """Code every mapped column of ``raw``; answers that fit no code become missing and are listed."""
    import numpy as np
    import pandas as pd

    report = CodingReport(rows_read=len(raw.data))
    roles = [r for r in mapping.roles() if r in ROLE_BY_KEY]
    columns: dict[str, object] = {}
    blank = np.ones(len(raw.data), dtype=bool)
    for step, role in enumerate(roles):
        if should_stop is not None and should_stop():
            raise Cancelled()
        if progress is not None:
            progress(step / max(len(roles), 1), translate("analysis", "Coding {item}").format(
                item=shown_label(role)))
        parts = []
        for name in mapping.source_columns(role):
            col = _column(raw, name)
            codes, uniques = pd.factorize(col, use_na_sentinel=True)
            keys = [normalize(u) for u in uniques]
            # code -1 (NaN) takes the appended last element: a blank cell
            blank &= np.array([k is None for k in keys] + [True])[codes]
            if role not in mapping.grids:
                parts.append(_code_role(role, mapping, codes, uniques, keys, report, name))
        if role in mapping.grids:
            columns[role] = grid_location(role, mapping, lambda name: _column(raw, name))
        else:
            columns[role] = parts[0] if len(parts) == 1 else any_of(parts)
        if len(raw.data) and not pd.notna(pd.Series(columns[role])).any():
            report.warnings.append(translate(
                "analysis", "Column '{column}' ({item}) has no usable answer in any row. Check "
                "that the right column is mapped and its answers coded.").format(
                    column="', '".join(mapping.source_columns(role)), item=shown_label(role)))
        if role == "ownership":
            columns["foreign_ownership"] = _foreign(mapping, codes, uniques, keys)
    for role in roles:
        if role in FACTORS:
            columns[role] = _outside_levels(role, columns[role], mapping, report)
    _apply_radical_rule(columns)
    data = pd.DataFrame(columns, index=pd.RangeIndex(len(raw.data)))
    data["raw_row"] = _raw_rows(raw)
    keep = ~blank if roles else np.ones(len(raw.data), dtype=bool)
    report.doubts = value_doubts(raw, mapping, data, keep)
    report.rows_dropped_empty = int((~keep).sum())
    if report.rows_dropped_empty:
        data = data.loc[keep].reset_index(drop=True)
        report.warnings.append(translate(
            "analysis", "{n} rows with no answer in any mapped column were left out (blank rows "
            "at the end of an export).", None, report.rows_dropped_empty).format(
                n=report.rows_dropped_empty))
    if "weight" in data.columns:
        _check_weights(data, mapping, report)
    report.suspect = suspect_codes(data, mapping, raw, report.unassigned) + level_warnings(
        data, mapping)
    if progress is not None:
        progress(1.0, translate("analysis", "Coded"))
    return Survey(data=data, report=report, mapping=mapping, raw=raw)


def _column(raw: RawTable, name: str):
    if name in raw.data.columns:
        return raw.data[name]
    stripped = {str(c).strip(): c for c in raw.data.columns}
    if name.strip() in stripped:
        return raw.data[stripped[name.strip()]]
    from clusterdesk.errors import UserError

    raise UserError(translate(
        "analysis", "The mapping uses column '{column}', but '{file}' has no such column. Pick "
        "the column again or check that this is the right file.").format(column=name,
                                                                         file=raw.path.name))


def _code_role(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport,
               column: str):
    kind = ROLE_BY_KEY[role].kind
    if role in CATEGORY_ROLES:
        return _category(role, mapping, codes, uniques, keys)
    if kind == "location" or kind == "yes_no":
        return _coded(role, mapping, codes, uniques, keys, report, column)
    if role == "manager_education" and mapping.codes.manager_education:
        return _ordinal(role, mapping, codes, uniques, keys, report)
    if kind in ("number", "ordinal"):
        return _number(role, mapping, codes, uniques, keys, report)
    return _text(codes, uniques)


def _text(codes, uniques):
    import numpy as np

    values = np.array([display(u) for u in uniques] + [None], dtype=object)
    return values[codes]


def _category(role: str, mapping: Mapping, codes, uniques, keys):
    """Categorical in the analyst's order; equal answers by the comparison rule are one category."""
    import numpy as np
    import pandas as pd

    # names for codes (spec 7): the name is shown and is the key; the order may give either
    named = {normalize(c): n for c, n in mapping.labels.get(role, {}).items()}
    by_name = {normalize(n): n for n in named.values()}
    shown: dict[str, str] = {}
    for want in mapping.order.get(role, []):
        k = normalize(want)
        if k is not None:
            shown.setdefault(k, named.get(k) or by_name.get(k) or display(want))
    listed = list(dict.fromkeys(shown.values()))
    seen = {}
    for u, k in zip(uniques, keys, strict=True):
        if k is not None and k not in shown:
            seen.setdefault(k, named.get(k) or display(u))
    extra = sorted(set(seen.values()) - set(listed), key=natural_key)
    shown.update(seen)
    values = np.array([shown[k] if k is not None else None for k in keys] + [None], dtype=object)
    return pd.Categorical(values[codes], categories=listed + extra)


def _coded(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport, column: str):
    """Location -> 'regional'/...; yes/no -> 1.0/0.0 (skipped_means_no -> 0.0); 'missing' codes
    and unknown answers -> NaN."""
    import numpy as np

    table = mapping.codes.table_for(role)
    lookup = {normalize(v): c for c, vals in table.items() for v in vals if normalize(v) is not None}
    is_location = role in FACTORS
    meaning = {"yes": 1.0, "no": 0.0, "skipped_means_no": 0.0}
    out: list[object] = []
    odd: list[int] = []
    skipped: list[int] = []
    for i, k in enumerate(keys):
        c = lookup.get(k) if k is not None else "missing"
        if c is None:
            odd.append(i)
            c = "missing"
        if c == "skipped_means_no" and not is_location:
            skipped.append(i)
        if is_location:
            out.append(None if c == "missing" or c == "skipped_means_no" else c)
        else:
            out.append(meaning.get(c, np.nan))
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    if odd:
        found = {display(uniques[i]): int(counts[i]) for i in odd}
        found = dict(sorted(found.items(), key=lambda kv: -kv[1]))
        merged = report.unassigned.setdefault(role, {})
        for k, v in found.items():
            merged[k] = merged.get(k, 0) + v
        report.warnings.append(_odd_message(column, found,
                                            "location" if is_location else "yes_no"))
    if skipped:
        n = int(sum(counts[i] for i in skipped))
        answers = ", ".join(display(uniques[i]) for i in skipped)
        report.skipped.setdefault(role, {})[column] = n
        report.warnings.append(translate(
            "analysis", "{n} firms not asked {column} ({answers}) counted as non-innovators.",
            None, n).format(n=f"{n:,}", column=column, answers=answers))
    if is_location:
        import pandas as pd

        values = np.array(out + [None], dtype=object)
        return pd.Categorical(values[codes], categories=list(LOCATIONS))
    return np.array(out + [np.nan], dtype=float)[codes]


def _odd_message(column: str, found: dict[str, int], kind: str) -> str:
    """'Column 'Sp10' has 14 answers that are neither yes nor no ('Vet ikke' x12, '-' x2). ...'"""
    total = sum(found.values())
    listed = ", ".join(f"{quote(k)} x{v}" for k, v in list(found.items())[:MAX_LISTED])
    if len(found) > MAX_LISTED:
        listed += " " + translate("analysis", "and {n} more").format(n=len(found) - MAX_LISTED)
    one, several = _ODD[kind]
    return (one if total == 1 else several)().format(column=column, n=total, answers=listed)


def _ordinal(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport):
    """Manager's education: the analyst's order (lowest first) codes 0, 1, 2, ..."""
    import numpy as np

    rank = {}
    for i, v in enumerate(mapping.codes.manager_education):
        rank.setdefault(normalize(v), float(i))
    out, odd = [], []
    for i, k in enumerate(keys):
        if k is None:
            out.append(np.nan)
        elif k in rank:
            out.append(rank[k])
        else:
            out.append(np.nan)
            odd.append(i)
    if odd:
        counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
        found = {display(uniques[i]): int(counts[i]) for i in odd}
        found = dict(sorted(found.items(), key=lambda kv: -kv[1]))
        report.unassigned[role] = found
        report.warnings.append(_odd_message(", ".join(mapping.source_columns(role)), found,
                                            "education"))
    return np.array(out + [np.nan], dtype=float)[codes]


def _number(role: str, mapping: Mapping, codes, uniques, keys, report: CodingReport):
    import numpy as np

    out, odd = [], []
    thousands = commas_are_thousands(uniques)
    for i, u in enumerate(uniques):
        f = parse_number(u, thousands)
        if f is None and keys[i] is not None:
            odd.append(i)
        out.append(np.nan if f is None else f)
    if odd:
        counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
        found = {display(uniques[i]): int(counts[i]) for i in odd}
        found = dict(sorted(found.items(), key=lambda kv: -kv[1]))
        report.not_numbers[role] = found
        report.warnings.append(_odd_message(", ".join(mapping.source_columns(role)), found,
                                            "number"))
    return np.array(out + [np.nan], dtype=float)[codes]


def _foreign(mapping: Mapping, codes, uniques, keys):
    """Ownership -> foreign 1/0 (codes.foreign, or categories that mention foreign/utenlandsk)."""
    import numpy as np

    if mapping.codes.foreign is not None:
        chosen = {normalize(v) for v in mapping.codes.foreign}
        flags = [np.nan if k is None else float(k in chosen) for k in keys]
    else:
        flags = [np.nan if k is None else float(_mentions_foreign(k)) for k in keys]
    return np.array(flags + [np.nan], dtype=float)[codes]


def _mentions_foreign(key: str) -> bool:
    return any(w in key for w in FOREIGN_WORDS) and not any(w in key for w in NOT_FOREIGN_WORDS)


def _apply_radical_rule(columns: dict[str, object]) -> None:
    """A non-innovator skipped the follow-up question: its radical innovation is 0 (spec 2)."""
    import numpy as np

    for radical, base in RADICAL_OF.items():
        if radical in columns and base in columns:
            r = np.array(columns[radical], dtype=float)
            r[np.asarray(columns[base]) == 0.0] = 0.0
            columns[radical] = r


def _raw_rows(raw: RawTable):
    """1-based file row of each data row: kept by the reader (``raw.file_rows``, or a frame's
    attrs), worked out from the header position when no blank row was dropped, else
    position + 1."""
    import numpy as np

    rows = getattr(raw, "file_rows", None)
    if rows is None:
        rows = raw.data.attrs.get("file_rows") if hasattr(raw.data, "attrs") else None
    if rows is not None and len(rows) == len(raw.data):
        return np.asarray(rows, dtype=np.int64)
    rep = raw.report
    if rep.header_row is not None and not rep.blank_rows_dropped:
        # no row was removed between the header and here: the row number the analyst sees
        first = rep.header_row + max(rep.header_rows, 1)
        return np.arange(first, first + len(raw.data), dtype=np.int64)
    return np.arange(1, len(raw.data) + 1, dtype=np.int64)


def _check_weights(data: pd.DataFrame, mapping: Mapping, report: CodingReport) -> None:
    """A missing or negative weight counts as 0 (the firm stays in the N, not in weighted shares)."""
    import numpy as np

    w = data["weight"].to_numpy(dtype=float)
    bad = ~np.isfinite(w) | (w < 0)
    if bad.any():
        n_bad = int(bad.sum())
        report.warnings.append(translate(
            "analysis", "{n} firms have a missing or negative weight in column '{column}'; they "
            "count with weight 0 in weighted shares. Fill in their weights to include them.",
            None, n_bad).format(n=n_bad, column=mapping.columns["weight"]))
        w = np.where(bad, 0.0, w)
        data["weight"] = w



def _outside_levels(role: str, values, mapping: Mapping, report: CodingReport):
    """Answers coded with a level the survey does not ask (``levels``) are counted as missing and
    said once per factor, rather than shown in a column the tables do not have."""
    import pandas as pd

    outside = [lv for lv in LOCATIONS if lv not in mapping.levels]
    if not outside:
        return values
    series = pd.Series(values)
    hit = series.isin(outside).to_numpy()
    if hit.any():
        report.warnings.append(translate(
            "analysis", "{n} answers of '{item}' are coded {levels}, a level the survey does not "
            "ask (levels: {asked}); they are counted as missing. Code them with a level the "
            "survey asks, or add the level.", None, int(hit.sum())).format(
                n=int(hit.sum()), item=shown_label(role),
                levels=" / ".join(sorted(set(series[hit].astype(str)))),
                asked=", ".join(mapping.levels)))
        return pd.Categorical(series.where(~hit), categories=list(LOCATIONS))
    return values
