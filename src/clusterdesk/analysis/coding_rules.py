"""What the coded survey needs beyond each column's codes: the radical-innovation rule, each row's
place in the file, weights that cannot count, and levels the survey does not ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.survey import CodingReport
from clusterdesk.mapping.roles import LOCATIONS, RADICAL_OF, shown_label
from clusterdesk.texts import translate

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.io.table import RawTable
    from clusterdesk.mapping.model import Mapping


def apply_radical_rule(columns: dict[str, object]) -> None:
    """A non-innovator skipped the follow-up question: its radical innovation is 0 (spec 2)."""
    import numpy as np

    for radical, base in RADICAL_OF.items():
        if radical in columns and base in columns:
            r = np.array(columns[radical], dtype=float)
            r[np.asarray(columns[base]) == 0.0] = 0.0
            columns[radical] = r


def raw_rows(raw: RawTable):
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


def check_weights(data: pd.DataFrame, mapping: Mapping, report: CodingReport) -> None:
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


def outside_levels(role: str, values, mapping: Mapping, report: CodingReport):
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
