"""The mapping file of spec section 4: written, read back, and validated in plain words."""

import json

import pytest

from clusterdesk.errors import UserError
from clusterdesk.mapping import fileformat

SPEC_EXAMPLE = {
    "format": "clusterdesk-mapping",
    "version": 1,
    "source": {"sheet": "Data", "header_row": 1, "header_rows": 1},
    "columns": {"region": "Region", "customers": "Q7a Most demanding customers", "product": "Q10"},
    "codes": {
        "location": {"regional": ["In the region"], "national": ["Elsewhere in Norway"],
                     "international": ["Abroad"], "missing": ["Don't know"]},
        "yes_no": {"yes": ["Yes", "1"], "no": ["No", "0"], "missing": ["Don't know"]},
        "foreign": ["Partly foreign", "Fully foreign"],
        "manager_education": ["Primary", "Secondary", "Bachelor", "Master or higher"],
        "by_role": {"research": {"regional": ["NTNU/SINTEF"]}},
    },
    "order": {"region": ["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"]},
    "settings": {"min_answered": 4, "regional_min": 4, "nonregional_max": 2,
                 "table4_outcome": "product", "model": "logit",
                 "regression_outcomes": ["product", "product_new_to_market"]},
    "an_unknown_key": {"is": "ignored"},
}


def test_spec_example_round_trips(tmp_path):
    src = tmp_path / "m.clusterdesk.json"
    src.write_text(json.dumps(SPEC_EXAMPLE), encoding="utf-8")
    m = fileformat.load(src)
    assert m.source.sheet == "Data"
    assert m.columns["customers"] == "Q7a Most demanding customers"
    assert m.codes.table_for("research")["regional"] == ["In the region", "NTNU/SINTEF"]
    assert m.codes.table_for("customers")["regional"] == ["In the region"]
    assert m.codes.foreign == ["Partly foreign", "Fully foreign"]
    out = tmp_path / "again.clusterdesk.json"
    fileformat.save(m, out)
    again = fileformat.load(out)
    assert again == m
    assert json.loads(out.read_text())["order"]["region"][0] == "Oslo"


def test_missing_keys_take_defaults(tmp_path):
    p = tmp_path / "m.json"
    p.write_text('{"format": "clusterdesk-mapping", "version": 1, "columns": {"region": "R"}}')
    m = fileformat.load(p)
    assert m.settings.min_answered == 4 and m.settings.model == "logit"
    assert m.source.header_rows == 1 and m.source.header_row is None


def test_validation_names_each_problem():
    m = fileformat.from_dict(SPEC_EXAMPLE)
    m.columns["colour"] = "Favourite colour"
    m.codes.location["national"].append("  in THE   region ")
    messages = " | ".join(m.errors(file_columns=["Region", "Q10"]))
    assert "unknown role 'colour'" in messages
    assert "'Advanced suppliers' (suppliers)" in messages  # a required role not mapped
    assert "column 'Q7a Most demanding customers'" in messages  # not in the file
    assert "coded twice" in messages and "'regional' and as 'national'" in messages


@pytest.mark.parametrize("text, expected", [
    ("{not json", "is not valid JSON (line 1"),
    ('{"format": "something-else"}', "is not a ClusterDesk mapping file"),
    ('{"format": "clusterdesk-mapping", "version": 7}', "newer ClusterDesk"),
])
def test_bad_files_get_plain_messages(tmp_path, text, expected):
    p = tmp_path / "bad.clusterdesk.json"
    p.write_text(text)
    with pytest.raises(UserError, match="bad.clusterdesk.json") as info:
        fileformat.load(p)
    assert expected in str(info.value)


def test_wrong_file_gets_one_summary_not_a_wall_of_messages():
    m = fileformat.from_dict(SPEC_EXAMPLE)
    m.columns.update({"suppliers": "Q7b", "competitors": "Q7c", "labour": "Q7d"})
    errors = [e for e in m.errors(file_columns=["Something", "Else"]) if "columns the" in e]
    assert errors == ["The file has none of the 6 columns the mapping uses ('Region', "
                      "'Q7a Most demanding customers', 'Q10' and 3 more are missing). Check that "
                      "this is the right file and sheet, or map the columns again."]


def test_weighted_model_false_is_written_and_read_back_the_default_is_not_written(tmp_path):
    p = tmp_path / "m.clusterdesk.json"
    p.write_text(json.dumps({**SPEC_EXAMPLE, "settings": {"weighted_model": False}}),
                 encoding="utf-8")
    m = fileformat.load(p)
    assert m.settings.weighted_model is False
    out = tmp_path / "again.clusterdesk.json"
    fileformat.save(m, out)
    assert json.loads(out.read_text(encoding="utf-8"))["settings"]["weighted_model"] is False
    assert fileformat.load(out).settings.weighted_model is False
    m.settings.weighted_model = True
    fileformat.save(m, out)
    assert "weighted_model" not in json.loads(out.read_text(encoding="utf-8"))["settings"]
    assert fileformat.load(out).settings.weighted_model is True
