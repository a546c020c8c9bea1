"""This survey against an earlier wave (spec section 8): per share cell of Tables 2-5 the change
in points with Newcombe's interval and the chi-square p; Table 6's coefficient differences.

The pieces: comparison.py (the data, re-exported here), compare_waves.py (a wave's share cells),
compare_cells.py (one cell), compare_tables.py (Tables 2-5), compare_models.py (Table 6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.analysis.compare_models import common_controls, compare_models, firms_in_both
from clusterdesk.analysis.compare_tables import compare_tables
from clusterdesk.analysis.compare_waves import published_wave, wave_of
from clusterdesk.analysis.comparison import (
    Comparison,
    ModelChange,
    RowChange,
    TableChange,
    TermChange,
    Wave,
)
from clusterdesk.analysis.notes import Note
from clusterdesk.runtime import IDLE, Task

__all__ = ["Comparison", "ModelChange", "RowChange", "TableChange", "TermChange", "Wave",
           "compare"]

if TYPE_CHECKING:
    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.mapping.model import Settings


def compare(base: Survey | None, later: Survey, settings: Settings | None = None,
            labels: tuple[str, str] | None = None, files: tuple[str, str] = ("", ""),
            later_results: Results | None = None, task: Task = IDLE,
            ) -> tuple[Results, Comparison]:
    """The later wave's own Results (unchanged) with the comparison against ``base`` attached;
    ``base`` None compares with the published 2013 study. ``task`` covers every wave's run and
    both refitted models."""
    import dataclasses

    from clusterdesk.analysis import run
    from clusterdesk.analysis.classify import classify
    from clusterdesk.analysis.regression import regression

    settings = settings if settings is not None else later.mapping.settings
    own = 0.0 if later_results is not None else (1.0 if base is None else 0.4)  # its run's part
    results = (later_results if later_results is not None
               else run(later, settings, task=task.sub(0.0, own)))
    later_label = labels[1] if labels else _name(files[1])
    notes: list[str] = []
    if base is None:
        base_wave = published_wave()
        if labels:
            base_wave.label = labels[0]
        models: list[ModelChange] = []
        notes.append(Note("compare.published", {"wave": base_wave.label}))
        in_both = None
    else:
        base_label = labels[0] if labels else _name(files[0])
        base_results = run(base, settings, task=task.sub(own, 0.8))
        base_wave = wave_of(base_results, base_label, files[0])
        both, one = common_controls(base, later, settings)
        same = dataclasses.replace(settings, controls=both)
        models = compare_models(
            _regression_only(base, same, classify, regression, base_results, task.sub(0.8, 0.9)),
            _regression_only(later, same, classify, regression, results, task.sub(0.9, 1.0)),
            base_label, later_label)
        notes += [Note("compare.one_wave_control", {"name": _control_name(c)}) for c in one]
        in_both = firms_in_both(base, later)
        if in_both is not None:
            notes.append(Note("compare.firms_in_both", {"n": in_both}))
    later_wave = wave_of(results, later_label, files[1])
    comparison = Comparison(base_wave.label, base_wave.file, later_label, files[1], in_both,
                            compare_tables(base_wave, later_wave), models, notes)
    results.comparison = comparison
    return results, comparison


def _regression_only(survey: Survey, settings: Settings, classify, regression,
                     results: Results, task: Task) -> Results:
    """Results whose Table 6 is refitted with the shared specification."""
    import dataclasses

    from clusterdesk.analysis.shape import Shape

    shape = Shape.of(survey)
    reg = regression(survey.data, classify(survey.data, settings, shape.levels), settings,
                     shape=shape, task=task)
    return dataclasses.replace(results, regression=reg)


def _control_name(control: str) -> str:
    from clusterdesk.analysis.regression import TERM_LABELS
    from clusterdesk.mapping.roles import label

    return TERM_LABELS.get(control) or label(control)


def _name(path: str) -> str:
    from pathlib import Path

    return Path(path).stem if path else ""
