"""What the analyst decided, as plain data: which column plays which role, what each answer means,
and the analysis settings. The wizard edits it, the mapping file stores it, the engine reads it."""

from __future__ import annotations

from dataclasses import dataclass, field

from clusterdesk.mapping.roles import FACTORS, OUTCOMES, ROLE_BY_KEY, ROLES, code_name, shown_label
from clusterdesk.mapping.text import normalize
from clusterdesk.texts import quote, translate

LOCATION_CODES = ("regional", "national", "international", "missing")
YES_NO_CODES = ("yes", "no", "missing")
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
            if r.required and not self.columns.get(r.key):
                problems.append(Problem("error", translate(
                    "mapping", "No column is chosen for the required role '{item}' ({key}). "
                    "Choose the column that holds it.").format(item=shown_label(r.key), key=r.key),
                    r.key))
        if file_columns is not None:
            problems += _absent_columns(self.columns, file_columns)
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
        if not 1 <= s.min_answered <= 6:
            problems.append(Problem("error", translate(
                "mapping", "The minimum number of answered factors must be 1 to 6.")))
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


def _absent_columns(columns: dict[str, str], file_columns: list[str]) -> list[Problem]:
    """One message per absent column; one summary when most are absent (wrong file or sheet)."""
    present = {c.strip() for c in file_columns}
    absent = [(role, col) for role, col in columns.items() if col and col.strip() not in present]
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
