"""Hand-edited mapping files with a wrong type or range in one key: `clusterdesk report` refuses
in one line naming the mapping file and the key, never the survey and never --adapt (which cannot
help a mapping that is wrong by itself)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pandas as pd
import pytest

from clusterdesk.cli import main
from clusterdesk.mapping.roles import FACTORS
from clusterdesk.paths import demo_mapping, demo_survey

DEMO = json.loads(demo_mapping().read_text(encoding="utf-8"))
CUSTOMERS = DEMO["columns"]["customers"]


def _set(path: str, value: object):
    """An edit that puts ``value`` at the dotted ``path`` of the demo mapping."""
    def edit(doc: dict) -> None:
        *parents, last = path.split(".")
        node = doc
        for key in parents:
            node = node.setdefault(key, {})
        node[last] = value
    return edit


# (edit, the key the refusal must name, a word of what is expected or why)
CASES = [
    (_set("columns", []), "'columns'", "object"),
    (_set("columns.region", ["Q1 City region"]), "'columns.region'", "column name"),
    (_set("columns.region", 5), "'columns.region'", "column name"),
    (_set("columns.suppliers", CUSTOMERS), "'columns.suppliers'", "one role only"),
    (_set("columns.customers", {"grid": {"regional": [CUSTOMERS]}}), "'columns.customers'",
     '"version": 2'),
    (_set("codes", []), "'codes'", "object"),
    (_set("codes.location", ["In the region"]), "'codes.location'", "object"),
    (_set("codes.location.regional", "In the region"), "'codes.location.regional'", "list"),
    (_set("codes.location.nearby", ["Close"]), "'codes.location'", "'nearby'"),
    (_set("codes.yes_no.yes", {"Yes": 1}), "'codes.yes_no.yes'", "list"),
    (_set("codes.yes_no.yes", [["Yes"]]), "'codes.yes_no.yes.0'", "answer"),
    (_set("codes.yes_no.maybe", ["Perhaps"]), "'codes.yes_no'", "'maybe'"),
    (_set("codes.foreign", "Fully foreign"), "'codes.foreign'", "list"),
    (_set("codes.manager_education", {"Primary": 0}), "'codes.manager_education'", "list"),
    (_set("codes.by_role", []), "'codes.by_role'", "object"),
    (_set("codes.by_role.region", {"regional": ["Oslo"]}), "'codes.by_role'", "'region'"),
    (_set("order", ["Oslo"]), "'order'", "object"),
    (_set("order.region", "Oslo"), "'order.region'", "list"),
    (_set("settings", [4, 4, 2]), "'settings'", "object"),
    (_set("settings.min_answered", "4"), "'settings.min_answered'", "whole number"),
    (_set("settings.min_answered", True), "'settings.min_answered'", "whole number"),
    (_set("settings.min_answered", 4.5), "'settings.min_answered'", "whole number"),
    (_set("settings.regional_min", 9), "'settings.regional_min'", "6 location factors"),
    (_set("settings.nonregional_max", "one"), "'settings.nonregional_max'", "whole number"),
    (_set("settings.nonregional_max", 4), "'settings.nonregional_max'", "at once"),
    (_set("settings.model", "ols"), "'settings.model'", '"logit"'),
    (_set("settings.se", 1), "'settings.se'", '"robust"'),
    (_set("settings.table4_outcome", ["product"]), "'settings.table4_outcome'", '"product"'),
    (_set("settings.regression_outcomes", "product"), "'settings.regression_outcomes'",
     '"product"'),
    (_set("settings.controls", ["age"]), "'settings.controls'", '"log_employees"'),
    (_set("settings.weighted_model", "yes"), "'settings.weighted_model'", "true or false"),
    (_set("source", "Data"), "'source'", "object"),
    (_set("source.header_row", "one"), "'source.header_row'", "whole number"),
    (_set("source.header_row", 0), "'source.header_row'", "at least 1"),
    (_set("source.header_rows", 2.5), "'source.header_rows'", "whole number"),
    (_set("source.sheet", [0]), "'source.sheet'", "sheet"),
    (_set("source.sheet", -1), "'source.sheet'", "sheet"),
    (_set("source.encoding", "utf-9"), "'source.encoding'", "encoding"),
    (_set("source.delimiter", ";;"), "'source.delimiter'", "one character"),
    (_set("labels.region", ["Oslo"]), "'labels.region'", "object"),
    (_set("levels", ["local"]), "'levels'", '"regional"'),
    (_set("columns.colour", "Favourite colour"), "'colour'", "unknown role"),
]


@pytest.mark.parametrize(("edit", "key", "expected"), CASES,
                         ids=[f"{c[1].strip(chr(39))}-{i}" for i, c in enumerate(CASES)])
def test_wrong_type_or_range_is_one_line_naming_file_and_key(tmp_path, capsys, edit, key,
                                                            expected):
    doc = copy.deepcopy(DEMO)
    edit(doc)
    mapping = tmp_path / "hand-edited.clusterdesk.json"
    mapping.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    out = tmp_path / "report.xlsx"
    code = main(["report", str(demo_survey()), "--mapping", str(mapping), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert "hand-edited.clusterdesk.json" in line and key in line and expected in line, line
    assert "--adapt" not in line and demo_survey().name not in line, line
    assert "internal error" not in line and not out.exists()


def test_refusal_through_the_real_command(tmp_path):
    """The same in a process of its own: stderr holds the one line and nothing else."""
    doc = copy.deepcopy(DEMO)
    doc["settings"]["regional_min"] = "4"
    mapping = tmp_path / "m.clusterdesk.json"
    mapping.write_text(json.dumps(doc), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "clusterdesk", "report", str(demo_survey()),
                           "--mapping", str(mapping), "--json", str(tmp_path / "r.json")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "m.clusterdesk.json" in done.stderr and "'settings.regional_min'" in done.stderr


def test_absent_columns_still_suggest_adapt(tmp_path, capsys):
    """Only columns the survey lacks are worth --adapt: the survey is named and the option said."""
    doc = copy.deepcopy(DEMO)
    doc["columns"]["research"] = "Q99 research"
    mapping = tmp_path / "m.clusterdesk.json"
    mapping.write_text(json.dumps(doc), encoding="utf-8")
    code = main(["report", str(demo_survey()), "--mapping", str(mapping),
                 "--json", str(tmp_path / "r.json")])
    line = capsys.readouterr().err.strip()
    assert code == 2 and "\n" not in line
    assert demo_survey().name in line and "Q99 research" in line and "--adapt" in line


def test_a_valid_hand_edit_still_runs(tmp_path, capsys):
    """Thresholds inside the range and a changed model pass the schema and give a report."""
    doc = copy.deepcopy(DEMO)
    doc["settings"].update(regional_min=5, nonregional_max=1, model="probit")
    mapping = tmp_path / "m.clusterdesk.json"
    mapping.write_text(json.dumps(doc), encoding="utf-8")
    js = tmp_path / "r.json"
    assert main(["report", str(demo_survey()), "--mapping", str(mapping), "--json", str(js),
                 "-q"]) == 0, capsys.readouterr().err
    t5 = json.loads(js.read_text(encoding="utf-8"))["tables"]["cluster_classification"]
    # the classes counted from the survey itself with the edited thresholds
    raw = pd.read_excel(demo_survey(), sheet_name="Data", engine="calamine")
    loc = raw[[DEMO["columns"][f] for f in FACTORS]]
    codes = DEMO["codes"]["location"]
    r = loc.isin(codes["regional"]).sum(axis=1)
    answered = loc.isin(codes["regional"] + codes["national"] + codes["international"]).sum(axis=1)
    ok = answered >= 4
    assert t5["rows"][-1]["values"][:2] == [int((ok & (r <= 1)).sum()), int((ok & (r >= 5)).sum())]


def test_project_file_settings_are_checked_too(tmp_path):
    from clusterdesk.errors import UserError
    from clusterdesk.mapping import project

    doc = {"format": "clusterdesk-project", "version": 1,
           "source": {"path": str(demo_survey())}, "mapping": DEMO,
           "settings": {"min_answered": "four"}}
    path = tmp_path / "p.clusterdesk-project.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(UserError, match=r"p\.clusterdesk-project\.json.*'settings\.min_answered'"):
        project.load(path)
    doc["settings"] = {}
    doc["source"] = {"path": str(demo_survey()), "relative_path": 3}
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(UserError, match=r"'source\.relative_path' must be text"):
        project.load(path)


def test_cases_are_many_and_name_distinct_keys():
    assert len(CASES) >= 20
    assert len({key for _, key, _ in CASES}) >= 20
