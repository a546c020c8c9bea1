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
    OUTCOMES,
    ROLE_BY_KEY,
    ROLES,
    code_name,
    shown_label,
)
from clusterdesk.mapping.text import normalize
from clusterdesk.texts import quote, translate

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
        problems: list[Problem] = []
        for role in self.columns:
            if role not in ROLE_BY_KEY:
                known = ", ".join(r.key for r in ROLES)
                problems.append(Problem("error", translate(
                    "mapping", "The mapping names an unknown role '{role}'. Known roles are: "
                    "{known}.").format(role=role, known=known), role))
        for r in ROLES:
            # region stays "required" for the assistant and wizard, but a survey without one
            # still has Tables 1 and 2 (spec 7)
            if r.required and r.key != "region" and not self.source_columns(r.key) \
                    and r.key not in self.not_asked:
                problems.append(Problem("error", translate(
                    "mapping", "No column is chosen for the required role '{item}' ({key}). "
                    "Choose the column that holds it.").format(item=shown_label(r.key), key=r.key),
                    r.key))
        from clusterdesk.mapping.shape import shape_problems

        problems += shape_problems(self)
        problems += _shared_columns(self.columns, self.not_asked)
        if file_columns is not None:
            used = [(r, c) for r, c in self.columns.items() if r not in self.not_asked]
            used += [(r, c) for r in [*self.grids, *self.any_of] if r not in self.columns
                     for c in self.source_columns(r)]
            problems += _absent_columns(used, file_columns)
        problems += _duplicate_codes(translate("mapping", "location answers"), self.codes.location)
        problems += _duplicate_codes(translate("mapping", "yes/no answers"), self.codes.yes_no)
        for role, table in self.codes.by_role.items():
            if role not in FACTORS and role not in OUTCOMES:
                problems.append(Problem("error", translate(
                    "mapping", "Answer codes are given for '{role}', which is not a location or "
                    "yes/no role.").format(role=role), role))
            else:
                problems += _duplicate_codes(translate("mapping", "answers of '{item}'").format(
                    item=shown_label(role)), table)
        for key, allowed, wrong in (
                (self.codes.location, LOCATION_CODES,
                 lambda: translate("mapping", "'{code}' is not a location code; use one of "
                                   "{codes}.")),
                (self.codes.yes_no, YES_NO_CODES,
                 lambda: translate("mapping", "'{code}' is not a yes/no code; use one of "
                                   "{codes}."))):
            for code in key:
                if code not in allowed:
                    problems.append(Problem("error", wrong().format(code=code,
                                                                    codes=", ".join(allowed))))
        s = self.settings
        if s.model not in MODELS:
            problems.append(Problem("error", translate(
                "mapping", "Model '{model}' is unknown; use logit, probit or lpm.").format(
                    model=s.model)))
        if s.se not in SE_TYPES:
            problems.append(Problem("error", translate(
                "mapping", "Standard errors '{se}' are unknown; use model or robust.").format(
                    se=s.se)))
        for o in [s.table4_outcome, *s.regression_outcomes]:
            if o not in OUTCOMES:
                problems.append(Problem("error", translate(
                    "mapping", "'{outcome}' is not an innovation outcome; use one of "
                    "{outcomes}.").format(outcome=o, outcomes=", ".join(OUTCOMES))))
        k = self.factor_count() or 6
        s = self.effective_settings()
        if not 1 <= s.min_answered <= k:
            problems.append(Problem("error", translate(
                "mapping", "The minimum number of answered factors must be 1 to {k}.").format(k=k)))
        if s.nonregional_max >= s.regional_min:
            problems.append(Problem("error", translate(
                "mapping", "The non-regional maximum must be below the regional-cluster minimum "
                "(defaults: 2 and 4).")))
        for c in s.controls or []:
            if c not in CONTROLS:
                problems.append(Problem("error", translate(
                    "mapping", "'{control}' is not a control; use {controls}.").format(
                        control=c, controls=", ".join(CONTROLS))))
        return problems

    def errors(self, file_columns: list[str] | None = None) -> list[str]:
        return [p.message for p in self.validate(file_columns) if p.level == "error"]


def _absent_columns(columns: list[tuple[str, str]], file_columns: list[str]) -> list[Problem]:
    """One message per absent column; one summary when most are absent (wrong file or sheet)."""
    present = {c.strip() for c in file_columns}
    absent = [(role, col) for role, col in columns if col and col.strip() not in present]
    if len(absent) > 3:
        shown = ", ".join(quote(col) for _, col in absent[:3])
        if len(absent) == len(columns):
            text = translate("mapping", "The file has none of the {total} columns the mapping "
                             "uses ({columns} and {more} more are missing). Check that this is "
                             "the right file and sheet, or map the columns again.")
        else:
            text = translate("mapping", "The file has {n} of the {total} columns the mapping uses "
                             "({columns} and {more} more are missing). Check that this is the "
                             "right file and sheet, or map the columns again.")
        return [Problem("error", text.format(n=len(absent), total=len(columns), columns=shown,
                                             more=len(absent) - 3))]
    return [Problem("error", translate(
        "mapping", "The mapping uses column '{column}' for '{item}', but the file has no such "
        "column. Pick the column again or check that this is the right file.").format(
            column=col, item=shown_label(role)), role) for role, col in absent]


def _duplicate_codes(what: str, table: dict[str, list[str]]) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for code, values in table.items():
        for v in values:
            key = normalize(v)
            if key is None:
                continue
            if key in seen and seen[key] != code:
                problems.append(Problem("error", translate(
                    "mapping", "The answer '{answer}' is coded twice in the {what}: as '{a}' and "
                    "as '{b}'. Keep one.").format(answer=v, what=what, a=code_name(seen[key]),
                                                  b=code_name(code))))
            seen.setdefault(key, code)
    return problems


def _shared_columns(columns: dict[str, str], not_asked: list[str]) -> list[Problem]:
    """One file column chosen for two roles: the second role would silently copy the first."""
    by_column: dict[str, list[str]] = {}
    for role, col in columns.items():
        if col and role not in not_asked and role in ROLE_BY_KEY:
            by_column.setdefault(normalize(col) or col, []).append(role)
    return [Problem("error", translate(
        "mapping", "The column '{column}' is chosen for both '{first}' and '{second}'. Each "
        "role needs its own column; choose the right one for each.").format(
        column=columns[roles[0]], first=shown_label(roles[0]), second=shown_label(roles[1])),
        roles[1]) for roles in by_column.values() if len(roles) > 1]
