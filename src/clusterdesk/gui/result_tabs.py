"""The workspace's tabs: the Data tab and one tab per results table, with the tabs' own setting
controls (Table 4's outcome, Table 5's thresholds) bound to the same SettingsState as the panel.
They render Results as they are; nothing here computes a number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from clusterdesk.analysis.settings_state import SettingsState
from clusterdesk.gui import i18n
from clusterdesk.gui.binding import Binder
from clusterdesk.gui.settings_panel import outcome_chooser, threshold_box, threshold_label
from clusterdesk.gui.views.data_tab import DataTab
from clusterdesk.gui.views.regression_tab import RegressionTab
from clusterdesk.gui.views.result_tab import SampleTab, TableTab

if TYPE_CHECKING:
    from clusterdesk.analysis.compare import Comparison
    from clusterdesk.analysis.results import Results

_Q = QCoreApplication  # _Q.translate("<context>", "…") is what lupdate looks for


TABS = (("data", QT_TRANSLATE_NOOP("Workspace", "Data")),
        ("sample", QT_TRANSLATE_NOOP("Workspace", "Sample")),
        ("innovation_by_region", QT_TRANSLATE_NOOP("Workspace", "Innovation by region")),
        ("cluster_extent", QT_TRANSLATE_NOOP("Workspace", "Cluster extent")),
        ("innovation_by_location", QT_TRANSLATE_NOOP("Workspace", "Innovation by factor location")),
        ("cluster_classification", QT_TRANSLATE_NOOP("Workspace", "Cluster classification")),
        ("regression", QT_TRANSLATE_NOOP("Workspace", "Regression")))
TAB_HELP = {
    "data": QT_TRANSLATE_NOOP("Workspace", "Every firm as coded, with the answer as the file holds "
                              "it, its cluster class and scope. Filter and sort to check the "
                              "coding."),
    "sample": QT_TRANSLATE_NOOP("Workspace", "Table 1: the firms by sector, dependence, ownership "
                                "and region, and their size, education and R&D."),
    "innovation_by_region": QT_TRANSLATE_NOOP("Workspace", "Table 2: the share of firms with "
                                              "product and process innovations (and radical "
                                              "ones) in each region."),
    "cluster_extent": QT_TRANSLATE_NOOP("Workspace", "Table 3: for each of the six diamond "
                                        "factors, the share of firms that find it in their own "
                                        "region."),
    "innovation_by_location": QT_TRANSLATE_NOOP("Workspace", "Table 4: the share of innovating "
                                                "firms among those whose factor is regional, "
                                                "national or international."),
    "cluster_classification": QT_TRANSLATE_NOOP("Workspace", "Table 5: innovation in regional "
                                                "clusters (at least 4 regional factors) against "
                                                "non-regional ones (at most 2)."),
    "regression": QT_TRANSLATE_NOOP("Workspace", "Table 6: a regression of innovation on cluster "
                                    "scope (national, international; regional is the baseline) "
                                    "with size, education, ownership, R&D and sector as "
                                    "controls."),
}



class ResultTabs(QTabWidget):
    """``show(results)`` fills every table tab; ``data_tab`` is filled by the workspace."""

    message = Signal(str)
    renameWavesRequested = Signal()  # a change view's "Wave names…"

    def __init__(self, state: SettingsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_tab = DataTab()
        self.sample_tab = SampleTab()
        self.table_tabs = {key: TableTab() for key, _ in TABS[2:6]}
        self.regression_tab = RegressionTab()
        widgets: dict[str, QWidget] = {"data": self.data_tab, "sample": self.sample_tab,
                                       **self.table_tabs, "regression": self.regression_tab}
        for key, name in TABS:
            index = self.addTab(widgets[key], _Q.translate("Workspace", name))
            self.setTabToolTip(index, _Q.translate("Workspace", TAB_HELP[key]))
            self.setTabWhatsThis(index, _Q.translate("Workspace", TAB_HELP[key]))
            widgets[key].setWhatsThis(_Q.translate("Workspace", TAB_HELP[key]))
        for tab in (self.data_tab, self.sample_tab, *self.table_tabs.values(),
                    self.regression_tab):
            tab.message.connect(self.message)
        for tab in (*self.table_tabs.values(), self.regression_tab):
            tab.change.renameRequested.connect(self.renameWavesRequested)

        self.t4_outcome = outcome_chooser()
        i18n.explain(self.t4_outcome, _Q.translate(
            "Workspace", "The innovation this table looks at (the same setting as in the panel "
            "on the left)."))
        t4 = self.table_tabs["innovation_by_location"]
        t4.add_setting(_Q.translate("Workspace", "Outcome"), self.t4_outcome)
        self.t5_regional_min = threshold_box("regional_min")
        self.t5_nonregional_max = threshold_box("nonregional_max")
        t5 = self.table_tabs["cluster_classification"]
        for box in (self.t5_regional_min, self.t5_nonregional_max):
            t5.add_setting(threshold_label(box), box)
        self.binders = [Binder(state, t4), Binder(state, t5)]

    def show_results(self, results: Results) -> None:
        """Every table tab from ``results`` (already in the interface's words)."""
        n = results.input.rows_used
        self.sample_tab.set_tables(results.tables.get("sample_categories"),
                                   results.tables.get("sample_numbers"), n)
        for key, tab in self.table_tabs.items():
            tab.set_table(results.tables.get(key), n)
        self.regression_tab.set_regression(results.regression)

    def set_comparison(self, comparison: Comparison | None) -> None:
        """The change views of T2-T6 (None: no comparison, the switches hidden)."""
        for key, tab in self.table_tabs.items():
            tab.change.set_change(comparison.tables.get(key) if comparison else None, comparison)
        self.regression_tab.change.set_change(comparison.models if comparison else None,
                                              comparison)
