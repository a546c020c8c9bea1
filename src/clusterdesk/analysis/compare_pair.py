"""The window's pair of waves compared (spec section 8): the earlier wave's file opened once (with
next year's matching when its mapping does not fit), then compared with the later wave's results.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from clusterdesk.errors import MappingDoesNotFit
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.analysis.compare import Comparison
    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.mapping.model import Settings
    from clusterdesk.mapping.project import ComparedWave


def compare_pair(pair: ComparedWave, base: Survey | None, later: Survey, settings: Settings,
                 files: tuple[str, str], results: Results, task: Task = IDLE,
                 ) -> tuple[Survey | None, Comparison, list[str]]:
    """(base survey, Comparison, the changes fitting the base's mapping made). ``base`` None with
    a file: read and code it (next year's matching when its mapping does not fit); None without
    one: the published study. ``results`` are the later wave's, left as they are."""
    from clusterdesk.analysis import open_survey
    from clusterdesk.analysis.compare import compare

    changes: list[str] = []
    if base is None and pair.base_path is not None:
        task.step(0.05, translate("Compare", "Reading {name}…").format(
            name=pair.base_path.name))
        try:
            base, _ = open_survey(pair.base_path, pair.base_mapping,
                                  task=_opening(task, 0.05, 0.25))
        except MappingDoesNotFit:
            base, changes = open_survey(pair.base_path, pair.base_mapping, adapt=True,
                                        task=_opening(task, 0.25, 0.5))
    comparing = translate("Compare", "Comparing the two waves…")
    task.step(0.5, comparing)
    # the earlier wave's run and the refits move the bar; the message stays the comparison's
    _, comparison = compare(base, later, settings, labels=pair.labels, files=files,
                            later_results=dataclasses.replace(results),
                            task=task.sub(0.5, 1.0).worded(lambda _: comparing))
    return base, comparison, changes


def _opening(task: Task, lo: float, hi: float) -> Task:
    """The task for an open_survey whose progress fills ``lo``..``hi`` of ``task`` (it reports
    within the first 0.2 of its range: the analysis takes the rest)."""
    return task.sub(lo, lo + (hi - lo) / 0.2)
