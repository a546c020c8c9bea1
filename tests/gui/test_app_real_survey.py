"""The app on Uruguay's survey as received (spec 7): the tabs of tables the survey cannot have
show the sentence that says why and a chart of that sentence, not empty bars; a code that
cannot be right is what the window says first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from clusterdesk.gui.app import parse, start
from clusterdesk.report.charts import bar_chart, coefficient_plot
from tests.cli.test_report_real_survey import MAPPING, SURVEY
from tests.gui.wizard_helpers import TIMEOUT, settle, window

pytestmark = pytest.mark.skipif(not SURVEY.exists(), reason="the real survey is not here")


def _open(qtbot, tmp_path: Path, document: dict):
    mapping = tmp_path / "uy.clusterdesk.json"
    mapping.write_text(json.dumps(document), encoding="utf-8")
    w = window(qtbot)
    with qtbot.waitSignal(w.surveyLoaded, timeout=TIMEOUT):
        start(w, parse([str(SURVEY), "--mapping", str(mapping)]))
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.results is not None, timeout=TIMEOUT)
    return w


def test_tabs_say_why_a_table_cannot_be_made(qtbot, tmp_path):
    w = _open(qtbot, tmp_path, MAPPING)
    tab = w.workspace.table_tabs["cluster_extent"]
    assert "so Table 3 cannot be made" in tab.notes.text()
    assert tab.model.rowCount() == 0
    fig = bar_chart(tab._table)
    texts = [t.get_text().replace("\n", " ") for t in fig.findobj(Text)]
    assert any("so Table 3 cannot be made" in t for t in texts)
    assert not [p for p in fig.axes[0].patches if isinstance(p, Rectangle)]  # no bars
    fig = coefficient_plot(w.results.regression)
    assert any("so Table 6 cannot be made" in t.get_text().replace("\n", " ")
               for t in fig.findobj(Text))
    t2 = w.workspace.table_tabs["innovation_by_region"]
    assert [r.key for r in t2._table.rows] == ["Total"] and "has no region" in t2.notes.text()


def test_the_window_says_first_what_cannot_be_right(qtbot, tmp_path):
    document = dict(MAPPING)
    del document["codes"]
    w = _open(qtbot, tmp_path, document)
    qtbot.waitUntil(lambda: "cannot be right" in w.workspace.status.text(), timeout=TIMEOUT)
    assert w.workspace.status.text().startswith("100.0 % of the firms that answered 'E1_1_1'")
    assert w.results.input.suspect == 2


def test_the_data_tab_names_the_classes_by_the_level_asked(qapp):
    from clusterdesk.analysis import analyse_raw
    from clusterdesk.gui.views.data_columns import class_columns
    from tests.analysis.helpers import raw_table
    from tests.analysis.test_tables_shape import RULES, mapping, survey

    levels = ("national", "international")
    frame, _ = survey(300, levels, 4, RULES)
    results = analyse_raw(raw_table(frame), mapping(levels, RULES))
    column = next(c for c in class_columns(results.firms,
                                           results.tables["cluster_classification"])
                  if c.key == "cluster_class")
    names = column.labels
    assert "National environment" in names and "International environment" in names
    assert not any("regional" in str(n).lower() for n in names)
