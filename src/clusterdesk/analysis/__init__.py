"""Survey -> Results: coding, the six tables and the tests of spec sections 2, 3 and 6.

Heavy libraries (pandas, scipy, statsmodels) are imported inside the functions, so importing this
package stays cheap for the command line and the GUI's start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clusterdesk.errors import MappingDoesNotFit, UserError
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import translate

if TYPE_CHECKING:
    import os

    from clusterdesk.analysis.results import Results
    from clusterdesk.analysis.survey import Survey
    from clusterdesk.io.table import RawTable
    from clusterdesk.mapping.model import Mapping, Settings

__all__ = ["analyse_file", "analyse_raw", "code", "open_survey", "run"]

def code(raw, mapping, task: Task = IDLE) -> Survey:
    """RawTable + Mapping -> Survey (see clusterdesk.analysis.coding.code)."""
    from clusterdesk.analysis.coding import code as _code

    return _code(raw, mapping, task=task)


def run(survey: Survey, settings: Settings | None = None, task: Task = IDLE,
        classified: Callable[[object, object], None] | None = None) -> Results:
    """Compute Tables 1-6 for a coded survey (settings default to the survey's mapping).
    ``classified(data, classes)``, when given, is called as soon as each firm's class is known,
    before the tables (the report starts its data sheet meanwhile)."""
    from clusterdesk.analysis.classify import classify
    from clusterdesk.analysis.regression import regression
    from clusterdesk.analysis.results import InputSummary, Results
    from clusterdesk.analysis.sample import sample_categories, sample_numbers
    from clusterdesk.analysis.shape import Shape
    from clusterdesk.analysis.tables import (
        cluster_classification,
        cluster_extent,
        innovation_by_location,
        innovation_by_region,
    )

    settings = settings if settings is not None else survey.mapping.settings
    effective = getattr(survey.mapping, "effective_settings", None)
    if effective is not None:  # thresholds scaled to the factors asked (spec 7)
        settings = effective(settings)
    _check_settings(settings, survey.mapping)
    data = survey.data
    shape = Shape.of(survey)

    step = task.step
    step(0.0, translate("analysis", "Classifying firms"))
    classes = classify(data, settings, shape.levels)
    if classified is not None:
        classified(data, classes)
    tables = {}
    step(0.05, translate("analysis", "Table 1"))
    tables["sample_categories"] = sample_categories(data)
    tables["sample_numbers"] = sample_numbers(data)
    step(0.1, translate("analysis", "Table 2"))
    tables["innovation_by_region"] = innovation_by_region(data)
    step(0.2, translate("analysis", "Table 3"))
    tables["cluster_extent"] = cluster_extent(data, shape)
    step(0.3, translate("analysis", "Table 4"))
    tables["innovation_by_location"] = innovation_by_location(data, settings, shape)
    step(0.4, translate("analysis", "Table 5"))
    tables["cluster_classification"] = cluster_classification(data, classes, shape)
    step(0.5, translate("analysis", "Table 6"))
    reg = regression(data, classes, settings, shape=shape, task=task.sub(0.5, 1.0))
    raw = survey.raw
    from clusterdesk.analysis.suspect import suspect_totals

    # codes and values that cannot be right come first: they change what every other line means
    suspect = list(survey.report.suspect)
    suspect += suspect_totals(tables, survey.mapping, raw, suspect)
    warnings = suspect + list(survey.report.doubts)
    warnings += list(raw.report.warnings) if raw is not None else []
    warnings += survey.report.warnings
    summary = InputSummary(
        source=str(raw.path) if raw is not None else "",
        sheet=raw.sheet if raw is not None else None,
        rows_read=max(survey.report.rows_read, raw.report.rows_read if raw is not None else 0),
        rows_used=len(data), warnings=warnings,
        weighted="weight" in data.columns, suspect=len(suspect))
    step(1.0, translate("analysis", "Done"))
    return Results(input=summary, tables=tables, regression=reg, settings=settings,
                   mapping=survey.mapping, classes=classes, data=data)


def _check_settings(settings: Settings, mapping: Mapping | None = None) -> None:
    """The settings problems Mapping.validate also reports, for settings edited outside it."""
    from dataclasses import replace

    from clusterdesk.mapping.model import Mapping

    not_asked = list(getattr(mapping, "not_asked", None) or [])
    settings = replace(settings, thresholds_given=True)  # check them as they will be used
    problems = Mapping(settings=settings, not_asked=not_asked).validate()
    errors = [p.message for p in problems if p.role is None and p.level == "error"]
    if errors:
        raise UserError(translate("analysis", "The analysis settings are not valid: "
                                  "{problems}").format(problems=" ".join(errors)))


def open_survey(path: str | os.PathLike, mapping: Mapping, adapt: bool = False,
                task: Task = IDLE) -> tuple[Survey, list[str]]:
    """The one way in: read the file where the mapping's source says (once), fit last year's
    mapping to it when ``adapt`` (next year's matching, each change listed), check and code.
    Returns the coded Survey and the changes the adaptation made. It reports progress up to 0.2
    of ``task``'s range: the analysis (``run``) takes the rest."""
    import clusterdesk.io as io

    task.step(0.0, translate("analysis", "Reading the file"))
    changes: list[str] = []
    if adapt:
        from clusterdesk.mapping.nextyear import adapt_file

        raw, mapping, changes = adapt_file(path, mapping, task.sub(0.0, 0.1))
    else:
        src = mapping.source
        raw = io.read(path, sheet=src.sheet, header_row=src.header_row,
                      header_rows=src.header_rows, encoding=src.encoding,
                      delimiter=src.delimiter, task=task.sub(0.0, 0.1))
    try:
        return _checked_code(raw, mapping, task.sub(0.1, 0.2)), changes
    except MappingDoesNotFit as exc:  # the caller may name what the adaptation could not find
        exc.adapted, exc.changes = mapping, changes
        exc.problems = mapping.errors(list(raw.columns))
        raise


def analyse_file(path: str | os.PathLike, mapping: Mapping, task: Task = IDLE) -> Results:
    """Read a survey file as the mapping's source says, check the mapping, code it and run."""
    survey, _ = open_survey(path, mapping, task=task)
    return run(survey, task=task.sub(0.2, 1.0))


def analyse_raw(raw: RawTable, mapping: Mapping, task: Task = IDLE) -> Results:
    """Check the mapping against a file already read, code it and run (analyse_file's second
    half, for callers that read or adapted first)."""
    survey = _checked_code(raw, mapping, task.sub(0.1, 0.2))
    return run(survey, task=task.sub(0.2, 1.0))


def _checked_code(raw: RawTable, mapping: Mapping, task: Task) -> Survey:
    """The mapping checked against the file's columns, then the file coded."""
    problems = mapping.errors(list(raw.columns))
    own = mapping.errors() if problems else []
    if own:  # wrong whatever the file: no survey to name, nothing next year's matching can do
        raise UserError(translate("analysis", "The mapping is not valid: {problems}").format(
            problems=" ".join(own)))
    if problems:
        name = getattr(raw.path, "name", str(raw.path))
        raise MappingDoesNotFit(translate("analysis", "The mapping does not fit '{file}': "
                                  "{problems}").format(file=name, problems=" ".join(problems)))
    task.check()
    return code(raw, mapping, task=task)
