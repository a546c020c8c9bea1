"""Project files (mapping + settings + source path): the Qt-free format and reopening in the app."""

from __future__ import annotations

import json
import shutil

import pytest

from clusterdesk.errors import UserError
from clusterdesk.mapping import fileformat, project
from clusterdesk.mapping.model import Mapping, Settings, SourceSpec


def _mapping() -> Mapping:
    m = Mapping(source=SourceSpec(sheet="Data", header_row=3, header_rows=1),
                columns={"region": "Region", "customers": "Q7a", "product": "Q10"})
    m.codes.location["regional"] = ["In the region"]
    m.codes.location["missing"] = ["Don't know"]
    m.codes.foreign = ["Partly foreign"]
    m.order["region"] = ["Oslo", "Bergen"]
    return m


def test_project_round_trip(tmp_path):
    survey = tmp_path / "data" / "survey.xlsx"
    survey.parent.mkdir()
    survey.write_bytes(b"not read")
    settings = Settings(min_answered=5, regional_min=5, nonregional_max=1, model="probit",
                        regression_outcomes=["product"], controls=["log_employees"])
    path = tmp_path / "p.clusterdesk-project.json"
    project.save(project.Project(survey, _mapping(), settings), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "clusterdesk-project" and doc["version"] == 1
    assert doc["source"]["path"] == str(survey)
    assert doc["source"]["relative_path"] == "data/survey.xlsx"
    # the mapping inside is a valid mapping document on its own
    assert fileformat.to_dict(fileformat.from_dict(doc["mapping"])) == doc["mapping"]
    back = project.load(path)
    assert back.source_path == survey and back.source_exists
    assert fileformat.to_dict(back.mapping) == fileformat.to_dict(_mapping())
    assert back.settings == settings


def test_project_moved_with_its_data_finds_them(tmp_path):
    a = tmp_path / "a"
    (a / "data").mkdir(parents=True)
    (a / "data" / "survey.csv").write_text("x")
    project.save(project.Project(a / "data" / "survey.csv", _mapping()), a / "p.clusterdesk-project.json")
    b = tmp_path / "b"
    shutil.move(a, b)
    back = project.load(b / "p.clusterdesk-project.json")
    assert back.source_path == (b / "data" / "survey.csv").resolve()


def test_project_errors_are_for_the_analyst(tmp_path):
    bad = tmp_path / "x.clusterdesk-project.json"
    bad.write_text(json.dumps({"format": "clusterdesk-mapping", "version": 1}))
    with pytest.raises(UserError, match="not a ClusterDesk project"):
        project.load(bad)
    bad.write_text(json.dumps({"format": "clusterdesk-project", "version": 99,
                               "source": {"path": "x"}}))
    with pytest.raises(UserError, match="newer ClusterDesk"):
        project.load(bad)
    bad.write_text("{not json")
    with pytest.raises(UserError, match="not valid JSON"):
        project.load(bad)
    with pytest.raises(UserError, match="does not exist"):
        project.load(tmp_path / "nope.clusterdesk-project.json")
