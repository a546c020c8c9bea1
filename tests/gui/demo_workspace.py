"""Fixtures shared by the workspace tests: the demo survey coded once per module, and a shown
Workspace with its first results in."""

from __future__ import annotations

import pytest

import clusterdesk.io as io
from clusterdesk.analysis import code
from clusterdesk.gui.workspace import Workspace
from clusterdesk.mapping import fileformat
from clusterdesk.paths import demo_mapping, demo_survey

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def survey():
    mapping = fileformat.load(demo_mapping())
    src = mapping.source
    raw = io.read(demo_survey(), sheet=src.sheet, header_row=src.header_row,
                  header_rows=src.header_rows)
    return code(raw, mapping)


@pytest.fixture
def workspace(qtbot, survey):
    ws = Workspace()
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    with qtbot.waitSignals([ws.resultsChanged, ws.dataReady], timeout=TIMEOUT):
        ws.load(survey, survey.mapping.settings)
    yield ws
    ws.wait()
