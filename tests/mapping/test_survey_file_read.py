"""The wizard's read: one read of the sheet gives the preview, the header guess and the table
(a workbook's sheet is loaded whole by calamine even for its first rows, so reading a preview
first doubled the read: 28 s more on a 1,000,000-row .xlsx)."""

from __future__ import annotations

import pytest

from clusterdesk import io
from clusterdesk.mapping import survey_file as tasks
from clusterdesk.mapping.model import SourceSpec
from clusterdesk.mapping.suggest_header import detect_header
from tests.survey_files import ENGLISH, survey_rows, write_xlsx


@pytest.fixture
def english_xlsx(tmp_path):
    """Two sheets, the first hidden; two title lines above the header (header on row 3)."""
    return write_xlsx(tmp_path / "survey_en.xlsx", survey_rows(ENGLISH), title_rows=2,
                      hidden_first=True)


def test_one_read_gives_the_preview_the_header_and_the_table(english_xlsx, monkeypatch):
    from clusterdesk.io import contain

    started = []
    start = contain.start
    monkeypatch.setattr(contain, "start", lambda job, limits: started.append(job) or
                        start(job, limits))
    loaded = tasks.load(english_xlsx, SourceSpec(), suggest=False)
    assert len(started) == 1 and started[0]["nrows"] is None  # the whole sheet, once

    grid = io.read_grid(english_xlsx, sheet=loaded.source.sheet)
    assert loaded.grid == grid  # the preview as a separate read of the first rows gives it
    guess = detect_header(grid)  # two title lines: the header on row 3, as the assistant says
    assert (loaded.source.header_row, loaded.source.header_rows) == (
        guess.header_row, guess.header_rows) == (3, 1)
    assert loaded.header_reason == guess.reason
    assert loaded.raw.columns[0] == "Firm ID" and loaded.raw.n_rows == 80
