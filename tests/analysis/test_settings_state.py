"""The settings state's rules (no widgets): what each bound widget shows and may edit."""

from __future__ import annotations

from clusterdesk.analysis.settings_state import AVAILABLE, SettingsState
from clusterdesk.mapping.model import Settings

ROLES = {"product", "process", "employees", "sector", "ownership"}


def test_thresholds_stay_ordered_and_an_edit_marks_them_given():
    state = SettingsState(Settings(regional_min=3, nonregional_max=5))
    assert state.settings.nonregional_max == 2  # below the regional minimum
    assert not state.settings.thresholds_given
    heard: list[frozenset[str]] = []
    state.subscribe(heard.append)
    state.edit("regional_min", 5)
    assert state.settings.thresholds_given  # the analyst's numbers win (spec 7)
    assert state.bounds("nonregional_max") == (0, 4) and state.bounds("regional_min") == (3, 6)
    assert "regional_min" in heard[-1]
    state.edit("regional_min", 5)  # no change, nothing told
    assert len(heard) == 1


def test_lists_keep_one_outcome_and_none_means_every_mapped_control():
    state = SettingsState()
    state.set_available(ROLES, ["A", "B"])
    assert state.members("controls") == ["log_employees", "foreign_ownership", "sector"]
    assert not state.enabled("controls", "rd_expenditure")  # pct_rd not mapped
    state.toggle("controls", "sector", False)
    assert state.settings.controls == ["log_employees", "foreign_ownership"]
    assert not state.enabled("sector_baseline")  # no sector control, no baseline
    state.toggle("regression_outcomes", "product_new_to_market", False)
    assert state.settings.regression_outcomes == ["product"]
    assert not state.enabled("regression_outcomes", "product")  # the last one stays
    state.toggle("regression_outcomes", "product", False)
    assert state.settings.regression_outcomes == ["product"]


def test_weight_lpm_and_sectors_follow_the_survey():
    state = SettingsState(Settings(model="lpm", se="model", sector_baseline="B"))
    assert state.shown("se") == "robust" and state.settings.se == "model"
    assert state.settings.sector_baseline is None  # no such sector yet
    heard: list[frozenset[str]] = []
    state.subscribe(heard.append)
    state.set_available(ROLES, ["A", "B"])
    assert AVAILABLE in heard[-1] and state.settings.sector_baseline == "B"
    assert state.shown("weighted_model") is False and not state.enabled("weighted_model")
    state.edit("weighted_model", False)  # without a weight the stored choice stays
    assert state.settings.weighted_model is True
    state.set_available(ROLES | {"weight"}, [])
    assert state.shown("weighted_model") is True and state.weighted_fit
    assert state.choices("sector_baseline") == [None]
