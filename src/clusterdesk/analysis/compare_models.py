"""Table 6 of two waves compared: each term's difference with z and p, the controls both waves
have, and the firms found in both."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from clusterdesk.analysis.comparison import ModelChange, TermChange
from clusterdesk.analysis.notes import Note
from clusterdesk.mapping.text import normalize

if TYPE_CHECKING:
    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.mapping.model import Settings


def compare_models(base: Results, later: Results, base_label: str = "base",
                   later_label: str = "later") -> list[ModelChange]:
    """Per model fitted in both waves, each term's difference with z and its two-sided p."""
    from scipy.stats import norm

    out = []
    base_models = {m.outcome: m for m in base.regression.models}
    for lm in later.regression.models:
        bm = base_models.get(lm.outcome)
        if bm is None:
            continue
        notes = [Note("compare.model_error", {"wave": w, "error": str(m.error)})
                 for w, m in ((base_label, bm), (later_label, lm)) if m.error]
        b_terms = {t.key: t for t in bm.terms}
        terms = []
        for t in lm.terms:
            b = b_terms.get(t.key)
            diff = z = p = None
            if b is not None and all(math.isfinite(v) for v in (t.coef, t.se, b.coef, b.se)):
                diff = t.coef - b.coef
                se = math.sqrt(t.se ** 2 + b.se ** 2)
                if se > 0:
                    z = diff / se
                    p = float(2 * norm.sf(abs(z)))
            terms.append(TermChange(t.key, t.label, b.coef if b else None, b.se if b else None,
                                    t.coef, t.se, diff, z, p))
        out.append(ModelChange(lm.outcome, lm.outcome_label, terms, notes))
    return out


def common_controls(base: Survey, later: Survey, settings: Settings) -> tuple[list[str], list[str]]:
    """The controls both waves have mapped (and the settings enable), and those only one has."""
    from clusterdesk.analysis.regression import CONTROL_SOURCE

    enabled = settings.controls
    both, one = [], []
    for control, source in CONTROL_SOURCE.items():
        if enabled is not None and control not in enabled:
            continue
        has = (source in base.data.columns, source in later.data.columns)
        if all(has):
            both.append(control)
        elif any(has):
            one.append(control)
    return both, one


def firms_in_both(base: Survey, later: Survey) -> int | None:
    if "firm_id" not in base.data.columns or "firm_id" not in later.data.columns:
        return None
    ids = {normalize(v) for v in base.data["firm_id"]} - {None}
    return len(ids & ({normalize(v) for v in later.data["firm_id"]} - {None}))
