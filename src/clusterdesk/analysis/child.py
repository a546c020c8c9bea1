"""The analysis in a child process, so the window never waits for it.

statsmodels and pandas hold the interpreter through long single C calls (a logit fit on 1,000,000 firms,
classification, Table 2): in a worker thread each one freezes the window. The child
(runtime.child.Service) receives the coded survey ONCE as an Arrow IPC stream (numbers as they
are, categories as Arrow dictionaries; text columns such as the firm id stay behind, the
analysis never reads them) and then only settings, and answers with Results and each firm's
class columns as Arrow; the parent sets them beside the survey it already holds, so no second
copy of the coded survey comes back.

Started as ``python -m clusterdesk.analysis.child``; a frozen (PyInstaller) build runs its own
executable with CHILD_FLAG (see installer/entry.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from clusterdesk.runtime import IDLE, Task, wire
from clusterdesk.runtime.child import Service
from clusterdesk.runtime.wire import receive, send
from clusterdesk.texts import translate

__all__ = ["CHILD_FLAG", "AnalysisProcess", "receive", "send"]

CHILD_FLAG = "--clusterdesk-analysis-child"


def _died() -> str:
    """The message when the child ends without an answer, in the interface language."""
    return translate("analysis", "The analysis stopped unexpectedly (its process ended), so the "
                     "tables were not computed. Change a setting to try again; if it happens "
                     "again, the computer may be short of memory: close other programs.")


@dataclass
class SurveyRequest(wire.Request):
    """The coded survey: its number and category columns as an Arrow IPC stream."""

    answers: ClassVar[bool] = False  # kept for the runs that follow; no answer of its own
    columns: Any = None
    report: Any = None
    mapping: Any = None
    raw: Any = None  # the RawTable without its cells: the run reads the path, sheet and report


@dataclass
class RunRequest(wire.Request):
    settings: Any = None


def survey_request(seq: int, survey: Any) -> SurveyRequest:
    import pandas as pd
    import pyarrow as pa

    data = survey.data
    keep = [name for name in data.columns if isinstance(data[name].dtype, pd.CategoricalDtype)
            or data[name].dtype.kind in "fiub"]
    raw = survey.raw
    if raw is not None:
        raw = dataclasses.replace(raw, data=pd.DataFrame(), grid=[], file_rows=None, labels={},
                                  preview=[])
    table = pa.Table.from_pandas(data[keep])
    return SurveyRequest(seq, wire.arrow_stream(table), survey.report, survey.mapping, raw)


def _survey_of(request: SurveyRequest) -> Any:
    from clusterdesk.analysis.survey import Survey

    data = wire.arrow_table(request.columns).to_pandas()
    return Survey(data=data, report=request.report, mapping=request.mapping, raw=request.raw)


# -- the parent's side ------------------------------------------------------------------------
def child_command() -> list[str]:
    """This interpreter, or the frozen app with CHILD_FLAG."""
    from clusterdesk.runtime.child import command

    return command("clusterdesk.analysis.child", CHILD_FLAG)


class AnalysisProcess(Service):
    """One analysis child for one window: ``run(survey, settings)`` from any worker thread.

    The survey is sent once (again only when another survey is run, or the child was started
    again after it died)."""

    def __init__(self, command: list[str] | None = None) -> None:
        super().__init__("clusterdesk.analysis.child", CHILD_FLAG, _died, command)
        self.runs = 0  # runs the child completed (diagnostics and tests)

    def run(self, survey: Any, settings: Any, task: Task = IDLE) -> Any:
        """``clusterdesk.analysis.run(survey, settings)`` in the child (blocks this thread)."""

        def build(seq: int, holds: Any) -> tuple[list[wire.Request], Any]:
            first = [] if holds is survey else [survey_request(seq, survey)]
            return first + [RunRequest(seq, settings)], survey

        # the child speaks English: its fixed step names are in the catalogue
        done = self.call(build, task.worded(lambda m: translate("analysis", m)))
        results = done.value
        if done.table is not None:
            results.classes = wire.arrow_table(done.table).to_pandas()
            results.data = survey.data
        self.runs += 1
        return results


# -- the child's side -------------------------------------------------------------------------
def child_main() -> None:
    """Import the engine, then run what stdin asks until it closes."""
    from clusterdesk.runtime.serve import serve

    held: dict = {}

    def handle(request: wire.Request, task: Task) -> Any:
        import clusterdesk.analysis as analysis

        if isinstance(request, SurveyRequest):
            held["survey"] = _survey_of(request)
            return None
        results = analysis.run(held["survey"], request.settings, task=task)
        classes, results.classes, results.data = results.classes, None, None
        import pyarrow as pa

        table = None if classes is None else wire.arrow_stream(pa.Table.from_pandas(classes))
        return wire.Done(request.seq, results, table)

    serve(handle, preload=("pandas", "pyarrow", "clusterdesk.analysis.results",
                           "clusterdesk.analysis.survey", "clusterdesk.io.table",
                           "clusterdesk.mapping.model", "clusterdesk.analysis"),
          warm_up=_warm_up)


def _warm_up() -> None:
    """Import what a run needs now, while the parent is still reading or coding."""
    from clusterdesk.runtime import warm

    warm.import_now(("scipy.stats", "statsmodels.discrete.discrete_model",
                     "statsmodels.regression.linear_model",
                     *(f"clusterdesk.analysis.{m}" for m in ("classify", "fit", "margins",
                                                            "regression", "sample", "stats",
                                                            "tables"))))


if __name__ == "__main__":  # the module itself, not __main__: its messages must unpickle
    from clusterdesk.analysis.child import child_main as main

    main()
