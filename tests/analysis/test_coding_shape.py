"""Coding the survey shapes of spec section 7: tick grids (nearest / farthest), the ticked rule,
outcomes from several columns, skip codes counted as no, names for codes, codes that cannot be
right. Every expected value is worked out firm by firm in plain Python."""

import numpy as np
import pandas as pd
import pytest

from clusterdesk.analysis.coding import code
from clusterdesk.mapping.model import Codes, LocationGrid, Mapping
from tests.analysis.helpers import raw_table

LEVELS3 = ("regional", "national", "international")


def _tick_grid(rng, n, levels, styles):
    """One factor asked as two partner types x levels of tick boxes, in mixed tick styles."""
    cols = {}
    ticks = {}
    for partner in ("a", "b"):
        for j, lv in enumerate(levels):
            on = rng.uniform(size=n) < 0.35
            style = styles[(j + len(partner)) % len(styles)]
            cells = [style(j) if t else rng.choice(["", "0", None]) for t in on]
            cols[f"{partner}_{lv[:3]}"] = cells
            ticks[f"{partner}_{lv[:3]}"] = on
    return cols, ticks


STYLES = (lambda j: "1", lambda j: "x", lambda j: str(j + 2), lambda j: "Yes ")


@pytest.mark.parametrize("levels", [LEVELS3, ("national", "international")])
@pytest.mark.parametrize("rule", ["nearest", "farthest"])
def test_tick_grid_takes_the_nearest_or_farthest_ticked_level(levels, rule):
    rng = np.random.default_rng(len(levels) * 10 + len(rule))
    n = 300
    cols, ticks = _tick_grid(rng, n, levels, STYLES)
    cols["prod"] = rng.choice(["1", "2"], n)
    grid = LocationGrid(levels={lv: [f"a_{lv[:3]}", f"b_{lv[:3]}"] for lv in levels}, rule=rule)
    m = Mapping(levels=list(levels), grids={"customers": grid}, columns={"product": "prod"},
                not_asked=["suppliers", "competitors", "labour", "research", "capital"],
                codes=Codes(yes_no={"yes": ["1"], "no": ["2"], "missing": []}))
    survey = code(raw_table(pd.DataFrame(cols)), m)
    order = list(levels) if rule == "nearest" else list(reversed(levels))
    expected = []
    for i in range(n):
        hit = [lv for lv in order if ticks[f"a_{lv[:3]}"][i] or ticks[f"b_{lv[:3]}"][i]]
        expected.append(hit[0] if hit else None)
    got = [None if pd.isna(v) else v for v in survey.data["customers"]]
    assert got == expected
    assert None in expected and len(set(expected)) == len(levels) + 1  # every case occurs
    assert survey.levels == list(levels) and survey.factors == ["customers"]
    assert not survey.has_region


def test_ticked_list_wins_over_the_not_ticked_default():
    frame = pd.DataFrame({"c_reg": ["x", "1", "", "ja", None, "0"],
                          "c_nat": ["", "x", "x", "", "nei", "x"],
                          "prod": ["1", "1", "2", "2", "1", "2"]})
    grid = LocationGrid(levels={"regional": ["c_reg"], "national": ["c_nat"]})
    m = Mapping(grids={"customers": grid}, columns={"product": "prod"},
                codes=Codes(yes_no={"yes": ["1"], "no": ["2"], "missing": []}))
    got = [None if pd.isna(v) else v for v in code(raw_table(frame), m).data["customers"]]
    # default: any non-blank cell not in 0/no/nei/nein/false is a tick ("ja" and "1" and "x")
    assert got == ["regional", "regional", "national", "regional", None, "national"]
    m.codes.ticked = ["x"]
    got = [None if pd.isna(v) else v for v in code(raw_table(frame), m).data["customers"]]
    assert got == ["regional", "national", "national", None, None, "national"]


def test_any_of_and_skip_codes_and_the_radical_rule():
    rng = np.random.default_rng(7)
    n = 400
    goods = rng.choice(["1", "2", "999", "", "Ns/Nc"], n, p=[0.2, 0.3, 0.35, 0.1, 0.05])
    services = rng.choice(["1", "2", "999", ""], n, p=[0.15, 0.35, 0.35, 0.15])
    novel = rng.choice(["1", "2", "", "888"], n)
    frame = pd.DataFrame({"goods": goods, "services": services, "novel": novel,
                          "R": rng.choice(["1", "2"], n)})
    m = Mapping(columns={"product_new_to_market": "novel", "region": "R"},
                any_of={"product": ["goods", "services"]},
                not_asked=["customers", "suppliers", "competitors", "labour", "research",
                           "capital"],
                codes=Codes(yes_no={"yes": ["1"], "no": ["2"], "missing": ["Ns/Nc"],
                                    "skipped_means_no": ["999"]},
                            by_role={"product_new_to_market": {"skipped_means_no": ["888"]}}))
    survey = code(raw_table(frame), m)

    def yn(cell, skip):
        return {"1": 1.0, "2": 0.0}.get(cell, 0.0 if cell in skip else None)

    expected_product, expected_novel = [], []
    for g, s, v in zip(goods, services, novel, strict=True):
        parts = [yn(g, {"999"}), yn(s, {"999"})]
        answered = [p for p in parts if p is not None]
        p = 1.0 if 1.0 in answered else (0.0 if answered else None)
        r = yn(v, {"888", "999"})
        expected_product.append(p)
        expected_novel.append(0.0 if p == 0.0 else r)
    got = [None if np.isnan(x) else x for x in survey.data["product"]]
    assert got == expected_product
    got = [None if np.isnan(x) else x for x in survey.data["product_new_to_market"]]
    assert got == expected_novel
    n_goods, n_serv, n_novel = ((goods == "999").sum(), (services == "999").sum(),
                                (novel == "888").sum())
    warnings = survey.report.warnings
    assert f"{n_goods:,} firms not asked goods (999) counted as non-innovators." in warnings
    assert f"{n_serv:,} firms not asked services (999) counted as non-innovators." in warnings
    assert f"{n_novel:,} firms not asked novel (888) counted as non-innovators." in warnings
    assert survey.report.skipped == {"product": {"goods": n_goods, "services": n_serv},
                                     "product_new_to_market": {"novel": n_novel}}


def test_names_for_codes_are_shown_and_are_the_keys():
    frame = pd.DataFrame({"prov": ["46", "11", "46", "3", "11.0", None],
                          "prod": ["1", "2", "1", "1", "2", "2"]})
    m = Mapping(columns={"region": "prov", "product": "prod"},
                labels={"region": {"46": "Vestland", "11": "Rogaland"}},
                order={"region": ["Rogaland", "46"]},
                not_asked=["customers", "suppliers", "competitors", "labour", "research",
                           "capital"],
                codes=Codes(yes_no={"yes": ["1"], "no": ["2"], "missing": []}))
    region = code(raw_table(frame), m).data["region"]
    assert list(region.cat.categories) == ["Rogaland", "Vestland", "3"]
    assert [None if pd.isna(v) else v for v in region] == [
        "Vestland", "Rogaland", "Vestland", "3", "Rogaland", None]


def test_one_code_for_almost_every_firm_is_warned_first():
    # 1/2 coded yes/no with the default codes: 2 is not a code, so every answered firm is 'yes'
    frame = pd.DataFrame({"E1": ["2"] * 221 + ["1"] * 19 + [""] * 3,
                          "P": ["1", "0"] * 120 + ["1", "1", "0"]})
    m = Mapping(columns={"product": "E1", "process": "P"},
                not_asked=["customers", "suppliers", "competitors", "labour", "research",
                           "capital"])
    survey = code(raw_table(frame), m)
    assert survey.report.suspect == [
        "100.0 % of the firms that answered 'E1' (New or significantly improved products) are "
        "coded 'yes', which cannot be right for an innovation question. Its answers: 2 x 221, "
        "1 x 19; is 2 'no'?"]
    # with 2 coded no the shares are plausible and nothing is said (P: 1/0 all along)
    m.codes.yes_no["no"].append("2")
    assert code(raw_table(frame), m).report.suspect == []


def test_a_level_asked_that_no_answer_has_is_warned():
    frame = pd.DataFrame({"c_nat": ["x", "", "x"], "c_int": ["", "x", "x"],
                          "prod": ["1", "2", "1"]})
    grid = LocationGrid(levels={"national": ["c_nat"], "international": ["c_int"]})
    m = Mapping(grids={"customers": grid}, columns={"product": "prod"},
                not_asked=["suppliers", "competitors", "labour", "research", "capital"],
                codes=Codes(yes_no={"yes": ["1"], "no": ["2"], "missing": []}))
    suspect = code(raw_table(frame), m).report.suspect
    assert len(suspect) == 1 and "coded regional, although the mapping says" in suspect[0]
    m.levels = ["national", "international"]
    assert code(raw_table(frame), m).report.suspect == []
