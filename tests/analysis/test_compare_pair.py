"""The window's pair of waves without a window: the earlier wave's file opened (fitted when its
mapping does not fit), then compared with the later wave's results."""

from __future__ import annotations

import pandas as pd
import pytest

from clusterdesk.analysis import open_survey, run
from clusterdesk.analysis.compare_pair import compare_pair
from clusterdesk.mapping import fileformat
from clusterdesk.mapping.project import ComparedWave
from clusterdesk.paths import demo_mapping, demo_survey
from clusterdesk.runtime import Task
from tests.cli.test_next_year import RENAMES, last_years_mapping, next_years_file


@pytest.fixture(scope="module")
def later():
    mapping = fileformat.load(demo_mapping())
    survey, _ = open_survey(demo_survey(), mapping)
    return survey, run(survey, mapping.settings)


def test_an_earlier_file_whose_mapping_does_not_fit_is_fitted_then_compared(tmp_path, later):
    survey, results = later
    path = next_years_file(tmp_path / "survey 2024.xlsx")  # the demo's answers, renamed
    old = fileformat.load(last_years_mapping(tmp_path / "old.clusterdesk.json"))
    heard: list[tuple[float, str]] = []
    base, comparison, changes = compare_pair(
        ComparedWave(path, old, ("2024", "2025")), None, survey, results.settings,
        (str(path), "demo.xlsx"), results, task=Task(lambda f, m: heard.append((f, m))))
    assert len(base.data) == len(pd.read_excel(path, engine="openpyxl"))  # every firm
    renamed = [n for n in RENAMES.values() if n != "Industry (NACE section)"]
    assert sum(any(f"'{n}'" in c for c in changes) for n in renamed) == len(renamed)
    assert (comparison.base_label, comparison.later_label) == ("2024", "2025")
    t2 = comparison.tables["innovation_by_region"]
    for row in t2.rows:  # the same firms in both waves: every share the same, no change
        assert row.base == pytest.approx(row.later, abs=1e-9)
        assert all(c is None or abs(c) < 1e-9 for c in row.change)
    assert ("Reading survey 2024.xlsx…" in [m for _, m in heard])
    fractions = [f for f, _ in heard]
    assert fractions == sorted(fractions) and fractions[-1] <= 1.0
    assert results.comparison is None  # the later wave's own results are left as they were


def test_without_a_file_the_published_study_is_the_base(later):
    survey, results = later
    base, comparison, changes = compare_pair(ComparedWave(), None, survey, results.settings,
                                             ("", "demo.xlsx"), results)
    assert base is None and changes == []
    assert comparison.base_file.startswith("Gjelsvik (2013)") and comparison.models == []


def test_cancel_during_the_earlier_waves_run_stops_it(later):
    """The earlier wave's analysis steps the comparison's task: asked to stop after its first
    step, it stops at the next one, before its tables and the refitted models."""
    from clusterdesk.errors import Cancelled

    survey, results = later
    heard: list[tuple[float, str]] = []

    def progress(fraction: float, message: str) -> None:
        heard.append((fraction, message))

    def comparing() -> list[tuple[float, str]]:
        return [(f, m) for f, m in heard if f >= 0.5]

    # the comparison's own step at 0.5, then the earlier wave's first step: stop asked
    task = Task(progress, lambda: len(comparing()) >= 2)
    with pytest.raises(Cancelled):
        compare_pair(ComparedWave(labels=("2024", "2025")), survey, survey, results.settings,
                     ("a.xlsx", "demo.xlsx"), results, task=task)
    assert [f for f, _ in comparing()] == [0.5, 0.5]
    assert {m for _, m in comparing()} == {"Comparing the two waves…"}
    assert results.comparison is None

    heard.clear()  # not stopped: the bar moves through the earlier wave's run and the refits
    compare_pair(ComparedWave(labels=("2024", "2025")), survey, survey, results.settings,
                 ("a.xlsx", "demo.xlsx"), results, task=Task(progress))
    fractions = [f for f, _ in heard]
    assert fractions == sorted(fractions) and len(comparing()) > 8
    assert fractions[-1] > 0.9  # the earlier wave's run ends at 0.9; the refits come after it
    assert {m for _, m in comparing()} == {"Comparing the two waves…"}
