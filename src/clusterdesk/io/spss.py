"""SPSS (.sav/.zsav/.por) and Stata (.dta) -> columns named by variable, labels applied.

pyreadstat runs in the reading child (contain.py, stats_child.py), so a damaged file that crashes
it costs the child, not the app. A cell shows its value label where the value has one (as SPSS
shows it), user-missing values (SPSS "missing values" codes and ranges) are missing and counted,
and variable labels (the question text) go to RawTable.labels for the mapping assistant.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io import contain
from clusterdesk.io.header import clean_name
from clusterdesk.io.limits import DEFAULT_LIMITS, Limits
from clusterdesk.io.names import shown
from clusterdesk.io.stats_child import python_encoding
from clusterdesk.io.table import ImportReport
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import count, translate

MISREAD_SHOWN = 3  # texts named in the warning about labels read as Windows-1252


def read_stats(path: Path, kind: str, report: ImportReport, nrows: int | None = None,
               encoding: str | None = None, limits: Limits | None = None,
               task: Task = IDLE):
    """(DataFrame, variable labels) with value labels applied and user-missing values blanked.

    ``encoding``: the mapping's declared encoding for the file's texts; None = the file's own.
    ``task`` can stop the reading child.
    """
    import pandas as pd

    declared = python_encoding(encoding) if encoding else None
    if encoding and declared is None:
        raise UserError(translate(
            "io", "{file} cannot be read as {encoding}: ClusterDesk does not know that encoding. "
            "Leave the encoding on automatic or choose another one.").format(
                file=shown(path), encoding=encoding))
    limits = _for_file(path, limits or DEFAULT_LIMITS)
    job = {"reader": "stats", "path": str(path), "kind": kind, "nrows": nrows,
           "encoding": declared}
    result = contain.finish(contain.start(job, limits), limits,
                            refuse=lambda file, why: _damaged(file, kind, why),
                            task=task)
    if result.error:
        raise _damaged(path, kind, result.detail)
    report.contained = True
    df, result = _frame(result), result.stats
    meta = result["meta"]
    missing_ranges = meta["missing_ranges"]
    value_labels = meta["value_labels"]
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
    _misread_warning(path, result["encoding"], result["misread"], report)
    labels = {}
    for name, label in meta["column_labels"].items():
        text, _ = clean_name(label)
        if text:
            labels[name] = text
    report.encoding = result["encoding"]
    return frame, labels


def _frame(reply: contain.Reply):
    """The DataFrame the child read, from its Arrow columns: object columns as the same Python
    values, the others (numbers, dates) in their numpy types."""
    import pandas as pd

    from clusterdesk.io.arrow_cells import objects

    stats, table = reply.stats, reply.table
    columns = {name: objects(table.column(j)) if is_object else table.column(j).to_numpy()
               for j, (name, is_object) in enumerate(zip(stats["names"], stats["objects"],
                                                         strict=True))}
    return pd.DataFrame(columns, index=pd.RangeIndex(stats["rows"]), columns=stats["names"])


def _for_file(path: Path, limits: Limits) -> Limits:
    """The child's memory raised for a large file: pandas, the columns and their Arrow copy."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    need = 768 * 2**20 + 64 * size
    return replace(limits, child_memory_bytes=max(limits.child_memory_bytes, need))


def _damaged(path, kind: str, why: str) -> UserError:
    """The one message for an SPSS/Stata file that could not be read."""
    return UserError(translate(
        "io", "ClusterDesk could not read {file}: the {kind} file is damaged or incomplete "
        "({error}). Save it again from SPSS/Stata and retry.").format(
            file=shown(path), kind=kind.upper(), error=str(why)[:120]))


def _misread_warning(path: Path, encoding: str, misread: list, report: ImportReport) -> None:
    """One warning naming the texts that were not valid in the file's encoding."""
    seen = list(dict.fromkeys((str(c), str(t)) for c, t in misread))
    if not seen:
        return
    named = ", ".join(translate("io", "'{text}' (column '{column}')").format(text=t, column=c)
                      for c, t in seen[:MISREAD_SHOWN])
    more = len(seen) - MISREAD_SHOWN
    if more > 0:
        named += " " + translate("io", "and {n} more").format(n=count(more))
    report.warnings.append(translate(
        "io", "{n} label(s) or text(s) in {file} are not valid {encoding} and were read as "
        "Windows-1252: {texts}. Check that they read right; if not, set the file's encoding "
        "in the mapping.", None, len(seen)).format(
            n=count(len(seen)), file=shown(path), encoding=encoding, texts=named))
