"""How likely each column is to play each role: header words times value fit, plus what the values
alone give away (city names, parent/subsidiary, education levels).
"""

from __future__ import annotations

from clusterdesk.mapping import vocabulary as V
from clusterdesk.mapping.roles import FACTORS, OUTCOMES, ROLES
from clusterdesk.mapping.suggest_text import any_match, matches
from clusterdesk.mapping.suggest_values import (
    ColumnProfile,
    category_fit,
    education_share,
    location_fit,
    number_fit,
    word_share,
    yes_no_fit,
)

ROLE_KEYS: tuple[str, ...] = tuple(r.key for r in ROLES)
_QUALIFIED = ("qualified", "kvalifiser", "skilled", "dyktig", "competent", "talent")
_NUMBER_WORDS = ("=%", "andel", "prosent", "share", "percent", "proportion")
_CATEGORY_VALUES = {"region": V.REGION_NAMES, "dependence": V.DEPENDENCE_VALUES,
                    "ownership": V.OWNERSHIP_VALUES}
_OWN_FIT = ("employees", "pct_university", "pct_rd", "weight", "firm_id", "manager_education")
_FIT_GROUP = {r: "factor" if r in FACTORS else "outcome" if r in OUTCOMES else "category"
              for r in ROLE_KEYS if r not in _OWN_FIT}
_MAIN_WORDS = {role: tuple(main) for role, (main, _) in V.HEADER_WORDS.items()}


def header_scores(text: str) -> dict[str, float]:
    """Role -> 0..1 from one cleaned header or question text alone."""
    scores = {}
    for role, (main, modifiers) in V.HEADER_WORDS.items():
        if not any_match(_MAIN_WORDS[role], text):  # one search rules most roles out
            scores[role] = 0.0
            continue
        best = max((w for e, w in main.items() if matches(e, text)), default=0.0)
        if best:
            best = min(1.0, best + 0.1 * sum(matches(m, text) for m in modifiers))
        scores[role] = best
    _adjust(text, scores)
    scores["manager_education"] = _manager_education(text)
    scores.update(_outcomes(text))
    return scores


def _adjust(text: str, s: dict[str, float]) -> None:
    """Settle the words two roles share ('ansatte', 'universitet', 'næring', 'forskning')."""
    is_new = any_match(V.NEW_WORDS, text)
    educated = any_match(V.EDUCATION_WORDS, text) or s["pct_university"] > 0
    if is_new:
        s["sector"] *= 0.3  # "new to the industry" is the radical process question
    if educated or s["pct_rd"] > 0:
        s["employees"] *= 0.4
    if s["pct_rd"] >= 0.9:
        s["research"] *= 0.5
    if any_match(_NUMBER_WORDS, text) and s["pct_university"] == 0 and s["pct_rd"] == 0:
        s["employees"] *= 0.7
    if s["labour"] and any_match(_QUALIFIED, text):
        s["labour"] = max(s["labour"], 0.9)  # "most qualified employees" is the labour factor
    if any_match(V.MANAGER_WORDS, text):
        s["pct_university"] *= 0.5
        s["labour"] *= 0.5
    if any_match(V.SUBSET_WORDS, text):
        s["employees"] *= 0.5  # "employees abroad" counts a part of the firm, not all of it
    if s["customers"] or s["suppliers"] or s["competitors"] or s["capital"]:
        s["region"] *= 0.5  # "where are your customers located" is a factor, not the region


def _manager_education(text: str) -> float:
    manager = any_match(V.MANAGER_WORDS, text)
    education = any_match(V.EDUCATION_WORDS, text)
    return 0.95 if manager and education else 0.45 if education else 0.3 if manager else 0.0


def _outcomes(text: str) -> dict[str, float]:
    """Tell the four innovation questions apart by which ideas the text combines."""
    new = any_match(V.NEW_WORDS, text)
    product = any_match(V.PRODUCT_WORDS, text)
    process = any_match(V.PROCESS_WORDS, text)
    market = any_match(V.MARKET_WORDS, text)
    industry = any_match(V.INDUSTRY_WORDS, text)
    out = dict.fromkeys(OUTCOMES, 0.0)
    if process and not market:
        out["process_new_to_industry" if industry else "process"] = 0.95 if new else 0.5
    elif market and not process:
        out["product_new_to_market"] = 0.95 if (new or product) else 0.5
    elif product and not industry:
        out["product"] = 0.95 if new else 0.5
    elif industry and new and not product:
        out["process_new_to_industry"] = 0.8
    elif new and not (market or industry):
        out["product"] = 0.3  # "Innovation?" alone: most likely the product question
    return out


def value_fit(role: str, p: ColumnProfile) -> float:
    """0..1: could this column's values belong to the role at all?"""
    if role in FACTORS:
        return location_fit(p)
    if role in OUTCOMES:
        return yes_no_fit(p)
    if role in ("employees", "pct_university", "pct_rd", "weight"):
        fit = number_fit(p)
        low, high = p.number_range
        if role in ("pct_university", "pct_rd") and high > 100:
            fit *= 0.4
        if role == "employees" and (low < 0 or any(not x.is_integer() for x in p.numbers)):
            fit *= 0.6
        if role == "weight" and low <= 0:
            fit *= 0.5
        return fit
    if role == "firm_id":
        return 1.0 if p.n_distinct >= 5 and p.n_distinct >= 0.98 * p.n_answered else 0.1
    if role == "manager_education":
        return max(category_fit(p) * (0.5 + 0.5 * education_share(p)),
                   0.6 if p.small_integer_codes() else 0.0)
    return category_fit(p)


def value_evidence(role: str, p: ColumnProfile) -> float:
    """0..1 from the values alone, for columns whose header says nothing ('V7')."""
    words = _CATEGORY_VALUES.get(role)
    if words is not None:
        # without category fit the answer is 0 whatever the words: free text is not read
        fit = category_fit(p)
        return 0.6 * fit if fit and word_share(p, words) >= 0.5 else 0.0
    if role == "manager_education" and p.n_distinct >= 3 and education_share(p) >= 0.6:
        return 0.6
    if (role == "firm_id" and p.position == 0 and value_fit(role, p) == 1.0
            and p.numeric_share == 1.0 and all(x.is_integer() for x in p.numbers)):
        return 0.45
    return 0.0


def score_column(p: ColumnProfile, texts: list[str]) -> dict[str, float]:
    """Role -> score for one column; ``texts`` are its cleaned header and question text."""
    header = dict.fromkeys(ROLE_KEYS, 0.0)
    for text in texts:
        for role, s in header_scores(text).items():
            header[role] = max(header[role], s)
    out = {}
    fits: dict[str, float] = {}  # value_fit depends on the role's group only: one call each
    for role in ROLE_KEYS:
        group = _FIT_GROUP.get(role, role)
        if group not in fits:
            fits[group] = value_fit(role, p)
        fit = fits[group]
        evidence = value_evidence(role, p)
        both = header[role] * fit + (0.3 if header[role] >= 0.5 and evidence else 0.0)
        out[role] = min(1.0, max(both, evidence))  # header and values agreeing is worth more
    if any(any_match(V.OTHER_PERSON_WORDS, t) for t in texts):
        out["manager_education"] *= 0.5  # the board chair's education is not the manager's
    return out
