"""A read-only Qt model over Table 6 (RegressionResult): one column per model, paper layout.

Each shown term takes two rows: the estimate with its stars, then its standard error in
parentheses (or, for odds ratios, the p in brackets). Below come N, pseudo R², log-likelihood,
the LR test's p and AIC. The scale switches between coefficients, odds ratios and average
marginal effects; a model that could not be fitted shows the engine's message in its column.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from clusterdesk.analysis.results import ModelResult, RegressionResult, Term, stars
from clusterdesk.gui.views import format as fmt
from clusterdesk.gui.views.base import ReadOnlyTableModel

SCALES = {"coef": QT_TRANSLATE_NOOP("RegressionModel", "Coefficients"),
          "odds_ratio": QT_TRANSLATE_NOOP("RegressionModel", "Odds ratios"),
          "ame": QT_TRANSLATE_NOOP("RegressionModel", "Marginal effects")}
MODEL_NAMES = {"logit": "logit", "probit": "probit",
               "lpm": QT_TRANSLATE_NOOP("RegressionModel", "linear probability")}
NO_ODDS = QT_TRANSLATE_NOOP("RegressionModel", "Odds ratios exist for logit models only. Choose "
                            "Coefficients or Marginal effects.")
STATS = (("n", "N", "0"),
         ("pseudo_r2", QT_TRANSLATE_NOOP("RegressionModel", "Pseudo R² (McFadden)"), "0.000"),
         ("llf", QT_TRANSLATE_NOOP("RegressionModel", "Log-likelihood"), "0.0"),
         ("llr_pvalue", QT_TRANSLATE_NOOP("RegressionModel", "LR test p"), "p"),
         ("aic", "AIC", "0.0"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Line:
    kind: str  # estimate | spread | stat
    key: str
    label: str
    fmt: str = "0.000"


def estimate(term: Term, scale: str) -> tuple[float | None, float | None, float | None]:
    """(estimate, spread, p) of a term on a scale: spread is the SE, or p for odds ratios."""
    if scale == "odds_ratio":
        return term.odds_ratio, term.p, term.p
    if scale == "ame":
        return term.ame, term.ame_se, term.ame_p
    return term.coef, term.se, term.p


class RegressionModel(ReadOnlyTableModel):
    def __init__(self, regression: RegressionResult | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reg: RegressionResult | None = None
        self._lines: list[_Line] = []
        self._scale = "coef"
        if regression is not None:
            self.set_regression(regression)

    @property
    def regression(self) -> RegressionResult | None:
        return self._reg

    @property
    def scale(self) -> str:
        return self._scale

    def set_scale(self, scale: str) -> None:
        if scale not in SCALES:
            raise ValueError(scale)
        if scale != self._scale:
            self.beginResetModel()
            self._scale = scale
            self.endResetModel()

    def set_regression(self, regression: RegressionResult | None) -> None:
        self.beginResetModel()
        self._reg = regression
        self._lines = []
        if regression is not None:
            seen: dict[str, str] = {}
            for m in regression.models:
                for t in m.terms:
                    if t.shown and t.key not in seen:
                        seen[t.key] = t.label
            keys = [k for k in seen if k != "const"] + (["const"] if "const" in seen else [])
            for k in keys:
                self._lines.append(_Line("estimate", k, seen[k]))
                self._lines.append(_Line("spread", k, ""))
            self._lines += [_Line("stat", key, self.tr(name), f) for key, name, f in STATS]
        self.endResetModel()

    def message(self, col: int) -> str | None:
        """Why a model's column has no estimates (the engine's error, or no odds ratios)."""
        m = self._reg.models[col]
        if m.error:
            return m.error
        if self._scale == "odds_ratio" and m.model != "logit":
            return self.tr(NO_ODDS)
        return None

    def estimate_rows(self) -> int:
        return sum(1 for line in self._lines if line.kind != "stat")

    # -- Qt interface ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._reg is None else len(self._reg.models)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._reg is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._reg.models):
                return None
            m = self._reg.models[section]
            return f"{m.outcome_label}\n({self.tr(MODEL_NAMES.get(m.model, m.model))})"
        return self._lines[section].label if 0 <= section < len(self._lines) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        try:
            return self._data(index, role)
        except Exception:  # never let one odd cell break the view
            return None

    def value(self, row: int, col: int) -> float | str | None:
        """Full value of a cell for copying: a float, None, or the model's message."""
        line, m = self._lines[row], self._reg.models[col]
        msg = self.message(col)
        if line.kind != "stat":
            if msg is not None:
                return msg if row == 0 else None
            term = _term(m, line.key)
            if term is None:
                return None
            est, spread, _ = estimate(term, self._scale)
            v = est if line.kind == "estimate" else spread
            return None if v is None else float(v)
        if m.error:
            return None
        v = getattr(m, line.key)
        return None if v is None else float(v)

    def _data(self, index: Index, role: int) -> object:
        if not index.isValid() or self._reg is None:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._lines) and 0 <= c < len(self._reg.models)):
            return None
        line, m = self._lines[r], self._reg.models[c]
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            return self.value(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if line.kind != "stat" and self.message(c) is not None:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.kind != "stat" and self.message(c) is not None:
                return self.message(c)
            term = _term(m, line.key) if line.kind != "stat" else None
            if term is not None:
                return self.tr("coefficient {coef}, SE {se}, z {z}, p {p}").format(
                    coef=f"{term.coef:.6g}", se=f"{term.se:.6g}", z=f"{term.z:.4g}",
                    p=f"{term.p:.4g}")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        v = self.value(r, c)
        if isinstance(v, str) or v is None:
            return v or ""
        if line.kind == "stat":
            return fmt.pvalue(v) if line.fmt == "p" else fmt.number(v, line.fmt)
        term = _term(m, line.key)
        _, _, p = estimate(term, self._scale)
        if line.kind == "estimate":
            return fmt.number(v, "0.000") + stars(p)
        if self._scale == "odds_ratio":
            return f"[p {fmt.pvalue(v)}]"
        return f"({fmt.number(v, '0.000')})"


def _term(model: ModelResult, key: str) -> Term | None:
    return next((t for t in model.terms if t.key == key), None)
