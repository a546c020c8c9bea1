"""Next year's file: renamed, renumbered and reordered questions, new answer wordings; every
change reported, no role dropped silently."""

from __future__ import annotations

from clusterdesk.mapping.nextyear import adapt
from clusterdesk.mapping.roles import ROLE_BY_KEY
from clusterdesk.mapping.suggest import suggest
from tests.mapping.suggest_helpers import EXPECTED_ROLES, firm_survey, raw_table


def _last_year():
    columns = firm_survey("en", seed=1)
    return suggest(raw_table(columns)).mapping, columns


def test_renamed_renumbered_and_reordered_questions_are_found():
    mapping, old = _last_year()
    new = firm_survey("en", seed=2)
    renames = {"Q7a Most demanding customers": "Q8a Most demanding customers",
               "Q7b Most advanced suppliers": "Q8b The most advanced suppliers",
               "Q10 New or significantly improved products":
                   "Q12 New or significantly improved products?",
               "City region": "City-region"}
    names = list(new)
    names.reverse()  # reordered too
    columns = {renames.get(n, n): new[n] for n in names}
    adapted, report = adapt(mapping, raw_table(columns))
    expected = {role: renames.get(col, col) for role, col in zip(EXPECTED_ROLES, old, strict=True)}
    assert adapted.columns == expected
    for old_name, new_name in renames.items():
        assert any(f"'{old_name}' is not in this file; using '{new_name}'" in line
                   for line in report), report
    assert len(report) == len(renames)
    assert adapted.errors(list(columns)) == []
    assert mapping.columns["customers"] == "Q7a Most demanding customers"  # the saved one is kept


def test_a_role_without_a_lookalike_is_reported_not_dropped_silently():
    mapping, _ = _last_year()
    new = firm_survey("en", seed=2)
    new["Favourite colour"] = new.pop("Q7f Access to capital")
    adapted, report = adapt(mapping, raw_table(new))
    assert "capital" not in adapted.columns
    label = ROLE_BY_KEY["capital"].label
    assert [line for line in report if line.startswith(label)] == [
        f"{label}: column 'Q7f Access to capital' is not in this file and no column resembles "
        "it. It is required: choose it by hand."]


def test_new_answers_take_the_code_of_a_similar_one_or_are_reported():
    mapping, _ = _last_year()
    new = firm_survey("en", seed=2)
    customers = new["Q7a Most demanding customers"]
    customers[:3] = ["Within our regions"] * 3  # a typo of a coded answer
    customers[3:5] = ["Outside Norway"] * 2  # new wording the assistant can read
    customers[5:6] = ["On the moon"]  # neither
    new["Q10 New or significantly improved products"][:2] = ["Yes!", "Yes!"]
    adapted, report = adapt(mapping, raw_table(new))
    loc = adapted.codes.location
    assert "Within our regions" in loc["regional"]
    assert "Outside Norway" in loc["international"]
    assert not any("On the moon" in v for vals in loc.values() for v in vals)
    assert "Yes!" in adapted.codes.yes_no["yes"]
    assert "New location answer 'Within our regions' coded as regional (it is like 'Within our " \
           "region')." in report
    assert any(line.startswith("New location answer 'On the moon' (1 firms in 'Q7a Most "
                               "demanding customers') is not coded") for line in report)
    assert "Outside Norway" not in mapping.codes.location["international"]


def test_new_categories_are_added_to_the_order_and_reported():
    mapping, _ = _last_year()
    new = firm_survey("en", seed=2)
    new["City region"][:2] = ["Kristiansand", "Kristiansand"]
    new["Education of the CEO"][:2] = ["PhD", "Bachelors"]
    new["Ownership"][:1] = ["Majority foreign"]
    adapted, report = adapt(mapping, raw_table(new))
    assert adapted.order["region"][-1] == "Kristiansand"
    edu = adapted.codes.manager_education
    assert edu.index("Bachelors") == edu.index("Bachelor") + 1
    assert edu[-1] == "PhD"
    assert any("Kristiansand" in line for line in report)
    assert "Majority foreign" in adapted.codes.foreign
    assert "Ownership: new answer 'Majority foreign' counted as foreign." in report


def test_an_unchanged_file_reports_nothing():
    mapping, old = _last_year()
    adapted, report = adapt(mapping, raw_table(old))
    assert report == []
    assert adapted.columns == mapping.columns
