"""Table 6: does a firm's cluster scope predict innovation, with controls (spec sections 3, 6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.fit import fit_model
from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import ModelResult, RegressionResult
from clusterdesk.analysis.shape import Shape
from clusterdesk.mapping.roles import OUTCOME_SHORT, ROLES, label
from clusterdesk.mapping.text import normalize
from clusterdesk.runtime import IDLE, Task

if TYPE_CHECKING:
    import pandas as pd

    from clusterdesk.mapping.model import Settings

T6_TITLE = "Table 6. The effect of clusters on product innovation: a multivariate analysis"
TERM_LABELS = {"national": "National cluster", "international": "International cluster",
               "log_employees": "Size (log employees)",
               "manager_education": "Manager's education level",
               "foreign_ownership": "Foreign ownership", "rd_expenditure": "R&D expenditure"}
CONTROL_SOURCE = {"log_employees": "employees", "manager_education": "manager_education",
                  "foreign_ownership": "foreign_ownership", "rd_expenditure": "pct_rd",
                  "sector": "sector"}
# the mapping's roles the controls come from (foreign ownership from the ownership answers)
CONTROL_ROLES = ("employees", "manager_education", "ownership", "pct_rd", "sector")


def regression(data: pd.DataFrame, classes: pd.DataFrame, settings: Settings,
               shape: Shape | None = None, task: Task = IDLE) -> RegressionResult:
    """One model per outcome in ``settings.regression_outcomes`` on the scope dummies + controls
    (a dummy per outer level the survey asks; baseline the innermost, spec 7)."""
    shape = shape or Shape()
    if not shape.factors:
        return RegressionResult(T6_TITLE, [], [Note("no_factors", {"table": 6})])
    frame, terms, notes = design(data, classes, settings, shape)
    if "weight" in data.columns and settings.weighted_model:
        notes.append(Note("reg.weighted"))
    elif "weight" in data.columns:
        notes.append(Note("reg.unweighted"))
    models = []
    outcomes = list(settings.regression_outcomes)
    for k, outcome in enumerate(outcomes):
        task.step(k / max(len(outcomes), 1), f"Fitting the model for {OUTCOME_SHORT[outcome]}")
        models.append(_model(frame, data, outcome, terms, settings, shape))
        models[-1].baseline = shape.inner
    return RegressionResult(T6_TITLE, models, notes)


def design(data: pd.DataFrame, classes: pd.DataFrame, settings: Settings,
           shape: Shape | None = None):
    """The model frame (scope dummies, enabled mapped controls, sector columns) and its notes."""
    import numpy as np
    import pandas as pd

    shape = shape or Shape()
    scope = classes["scope"]
    in_model = scope.notna().to_numpy()
    frame = pd.DataFrame(index=data.index)
    for level in shape.outer:
        frame[level] = np.where(in_model, (scope == level).to_numpy(dtype=float), np.nan)
    cls = classes["cluster_class"]
    n_mid, n_unc = int((cls == "intermediate").sum()), int((cls == "unclassified").sum())
    notes = [Note("reg.baseline", {"intermediate": n_mid, "unclassified": n_unc}) if shape.paper
             else Note("reg.baseline_level", {"env": shape.inner, "intermediate": n_mid,
                                              "unclassified": n_unc})]
    enabled = settings.controls
    terms = list(shape.outer)
    for control, source in CONTROL_SOURCE.items():
        if source not in data.columns or (enabled is not None and control not in enabled):
            continue
        if control == "sector":
            continue
        x = data[source].to_numpy(dtype=float)
        if control == "log_employees":
            with np.errstate(divide="ignore", invalid="ignore"):
                x = np.where(x > 0, np.log(np.where(x > 0, x, 1.0)), np.nan)
        frame[control] = x
        terms.append(control)
    if "sector" in data.columns and (enabled is None or "sector" in enabled):
        frame["sector"] = data["sector"]
        notes.append(Note("reg.sectors"))
    # a control whose question the mapping lacks is said, not silently absent
    missing = [r.key for r in ROLES if r.key in CONTROL_ROLES and r.key not in data.columns]
    if missing:
        notes.append(Note("reg.unmapped_controls", {"names": [label(r) for r in missing]}))
    return frame, terms, notes


def _model(frame: pd.DataFrame, data: pd.DataFrame, outcome: str, terms: list[str],
           settings: Settings, shape: Shape) -> ModelResult:

    name = OUTCOME_SHORT[outcome]
    if outcome not in data.columns:
        res = ModelResult(outcome, name, settings.model, settings.se)
        res.error = Note("model.no_column", {"name": label(outcome)})
        return res
    work = frame.copy()
    work[outcome] = data[outcome].to_numpy(dtype=float)
    weight = "weight" if "weight" in data.columns and settings.weighted_model else None
    if weight:
        work[weight] = data[weight].to_numpy(dtype=float)
    terms = list(terms)
    labels = dict(TERM_LABELS)
    notes: list[Note] = []
    hidden: set[str] = set()
    if "sector" in work.columns:
        work = _sector_dummies(work, outcome, terms, settings, labels, hidden, notes)
    used = work[[outcome, *terms]].dropna()
    scopes = list(shape.outer)
    if len(used) and not (used[scopes] == 0).all(axis=1).any():
        res = ModelResult(outcome, name, settings.model, "robust" if settings.model == "lpm"
                          else settings.se, n=len(used), notes=notes)
        res.error = Note("model.no_regional") if shape.paper else Note(
            "model.no_inner", {"env": shape.inner})
        return res
    for t in list(terms):
        if len(used) and _constant(used[t].to_numpy()):
            terms.remove(t)
            if t in scopes:
                notes.append(Note("model.scope_absent", {"scope": t, "name": TERM_LABELS[t]}))
            elif t not in hidden:
                notes.append(Note("model.constant", {"name": labels[t]}))
    if not any(t in terms for t in scopes) and len(used):
        res = ModelResult(outcome, name, settings.model, "robust" if settings.model == "lpm"
                          else settings.se, n=len(used), notes=notes)
        res.error = Note("model.all_regional") if shape.paper else Note(
            "model.all_inner", {"env": shape.inner})
        return res
    res = fit_model(work, outcome, terms, settings.model, settings.se, labels, hidden, name,
                    weight)
    res.notes = notes + res.notes
    if res.error is None:
        res.notes.insert(0, Note("model.n", {"model": settings.model, "n": res.n}))
    return res


def _sector_dummies(work: pd.DataFrame, outcome: str, terms: list[str], settings: Settings,
                    labels: dict[str, str], hidden: set[str], notes: list[Note]) -> pd.DataFrame:
    """Add one 0/1 column per sector but the baseline; firms without a sector leave the model.

    A sector whose firms all have (or all lack) the innovation would make the logit diverge; as
    Stata does, that sector's firms and its dummy are left out, and a note says so.
    """
    import numpy as np

    sector = work["sector"]
    work = work.drop(columns="sector")
    work.loc[sector.isna().to_numpy(), outcome] = np.nan  # blank sector: left out, not a category
    complete = work[[outcome, *terms]].notna().all(axis=1).to_numpy() & sector.notna().to_numpy()
    cats = sector[complete].value_counts(sort=False)
    cats = cats[cats > 0]
    baseline = _baseline(cats, settings.sector_baseline)
    if baseline is None:
        return work
    if settings.sector_baseline is not None and normalize(baseline) != normalize(
            settings.sector_baseline):
        notes.append(Note("model.baseline_absent", {"sector": settings.sector_baseline}))
    notes.append(Note("model.sector_baseline", {"sector": baseline}))
    y = work[outcome].to_numpy()
    for cat in cats.index:
        if cat == baseline:
            continue
        in_cat = (sector == cat).to_numpy()
        ys = y[in_cat & complete]
        if settings.model != "lpm" and len(ys) and _constant(ys):
            work.loc[in_cat, outcome] = np.nan
            notes.append(Note("model.sector_left_out", {
                "sector": cat, "share": "all" if ys[0] == 1 else "none", "n": len(ys)}))
            continue
        key = f"sector[{cat}]"
        work[key] = np.where(sector.isna(), np.nan, in_cat.astype(float))
        labels[key] = f"Sector: {cat}"
        hidden.add(key)
        terms.append(key)
    return work


def _constant(x) -> bool:
    """One value only (``nunique() <= 1``, ``len(set(x)) == 1``) in values without NaN, which
    this is called with: found without hashing every firm's value."""
    return bool(len(x) == 0 or x.min() == x.max())


def _baseline(cats, wanted: str | None):
    """The sector baseline: the one the analyst chose (if it has firms), else the largest."""
    if len(cats) == 0:
        return None
    if wanted is not None:
        for cat in cats.index:
            if normalize(cat) == normalize(wanted):
                return cat
    return cats.idxmax()
