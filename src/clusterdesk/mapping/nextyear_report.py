"""The sentences of next year's fitting: a role lost (with what the report then lacks) and a
column taken in place of last year's (by its name, its answers or both)."""

from __future__ import annotations

from clusterdesk.mapping.nextyear_match import Match
from clusterdesk.mapping.roles import ROLE_BY_KEY, shown_label
from clusterdesk.texts import quote, translate


def consequence(role: str) -> str:
    """What the report lacks without an optional role, in plain words."""
    texts = {
        "firm_id": lambda: translate("mapping", "the data sheet has no firm ids"),
        "sector": lambda: translate("mapping", "Table 1 shows no industry sectors and the model "
                                    "(Table 6) has no sector controls"),
        "dependence": lambda: translate("mapping", "Table 1 shows no position in a group of "
                                        "companies"),
        "ownership": lambda: translate("mapping", "Table 1 shows no ownership and the model "
                                       "(Table 6) has no foreign-ownership control"),
        "employees": lambda: translate("mapping", "Table 1 shows no number of employees and the "
                                       "model (Table 6) has no size control"),
        "pct_university": lambda: translate("mapping", "Table 1 shows no share of employees "
                                            "with university education"),
        "pct_rd": lambda: translate("mapping", "Table 1 shows no R&D expenditure and the model "
                                    "(Table 6) has no R&D control"),
        "manager_education": lambda: translate("mapping", "the model (Table 6) has no control "
                                               "for the manager's education"),
        "weight": lambda: translate("mapping", "every share is unweighted"),
    }
    if role in texts:
        return texts[role]()
    return translate("mapping", "Tables 2, 4 and 5 have no figures for it and Table 6 no model "
                     "of it")


def lost_sentence(role: str, old: str, hints: list[str]) -> str:
    """One lost role, named first, with the columns worth a look and what the report lacks."""
    item = shown_label(role)
    required = ROLE_BY_KEY[role].required
    if not hints:
        if required:
            return translate("mapping", "{item}: column '{old}' is not in this file and no "
                             "column resembles it. It is required: choose it by hand.").format(
                item=item, old=old)
        return translate("mapping", "{item}: column '{old}' is not in this file and no column "
                         "resembles it, so {what}. Choose it by hand or leave it out.").format(
            item=item, old=old, what=consequence(role))
    cols = ", ".join(quote(c) for c in hints)
    if required:
        return translate("mapping", "{item}: column '{old}' is not in this file, and no column "
                         "is surely it ({columns} might be). It is required: choose it by "
                         "hand.").format(item=item, old=old, columns=cols)
    return translate("mapping", "{item}: column '{old}' is not in this file, and no column is "
                     "surely it ({columns} might be), so {what}. Choose it by hand or leave it "
                     "out.").format(item=item, old=old, columns=cols, what=consequence(role))


def found_sentence(role: str, old: str, match: Match) -> str:
    """A column taken in place of last year's, saying whether the name, the answers or both
    led to it."""
    item = shown_label(role)
    alike = f"{match.name:.0%}"
    agree = match.answers is not None and match.answers >= 0.8
    if match.name < 0.5:
        return translate("mapping", "{item}: column '{old}' is not in this file; using '{new}' "
                         "instead, whose answers are last year's answers for it. Check that it "
                         "is the same question.").format(item=item, old=old, new=match.column)
    if agree:
        return translate("mapping", "{item}: column '{old}' is not in this file; using '{new}' "
                         "instead ({likeness} alike, with last year's answers).").format(
            item=item, old=old, new=match.column, likeness=alike)
    return translate("mapping", "{item}: column '{old}' is not in this file; using '{new}' "
                     "instead ({likeness} alike).").format(item=item, old=old, new=match.column,
                                                           likeness=alike)
