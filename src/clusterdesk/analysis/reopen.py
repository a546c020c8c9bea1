"""Open a survey with a saved mapping, as the window does from the recent files or a project:
``open_survey`` as it is, else next year's matching, with every change it made on the survey."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.errors import MappingDoesNotFit, UserError
from clusterdesk.mapping.roles import ROLES
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.mapping.model import Mapping

# markers for the window, never shown: not translated. A role not found in the file is marked
# FITTED_LOST (adapt() lists those first); every other change FITTED.
FITTED = "Mapping fitted to this file: "
FITTED_LOST = "Mapping fitted, not found in this file: "


def read_and_code(path: str | Path, mapping: Mapping, task: Task = IDLE) -> Survey:
    """Read with mapping.source, then code (``analysis.open_survey``).

    A mapping that no longer fits (next year's export: renamed questions, a title line added)
    is fitted to the file by mapping.nextyear; every change it made is added to the survey's
    warnings (prefixed FITTED) so the window can tell the analyst.
    """
    from clusterdesk.analysis import open_survey

    p = Path(path)
    if not p.is_file():
        raise UserError(translate("WizardTasks", "The survey file '{path}' does not exist. Check "
                                  "the path or open the survey again with Open survey….").format(
            path=p))
    task.step(0.02, translate("WizardTasks", "Reading {name}…").format(name=p.name))
    as_saved = task.sub(0.02, 1.0)
    try:
        survey, _ = open_survey(p, mapping, task=as_saved)
        return survey
    except MappingDoesNotFit:
        pass
    except UserError:  # the saved sheet or header does not fit: next year's matching finds it
        pass
    task.step(0.15, translate("WizardTasks", "Fitting the saved mapping to this file…"))
    fitting = task.sub(0.15, 1.0)
    try:
        survey, notes = open_survey(p, mapping, adapt=True, task=fitting)
    except MappingDoesNotFit as exc:
        lost = _lost(mapping, exc.adapted)
        # the items not found come first, all of them: they are why it does not fit
        raise UserError(translate("WizardTasks", "The mapping does not fit '{name}', even "
                                  "after matching renamed questions:").format(name=p.name)
                        + "\n" + "\n".join([*exc.changes[:len(lost)], *exc.problems[:5]])
                        + "\n"
                        + translate("WizardTasks", "Open the survey with Open survey… and "
                                    "choose the columns.")) from None
    lost = _lost(mapping, survey.mapping)
    survey.report.warnings[:0] = ([f"{FITTED_LOST}{n}" for n in notes[:len(lost)]]
                                  + [f"{FITTED}{n}" for n in notes[len(lost):]])
    return survey


def _lost(before: Mapping, after: Mapping) -> list[str]:
    """The roles the saved mapping had and the fitted one has not (adapt() lists them first)."""
    return [r.key for r in ROLES if before.columns.get(r.key) and not after.columns.get(r.key)]
