"""The schema of mapping format 2 (spec section 7): tick grids, several columns, factors not asked,
levels, labels, tick codes and the weighted-model switch, each wrong shape refused by key."""

from __future__ import annotations

import copy

import pytest

from clusterdesk.errors import UserError
from clusterdesk.mapping.schema import check_mapping, factors_asked

ORIGIN = "The mapping file 'cis.clusterdesk.json'"
VALID = {
    "format": "clusterdesk-mapping", "version": 2,
    "levels": ["national", "international"],
    "columns": {
        "region": "fylke",
        "customers": {"grid": {"national": ["co_2_1"], "international": ["co_3_1", "co_4_1"]},
                      "rule": "nearest", "question": "Co-operation partners: customers"},
        "suppliers": {"grid": {"national": ["co_2_2"], "international": ["co_3_2"]},
                      "rule": "farthest"},
        "competitors": {"not_asked": True},
        "labour": {"not_asked": True},
        "research": "Q9e",
        "capital": "Q9f",
        "product": {"any_of": ["iii_1_a", "iii_1_b"]},
        "weight": None,
    },
    "labels": {"region": {"46": "Vestland", "11": "Rogaland"}},
    "codes": {"ticked": ["1", "x"], "not_ticked": [0, "nei"],
              "yes_no": {"yes": ["1"], "no": ["2"], "skipped_means_no": [999]},
              "by_role": {"product": {"skipped_means_no": ["999"]}}},
    "settings": {"min_answered": 3, "regional_min": 3, "nonregional_max": 1,
                 "weighted_model": False},
}


def test_a_valid_format_2_mapping_passes():
    check_mapping(copy.deepcopy(VALID), ORIGIN)
    assert factors_asked(VALID["columns"]) == 4


def _edited(path: str, value: object) -> dict:
    doc = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    node = doc
    for key in parents:
        node = node[key]
    node[last] = value
    return doc


@pytest.mark.parametrize(("path", "value", "key", "expected"), [
    ("columns.customers.grid", ["co_2_1"], "columns.customers.grid", "object"),
    ("columns.customers.grid", {"local": ["co_1_1"]}, "columns.customers.grid", "levels"),
    ("columns.customers.grid", {"national": "co_2_1"}, "columns.customers.grid.national",
     "list of column names"),
    ("columns.customers.grid", {"national": [2]}, "columns.customers.grid.national.0",
     "column name"),
    ("columns.customers.grid", {"national": []}, "columns.customers.grid", "at least one"),
    ("columns.customers.rule", "closest", "columns.customers.rule", '"nearest"'),
    ("columns.customers.question", ["a"], "columns.customers.question", "text"),
    ("columns.competitors", {"not_asked": "yes"}, "columns.competitors.not_asked",
     "true or false"),
    ("columns.competitors", {"not_asked": False}, "columns.competitors", "not_asked"),
    ("columns.product", {"any_of": []}, "columns.product.any_of", "at least 1"),
    ("columns.product", {"any_of": "iii_1_a"}, "columns.product.any_of", "at least 1"),
    ("columns.product", {"grid": {"national": ["x"]}}, "columns.product", "location roles"),
    ("columns.research", {"any_of": ["Q9e"]}, "columns.research.any_of", "yes/no roles"),
    ("columns.region", {"grid": {"national": ["x"]}}, "columns.region", "column name"),
    ("columns.suppliers.grid", {"national": ["co_2_2"], "international": ["co_2_2"]},
     "columns.suppliers.grid", "one level only"),
    ("columns.capital", "co_3_1", "columns.capital", "one role only"),
    ("levels", [], "levels", '"national"'),
    ("levels", ["national", "national"], "levels", "at most once"),
    ("levels", "national", "levels", '"international"'),
    ("labels", {"customers": {"1": "x"}}, "labels.customers", "category role"),
    ("labels.region", {"46": 46}, "labels.region.46", "text"),
    ("codes.ticked", "x", "codes.ticked", "list of answers"),
    ("codes.not_ticked", [None], "codes.not_ticked.0", "answer"),
    ("codes.yes_no.skipped_means_no", 999, "codes.yes_no.skipped_means_no", "list"),
    ("codes.by_role.product.skipped_means_no", "999",
     "codes.by_role.product.skipped_means_no", "list"),
    ("settings.weighted_model", "true", "settings.weighted_model", "true or false"),
    ("settings.regional_min", 5, "settings.regional_min", "4 location factors"),
    ("settings.min_answered", 0, "settings.min_answered", "from 1 to 4"),
])
def test_wrong_format_2_shape_is_refused_by_key(path, value, key, expected):
    with pytest.raises(UserError) as info:
        check_mapping(_edited(path, value), ORIGIN)
    message = str(info.value)
    assert message.startswith(ORIGIN) and f"'{key}'" in message and expected in message, message


def test_version_1_keeps_columns_as_names():
    doc = copy.deepcopy(VALID)
    doc["version"] = 1
    with pytest.raises(UserError, match=r"'columns\.customers'.*\"version\": 2"):
        check_mapping(doc, ORIGIN)
