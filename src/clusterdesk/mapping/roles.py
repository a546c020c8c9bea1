"""The roles of spec section 1: what a column can mean, and the names analysts see."""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.texts import language, translate


@dataclass(frozen=True)
class Role:
    key: str
    kind: str  # id | category | number | ordinal | location | yes_no
    required: bool
    label: str  # English
    label_nb: str  # bokmål


# The one glossary of role names: the wizard, the result tabs and the workbook all take their
# words from here (report/labels.py copies them into its glossary).
ROLES: tuple[Role, ...] = (
    Role("firm_id", "id", False, "Firm id",
         "Foretaks-ID"),
    Role("region", "category", True, "Region",
         "Region"),
    Role("sector", "category", False, "Industry sector",
         "Næring"),
    Role("dependence", "category", False, "Dependence (capital group)",
         "Konsernposisjon"),
    Role("ownership", "category", False, "Ownership",
         "Eierskap"),
    Role("employees", "number", False, "Number of employees",
         "Antall ansatte"),
    Role("pct_university", "number", False, "% university educated",
         "% med universitetsutdanning"),
    Role("pct_rd", "number", False, "% R&D expenditure",
         "% FoU-utgifter"),
    Role("manager_education", "ordinal", False, "Manager's education level",
         "Lederens utdanningsnivå"),
    Role("weight", "number", False, "Survey weight",
         "Utvalgsvekt"),
    Role("customers", "location", True, "Demanding customers",
         "Krevende kunder"),
    Role("suppliers", "location", True, "Advanced suppliers",
         "Avanserte leverandører"),
    Role("competitors", "location", True, "Toughest competitors",
         "Tøffeste konkurrenter"),
    Role("labour", "location", True, "Most qualified employees",
         "Mest kvalifiserte ansatte"),
    Role("research", "location", True, "Most relevant research institutions",
         "Mest relevante forskningsinstitusjoner"),
    Role("capital", "location", True, "Access to capital",
         "Tilgang på kapital"),
    Role("product", "yes_no", True, "New or significantly improved products",
         "Nye eller vesentlig forbedrede produkter"),
    Role("product_new_to_market", "yes_no", False, "New to market product innovation",
         "Produktinnovasjon ny for markedet"),
    Role("process", "yes_no", False, "New or significantly improved processes",
         "Nye eller vesentlig forbedrede prosesser"),
    Role("process_new_to_industry", "yes_no", False, "New to industry process innovation",
         "Prosessinnovasjon ny for næringen"),
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


def label(key: str, lang: str = "en") -> str:
    """Display name of a role key in English or bokmål (the key itself when unknown)."""
    role = ROLE_BY_KEY.get(key)
    if role is None:
        return key
    return role.label_nb if lang == "nb" else role.label


def shown_label(key: str) -> str:
    """A role's name for messages, in the language the messages speak (clusterdesk.texts)."""
    return label(key, language())


def code_name(code: str) -> str:
    """An answer code (regional, national, international, missing, yes, no) for messages."""
    names = {"regional": lambda: translate("mapping", "regional"),
             "national": lambda: translate("mapping", "national"),
             "international": lambda: translate("mapping", "international"),
             "missing": lambda: translate("mapping", "missing"),
             "yes": lambda: translate("mapping", "yes"),
             "no": lambda: translate("mapping", "no")}
    return names[code]() if code in names else code
