"""Help inside the program: the user guide (Markdown from resources/guide) and the About box."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clusterdesk import __version__
from clusterdesk.paths import resource

# (distribution, licence) of what the bundle ships; the Qt notice is required by the LGPL.
LICENCES: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python); Qt itself under the LGPL-3.0"),
    ("pandas", "BSD-3-Clause"),
    ("numpy", "BSD-3-Clause"),
    ("scipy", "BSD-3-Clause"),
    ("statsmodels", "BSD-3-Clause"),
    ("matplotlib", "Matplotlib licence (PSF-based)"),
    ("openpyxl", "MIT"),
    ("python-calamine", "MIT"),
    ("pyreadstat", "Apache-2.0 (ReadStat: MIT)"),
    ("defusedxml", "PSF-2.0"),
)

QT_NOTICE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "ClusterDesk uses the Qt toolkit under the GNU Lesser General Public License version 3. "
    "Qt's source code is available from https://download.qt.io; you may replace the Qt libraries "
    "in the installation folder with your own build of the same version."
)


def guide_path(language: str | None = None):
    lang = (language or QLocale().name())[:2]
    candidate = resource("guide", f"guide.{'nb' if lang in ('nb', 'no', 'nn') else 'en'}.md")
    return candidate if candidate.exists() else resource("guide", "guide.en.md")


class GuideWindow(QDialog):
    """The user guide, rendered from Markdown so that it is kept with the screenshots it shows."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ClusterDesk user guide"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        path = guide_path(language)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def _version_of(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "bundled"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ClusterDesk"))
        rows = "".join(f"<tr><td>{d}</td><td>{_version_of(d)}</td><td>{lic}</td></tr>"
                       for d, lic in LICENCES)
        text = (f"<h2>ClusterDesk {__version__}</h2>"
                + "<p>" + self.tr("Do regional clusters make firms more innovative? ClusterDesk "
                                  "reproduces the tables of Gjelsvik's study for your own firm "
                                  "survey.") + "</p>"
                + "<p><b>" + self.tr("Libraries and licences") + "</b></p>"
                + f"<table cellspacing='4'>{rows}</table>"
                + f"<p>{self.tr(QT_NOTICE)}</p>")
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
