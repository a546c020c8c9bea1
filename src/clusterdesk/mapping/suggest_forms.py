"""The assistant's proposals for the survey forms of spec section 7: location factors asked as
grids of tick boxes (from headers and SPSS/Stata question labels), the levels such grids ask,
factors then left out as not asked, and yes/no coded 1/2 with a "not asked" code such as 999.

Each proposal is a guess the analyst must check against the questionnaire: it comes with a
sentence for the review page's list of checks.
"""

from __future__ import annotations

from clusterdesk.mapping.model import LocationGrid
from clusterdesk.mapping.roles import FACTORS, LOCATIONS, code_name, shown_label
from clusterdesk.mapping.suggest_score import header_scores
from clusterdesk.mapping.suggest_text import any_match, clean_header
from clusterdesk.mapping.suggest_values import NOT_ASKED_CODES
from clusterdesk.mapping.text import normalize
from clusterdesk.texts import translate

# the words of a tick box's location, outermost first: "other countries" must not read as
# "in the country", nor "in Europe" as national
LEVEL_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("international", ("abroad", "=international", "internasjonal", "internacional",
                       "other countries", "outside the country", "utlandet", "=utland",
                       "utenfor norge", "utanfor noreg", "=ausland", "ausländ", "=europe",
                       "=european", "=europa", "=eu", "rest of the world", "=world",
                       "otros países", "otros paises", "=exterior", "extranjero",
                       "resto del mundo", "=asia", "=america", "=américa", "=africa", "=áfrica",
                       "=oceania", "=oceanía", "=weltweit", "=foreign")),
    ("regional", ("in the region", "same region", "=regional", "=regionalt", "i regionen",
                  "i fylket", "=local", "=lokal", "=lokalt", "en la región", "en la region",
                  "in der region", "=regionen")),
    ("national", ("in the country", "=national", "=nasjonal", "=nasjonalt", "=nacional",
                  "=domestic", "i norge", "i noreg", "=norge", "=noreg", "i landet", "=inland",
                  "=inländisch", "in deutschland", "=deutschland", "=españa", "=espana",
                  "en el país", "en el pais", "=uruguay", "in norway", "in spain",
                  "in germany", "=sverige", "=danmark")),
)
FACTOR_MIN = 0.5  # how sure the header must be of the partner type
SKIP_SHARE = 0.10  # a "not asked" code covers at least this share of a column's answers
SKIP_CODES = NOT_ASKED_CODES


def level_of(text: str) -> str | None:
    """The location a tick-box header or label names, or None."""
    for level, words in LEVEL_WORDS:
        if any_match(words, text, fuzzy=False):
            return level
    return None


def _factor_of(text: str) -> str | None:
    scores = header_scores(text)
    best = max(FACTORS, key=lambda f: scores.get(f, 0.0))
    return best if scores.get(best, 0.0) >= FACTOR_MIN else None


def propose_grids(columns: list[str], labels: dict[str, str], taken: set[str]
                  ) -> dict[str, LocationGrid]:
    """Factor -> grid for the factors whose tick boxes the headers or labels name at two or more
    levels ("Customers: in the country" / "Customers: abroad"). Columns in ``taken`` are left."""
    found: dict[str, dict[str, list[str]]] = {}
    for col in columns:
        if col in taken:
            continue
        texts = [clean_header(col)] + ([clean_header(labels[col])] if labels.get(col) else [])
        level = next((lv for t in texts if (lv := level_of(t))), None)
        factor = next((f for t in texts if (f := _factor_of(t))), None)
        if level and factor:
            found.setdefault(factor, {}).setdefault(level, []).append(col)
    return {f: LocationGrid(levels={lv: cols for lv in LOCATIONS if (cols := by.get(lv))})
            for f, by in found.items() if len(by) >= 2}


def levels_of(grids: dict[str, LocationGrid]) -> list[str]:
    """The levels the proposed grids ask, in the spec's order."""
    return [lv for lv in LOCATIONS if any(g.levels.get(lv) for g in grids.values())]


def grid_check(grids: dict[str, LocationGrid], not_asked: list[str]) -> str:
    parts = []
    for role, grid in grids.items():
        said = "; ".join(f"{code_name(level)}: {', '.join(cols)}" for level, cols in grid.levels.items())
        parts.append(f"{shown_label(role)} ({said})")
    text = translate("mapping", "The location questions look like grids of tick boxes; they were "
                     "read as {grids}. Check the columns of each level against the "
                     "questionnaire.").format(grids="; ".join(parts))
    if not_asked:
        text += " " + translate("mapping", "No column was found for {items}; they were marked as "
                                "not asked.").format(items=", ".join(shown_label(r)
                                                                      for r in not_asked))
    return text


def yes_no_proposal(answers: dict[str, tuple[str, int]]
                    ) -> tuple[dict[str, list[str]], list[tuple[str, int]]] | None:
    """Answers (key -> (as shown, firms)) that hold just 1 and 2 besides codes such as 999:
    1 = yes, 2 = no, a code covering at least SKIP_SHARE of the answers = not asked (counts as
    no), a rarer one = missing. Returns (code table, the skip codes with their firms) or None."""
    keys = set(answers)
    others = keys - {"1", "2"}
    if not {"1", "2"} <= keys or not others <= SKIP_CODES:
        return None
    total = sum(n for _, n in answers.values()) or 1
    table: dict[str, list[str]] = {"yes": [answers["1"][0]], "no": [answers["2"][0]],
                                   "missing": [], "skipped_means_no": []}
    skipped = []
    for key in sorted(others):
        shown, n = answers[key]
        if n / total >= SKIP_SHARE:
            table["skipped_means_no"].append(shown)
            skipped.append((shown, n))
        else:
            table["missing"].append(shown)
    if not skipped:
        del table["skipped_means_no"]
    return table, skipped


def yes_no_check(columns: list[str], skipped: list[tuple[str, int]]) -> str:
    text = translate("mapping", "The yes/no answers of {columns} are 1 and 2 without labels; 1 "
                     "was taken as yes and 2 as no.").format(columns=", ".join(columns))
    if skipped:
        text += " " + translate("mapping", "{codes} was taken as 'not asked', counted as no (as "
                                "for firms without innovation activity).").format(
            codes=", ".join(f"{shown} ({n:,} firms)".replace(",", " ") for shown, n in skipped))
    return text + " " + translate("mapping", "Check this against the questionnaire.")


def answer_counts(pairs: list[tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """(as shown, firms) pairs keyed by the comparison rule of spec section 2."""
    out: dict[str, tuple[str, int]] = {}
    for shown, n in pairs:
        key = normalize(shown)
        if key is not None:
            prev = out.get(key, (shown, 0))
            out[key] = (prev[0], prev[1] + n)
    return out
