"""The analysis settings as widgets, bound by name to a SettingsState (gui/binding.py).

The state makes invalid combinations impossible rather than reporting them: the non-regional
maximum can never reach the regional minimum, at least one Table 6 outcome stays ticked, and the
standard-error choice is fixed to robust for the linear probability model (spec section 6). The
panel only lays the widgets out and says why a choice is greyed out.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.settings_state import AVAILABLE, SettingsState
from clusterdesk.gui import i18n
from clusterdesk.gui.binding import Binder
from clusterdesk.mapping.model import Settings
from clusterdesk.mapping.roles import OUTCOMES

W = TypeVar("W", bound=QWidget)
_N = "SettingsPanel"  # translation context of the module-level names below
MODELS = (("logit", QT_TRANSLATE_NOOP("SettingsPanel", "Logit")),
          ("probit", QT_TRANSLATE_NOOP("SettingsPanel", "Probit")),
          ("lpm", QT_TRANSLATE_NOOP("SettingsPanel", "Linear probability")))
SES = (("model", QT_TRANSLATE_NOOP("SettingsPanel", "Model-based (as the paper)")),
       ("robust", QT_TRANSLATE_NOOP("SettingsPanel", "Robust (HC1)")))
CONTROLS = (("log_employees", QT_TRANSLATE_NOOP("SettingsPanel", "Size (log employees)"),
             "employees"),
            ("manager_education", QT_TRANSLATE_NOOP("SettingsPanel", "Manager's education"),
             "manager_education"),
            ("foreign_ownership", QT_TRANSLATE_NOOP("SettingsPanel", "Foreign ownership"),
             "ownership"),
            ("rd_expenditure", QT_TRANSLATE_NOOP("SettingsPanel", "R&&D expenditure"), "pct_rd"),
            ("sector", QT_TRANSLATE_NOOP("SettingsPanel", "Industry sector"), "sector"))
LARGEST = QT_TRANSLATE_NOOP("SettingsPanel", "Largest sector")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_N, text)


def named(widget: W, name: str) -> W:
    """``widget`` with the object name the binder knows it by (a Settings field)."""
    widget.setObjectName(name)
    return widget


THRESHOLDS = {
    "min_answered": (QT_TRANSLATE_NOOP("SettingsPanel", "Minimum answered factors"),
                     QT_TRANSLATE_NOOP("SettingsPanel", "A firm with fewer answered factors is "
                                       "unclassified.")),
    "regional_min": (QT_TRANSLATE_NOOP("SettingsPanel", "Regional cluster: at least"),
                     QT_TRANSLATE_NOOP("SettingsPanel", "A firm with at least this many "
                                       "regional factors is a regional cluster.")),
    "nonregional_max": (QT_TRANSLATE_NOOP("SettingsPanel", "Non-regional: at most"),
                        QT_TRANSLATE_NOOP("SettingsPanel", "A firm with at most this many "
                                          "regional factors is a non-regional cluster; it stays "
                                          "below the regional minimum.")),
}


def threshold_box(name: str) -> QSpinBox:
    """A spin box for one of the three thresholds (the panel's, or a tab's own)."""
    box = named(QSpinBox(minimum=0, maximum=6), name)
    i18n.explain(box, _tr(THRESHOLDS[name][1]))
    return box


def threshold_label(box: QSpinBox) -> str:
    return _tr(THRESHOLDS[box.objectName()][0])


def outcome_chooser(name: str = "table4_outcome") -> QComboBox:
    combo = named(QComboBox(), name)
    for key in OUTCOMES:
        combo.addItem(i18n.outcome_label(key), key)
    return combo


class SettingsPanel(QWidget):
    """Shows ``state`` (its own unless given); ``settingsChanged(Settings)`` at each change."""

    settingsChanged = Signal(object)

    def __init__(self, state: SettingsState | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state if state is not None else SettingsState()

        self.min_answered = threshold_box("min_answered")
        self.regional_min = threshold_box("regional_min")
        self.nonregional_max = threshold_box("nonregional_max")
        classes = QGroupBox(self.tr("Cluster classification (Table 5)"))
        form = QFormLayout(classes)
        for box in (self.min_answered, self.regional_min, self.nonregional_max):
            form.addRow(threshold_label(box), box)

        self.table4_outcome = outcome_chooser()
        i18n.explain(self.table4_outcome, self.tr("The innovation Table 4 looks at: the share "
                                                  "of firms with it, by where each factor is."))
        t4 = QGroupBox(self.tr("Innovation by factor location (Table 4)"))
        QFormLayout(t4).addRow(self.tr("Outcome"), self.table4_outcome)

        reg = QGroupBox(self.tr("Regression (Table 6)"))
        rform = QFormLayout(reg)
        self.model = named(QComboBox(), "model")
        for key, name in MODELS:
            self.model.addItem(_tr(name), key)
        self.se = named(QComboBox(), "se")
        for key, name in SES:
            self.se.addItem(_tr(name), key)
        i18n.explain(self.model, self.tr("Logit is the paper's model; probit and the linear "
                                         "probability model are checks of it."))
        i18n.explain(self.se, self.tr("Model-based standard errors as in the paper, or robust "
                                      "(HC1) ones."))
        self.weighted_model = named(QCheckBox(self.tr("Weighted model")), "weighted_model")
        i18n.explain(self.weighted_model, self.tr(
            "Fit the models with the survey weight (pseudo-maximum likelihood, robust "
            "linearisation errors); untick for the unweighted fit. Only with a weight mapped."))
        rform.addRow(self.tr("Model"), self.model)
        rform.addRow(self.weighted_model)
        rform.addRow(self.tr("Standard errors"), self.se)
        self.outcomes = {k: named(QCheckBox(i18n.outcome_label(k)), f"regression_outcomes:{k}")
                         for k in OUTCOMES}
        rform.addRow(QLabel(self.tr("Outcomes (one model each)")))
        for box in self.outcomes.values():
            i18n.explain(box, self.tr("Fit one model of this innovation; at least one stays "
                                      "ticked."))
            rform.addRow(box)
        rform.addRow(QLabel(self.tr("Controls that enter")))
        self.controls = {k: named(QCheckBox(_tr(name)), f"controls:{k}")
                         for k, name, _ in CONTROLS}
        for box in self.controls.values():
            i18n.explain(box, self.tr("Include this control in every model (only controls "
                                      "whose question is mapped can be ticked)."))
            rform.addRow(box)
        # a control greyed out says why: its question is not in this survey's mapping
        self.unmapped = QLabel()
        self.unmapped.setObjectName("unmappedControls")
        self.unmapped.setWordWrap(True)
        self.unmapped.setStyleSheet("color: #7a4b00;")
        self.unmapped.hide()
        rform.addRow(self.unmapped)
        self.sector_baseline = named(QComboBox(), "sector_baseline")
        self.sector_baseline.addItem(_tr(LARGEST), None)
        i18n.explain(self.sector_baseline, self.tr("The sector the other sectors' effects are "
                                                   "measured against."))
        rform.addRow(self.tr("Sector baseline"), self.sector_baseline)

        layout = QVBoxLayout(self)
        for box in (classes, t4, reg):
            layout.addWidget(box)
        layout.addStretch(1)

        self.binder = Binder(self.state, self)
        self.state.subscribe(self._changed)
        self.destroyed.connect(lambda *_: self.state.unsubscribe(self._changed))
        self._explain()

    # -- the state -----------------------------------------------------------------------
    def set_available(self, roles: set[str], sectors: list[str]) -> None:
        """Offer only what the survey has: mapped outcomes and controls, its sectors."""
        self.state.set_available(roles, sectors)

    def set_settings(self, settings: Settings) -> None:
        self.state.replace(settings)

    @property
    def settings(self) -> Settings:
        """The settings the widgets show, as a new Settings."""
        return self.state.settings

    def _changed(self, names: frozenset[str]) -> None:
        self._explain()
        if names - {AVAILABLE}:
            self.settingsChanged.emit(self.state.settings)

    def _explain(self) -> None:
        """Tooltips that say why a choice is fixed or greyed out."""
        state = self.state
        lpm = state.value("model") == "lpm"
        self.se.setToolTip(self.tr("A weighted model always uses robust (linearisation) "
                                   "errors.") if state.weighted_fit else self.tr(
            "The linear probability model always uses robust (HC1) errors.") if lpm else self.tr(
            "Model-based standard errors as in the paper, or robust (HC1) ones."))
        missing = []
        for key, name, role in CONTROLS:
            box = self.controls[key]
            if role in state.roles:
                box.setToolTip(self.tr("Include this control in every model (only controls "
                                       "whose question is mapped can be ticked)."))
            else:
                missing.append(_tr(name).replace("&&", "&"))
                box.setToolTip(self.tr("'{item}' is not in this survey's mapping, so the model "
                                       "cannot include it. Map its column to use it.").format(
                    item=i18n.role_label(role)))
        self.unmapped.setText(self.tr("Not in this survey's mapping, so not in the model: "
                                      "{controls}.").format(controls=", ".join(missing)))
        self.unmapped.setVisible(bool(missing))
