"""SPSS (.sav/.zsav/.por) and Stata (.dta) -> columns named by variable, labels applied.

A cell shows its value label where the value has one (as SPSS shows it), user-missing values
(SPSS "missing values" codes and ranges) are missing and counted, and variable labels (the question
text) go to RawTable.labels for the mapping assistant.
"""

from __future__ import annotations

from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io.header import clean_name
from clusterdesk.io.names import shown
from clusterdesk.io.table import ImportReport
from clusterdesk.texts import count, translate


def read_stats(path: Path, kind: str, report: ImportReport, nrows: int | None = None):
    """(DataFrame, variable labels) with value labels applied and user-missing values blanked."""
    import pandas as pd
    import pyreadstat

    readers = {"sav": pyreadstat.read_sav, "zsav": pyreadstat.read_sav,
               "por": pyreadstat.read_por, "dta": pyreadstat.read_dta}
    options = {"row_limit": nrows or 0}
    if kind in ("sav", "zsav"):
        options["user_missing"] = True
    try:
        df, meta = readers[kind](str(path), **options)
    except Exception as exc:  # noqa: BLE001 - ReadstatError, PyreadstatError, OSError
        raise UserError(translate(
            "io", "ClusterDesk could not read {file}: the {kind} file is damaged or incomplete "
            "({error}). Save it again from SPSS/Stata and retry.").format(
                file=shown(path), kind=kind.upper(), error=str(exc)[:120])) from exc
    missing_ranges = getattr(meta, "missing_ranges", None) or {}
    value_labels = getattr(meta, "variable_value_labels", None) or {}
    n_missing = 0
    columns = {}
    for name in df.columns:
        s = df[name]
        ranges = missing_ranges.get(name) or []
        if ranges:
            mask = pd.Series(False, index=s.index)
            for r in ranges:
                lo, hi = r.get("lo"), r.get("hi")
                if isinstance(lo, str) or isinstance(hi, str):
                    mask |= s.astype(object).eq(lo) | s.astype(object).eq(hi)
                else:
                    num = pd.to_numeric(s, errors="coerce")
                    mask |= (num >= lo) & (num <= hi)
            n_missing += int(mask.sum())
            s = s.astype(object).where(~mask, None)
        labels = value_labels.get(name)
        if labels:
            report.value_codes[name] = {str(text): float(code) for code, text in labels.items()
                                        if isinstance(code, int | float)}
            obj = s.astype(object)
            mapped = obj.map(labels)
            s = mapped.where(mapped.notna(), obj).astype(object)
            s = s.where(s.notna(), None)
        elif s.dtype != object and not pd.api.types.is_numeric_dtype(s):
            s = s.astype(object).where(s.notna(), None)
        columns[name] = s
    frame = pd.DataFrame(columns)
    if n_missing:
        report.warnings.append(translate(
            "io", "{n} user-missing value(s) defined in {file} (e.g. 'Don't know' codes) were "
            "read as missing.", None, n_missing).format(n=count(n_missing), file=shown(path)))
    labels = {}
    for name, label in (getattr(meta, "column_names_to_labels", None) or {}).items():
        text, _ = clean_name(label)
        if text:
            labels[name] = text
    report.encoding = getattr(meta, "file_encoding", None)
    return frame, labels
