"""What the analyst decided, as plain data: which column plays which role, what each answer means,
and the analysis settings. The wizard edits it, the mapping file stores it, the engine reads it.

Single-column roles live in ``Mapping.columns``; the forms of spec section 7 (tick grids, factors
not asked, outcomes from several columns) live beside it, so code that reads one column per role
keeps working and ``Mapping.source_columns`` answers "which file columns does this role use".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clusterdesk.mapping.roles import (
    FACTORS,
    LOCATIONS,
    ROLE_BY_KEY,
    ROLES,
)
from clusterdesk.mapping.text import normalize

LOCATION_CODES = ("regional", "national", "international", "missing")
YES_NO_CODES = ("yes", "no", "missing", "skipped_means_no")
GRID_RULES = ("nearest", "farthest")
NOT_TICKED = ("0", "no", "nei", "nein", "false")
MODELS = ("logit", "probit", "lpm")
SE_TYPES = ("model", "robust")
CONTROLS = ("log_employees", "manager_education", "foreign_ownership", "rd_expenditure", "sector")


@dataclass
class SourceSpec:
    """Where the data sit in the file (spec section 4, `source`)."""

    sheet: str | int | None = None  # name or 0-based index; None = the first visible sheet
    header_row: int | None = None  # 1-based; None = detect
    header_rows: int = 1
    encoding: str | None = None  # text files only; None = detect
    delimiter: str | None = None  # text files only; None = detect


def default_location_codes() -> dict[str, list[str]]:
    return {"regional": [], "national": [], "international": [], "missing": []}


def default_yes_no_codes() -> dict[str, list[str]]:
    return {"yes": ["Yes", "1"], "no": ["No", "0"], "missing": []}


@dataclass
class Codes:
    """Answer codes: raw text -> meaning, compared by the rule of spec section 2."""

    location: dict[str, list[str]] = field(default_factory=default_location_codes)
    yes_no: dict[str, list[str]] = field(default_factory=default_yes_no_codes)
    foreign: list[str] | None = None  # None = every category mentioning foreign/utenlandsk
    manager_education: list[str] = field(default_factory=list)  # lowest first
    by_role: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # tick grids (spec 7): ``ticked`` None = any non-blank cell not in ``not_ticked`` is a tick
    ticked: list[str] | None = None
    not_ticked: list[str] = field(default_factory=lambda: list(NOT_TICKED))

    def table_for(self, role: str) -> dict[str, list[str]]:
        """The code table that applies to one location or yes/no role (its override wins)."""
        base = self.location if role in FACTORS else self.yes_no
        override = self.by_role.get(role)
        if not override:
            return base
        merged = {k: list(v) for k, v in base.items()}
        overridden = {normalize(v) for vals in override.values() for v in vals}
        for k in merged:
            merged[k] = [v for v in merged[k] if normalize(v) not in overridden]
        for k, vals in override.items():
            merged.setdefault(k, [])
            merged[k].extend(vals)
        return merged


@dataclass
class Settings:
    """Analysis choices (spec sections 3 and 6); every default is the paper's."""

    min_answered: int = 4
    regional_min: int = 4
    nonregional_max: int = 2
    table4_outcome: str = "product"
    model: str = "logit"
    regression_outcomes: list[str] = field(default_factory=lambda: ["product", "product_new_to_market"])
    se: str = "model"
    controls: list[str] | None = None  # None = every control whose role is mapped
    sector_baseline: str | None = None  # None = the largest sector
    weighted_model: bool = True  # Table 6 uses the survey weight when one is mapped (spec 7)
    # True when the mapping or the analyst set the three thresholds; otherwise they follow the
    # number of factors asked (spec 7). Not part of equality: the same numbers are the same.
    thresholds_given: bool = field(default=False, compare=False)

    def for_factors(self, k: int) -> Settings:
        """These settings with the thresholds scaled to k factors asked, unless they were given:
        ceil(2k/3), ceil(2k/3), floor(k/3) (k = 6 gives the paper's 4, 4, 2)."""
        from dataclasses import replace

        if self.thresholds_given or k >= 6 or k < 1:
            return self
        return replace(self, min_answered=-(-2 * k // 3), regional_min=-(-2 * k // 3),
                       nonregional_max=k // 3)


@dataclass
class LocationGrid:
    """A location factor asked as tick boxes (spec 7): per level, the columns whose tick puts the
    factor there; with several levels ticked, ``rule`` picks the nearest or the farthest."""

    levels: dict[str, list[str]] = field(default_factory=dict)
    rule: str = "nearest"

    def columns(self) -> list[str]:
        return [c for level in LOCATIONS for c in self.levels.get(level, [])]


@dataclass
class Problem:
    """One validation finding; `error` blocks the analysis, `warning` does not."""

    level: str  # "error" | "warning"
    message: str
    role: str | None = None


@dataclass
class Mapping:
    source: SourceSpec = field(default_factory=SourceSpec)
    columns: dict[str, str] = field(default_factory=dict)
    codes: Codes = field(default_factory=Codes)
    order: dict[str, list[str]] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    levels: list[str] = field(default_factory=lambda: list(LOCATIONS))
    grids: dict[str, LocationGrid] = field(default_factory=dict)
    any_of: dict[str, list[str]] = field(default_factory=dict)
    not_asked: list[str] = field(default_factory=list)
    questions: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def source_columns(self, role: str) -> list[str]:
        """The file columns one role reads: its column, its grid's or its any_of list."""
        if role in self.not_asked:
            return []
        if role in self.grids:
            return self.grids[role].columns()
        if role in self.any_of:
            return list(self.any_of[role])
        col = self.columns.get(role)
        return [col] if col else []

    def roles(self) -> list[str]:
        """Every role that reads at least one column, in the order of spec section 1."""
        known = [r.key for r in ROLES if self.source_columns(r.key)]
        return known + [r for r in self.columns if r not in ROLE_BY_KEY and self.columns[r]]

    def factors_asked(self) -> list[str]:
        """The location factors the survey asks and the mapping reads, in the paper's order."""
        return [f for f in FACTORS if f not in self.not_asked and self.source_columns(f)]

    def effective_settings(self, settings: Settings | None = None) -> Settings:
        """Settings with the thresholds scaled to the factors asked (spec 7): every factor not
        marked as not asked counts (one merely not mapped yet is an error, not a smaller k)."""
        return (settings or self.settings).for_factors(self.factor_count())

    def factor_count(self) -> int:
        return sum(1 for f in FACTORS if f not in self.not_asked)

    def needs_version_2(self) -> bool:
        """True when something of spec section 7 is used (else the file is written as version 1)."""
        skipped = self.codes.yes_no.get("skipped_means_no") or any(
            t.get("skipped_means_no") for t in self.codes.by_role.values())
        return bool(self.grids or self.any_of or self.not_asked or self.questions or self.labels
                    or skipped or list(self.levels) != list(LOCATIONS)
                    or self.codes.ticked is not None
                    or list(self.codes.not_ticked) != list(NOT_TICKED))

    def validate(self, file_columns: list[str] | None = None) -> list[Problem]:
        """Everything wrong with this mapping, in the analyst's words (the wizard and CLI share it)."""
        from clusterdesk.mapping.validate import validate

        return validate(self, file_columns)

    def errors(self, file_columns: list[str] | None = None) -> list[str]:
        return [p.message for p in self.validate(file_columns) if p.level == "error"]
