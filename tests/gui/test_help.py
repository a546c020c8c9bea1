"""The guide and the About box open, render real content and name the Qt licence."""

from clusterdesk.gui.help import LICENCES, AboutDialog, GuideWindow, guide_path


def test_guide_renders_the_markdown(qtbot):
    w = GuideWindow(language="en")
    qtbot.addWidget(w)
    text = w.browser.toPlainText()
    assert "ClusterDesk user guide" in text
    assert "Table 5 – Regional versus non-regional clusters" in text
    assert "**Intervals" not in text and "Intervals and tests." in text  # rendered, not raw
    assert not w.grab().isNull()


def test_guide_falls_back_to_english_and_exists():
    assert guide_path("en").name == "guide.en.md"
    assert guide_path("de").name == "guide.en.md"
    assert guide_path("nb").exists()


def test_about_names_every_library_and_the_lgpl(qtbot):
    d = AboutDialog()
    qtbot.addWidget(d)
    from PySide6.QtWidgets import QLabel

    text = " ".join(lbl.text() for lbl in d.findChildren(QLabel))
    for dist, _ in LICENCES:
        assert dist in text
    assert "Lesser General Public License" in text
    d.show()
    assert d.width() <= 800 and d.height() <= 700
