"""One column chosen for two roles is refused by the mapping's own check (the wizard and the
command line share it), naming the column and both roles."""

from clusterdesk.mapping.model import Mapping
from clusterdesk.mapping.roles import FACTORS


def _mapping(**columns: str) -> Mapping:
    base = {"region": "Region", "product": "Q10", **{f: f"Q7 {f}" for f in FACTORS}}
    base.update(columns)
    return Mapping(columns=base)


def test_a_column_for_two_roles_is_an_error_naming_both():
    problems = [p for p in _mapping(suppliers="Q7 customers").validate() if p.level == "error"]
    assert len(problems) == 1
    text = problems[0].message
    assert "'Q7 customers'" in text and "Demanding customers" in text
    assert "Advanced suppliers" in text and problems[0].role == "suppliers"


def test_spelling_variants_of_one_column_count_as_one():
    problems = _mapping(process=" q10 ").validate()
    assert [p.role for p in problems if p.level == "error"] == ["process"]


def test_distinct_columns_pass():
    assert not [p for p in _mapping(process="Q11").validate() if p.level == "error"]
