"""The Data tab's columns as numpy arrays, built once per survey off the GUI thread (Qt-free).

Text columns become integer codes plus a short list of labels (a survey column has a handful of
distinct answers), numbers stay float arrays and raw cells stay the reader's object array. The
view then formats only the cells on screen, so a 1,000,000-row survey costs a few arrays, not
millions of strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clusterdesk.gui.i18n import location_label, role_label
from clusterdesk.mapping.roles import LOCATIONS, ROLES
from clusterdesk.runtime import IDLE, Task

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.analysis.results import ResultTable
    from clusterdesk.analysis.survey import Survey

CLASS_LABELS = {"non_regional": QT_TRANSLATE_NOOP("DataColumns", "Non-regional cluster"),
                "regional": QT_TRANSLATE_NOOP("DataColumns", "Regional cluster"),
                "intermediate": QT_TRANSLATE_NOOP("DataColumns", "Intermediate"),
                "unclassified": QT_TRANSLATE_NOOP("DataColumns", "Unclassified")}
YES_NO = (QT_TRANSLATE_NOOP("DataColumns", "No"), QT_TRANSLATE_NOOP("DataColumns", "Yes"))


_Q = QCoreApplication  # _Q.translate("DataColumns", "…") is what lupdate looks for


def _tr(text: str) -> str:
    return _Q.translate("DataColumns", text)


@dataclass
class DataColumn:
    key: str
    header: str
    kind: str  # code | number | raw
    codes: np.ndarray | None = None  # int32, -1 = missing (kind code)
    labels: list[str] = field(default_factory=list)
    numbers: np.ndarray | None = None  # float64 with NaN (kind number)
    cells: np.ndarray | None = None  # object (kind raw)
    decimals: int = 0
    tooltip: str = ""

    def sort_key(self) -> np.ndarray:
        """A float array whose argsort orders the column; missing cells are +inf (last)."""
        if self.kind == "code":
            return np.where(self.codes < 0, np.inf, self.codes.astype(np.float64))
        if self.kind == "number":
            return np.where(np.isnan(self.numbers), np.inf, self.numbers)
        import pandas as pd

        codes, uniques = pd.factorize(self.cells, use_na_sentinel=True)
        order = sorted(range(len(uniques)), key=lambda k: _natural(uniques[k]))
        rank = np.empty(len(uniques) + 1, dtype=np.float64)
        rank[np.asarray(order, dtype=np.int64)] = np.arange(len(uniques))
        rank[-1] = np.inf  # missing last (code -1 reads the last slot)
        return rank[codes]


def _natural(value: object) -> tuple[int, float, str]:
    try:
        return (0, float(value), "")
    except (TypeError, ValueError):
        return (1, 0.0, str(value).casefold())


@dataclass
class DataColumns:
    """Every column of the Data tab plus the arrays the filters read."""

    n: int
    columns: list[DataColumn]
    regions: list[str]
    region_codes: np.ndarray  # int32 per firm, -1 = missing


def coded(key: str, series: pd.Series, header: str | None = None) -> DataColumn:
    """One coded column of the survey as codes + labels or as numbers."""
    import pandas as pd

    header = header or role_label(key)
    if isinstance(series.dtype, pd.CategoricalDtype):
        factor = key in {r.key for r in ROLES if r.kind == "location"}
        return DataColumn(key, header, "code", series.cat.codes.to_numpy(np.int32),
                          [location_label(str(c)) if factor else str(c)
                           for c in series.cat.categories])
    if pd.api.types.is_numeric_dtype(series.dtype):
        numbers = series.to_numpy(dtype=np.float64, na_value=np.nan)
        kind_role = next((r for r in ROLES if r.key == key), None)
        if kind_role is not None and kind_role.kind == "yes_no" or key == "foreign_ownership":
            codes = np.where(np.isnan(numbers), -1, numbers).astype(np.int32)
            return DataColumn(key, header, "code", codes, [_tr(t) for t in YES_NO])
        finite = numbers[np.isfinite(numbers)]
        integral = bool(finite.size == 0 or np.all(finite == np.round(finite)))
        return DataColumn(key, header, "number", numbers=numbers, decimals=0 if integral else 2)
    if key in {r.key for r in ROLES if r.kind == "location"}:
        cat = pd.Categorical(series, categories=list(LOCATIONS))
        return DataColumn(key, header, "code", np.asarray(cat.codes, np.int32),
                          [location_label(c) for c in LOCATIONS])
    if key == "firm_id":  # one value per firm: keep the cells, never a label per firm
        return DataColumn(key, header, "raw", cells=series.to_numpy(dtype=object))
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return DataColumn(key, header, "code", codes.astype(np.int32), [str(u) for u in uniques])


def raw_positions(survey: Survey) -> np.ndarray | None:
    """Position in ``survey.raw.data`` of each coded row (rows dropped as blank are skipped)."""
    raw = survey.raw
    if raw is None:
        return None
    n_raw, n = len(raw.data), len(survey.data)
    if n_raw == n:
        return np.arange(n)
    rows = getattr(raw, "file_rows", None)
    if rows is None:
        rows = raw.data.attrs.get("file_rows")
    if rows is None or len(rows) != n_raw:
        rows = np.arange(1, n_raw + 1)
    rows = np.asarray(rows, dtype=np.int64)
    pos = np.searchsorted(rows, survey.data["raw_row"].to_numpy(np.int64))
    if np.any(pos >= n_raw):
        return None
    return pos


def build(survey: Survey, task: Task = IDLE) -> DataColumns:
    """Columns for the Data tab: file row, then each mapped role coded and as the file says."""
    data = survey.data
    mapping = survey.mapping
    pos = raw_positions(survey)
    columns = [DataColumn("raw_row", _Q.translate("DataColumns", "Row in file"),
                          "number",
                          numbers=data["raw_row"].to_numpy(np.float64))]
    roles = [r.key for r in ROLES if r.key in data.columns]
    for k, key in enumerate(roles):
        task.step(k / max(len(roles), 1), QCoreApplication.translate(
            "DataColumns", "Preparing {role}").format(role=role_label(key)))
        columns.append(coded(key, data[key]))
        name = mapping.columns.get(key) if mapping is not None else None
        raw = survey.raw
        if pos is not None and name and raw is not None and name in raw.data.columns:
            columns.append(raw_column(key, name, raw.data[name], pos))
        if key == "ownership" and "foreign_ownership" in data.columns:
            columns.append(coded("foreign_ownership", data["foreign_ownership"],
                                 _Q.translate("DataColumns", "Foreign ownership (coded)")))
    region = columns[[c.key for c in columns].index("region")] if "region" in data.columns \
        else None
    return DataColumns(
        n=len(data), columns=columns,
        regions=list(region.labels) if region is not None else [],
        region_codes=region.codes if region is not None else np.full(len(data), -1, np.int32))


def raw_column(key: str, name: str, series: pd.Series, pos: np.ndarray) -> DataColumn:
    """The file's own cells for a role: numbers stay a float array, text the reader's objects."""
    import pandas as pd

    tip = _Q.translate("DataColumns", "The answer as the file holds it, for {role}").format(
        role=role_label(key))
    header = _Q.translate("DataColumns", "{name} (as in file)").format(name=name)
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(
            series.dtype):
        numbers = series.to_numpy(dtype=np.float64, na_value=np.nan)
        numbers = numbers if len(numbers) == len(pos) else numbers[pos]
        finite = numbers[np.isfinite(numbers)]
        integral = bool(finite.size == 0 or np.all(finite == np.round(finite)))
        return DataColumn(f"raw:{key}", header, "number", numbers=numbers,
                          decimals=0 if integral else 2, tooltip=tip)
    if isinstance(series.dtype, pd.StringDtype):  # its object array: a new string per cell
        return _text_codes(f"raw:{key}", header, series, pos, tip)
    cells = series.to_numpy(dtype=object)  # no copy for the reader's object columns
    cells = cells if len(cells) == len(pos) else cells[pos]
    return DataColumn(f"raw:{key}", header, "raw", cells=cells, tooltip=tip)


def _text_codes(key: str, header: str, series: pd.Series, pos: np.ndarray,
                tip: str) -> DataColumn:
    """A text column as codes in the natural order of its distinct values (as a raw column
    sorts) and their labels."""
    import pandas as pd

    from clusterdesk.mapping.text import display

    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    order = sorted(range(len(uniques)), key=lambda k: _natural(uniques[k]))
    rank = np.empty(len(uniques) + 1, dtype=np.int32)
    rank[np.asarray(order, dtype=np.int64)] = np.arange(len(uniques), dtype=np.int32)
    rank[-1] = -1  # missing (code -1 reads the last slot)
    codes = rank[codes] if len(codes) == len(pos) else rank[codes[pos]]
    return DataColumn(key, header, "code", codes, [display(uniques[k]) for k in order],
                      tooltip=tip)


def _class_names(t5: ResultTable | None) -> dict[str, str]:
    """A class's name: T5's column labels when the classes are counted at another level than
    regional (spec 7: 'National environment'), else the paper's names."""
    names = {k: _tr(v) for k, v in CLASS_LABELS.items()}
    if t5 is not None and t5.inner_level:
        from clusterdesk.gui.i18n import current
        from clusterdesk.report.labels import column_label

        for c in t5.columns:
            if c.key in ("regional", "non_regional"):
                names[c.key] = column_label(t5.key, c.key, c.label, current(), c.glossary)
    return names


def class_columns(firms: pd.DataFrame, t5: ResultTable | None = None) -> list[DataColumn]:
    """Cluster class, scope and r/n/i/a of each firm, from Results.classes (cheap: codes only);
    ``t5`` (Table 5) names the classes when they are not the paper's."""
    out = []
    names = _class_names(t5)
    for key, header in (("r", _Q.translate("DataColumns", "r (regional factors)")),
                        ("n", _Q.translate("DataColumns", "n (national)")),
                        ("i", _Q.translate("DataColumns", "i (international)")),
                        ("a", _Q.translate("DataColumns", "a (answered)"))):
        if key in firms.columns:
            out.append(DataColumn(key, header, "number",
                                  numbers=firms[key].to_numpy(np.float64)))
    if "cluster_class" in firms.columns:
        cat = firms["cluster_class"].cat
        out.append(DataColumn("cluster_class", _Q.translate("DataColumns", "Cluster class"),
                              "code",
                              cat.codes.to_numpy(np.int32),
                              [names.get(str(c), str(c)) for c in cat.categories]))
    if "scope" in firms.columns:
        cat = firms["scope"].cat
        out.append(DataColumn("scope", _Q.translate("DataColumns", "Cluster scope (Table 6)"),
                              "code",
                              cat.codes.to_numpy(np.int32),
                              [location_label(str(c)) for c in cat.categories]))
    return out
