"""The analysis settings as widgets; edits a Settings dataclass and announces each change.

The widgets make invalid combinations impossible rather than reporting them: the non-regional
maximum can never reach the regional minimum, at least one Table 6 outcome stays ticked, and the
standard-error choice is fixed to robust for the linear probability model (spec section 6).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSignalBlocker,
    QTimer,
    Signal,
)
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

from clusterdesk.gui import i18n
from clusterdesk.mapping.model import Settings
from clusterdesk.mapping.roles import OUTCOMES

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
DEBOUNCE_MS = 150


class SettingsPanel(QWidget):
    """Emits ``settingsChanged(Settings)`` (a fresh copy) shortly after the analyst stops editing."""

    settingsChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = Settings()
        self._roles: set[str] = set(OUTCOMES) | {c[2] for c in CONTROLS}
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.settingsChanged.emit(self.settings))

        self.min_answered = QSpinBox(minimum=1, maximum=6)
        self.regional_min = QSpinBox(minimum=1, maximum=6)
        self.nonregional_max = QSpinBox(minimum=0, maximum=5)
        i18n.explain(self.min_answered, self.tr("A firm with fewer answered factors is "
                                                "unclassified."))
        i18n.explain(self.regional_min, self.tr("A firm with at least this many regional "
                                                "factors is a regional cluster."))
        i18n.explain(self.nonregional_max, self.tr(
            "A firm with at most this many regional factors is a non-regional cluster; it stays "
            "below the regional minimum."))
        classes = QGroupBox(self.tr("Cluster classification (Table 5)"))
        form = QFormLayout(classes)
        form.addRow(self.tr("Minimum answered factors"), self.min_answered)
        form.addRow(self.tr("Regional cluster: at least"), self.regional_min)
        form.addRow(self.tr("Non-regional: at most"), self.nonregional_max)

        self.table4_outcome = QComboBox()
        for key in OUTCOMES:
            self.table4_outcome.addItem(i18n.outcome_label(key), key)
        i18n.explain(self.table4_outcome, self.tr("The innovation Table 4 looks at: the share "
                                                  "of firms with it, by where each factor is."))
        t4 = QGroupBox(self.tr("Innovation by factor location (Table 4)"))
        QFormLayout(t4).addRow(self.tr("Outcome"), self.table4_outcome)

        reg = QGroupBox(self.tr("Regression (Table 6)"))
        rform = QFormLayout(reg)
        self.model = QComboBox()
        for key, name in MODELS:
            self.model.addItem(_tr(name), key)
        self.se = QComboBox()
        for key, name in SES:
            self.se.addItem(_tr(name), key)
        i18n.explain(self.model, self.tr("Logit is the paper's model; probit and the linear "
                                         "probability model are checks of it."))
        i18n.explain(self.se, self.tr("Model-based standard errors as in the paper, or robust "
                                      "(HC1) ones."))
        self.weighted_model = QCheckBox(self.tr("Weighted model"))
        i18n.explain(self.weighted_model, self.tr(
            "Fit the models with the survey weight (pseudo-maximum likelihood, robust "
            "linearisation errors); untick for the unweighted fit. Only with a weight mapped."))
        rform.addRow(self.tr("Model"), self.model)
        rform.addRow(self.weighted_model)
        rform.addRow(self.tr("Standard errors"), self.se)
        self.outcomes = {k: QCheckBox(i18n.outcome_label(k)) for k in OUTCOMES}
        for box in self.outcomes.values():
            i18n.explain(box, self.tr("Fit one model of this innovation; at least one stays "
                                      "ticked."))
        rform.addRow(QLabel(self.tr("Outcomes (one model each)")))
        for box in self.outcomes.values():
            rform.addRow(box)
        rform.addRow(QLabel(self.tr("Controls that enter")))
        self.controls = {k: QCheckBox(_tr(name)) for k, name, _ in CONTROLS}
        for box in self.controls.values():
            i18n.explain(box, self.tr("Include this control in every model (only controls "
                                      "whose question is mapped can be ticked)."))
        for box in self.controls.values():
            rform.addRow(box)
        # a control greyed out says why: its question is not in this survey's mapping
        self.unmapped = QLabel()
        self.unmapped.setObjectName("unmappedControls")
        self.unmapped.setWordWrap(True)
        self.unmapped.setStyleSheet("color: #7a4b00;")
        self.unmapped.hide()
        rform.addRow(self.unmapped)
        self.sector_baseline = QComboBox()
        self.sector_baseline.addItem(_tr(LARGEST), None)
        i18n.explain(self.sector_baseline, self.tr("The sector the other sectors' effects are "
                                                   "measured against."))
        rform.addRow(self.tr("Sector baseline"), self.sector_baseline)

        layout = QVBoxLayout(self)
        for box in (classes, t4, reg):
            layout.addWidget(box)
        layout.addStretch(1)

        for spin in (self.min_answered, self.regional_min, self.nonregional_max):
            spin.valueChanged.connect(self._changed)
        for combo in (self.table4_outcome, self.model, self.se, self.sector_baseline):
            combo.currentIndexChanged.connect(self._changed)
        for box in (*self.outcomes.values(), *self.controls.values(), self.weighted_model):
            box.toggled.connect(self._changed)
        self.set_settings(self._settings)

    # -- model <-> widgets -----------------------------------------------------------------
    def set_available(self, roles: set[str], sectors: list[str]) -> None:
        """Offer only what the survey has: mapped outcomes and controls, its sectors."""
        self._roles = set(roles)
        blockers = [QSignalBlocker(w) for w in (self.sector_baseline, self.table4_outcome)]
        self.sector_baseline.clear()
        self.sector_baseline.addItem(_tr(LARGEST), None)
        for s in sectors:
            self.sector_baseline.addItem(s, s)
        model = self.table4_outcome.model()
        for i, key in enumerate(OUTCOMES):
            model.item(i).setEnabled(key in roles)
        del blockers
        self.set_settings(self._settings)

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` without announcing a change."""
        self._settings = dataclasses.replace(settings)
        s = self._settings
        widgets = [self.min_answered, self.regional_min, self.nonregional_max,
                   self.table4_outcome, self.model, self.se, self.sector_baseline,
                   *self.outcomes.values(), *self.controls.values(), self.weighted_model]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.min_answered.setValue(s.min_answered)
        self.regional_min.setMinimum(1)
        self.nonregional_max.setMaximum(5)
        self.regional_min.setValue(s.regional_min)
        self.nonregional_max.setValue(min(s.nonregional_max, s.regional_min - 1))
        self._limit()
        _select(self.table4_outcome, s.table4_outcome)
        _select(self.model, s.model)
        _select(self.se, "robust" if s.model == "lpm" else s.se)
        _select(self.sector_baseline, s.sector_baseline)
        self.weighted_model.setEnabled(self._has_weight)
        self.weighted_model.setChecked(self._has_weight and s.weighted_model)
        for key, box in self.outcomes.items():
            box.setChecked(key in s.regression_outcomes)
            box.setEnabled(key in self._roles)
        missing = []
        for key, name, role in CONTROLS:
            box = self.controls[key]
            box.setEnabled(role in self._roles)
            box.setChecked(role in self._roles and (s.controls is None or key in s.controls))
            if role in self._roles:
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
        del blockers
        self._enable()

    @property
    def settings(self) -> Settings:
        """The settings the widgets show, as a new Settings."""
        s = dataclasses.replace(self._settings)
        s.min_answered = self.min_answered.value()
        s.regional_min = self.regional_min.value()
        s.nonregional_max = self.nonregional_max.value()
        shown = self._settings
        if (s.min_answered, s.regional_min, s.nonregional_max) != (
                shown.min_answered, shown.regional_min, shown.nonregional_max):
            s.thresholds_given = True  # the analyst's numbers win over the scaled ones (spec 7)
        s.table4_outcome = self.table4_outcome.currentData()
        s.model = self.model.currentData()
        s.se = self.se.currentData() if s.model != "lpm" else self._settings.se
        s.regression_outcomes = [k for k in OUTCOMES if self.outcomes[k].isChecked()]
        available = [k for k, _, role in CONTROLS if role in self._roles]
        chosen = [k for k in available if self.controls[k].isChecked()]
        s.controls = None if chosen == available and self._settings.controls is None else chosen
        s.sector_baseline = self.sector_baseline.currentData()
        if self._has_weight:  # without a weight the stored choice stays for the next survey
            s.weighted_model = self.weighted_model.isChecked()
        return s

    @property
    def _has_weight(self) -> bool:
        return "weight" in self._roles

    @property
    def _weighted_fit(self) -> bool:
        return self._has_weight and self.weighted_model.isChecked()

    def _limit(self) -> None:
        """Non-regional max < regional min, always: each spin box bounds the other."""
        self.nonregional_max.setMaximum(self.regional_min.value() - 1)
        self.regional_min.setMinimum(self.nonregional_max.value() + 1)

    def _enable(self) -> None:
        lpm = self.model.currentData() == "lpm"
        self.se.setEnabled(not lpm and not self._weighted_fit)
        self.se.setToolTip(self.tr("A weighted model always uses robust (linearisation) "
                                   "errors.") if self._weighted_fit else self.tr(
            "The linear probability model always uses robust (HC1) errors.") if lpm else self.tr(
            "Model-based standard errors as in the paper, or robust (HC1) ones."))
        ticked = [b for b in self.outcomes.values() if b.isChecked()]
        for box in self.outcomes.values():  # the last ticked outcome cannot be unticked
            box.setEnabled(self._role_of(box) in self._roles
                           and not (len(ticked) == 1 and box.isChecked()))
        self.sector_baseline.setEnabled(self.controls["sector"].isChecked())

    def _role_of(self, box: QCheckBox) -> str:
        return next(k for k, b in self.outcomes.items() if b is box)

    def _changed(self, *_: object) -> None:
        with QSignalBlocker(self.regional_min), QSignalBlocker(self.nonregional_max):
            self._limit()
        if self.model.currentData() == "lpm":
            with QSignalBlocker(self.se):
                _select(self.se, "robust")
        self._enable()
        self._settings = self.settings
        self._timer.start()

    def flush(self) -> None:
        """Emit a pending change now (tests, and before export)."""
        if self._timer.isActive():
            self._timer.stop()
            self.settingsChanged.emit(self.settings)


def _select(combo: QComboBox, data: object) -> None:
    i = combo.findData(data)
    combo.setCurrentIndex(i if i >= 0 else 0)

