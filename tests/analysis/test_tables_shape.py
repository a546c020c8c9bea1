"""Tables 2-6 of surveys shaped like real CIS surveys (spec 7), written by the test: tick grids of
two and three levels (nearest and farthest), factors not asked, an outcome from several columns,
1/2 codes with 999 for firms not asked, provinces as codes with names. Every expected figure is
worked out here, firm by firm, without the engine."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from clusterdesk.analysis import analyse_raw
from clusterdesk.mapping.model import Codes, LocationGrid, Mapping
from clusterdesk.report.results_json import to_document
from tests.analysis.helpers import raw_table

ASKED = ("customers", "suppliers", "research")
NOT_ASKED = ["competitors", "labour", "capital"]


def survey(n: int, levels: tuple[str, ...], seed: int, rules: dict[str, str]):
    """Firms with a tick grid per factor asked, a two-column product (1/2, 999 = not asked) and a
    province code; also the location of each factor as a person reads the ticks."""
    rng = np.random.default_rng(seed)
    frame: dict[str, object] = {"prov": rng.choice(["11", "46", "3"], n)}
    where: dict[str, list[str | None]] = {}
    lean = rng.uniform(0.1, 0.9, n)  # how local a firm is: ties its factors together
    for f in ASKED:
        ticks = {}
        for j, lv in enumerate(levels):
            p = lean if j == 0 else (1 - lean) * 0.7
            ticks[lv] = rng.uniform(size=n) < p
            frame[f"{f}_{lv}"] = np.where(ticks[lv], "x", np.where(rng.uniform(size=n) < .5,
                                                                   "", "0"))
        order = list(levels) if rules[f] == "nearest" else list(reversed(levels))
        where[f] = [next((lv for lv in order if ticks[lv][i]), None) for i in range(n)]
    inner = np.array([sum(where[f][i] == levels[0] for f in ASKED) for i in range(n)])
    p_yes = 1 / (1 + np.exp(-(-1.2 + 0.5 * inner)))
    goods = np.where(rng.uniform(size=n) < p_yes, "1", "2")
    services = np.where(rng.uniform(size=n) < 0.2, "1", "2")
    skipped = rng.uniform(size=n) < 0.3
    goods = np.where(skipped, "999", goods)
    services = np.where(skipped, "999", services)
    goods = np.where(rng.uniform(size=n) < 0.03, "", goods)
    frame.update({"goods": goods, "services": services})
    return pd.DataFrame(frame), where


def mapping(levels: tuple[str, ...], rules: dict[str, str], region: bool = True) -> Mapping:
    grids = {f: LocationGrid(levels={lv: [f"{f}_{lv}"] for lv in levels}, rule=rules[f])
             for f in ASKED}
    columns = {"region": "prov"} if region else {}
    return Mapping(columns=columns, levels=list(levels), grids=grids, not_asked=list(NOT_ASKED),
                   any_of={"product": ["goods", "services"]},
                   labels={"region": {"11": "Rogaland", "46": "Vestland"}},
                   codes=Codes(yes_no={"yes": ["1"], "no": ["2"], "missing": [],
                                       "skipped_means_no": ["999"]}))


def product_of(frame: pd.DataFrame) -> np.ndarray:
    def part(col):
        return frame[col].map({"1": 1.0, "2": 0.0, "999": 0.0})
    both = pd.concat([part("goods"), part("services")], axis=1)
    return np.where((both == 1).any(axis=1), 1.0, np.where(both.notna().any(axis=1), 0.0, np.nan))


def pct(y: np.ndarray, mask: np.ndarray) -> float | None:
    y = y[mask]
    y = y[~np.isnan(y)]
    return 100 * y.mean() if len(y) else None


RULES = {"customers": "nearest", "suppliers": "farthest", "research": "nearest"}


@pytest.fixture(scope="module")
def two_levels():
    frame, where = survey(900, ("national", "international"), 3, RULES)
    results = analyse_raw(raw_table(frame), mapping(("national", "international"), RULES))
    return frame, where, results


def test_two_levels_t3_has_no_figures_and_one_note(two_levels):
    _, _, results = two_levels
    t3 = results.tables["cluster_extent"]
    assert [r.key for r in t3.rows] == [*ASKED, "average"]
    assert all(v is None for r in t3.rows for v in r.values)
    said = [str(n) for n in t3.notes if "regional level" in n]
    assert said == ["The survey does not ask for a regional level, so the extent of regional "
                    "clusters cannot be measured."]
    assert t3.tests == [] and t3.why == said[0]


def test_two_levels_t4_one_column_per_level(two_levels):
    frame, where, results = two_levels
    y = product_of(frame)
    t4 = results.tables["innovation_by_location"]
    assert [c.key for c in t4.columns] == ["national", "international"]
    for f in ASKED:
        loc = np.array(where[f], dtype=object)
        for lv in ("national", "international"):
            assert t4.value(f, lv) == pytest.approx(pct(y, loc == lv), abs=1e-9), (f, lv)
    for lv in ("national", "international"):
        assert t4.value("average", lv) == pytest.approx(
            np.mean([t4.value(f, lv) for f in ASKED]), abs=1e-9)
    assert any("does not ask about 'Toughest competitors', 'Most qualified employees', "
               "'Access to capital'; the averages and the classes use the 3 factors" in n
               for n in t4.notes)


def test_two_levels_t5_classes_at_the_national_level(two_levels):
    frame, where, results = two_levels
    y = product_of(frame)
    # three factors asked: at least ceil(2) answered; national cluster if >= 2 national;
    # non-national (here: international environment) if <= 1 national
    answered = np.array([sum(where[f][i] is not None for f in ASKED) for i in range(len(frame))])
    national = np.array([sum(where[f][i] == "national" for f in ASKED)
                         for i in range(len(frame))])
    inner = (answered >= 2) & (national >= 2)
    outer = (answered >= 2) & (national <= 1)
    t5 = results.tables["cluster_classification"]
    assert [(c.key, c.label) for c in t5.columns] == [
        ("non_regional", "International environment"), ("regional", "National environment"),
        ("all", "All firms")]
    assert t5.value("product", "regional") == pytest.approx(pct(y, inner), abs=1e-9)
    assert t5.value("product", "non_regional") == pytest.approx(pct(y, outer), abs=1e-9)
    assert t5.value("n", "regional") == inner.sum() and t5.value("n", "non_regional") == \
        outer.sum()
    assert "regional cluster" not in (t5.title + " ".join(c.label for c in t5.columns)).lower()
    document = to_document(results)["tables"]["cluster_classification"]
    assert document["inner_level"] == "national"
    assert document["columns"] == ["non_regional", "regional", "all"]
    assert results.settings.min_answered == 2 and results.settings.nonregional_max == 1


def test_two_levels_t6_one_dummy_against_the_national_environment(two_levels):
    frame, where, results = two_levels
    y = product_of(frame)
    answered = np.array([sum(where[f][i] is not None for f in ASKED) for i in range(len(frame))])
    national = np.array([sum(where[f][i] == "national" for f in ASKED)
                         for i in range(len(frame))])
    keep = (answered >= 2) & ((national >= 2) | (national <= 1)) & ~np.isnan(y)
    x = (national[keep] <= 1).astype(float)  # the international environment dummy
    fit = sm.Logit(y[keep], sm.add_constant(x)).fit(disp=0)
    model = results.regression.models[0]
    assert model.error is None
    assert [t.key for t in model.terms] == ["international", "const"]
    assert model.term("international").coef == pytest.approx(fit.params[1], abs=1e-6)
    assert model.term("international").se == pytest.approx(fit.bse[1], abs=1e-6)
    assert model.n == keep.sum()
    assert any("Baseline: firms in a national environment" in n for n in results.regression.notes)


@pytest.mark.parametrize("rules", [RULES, {f: "farthest" for f in ASKED}])
def test_three_levels_without_region(rules):
    levels = ("regional", "national", "international")
    frame, where = survey(700, levels, 11, rules)
    results = analyse_raw(raw_table(frame), mapping(levels, rules, region=False))
    y = product_of(frame)
    t3 = results.tables["cluster_extent"]
    assert [c.key for c in t3.columns] == ["Total"]
    for f in ASKED:
        loc = np.array(where[f], dtype=object)
        answered = loc != None  # noqa: E711 (element-wise)
        expected = 100 * (loc[answered] == "regional").mean()
        assert t3.value(f, "Total") == pytest.approx(expected, abs=1e-9)
        assert t3.test(f).p is None and "no region" in t3.test(f).note
    t4 = results.tables["innovation_by_location"]
    assert [c.key for c in t4.columns] == list(levels)
    loc = np.array(where["suppliers"], dtype=object)
    assert t4.value("suppliers", "international") == pytest.approx(
        pct(y, loc == "international"), abs=1e-9)
    t5 = results.tables["cluster_classification"]
    assert [c.label for c in t5.columns][:2] == ["Non-regional cluster", "Regional cluster"]
    assert "inner_level" not in to_document(results)["tables"]["cluster_classification"]
    t2 = results.tables["innovation_by_region"]
    assert [r.key for r in t2.rows] == ["Total"]
    assert t2.value("Total", "product") == pytest.approx(100 * np.nanmean(y), abs=1e-9)


def test_provinces_by_their_names():
    levels = ("regional", "national", "international")
    frame, where = survey(400, levels, 5, RULES)
    results = analyse_raw(raw_table(frame), mapping(levels, RULES))
    y = product_of(frame)
    t2 = results.tables["innovation_by_region"]
    # without an order, the names are sorted as names (a code without one keeps its code)
    assert [r.key for r in t2.rows] == ["3", "Rogaland", "Vestland", "Total"]
    for code, name in (("11", "Rogaland"), ("46", "Vestland"), ("3", "3")):
        mask = (frame["prov"] == code).to_numpy()
        assert t2.value(name, "product") == pytest.approx(pct(y, mask), abs=1e-9)
        assert t2.value(name, "n") == mask.sum()
    assert to_document(results)["tables"]["cluster_extent"]["columns"] == [
        "3", "Rogaland", "Vestland", "Total"]


def test_a_total_of_exactly_zero_is_warned_first():
    levels = ("regional", "national", "international")
    frame, _ = survey(200, levels, 8, RULES)
    for lv in ("regional",):  # nobody ticks the regional level of 'research'
        frame[f"research_{lv}"] = ""
    results = analyse_raw(raw_table(frame), mapping(levels, RULES))
    assert results.tables["cluster_extent"].value("research", "Total") == 0.0
    first = results.input.warnings[0]
    assert first.startswith("Table 3: the Total share for 'research_regional', "
                            "'research_national', 'research_international' (Most relevant "
                            "research institutions) is exactly 0 %")
    assert results.input.suspect >= 1


def test_sentences_name_the_level_not_regional_clusters(two_levels):
    from clusterdesk.report.sentences import regression_sentence, sentence

    _, _, results = two_levels
    t5 = results.tables["cluster_classification"]
    for lang in ("en", "nb"):
        text = sentence(t5, lang) or ""
        assert text and "regional" not in text.lower(), text
    assert sentence(t5, "en").startswith("Firms in the national environment and in the "
                                         "international environment ")
    model = results.regression.models[0]
    assert model.baseline == "national"
    said = regression_sentence(model, "en")
    assert said is None or "compared with firms in a national environment" in said
