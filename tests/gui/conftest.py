"""Shared GUI fixtures: QSettings in tmp_path (never the user's), the demo paths, and small real
survey files (English and Norwegian) written with openpyxl."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from clusterdesk.paths import demo_mapping as _demo_mapping
from clusterdesk.paths import demo_survey as _demo_survey
from tests.gui.wizard_helpers import ENGLISH, NORWEGIAN, survey_rows, write_xlsx


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    """Every GUI test gets empty settings in its own folder (IniFormat)."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("ClusterDesk")
    qapp.setApplicationName("ClusterDesk")
    yield folder


@pytest.fixture
def demo_survey() -> Path:
    return _demo_survey()


@pytest.fixture
def demo_mapping() -> Path:
    return _demo_mapping()


@pytest.fixture
def english_xlsx(tmp_path) -> Path:
    """Two sheets, the first hidden; two title lines above the header (header on row 3)."""
    return write_xlsx(tmp_path / "survey_en.xlsx", survey_rows(ENGLISH), title_rows=2,
                      hidden_first=True)


@pytest.fixture
def norwegian_xlsx(tmp_path) -> Path:
    return write_xlsx(tmp_path / "undersøkelse_nb.xlsx", survey_rows(NORWEGIAN, seed=11))


@pytest.fixture(autouse=True, scope="session")
def clipboard_cleared_at_exit():
    """Copy tests leave QMimeData on the clipboard; freed at interpreter exit after Qt's own
    teardown it crashed pytest (exit 139) although every test passed. Clear it while Qt lives."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()
        app.processEvents()


@pytest.fixture
def norwegian(qapp, tmp_path):
    """Norwegian installed for one test, English (and the previous locale) restored after."""
    from clusterdesk.gui import i18n

    before = QLocale()
    i18n.install("nb", qapp, i18n.ensure_compiled("nb", out_dir=tmp_path))
    yield
    i18n.install("en", qapp)
    QLocale.setDefault(before)
