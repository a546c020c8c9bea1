"""What each role means, for the wizard's tooltips and What's-This texts (the paper's
definitions), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLE_HELP: dict[str, str] = {
    "firm_id": QT_TRANSLATE_NOOP("RoleHelp", "An id of each firm, used only to find a firm's row "
                                 "again in the coded data."),
    "region": QT_TRANSLATE_NOOP("RoleHelp", "The city region the firm is in; Table 2 compares "
                                "the regions and Table 1 counts firms by region."),
    "sector": QT_TRANSLATE_NOOP("RoleHelp", "The firm's industry sector (Table 1; a control in "
                                "the regression)."),
    "dependence": QT_TRANSLATE_NOOP("RoleHelp", "Whether the firm is independent or part of a "
                                    "group of companies (Table 1)."),
    "ownership": QT_TRANSLATE_NOOP("RoleHelp", "Who owns the firm; the foreign categories give "
                                   "the foreign-ownership control of the regression."),
    "employees": QT_TRANSLATE_NOOP("RoleHelp", "The number of employees; its logarithm is the "
                                   "size control of the regression."),
    "pct_university": QT_TRANSLATE_NOOP("RoleHelp", "The share of employees with a university "
                                        "education, in % (Table 1)."),
    "pct_rd": QT_TRANSLATE_NOOP("RoleHelp", "R&D expenditure as a % of turnover (Table 1; a "
                                "control in the regression)."),
    "manager_education": QT_TRANSLATE_NOOP("RoleHelp", "The chief executive's highest "
                                           "education, an ordered level (a control in the "
                                           "regression)."),
    "weight": QT_TRANSLATE_NOOP("RoleHelp", "A survey weight, if the survey has one: the shares "
                                "are then weighted."),
    "customers": QT_TRANSLATE_NOOP("RoleHelp", "Where the firm's most demanding customers are: "
                                   "in the region, elsewhere in Norway or abroad (a diamond "
                                   "factor)."),
    "suppliers": QT_TRANSLATE_NOOP("RoleHelp", "Where the firm's most advanced suppliers are: in "
                                   "the region, elsewhere in Norway or abroad (a diamond "
                                   "factor)."),
    "competitors": QT_TRANSLATE_NOOP("RoleHelp", "Where the firm's toughest competitors are: in "
                                     "the region, elsewhere in Norway or abroad (a diamond "
                                     "factor)."),
    "labour": QT_TRANSLATE_NOOP("RoleHelp", "Where the firm recruits its most qualified "
                                "employees: in the region, elsewhere in Norway or abroad (a "
                                "diamond factor)."),
    "research": QT_TRANSLATE_NOOP("RoleHelp", "Where the research institutions most relevant to "
                                  "the firm are: in the region, elsewhere in Norway or abroad (a "
                                  "diamond factor)."),
    "capital": QT_TRANSLATE_NOOP("RoleHelp", "Where the firm gets its capital: in the region, "
                                 "elsewhere in Norway or abroad (a diamond factor)."),
    "product": QT_TRANSLATE_NOOP("RoleHelp", "Yes/no: the firm introduced new or significantly "
                                 "improved products in the last three years."),
    "product_new_to_market": QT_TRANSLATE_NOOP("RoleHelp", "Yes/no: a product innovation that "
                                               "was new to the firm's market (radical)."),
    "process": QT_TRANSLATE_NOOP("RoleHelp", "Yes/no: the firm introduced new or significantly "
                                 "improved processes in the last three years."),
    "process_new_to_industry": QT_TRANSLATE_NOOP("RoleHelp", "Yes/no: a process innovation that "
                                                 "was new to the firm's industry (radical)."),
}


def role_help(key: str, required: bool = False) -> str:
    """What a role means, and whether the analysis needs it, in the interface language."""
    text = QCoreApplication.translate("RoleHelp", ROLE_HELP.get(key, key))
    need = (QCoreApplication.translate("RoleHelp", "Needed.") if required
            else QCoreApplication.translate("RoleHelp", "Optional."))
    return f"{text} {need}"
