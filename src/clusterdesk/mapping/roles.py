"""The roles of spec section 1: what a column can mean, and the names analysts see."""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.texts import translate


@dataclass(frozen=True)
class Role:
    key: str
    kind: str  # id | category | number | ordinal | location | yes_no
    required: bool
    label: str


ROLES: tuple[Role, ...] = (
    Role("firm_id", "id", False, "Firm id"),
    Role("region", "category", True, "Region"),
    Role("sector", "category", False, "Industry sector"),
    Role("dependence", "category", False, "Dependence (capital group)"),
    Role("ownership", "category", False, "Ownership"),
    Role("employees", "number", False, "Number of employees"),
    Role("pct_university", "number", False, "% university educated"),
    Role("pct_rd", "number", False, "% R&D expenditure"),
    Role("manager_education", "ordinal", False, "Manager's education level"),
    Role("weight", "number", False, "Survey weight"),
    Role("customers", "location", True, "Demanding customers"),
    Role("suppliers", "location", True, "Advanced suppliers"),
    Role("competitors", "location", True, "Toughest competitors"),
    Role("labour", "location", True, "Most qualified employees"),
    Role("research", "location", True, "Most relevant research institutions"),
    Role("capital", "location", True, "Access to capital"),
    Role("product", "yes_no", True, "New or significantly improved products"),
    Role("product_new_to_market", "yes_no", False, "New to market product innovation"),
    Role("process", "yes_no", False, "New or significantly improved processes"),
    Role("process_new_to_industry", "yes_no", False, "New to industry process innovation"),
)

ROLE_BY_KEY: dict[str, Role] = {r.key: r for r in ROLES}
FACTORS: tuple[str, ...] = tuple(r.key for r in ROLES if r.kind == "location")
OUTCOMES: tuple[str, ...] = tuple(r.key for r in ROLES if r.kind == "yes_no")
CATEGORY_ROLES: tuple[str, ...] = ("sector", "dependence", "ownership", "region")
NUMBER_ROLES: tuple[str, ...] = ("employees", "pct_university", "pct_rd")
LOCATIONS: tuple[str, ...] = ("regional", "national", "international")
RADICAL_OF: dict[str, str] = {"product_new_to_market": "product", "process_new_to_industry": "process"}

OUTCOME_SHORT: dict[str, str] = {
    "product": "Product innovation",
    "product_new_to_market": "Radical product innovation",
    "process": "Process innovation",
    "process_new_to_industry": "Radical process innovation",
}


def label(key: str) -> str:
    """Display name of a role key (the key itself when unknown)."""
    role = ROLE_BY_KEY.get(key)
    return role.label if role else key


def shown_label(key: str) -> str:
    """A role's name for messages in the interface language: the glossary's word, which the GUI
    translates in the "Roles" context (clusterdesk_terms_nb.ts); English without a translator."""
    role = ROLE_BY_KEY.get(key)
    return translate("Roles", role.label) if role else key


def code_name(code: str) -> str:
    """An answer code (regional, national, international, missing, yes, no) for messages."""
    names = {"regional": lambda: translate("mapping", "regional"),
             "national": lambda: translate("mapping", "national"),
             "international": lambda: translate("mapping", "international"),
             "missing": lambda: translate("mapping", "missing"),
             "yes": lambda: translate("mapping", "yes"),
             "no": lambda: translate("mapping", "no")}
    return names[code]() if code in names else code
