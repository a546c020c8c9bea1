"""Mapping format 2 (spec section 7): tick grids, levels, factors not asked, outcomes from several
columns, skip codes and names for codes; written, read back and checked in plain words."""

import json

import pytest

from clusterdesk.errors import UserError
from clusterdesk.mapping import fileformat
from clusterdesk.mapping.model import LocationGrid, Mapping

FORMAT_2 = {
    "format": "clusterdesk-mapping",
    "version": 2,
    "source": {"encoding": "latin-1"},
    "levels": ["national", "international"],
    "columns": {
        "region": "dpto",
        "customers": {"grid": {"national": ["c1_nat", "c2_nat"], "international": ["c1_int"]},
                      "rule": "farthest", "question": "Co-operation partners: clients"},
        "suppliers": {"grid": {"national": ["s_nat"], "international": ["s_int"]}},
        "competitors": {"column": "comp", "question": "Where are your competitors?"},
        "labour": {"not_asked": True},
        "research": {"not_asked": True},
        "capital": {"not_asked": True},
        "product": {"any_of": ["goods", "services"]},
        "process": "proc",
        "weight": "w",
    },
    "codes": {
        "location": {"national": ["Uruguay"], "international": ["Abroad"]},
        "yes_no": {"yes": [1], "no": [2], "skipped_means_no": [999]},
        "ticked": ["1", "x"],
        "by_role": {"process": {"skipped_means_no": ["998"]}},
    },
    "labels": {"region": {"1": "Montevideo", "2": "Canelones"}},
    "settings": {"model": "probit"},
}


def test_format_2_reads_every_form(tmp_path):
    p = tmp_path / "uy.clusterdesk.json"
    p.write_text(json.dumps(FORMAT_2), encoding="utf-8")
    m = fileformat.load(p)
    assert m.levels == ["national", "international"]
    assert m.grids["customers"] == LocationGrid(
        levels={"national": ["c1_nat", "c2_nat"], "international": ["c1_int"]}, rule="farthest")
    assert m.grids["suppliers"].rule == "nearest"
    assert m.columns["competitors"] == "comp" and m.columns["region"] == "dpto"
    assert m.questions == {"customers": "Co-operation partners: clients",
                           "competitors": "Where are your competitors?"}
    assert m.not_asked == ["labour", "research", "capital"]
    assert m.any_of == {"product": ["goods", "services"]}
    assert m.codes.yes_no == {"yes": ["1"], "no": ["2"], "missing": [], "skipped_means_no": ["999"]}
    assert m.codes.table_for("process")["skipped_means_no"] == ["999", "998"]
    assert m.codes.ticked == ["1", "x"]
    assert m.codes.not_ticked == ["0", "no", "nei", "nein", "false"]
    assert m.labels == {"region": {"1": "Montevideo", "2": "Canelones"}}
    assert m.source_columns("customers") == ["c1_nat", "c2_nat", "c1_int"]
    assert m.source_columns("product") == ["goods", "services"]
    assert m.source_columns("labour") == [] and m.source_columns("process") == ["proc"]
    assert m.factors_asked() == ["customers", "suppliers", "competitors"]
    # three factors asked: thresholds ceil(2), ceil(2), floor(1) as the mapping gives none
    s = m.effective_settings()
    assert (s.min_answered, s.regional_min, s.nonregional_max) == (2, 2, 1)
    assert m.errors([*"dpto c1_nat c2_nat c1_int s_nat s_int comp goods services proc w".split()]) \
        == []


def test_format_2_round_trips_and_stays_version_2(tmp_path):
    m = fileformat.from_dict(FORMAT_2)
    out = tmp_path / "again.clusterdesk.json"
    fileformat.save(m, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["version"] == 2
    assert written["columns"]["labour"] == {"not_asked": True}
    assert written["columns"]["customers"]["question"] == "Co-operation partners: clients"
    assert written["columns"]["competitors"] == {"column": "comp",
                                                 "question": "Where are your competitors?"}
    assert "min_answered" not in written["settings"]  # they follow the factors asked
    again = fileformat.load(out)
    assert again == m
    assert again.effective_settings() == m.effective_settings()


def test_thresholds_given_in_the_mapping_win():
    doc = json.loads(json.dumps(FORMAT_2))
    doc["settings"] = {"min_answered": 3, "regional_min": 3, "nonregional_max": 0}
    m = fileformat.from_dict(doc)
    s = m.effective_settings()
    assert (s.min_answered, s.regional_min, s.nonregional_max) == (3, 3, 0)
    assert fileformat.to_dict(m)["settings"]["regional_min"] == 3
    doc["settings"] = {"min_answered": 4}  # more than the three factors asked
    with pytest.raises(UserError, match="1 to 3"):  # the file's check refuses it at once
        fileformat.from_dict(doc)


def test_thresholds_scale_with_every_number_of_factors():
    expected = {1: (1, 1, 0), 2: (2, 2, 0), 3: (2, 2, 1), 4: (3, 3, 1), 5: (4, 4, 1), 6: (4, 4, 2)}
    for k, want in expected.items():
        m = Mapping(not_asked=["customers", "suppliers", "competitors", "labour", "research",
                               "capital"][k:])
        m.columns.update({f: f for f in ["customers", "suppliers", "competitors", "labour",
                                         "research", "capital"][:k]})
        s = m.effective_settings()
        assert (s.min_answered, s.regional_min, s.nonregional_max) == want, k


def test_version_1_is_written_when_nothing_needs_2(tmp_path):
    m = Mapping(columns={"region": "R", "customers": "C", "product": "P"})
    doc = fileformat.to_dict(m)
    assert doc["version"] == 1
    assert set(doc) == {"format", "version", "source", "columns", "codes", "order", "settings"}
    assert doc["columns"] == {"region": "R", "customers": "C", "product": "P"}
    assert "ticked" not in doc["codes"] and "not_ticked" not in doc["codes"]
    assert "skipped_means_no" not in doc["codes"]["yes_no"]
    assert doc["settings"]["min_answered"] == 4
    m.codes.yes_no["skipped_means_no"] = ["999"]
    assert fileformat.to_dict(m)["version"] == 2


def test_a_version_1_file_means_what_it_meant():
    doc = {"format": "clusterdesk-mapping", "version": 1,
           "columns": {"region": "R", "customers": "C", "product": "P"}}
    m = fileformat.from_dict(doc)
    assert m.levels == ["regional", "national", "international"]
    assert not (m.grids or m.any_of or m.not_asked or m.labels)
    s = m.effective_settings()
    assert (s.min_answered, s.regional_min, s.nonregional_max) == (4, 4, 2)
    assert not m.needs_version_2()


def test_shape_problems_are_named():
    m = fileformat.from_dict(FORMAT_2)
    m.grids["customers"].levels["international"].append("c1_nat")
    m.grids["suppliers"].levels["regional"] = ["s_reg"]
    m.any_of["sector"] = ["a", "b"]
    m.not_asked.append("product_new_to_market")
    m.columns["labour"] = "lab"
    m.labels["employees"] = {"1": "one"}
    m.grids["research"] = LocationGrid(levels={"national": ["r"]}, rule="closest")
    m.not_asked.remove("research")
    text = " | ".join(m.errors("dpto c1_nat c2_nat c1_int s_int comp goods services proc w lab r s_reg"
                               " a b".split()))
    assert "Column 'c1_nat' is in the grid of 'Demanding customers' at two levels" in text
    assert "lists columns for the regional level, which the survey does not ask" in text
    assert "Only a yes/no role can be read from several columns, not 'sector'" in text
    assert "Only a location factor can be marked as not asked" in text
    assert "'Most qualified employees' is given in two ways" in text
    assert "Names for codes can be given for" in text
    assert "rule 'closest'" in text
    assert "column 's_nat'" in text  # grid columns absent from the file are named too


def test_required_roles_are_met_by_grids_any_of_and_not_asked():
    m = Mapping(grids={"customers": LocationGrid(levels={"regional": ["a"]})},
                not_asked=["suppliers", "competitors", "labour", "research", "capital"],
                any_of={"product": ["p1", "p2"]})
    assert m.errors() == []  # region is optional too
    m = Mapping(not_asked=["customers", "suppliers", "competitors", "labour", "research",
                           "capital"], columns={"product": "p"})
    problems = m.validate()
    assert [p.level for p in problems] == ["warning"]
    assert "Tables 3 to 6 cannot be made" in problems[0].message
    m = Mapping(levels=["national", "national"], columns={"product": "p"},
                not_asked=["customers", "suppliers", "competitors", "labour", "research",
                           "capital"])
    assert any("each once" in e for e in m.errors())
