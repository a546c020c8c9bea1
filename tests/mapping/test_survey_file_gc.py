"""The wizard's read job keeps the libraries out of the collector's passes, not the survey."""

from __future__ import annotations

import gc

from clusterdesk.mapping import survey_file as tasks
from clusterdesk.mapping.model import SourceSpec


def test_reading_freezes_what_was_alive_before_and_keeps_the_survey_collectable(tmp_path):
    path = tmp_path / "survey.csv"
    path.write_text("Region;Q10\nOslo;Ja\nBergen;Nei\n", encoding="utf-8")
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        loaded = tasks.load(path, SourceSpec(), suggest=False)
        assert gc.get_freeze_count() > 1000  # the modules' functions and dicts
        table = loaded.raw.data
        assert gc.is_tracked(table)
        assert any(o is table for o in gc.get_objects())  # not frozen: a later pass sees it
        assert loaded.raw.data["Region"].tolist() == ["Oslo", "Bergen"]
    finally:
        gc.unfreeze()
