"""The file page sizes the preview's columns from the texts with the view's fonts (bold header
rows included): as wide as Qt's own resizeColumnsToContents makes them, never narrower, at most
260 px."""

from __future__ import annotations

from tests.gui.test_wizard_files import REAL_EXPORTS
from tests.gui.wizard_helpers import close_wizard, open_wizard, window


def test_preview_columns_are_as_wide_as_qt_would_make_them(qtbot):
    w = window(qtbot)
    for name in ("surveymonkey_starwars_fivethirtyeight.csv", "googleforms_hotdog_spring25.xlsx",
                 "spss_simple_alltypes_mrsets_pyreadstat.sav"):
        wiz = open_wizard(qtbot, w, REAL_EXPORTS / name)
        page = wiz.file_page
        columns = range(page.grid_model.columnCount())
        ours = [page.preview.columnWidth(c) for c in columns]
        page.preview.resizeColumnsToContents()
        qt = [min(260, page.preview.columnWidth(c)) for c in columns]
        assert len(ours) > 3, name
        assert all(0 <= a - b <= 2 for a, b in zip(ours, qt, strict=True)), (name, ours, qt)
        assert max(ours) <= 260, name
        close_wizard(qtbot, wiz)
