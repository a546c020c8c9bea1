"""Hand edits the fault campaign (benchmarks/fault_campaign.py) found accepted without a word: a
key written twice (a copy-paste in an editor; JSON readers keep the last value silently) and a
project's settings flag given as text. Each is refused naming the file and the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clusterdesk.errors import UserError
from clusterdesk.mapping import fileformat, project
from clusterdesk.mapping.model import Mapping, Settings
from clusterdesk.paths import demo_mapping


def _twice(text: str, line_with: str) -> str:
    """``text`` with the first line containing ``line_with`` written twice."""
    lines = text.splitlines()
    i = next(k for k, ln in enumerate(lines) if line_with in ln)
    return "\n".join(lines[:i + 1] + lines[i:])


@pytest.mark.parametrize("key", ["region", "min_answered", "product", "sheet"])
def test_a_mapping_key_written_twice_is_refused_naming_it(tmp_path: Path, key):
    text = demo_mapping().read_text(encoding="utf-8")
    assert f'"{key}":' in text
    edited = tmp_path / "edited.clusterdesk.json"
    edited.write_text(_twice(text, f'"{key}":'), encoding="utf-8")
    json.loads(edited.read_text(encoding="utf-8"))  # still JSON a reader accepts silently
    with pytest.raises(UserError) as refused:
        fileformat.load(edited)
    message = str(refused.value)
    assert "'edited.clusterdesk.json'" in message and f"'{key}' is written twice" in message
    assert "--adapt" not in message


def _project_file(tmp_path: Path) -> tuple[Path, str]:
    survey = tmp_path / "survey.csv"
    survey.write_text("a\n1\n", encoding="utf-8")
    path = tmp_path / "study.clusterdesk-project.json"
    mapping = fileformat.load(demo_mapping())
    project.save(project.Project(survey, mapping, Settings(min_answered=4)), path)
    return path, path.read_text(encoding="utf-8")


def test_a_project_key_written_twice_is_refused_naming_it(tmp_path: Path):
    path, text = _project_file(tmp_path)
    path.write_text(_twice(text, '"min_answered":'), encoding="utf-8")
    with pytest.raises(UserError, match=r"'study.clusterdesk-project.json' is not valid: the "
                                        r"key 'min_answered' is written twice"):
        project.load(path)


@pytest.mark.parametrize("value", ["yes", 1, [True]])
def test_a_projects_thresholds_flag_must_be_true_or_false(tmp_path: Path, value):
    path, text = _project_file(tmp_path)
    doc = json.loads(text)
    assert "thresholds_given" in doc["settings"]
    doc["settings"]["thresholds_given"] = value
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(UserError) as refused:
        project.load(path)
    message = str(refused.value)
    assert "'study.clusterdesk-project.json'" in message
    assert "'settings.thresholds_given' must be true or false" in message
    doc["settings"]["thresholds_given"] = True
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert isinstance(project.load(path).mapping, Mapping)
