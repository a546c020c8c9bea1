"""The analysis settings as one state object, which the GUI binds widgets to by name
(gui/binding.py).

It wraps the Settings dataclass and holds the rules that keep it valid, so every widget bound to
a field shows and edits it alike: the non-regional maximum stays below the regional minimum, at
least one Table 6 outcome stays ticked, the linear probability model shows robust errors, and
only what the survey has (its mapped roles, its sectors) can be chosen. Subscribers are told the
names that changed; no Qt here, so the rules are testable alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from clusterdesk.mapping.model import Settings
from clusterdesk.mapping.roles import OUTCOMES

#: Table 6 controls: the Settings key and the role whose column it needs.
CONTROL_ROLES = {"log_employees": "employees", "manager_education": "manager_education",
                 "foreign_ownership": "ownership", "rd_expenditure": "pct_rd",
                 "sector": "sector"}
THRESHOLDS = ("min_answered", "regional_min", "nonregional_max")
AVAILABLE = "available"  # the name told when the survey's roles or sectors change
FIELDS = tuple(f.name for f in dataclasses.fields(Settings) if f.name != "thresholds_given")
Listener = Callable[[frozenset[str]], None]
Value = int | str | bool | None


class SettingsState:
    """``settings`` (a fresh copy), ``replace(settings)`` for a whole new set, ``edit`` and
    ``toggle`` for one analyst's change, ``subscribe(listener)`` to hear of both."""

    def __init__(self, settings: Settings | None = None) -> None:
        self._s = Settings()
        self.roles: frozenset[str] = frozenset(OUTCOMES) | frozenset(CONTROL_ROLES.values())
        self.sectors: tuple[str, ...] = ()
        self._listeners: list[Listener] = []
        if settings is not None:
            self.replace(settings)

    # -- listening -----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, names: Iterable[str]) -> None:
        changed = frozenset(names)
        if changed:
            for listener in list(self._listeners):
                listener(changed)

    # -- whole settings ------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        """The settings as the widgets show them (a sector the survey lacks: the largest)."""
        s = dataclasses.replace(self._s)
        if s.sector_baseline not in self.sectors:
            s.sector_baseline = None
        return s

    def replace(self, settings: Settings) -> None:
        """A whole new set (a project's, a survey's own): thresholds clamped into range."""
        before = self._s
        self._s = dataclasses.replace(settings)
        self._clamp()
        self._tell(n for n in (*FIELDS, "thresholds_given")
                   if getattr(before, n) != getattr(self._s, n))

    def set_available(self, roles: Iterable[str], sectors: Iterable[str]) -> None:
        """What the survey has: its mapped roles and its sectors."""
        self.roles, self.sectors = frozenset(roles), tuple(sectors)
        self._tell({AVAILABLE, *FIELDS})

    # -- one field -----------------------------------------------------------------------
    def value(self, name: str) -> Value:
        return getattr(self._s, name)

    def shown(self, name: str) -> Value:
        """The value a widget bound to ``name`` shows."""
        s = self._s
        if name == "se" and s.model == "lpm":
            return "robust"  # the linear probability model always uses HC1
        if name == "weighted_model":
            return self.has_weight and s.weighted_model
        if name == "sector_baseline":
            return self.settings.sector_baseline
        return getattr(s, name)

    def edit(self, name: str, value: Value) -> None:
        """The analyst set ``name`` in some widget."""
        if name == "weighted_model" and not self.has_weight:
            return  # without a weight the stored choice stays for the next survey
        if getattr(self._s, name) == value:
            return
        setattr(self._s, name, value)
        changed = {name}
        if name in THRESHOLDS:
            self._s.thresholds_given = True  # the analyst's numbers win over scaled ones (spec 7)
            self._clamp()
            changed |= set(THRESHOLDS)
        self._tell(changed)

    def bounds(self, name: str) -> tuple[int, int] | None:
        """The range of a threshold: each bounds the other (non-regional < regional)."""
        s = self._s
        return {"min_answered": (1, 6), "regional_min": (s.nonregional_max + 1, 6),
                "nonregional_max": (0, s.regional_min - 1)}.get(name)

    def choices(self, name: str) -> list[Value] | None:
        """The values a chooser offers when they depend on the survey (else None: fixed)."""
        return [None, *self.sectors] if name == "sector_baseline" else None

    def offered(self, name: str, value: Value) -> bool:
        """Whether a chooser's item can be picked: Table 4 only looks at a mapped outcome."""
        return name != "table4_outcome" or value in self.roles

    # -- lists of keys (Table 6 outcomes and controls) -------------------------------------
    def members(self, name: str) -> list[str]:
        """The keys ticked in a list field; controls: those mapped (None = every one)."""
        if name == "controls":
            chosen = self._s.controls
            return [k for k in self.controls_available()
                    if chosen is None or k in chosen]
        return list(getattr(self._s, name))

    def controls_available(self) -> list[str]:
        return [k for k, role in CONTROL_ROLES.items() if role in self.roles]

    def toggle(self, name: str, key: str, on: bool) -> None:
        """The analyst ticked or unticked ``key`` of a list field."""
        order = list(CONTROL_ROLES) if name == "controls" else list(OUTCOMES)
        now = set(self.members(name))
        now = now | {key} if on else now - {key}
        if name == "regression_outcomes" and not now:
            return  # at least one model stays
        chosen = [k for k in order if k in now]
        if name == "controls":
            every = chosen == self.controls_available() and self._s.controls is None
            new: list[str] | None = None if every else chosen
        else:
            new = chosen
        if new != getattr(self._s, name):
            setattr(self._s, name, new)
            self._tell({name})

    # -- what can be edited ----------------------------------------------------------------
    @property
    def has_weight(self) -> bool:
        return "weight" in self.roles

    @property
    def weighted_fit(self) -> bool:
        return self.has_weight and self._s.weighted_model

    def enabled(self, name: str, key: str | None = None) -> bool:
        """Whether the widget of ``name`` (of ``key`` in a list field) can be edited now."""
        if name == "se":
            return self._s.model != "lpm" and not self.weighted_fit
        if name == "weighted_model":
            return self.has_weight
        if name == "sector_baseline":
            return "sector" in self.members("controls")
        if name == "controls" and key is not None:
            return CONTROL_ROLES[key] in self.roles
        if name == "regression_outcomes" and key is not None:
            ticked = self._s.regression_outcomes
            return key in self.roles and not (ticked == [key])
        return True

    def _clamp(self) -> None:
        s = self._s
        s.min_answered = min(max(s.min_answered, 1), 6)
        s.regional_min = min(max(s.regional_min, 1), 6)
        s.nonregional_max = min(max(s.nonregional_max, 0), s.regional_min - 1)
