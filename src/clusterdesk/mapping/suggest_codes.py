"""Answer codes for the chosen columns: every distinct answer of the six factors -> regional /
national / international / missing, of the yes/no questions -> yes / no / missing, which
ownership categories are foreign, the manager-education order and the region order.
"""

from __future__ import annotations

from clusterdesk.mapping import vocabulary as V
from clusterdesk.mapping.model import Codes
from clusterdesk.mapping.roles import FACTORS, OUTCOMES, code_name
from clusterdesk.mapping.suggest_checks import Check
from clusterdesk.mapping.suggest_education import education_order
from clusterdesk.mapping.suggest_forms import yes_no_check, yes_no_proposal
from clusterdesk.mapping.suggest_text import any_match, clean
from clusterdesk.mapping.suggest_values import ColumnProfile, is_foreign
from clusterdesk.texts import translate

NUMERIC_LOCATION = {"1": "regional", "2": "national", "3": "international"}
NUMERIC_YES_NO = {"1": "yes", "2": "no", "0": "no"}
MISSING_NUMBERS = {"9", "99", "999", "8", "98", "-1", "-9", "-99"}


def _answers(columns: dict[str, str], roles: tuple[str, ...],
             profiles: dict[str, ColumnProfile]) -> dict[str, tuple[str, int, ColumnProfile]]:
    """Distinct answers over the given roles' columns: key -> (as shown, count, a profile)."""
    out: dict[str, tuple[str, int, ColumnProfile]] = {}
    for role in roles:
        prof = profiles.get(columns.get(role, ""))
        if prof is None:
            continue
        for key, n in prof.counts.items():
            shown, total, _ = out.get(key, (prof.shown[key], 0, prof))
            out[key] = (shown, total + n, prof)
    return out


def _all_small_integers(answers: dict[str, tuple[str, int, ColumnProfile]]) -> bool:
    return bool(answers) and all(k.lstrip("-").isdigit() for k in answers)


def _table(kind: str, answers: dict[str, tuple[str, int, ColumnProfile]],
           codes: tuple[str, ...], numeric: dict[str, str]
           ) -> tuple[dict[str, list[str]], list[str], list[str]]:
    table: dict[str, list[str]] = {c: [] for c in codes}
    notes: list[str] = []
    undecided: list[str] = []
    attr = "location" if "regional" in codes else "yes_no"
    resolved = {k: getattr(prof, attr).get(k) for k, (_, _, prof) in answers.items()}
    if _all_small_integers(answers) and None in resolved.values():
        guessed = {k: numeric.get(k, "missing") for k in answers}
        for key, (shown, _, _) in sorted(answers.items(), key=lambda x: int(x[0])):
            table[guessed[key]].append(shown)
        said = ", ".join(f"{answers[k][0]} = {code_name(guessed[k])}"
                         for k in sorted(answers, key=int))
        text = translate("mapping", "The location answers are bare numbers without labels; they "
                         "were guessed as {guess}. Check this against the questionnaire.") \
            if kind == "location" else \
            translate("mapping", "The yes/no answers are bare numbers without labels; they were "
                      "guessed as {guess}. Check this against the questionnaire.")
        undecided.append(text.format(guess=said))
        return table, notes, undecided
    meanings = " / ".join(code_name(c) for c in codes if c != "missing")
    for key, (shown, n, _) in sorted(answers.items(), key=lambda x: -x[1][1]):
        code = resolved[key]
        if code is None and key in MISSING_NUMBERS:
            code = "missing"
            text = translate("mapping", "The location answer '{answer}' is taken as a "
                             "missing-value code.") if kind == "location" else \
                translate("mapping", "The yes/no answer '{answer}' is taken as a missing-value "
                          "code.")
            notes.append(text.format(answer=shown))
        if code is None:
            text = translate("mapping", "The location answer '{answer}' ({n} firms) could not be "
                             "read as {meanings} or missing; code it by hand.", None, n) \
                if kind == "location" else \
                translate("mapping", "The yes/no answer '{answer}' ({n} firms) could not be read "
                          "as {meanings} or missing; code it by hand.", None, n)
            undecided.append(text.format(answer=shown, n=n, meanings=meanings))
        else:
            table[code].append(shown)
    return table, notes, undecided


def _one_two(answers: dict[str, tuple[str, int, ColumnProfile]]
             ) -> tuple[dict[str, list[str]], list[tuple[str, int]]] | None:
    """Bare 1 and 2 (a file with labels shows their texts instead) besides codes such as 999:
    spec 7's form."""
    if not answers:
        return None
    return yes_no_proposal({k: (shown, n) for k, (shown, n, _) in answers.items()})


def _foreign(prof: ColumnProfile) -> tuple[list[str], list[str]]:
    """Foreign categories listed explicitly, so the wizard shows them and nynorsk counts too."""
    mine = [prof.shown[k] for k in sorted(prof.counts, key=lambda k: -prof.counts[k])
            if is_foreign(prof.shown[k])]
    listed = ", ".join(mine) or translate("mapping", "none")
    return mine, [translate("mapping", "Ownership answers counted as foreign: {answers}.").format(
        answers=listed)]


def _region_order(prof: ColumnProfile) -> list[str]:
    """Known city regions largest first, then the others by number of firms, then 'Rest of
    Norway', 'Other' and the like last."""
    def rank(key: str) -> tuple[int, int, int, str]:
        text = clean(prof.shown[key])
        words = text.split()
        city = next((i for i, c in enumerate(V.CITY_REGIONS_BY_SIZE) if words and words[0] == c),
                    len(V.CITY_REGIONS_BY_SIZE))
        last = any_match(V.LAST_IN_ORDER, text, fuzzy=False)
        return int(last), city, -prof.counts[key], prof.shown[key]

    return [prof.shown[k] for k in sorted(prof.counts, key=rank)]


def _ranked_order(prof: ColumnProfile, groups: tuple[tuple[str, ...], ...]) -> list[str] | None:
    """Categories in the order of the word groups they mention; None if one fits no group."""
    rank = {}
    for key, shown in prof.shown.items():
        text = clean(shown)
        rank[key] = next((i for i, words in enumerate(groups)
                          if any_match(words, text, fuzzy=False)), None)
        if rank[key] is None:
            return None
    keys = sorted(prof.counts, key=lambda k: (rank[k], -prof.counts[k]))
    return [prof.shown[k] for k in keys]


def suggest_codes(columns: dict[str, str], profiles: dict[str, ColumnProfile],
                  value_codes: dict[str, dict[str, float]] | None = None,
                  checks: list[Check] | None = None
                  ) -> tuple[Codes, dict[str, list[str]], list[str], list[str]]:
    """(codes, order, notes, undecided) for the roles mapped in ``columns``; guesses the analyst
    must check are added to ``checks``. ``value_codes``: SPSS/Stata label -> code per column."""
    codes = Codes()
    order: dict[str, list[str]] = {}
    notes: list[str] = []
    undecided: list[str] = []
    loc = _answers(columns, FACTORS, profiles)
    if loc:
        codes.location, n, u = _table("location", loc, ("regional", "national", "international",
                                                       "missing"), NUMERIC_LOCATION)
        notes += n
        undecided += u
    yn = _answers(columns, OUTCOMES, profiles)
    proposed = _one_two(yn)
    if proposed is not None and checks is not None:
        cols = [columns[r] for r in OUTCOMES if columns.get(r) in profiles]
        checks.append(Check(yes_no_check(cols, proposed[1]),
                            {r: columns[r] for r in OUTCOMES if r in columns},
                            yes_no={k: list(v) for k, v in proposed[0].items() if v}))
    if proposed is not None and proposed[0].get("skipped_means_no"):
        codes.yes_no = proposed[0]
    elif yn:
        codes.yes_no, n, u = _table("yes/no", yn, ("yes", "no", "missing"), NUMERIC_YES_NO)
        notes += n
        undecided += u
    if "ownership" in columns and columns["ownership"] in profiles:
        codes.foreign, n = _foreign(profiles[columns["ownership"]])
        notes += n
    if "manager_education" in columns and columns["manager_education"] in profiles:
        prof = profiles[columns["manager_education"]]
        if prof.kind == "number":
            notes.append(translate("mapping", "The manager's education is a number column and "
                                   "is used as it is."))
        else:
            found = education_order(prof, (value_codes or {}).get(prof.name))
            codes.manager_education = found.order
            notes.append(found.note)
            if found.check is not None and checks is not None:
                checks.append(Check(found.check, {"manager_education": prof.name},
                                    list(found.order)))
    if "region" in columns and columns["region"] in profiles:
        order["region"] = _region_order(profiles[columns["region"]])
    for role, groups in (("sector", V.NACE_ORDER), ("dependence", V.DEPENDENCE_ORDER),
                         ("ownership", V.OWNERSHIP_ORDER)):
        prof = profiles.get(columns.get(role, ""))
        ranked = _ranked_order(prof, groups) if prof is not None else None
        if ranked:
            order[role] = ranked
    if codes.foreign and "ownership" in order:
        codes.foreign = [v for v in order["ownership"] if v in codes.foreign]
    return codes, order, notes, undecided
