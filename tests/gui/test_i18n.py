"""The interface language: choice and system locale, compiling the .ts, the one glossary shared
with the workbook, Preferences, and the decimal comma."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator

from clusterdesk.gui import i18n
from clusterdesk.gui.preferences import PreferencesDialog
from clusterdesk.mapping.roles import FACTORS, OUTCOME_SHORT, OUTCOMES, ROLES
from clusterdesk.report.labels import GLOSSARY


def _messages(path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, read with ElementTree, not with Qt."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                out[(name, msg.findtext("source"))] = tr.text or ""
    return out


def test_choice_wins_over_the_system_locale():
    nb = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    nn = QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.effective("system", nb) == "nb"
    assert i18n.effective("system", nn) == "nb"  # the nearest we have
    assert i18n.effective("system", de) == "en"
    assert i18n.effective("en", nb) == "en"
    assert i18n.effective("nb", de) == "nb"


def test_choice_is_stored_under_ui_language(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen(store) == "system"
    i18n.set_chosen("nb", store)
    assert QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat).value(
        "ui/language") == "nb"
    store.setValue("ui/language", "klingon")
    assert i18n.chosen(store) == "system"
    with pytest.raises(ValueError):
        i18n.set_chosen("de", store)


def test_lrelease_compiles_the_ts_into_a_catalogue_qt_loads(tmp_path):
    made = i18n.ensure_compiled("nb", out_dir=tmp_path)
    assert sorted(p.name for p in made) == ["clusterdesk_nb.qm", "clusterdesk_terms_nb.qm"]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "clusterdesk_terms_nb.qm"))
    assert translator.translate("Roles", "Demanding customers") == "Krevende kunder"
    assert translator.translate("QWizard", "&Next >") == "&Neste >"


def test_role_and_outcome_names_agree_with_the_workbook_glossary():
    """The wizard's role names (terms .ts) are the workbook's words (report/labels.py)."""
    terms = _messages(i18n.translations_dir() / "clusterdesk_terms_nb.ts")
    nb = GLOSSARY["nb"]
    for role in ROLES:  # English: the wizard's and the result tabs' word is the workbook's
        assert GLOSSARY["en"][role.key] == role.label, role.key
    for role in ROLES:
        if role.key in nb:
            assert terms[("Roles", role.label)] == nb[role.key], role.key
        else:
            assert terms.get(("Roles", role.label)), f"{role.key} has no Norwegian name"
    for key in FACTORS + OUTCOMES:
        assert terms[("Roles", ROLES[[r.key for r in ROLES].index(key)].label)] == nb[key]
    for key, english in OUTCOME_SHORT.items():
        assert terms[("Outcomes", english)].lower() == nb[f"short.{key}"].lower()


def test_installed_norwegian_translates_roles_qt_buttons_and_numbers(norwegian):
    assert i18n.current() == "nb"
    assert i18n.role_label("customers") == GLOSSARY["nb"]["customers"]
    assert i18n.role_label("region") == GLOSSARY["nb"]["region"]
    assert i18n.outcome_label("product") == "Produktinnovasjon"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QLocale().toString(12.5, "f", 1) == "12,5"
    assert QLocale().decimalPoint() == ","


def test_english_is_the_source_text(qapp):
    i18n.install("en", qapp)
    assert i18n.current() == "en"
    assert i18n.role_label("customers") == "Demanding customers"
    assert QLocale().toString(12.5, "f", 1) == "12.5"


def test_preferences_store_the_language_and_say_when_it_applies(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    d = PreferencesDialog(store=store)
    qtbot.addWidget(d)
    assert d.language.currentData() == "system"
    assert d.language.toolTip() and d.language.whatsThis()
    d.show()
    assert not d.restart_note.isVisible()
    d.language.setCurrentIndex(d.language.findData("nb" if i18n.current() == "en" else "en"))
    assert d.restart_note.isVisible()
    d.accept()
    assert store.value("ui/language") == d.choice != "system"


@pytest.fixture(scope="module")
def demo_results():
    from clusterdesk.analysis import analyse_file
    from clusterdesk.mapping import fileformat
    from clusterdesk.paths import demo_mapping, demo_survey

    return analyse_file(demo_survey(), fileformat.load(demo_mapping()))


def test_tabs_use_the_workbooks_words_and_leave_the_results_alone(demo_results):
    from clusterdesk.gui.localized import localized

    english_title = demo_results.tables["cluster_extent"].title
    nb = localized(demo_results, "nb")
    extent = nb.tables["cluster_extent"]
    assert extent.title.startswith("Tabell 3.")
    factor_rows = [r.label for r in extent.rows if r.kind == "data"]
    assert factor_rows == [GLOSSARY["nb"][k] for k in FACTORS]
    assert [c.label for c in nb.tables["innovation_by_location"].columns] == [
        GLOSSARY["nb"][k] for k in ("regional", "national", "international")]
    assert nb.regression.title == GLOSSARY["nb"]["title.regression"]
    # the numbers are the engine's, and the original (which Export writes) is untouched
    assert extent.rows[0].values == demo_results.tables["cluster_extent"].rows[0].values
    assert demo_results.tables["cluster_extent"].title == english_title
    assert localized(demo_results, "en") is demo_results


def test_share_cells_show_a_decimal_comma_in_norwegian(norwegian, demo_results):
    from clusterdesk.gui.localized import localized
    from clusterdesk.gui.views.result_model import ResultTableModel

    table = localized(demo_results, "nb").tables["cluster_extent"]
    model = ResultTableModel()
    model.set_table(table)
    model.set_show_ci(False)
    value = table.rows[0].values[0]
    shown = model.data(model.index(0, 0))
    assert shown == f"{value:.1f}".replace(".", ","), shown
    assert model.headerData(0, Qt.Orientation.Vertical) == GLOSSARY["nb"][FACTORS[0]]


def test_charts_in_norwegian_have_translated_axes_and_decimal_commas(norwegian, demo_results):
    from matplotlib.text import Text

    from clusterdesk.gui.localized import figure_in, localized
    from clusterdesk.report.charts import bar_chart, coefficient_plot

    nb = localized(demo_results, "nb")
    fig = figure_in(coefficient_plot(nb.regression, scale="coef"), "nb")
    fig.canvas.draw()
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Koeffisient"
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert any("," in t for t in ticks) and not any("." in t for t in ticks), ticks
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert GLOSSARY["nb"]["reg.national"] in names, names  # term names stay names
    assert "Stolper: 95 %-intervaller." in [t.get_text() for t in fig.findobj(Text)]
    bars = figure_in(bar_chart(nb.tables["cluster_extent"]), "nb")
    # the factors' long names lay the bars horizontally: the share axis is the x axis
    assert bars.axes[0].get_xlabel() == "Andel foretak (%)"
    legend = [t.get_text() for t in bars.axes[0].get_legend().get_texts()]
    assert "I alt" in legend  # the glossary's word for the total column


def test_about_and_guide_in_norwegian(qtbot, norwegian):
    from PySide6.QtWidgets import QLabel

    from clusterdesk.gui.help import AboutDialog, GuideWindow

    about = AboutDialog()
    qtbot.addWidget(about)
    text = " ".join(lbl.text() for lbl in about.findChildren(QLabel))
    assert about.windowTitle() == "Om ClusterDesk"
    assert "Lesser General Public License versjon 3" in text and "Biblioteker og lisenser" in text
    guide = GuideWindow(language=i18n.current())
    qtbot.addWidget(guide)
    assert guide.browser.toPlainText().startswith("Brukerveiledning for ClusterDesk")


def test_wizard_problems_in_norwegian_name_the_item_in_the_glossarys_words(qtbot, norwegian,
                                                                             english_xlsx):
    from PySide6.QtWidgets import QWizard

    from clusterdesk.mapping.model import Mapping
    from tests.gui.wizard_helpers import close_wizard, next_page, open_wizard, window

    w = window(qtbot)
    wiz = open_wizard(qtbot, w, english_xlsx)
    next_page(qtbot, wiz)
    wiz.roles_page.choose("product", "")  # (the region is optional since spec 7)
    errors = Mapping(columns=dict(wiz.mapping.columns)).errors()
    assert len(errors) == 1  # the mapping layer words it in the interface language (texts.py)
    shown = wiz.roles_page.problems.text()
    assert shown == errors[0]
    assert shown == ("Ingen kolonne er valgt for det obligatoriske punktet "
                     f"«{GLOSSARY['nb']['product']}». Velg kolonnen som inneholder det.")
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    close_wizard(qtbot, wiz)
