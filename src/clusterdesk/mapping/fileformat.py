"""The `.clusterdesk.json` mapping file: format version 1 (spec section 4) and 2 (section 7).
Version 1 is written whenever nothing of section 7 is used, so older ClusterDesks still read it."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from clusterdesk.atomic import replacing
from clusterdesk.errors import UserError
from clusterdesk.io.textcodec import decode_text
from clusterdesk.mapping.model import (
    NOT_TICKED,
    Codes,
    LocationGrid,
    Mapping,
    Settings,
    SourceSpec,
    default_location_codes,
)
from clusterdesk.mapping.roles import LOCATIONS
from clusterdesk.mapping.schema import check_mapping
from clusterdesk.texts import translate

FORMAT = "clusterdesk-mapping"
VERSION = 2  # the newest version read
THRESHOLDS = ("min_answered", "regional_min", "nonregional_max")


def to_dict(mapping: Mapping) -> dict[str, Any]:
    version = 2 if mapping.needs_version_2() else 1
    codes = asdict(mapping.codes)
    if codes["foreign"] is None:
        del codes["foreign"]
    if codes["ticked"] is None:
        del codes["ticked"]
    if codes["not_ticked"] == list(NOT_TICKED):
        del codes["not_ticked"]
    for table in [codes["yes_no"], *codes["by_role"].values()]:
        if "skipped_means_no" in table and not table["skipped_means_no"]:
            del table["skipped_means_no"]
    settings = {k: v for k, v in asdict(mapping.settings).items()
                if v is not None and k != "thresholds_given"}
    if version == 2 and not mapping.settings.thresholds_given:
        # left out, they follow the factors asked when read back (spec 7)
        settings = {k: v for k, v in settings.items() if k not in THRESHOLDS}
    if settings["weighted_model"]:
        del settings["weighted_model"]  # the default: files stay as before (spec section 7)
    source = {k: v for k, v in asdict(mapping.source).items() if v is not None}
    document: dict[str, Any] = {"format": FORMAT, "version": version, "source": source,
                                "columns": _columns_out(mapping), "codes": codes,
                                "order": {k: list(v) for k, v in mapping.order.items()},
                                "settings": settings}
    if version == 2:
        if list(mapping.levels) != list(LOCATIONS):
            document["levels"] = list(mapping.levels)
        if mapping.labels:
            document["labels"] = {r: dict(t) for r, t in mapping.labels.items()}
    return document


def _columns_out(mapping: Mapping) -> dict[str, Any]:
    """Plain roles as a column name; the forms of spec 7 as objects, in the order of the roles."""
    out: dict[str, Any] = {}
    for role, col in mapping.columns.items():
        if col:
            out[role] = ({"column": col, "question": mapping.questions[role]}
                         if role in mapping.questions else col)
    for role, grid in mapping.grids.items():
        out[role] = {"grid": {lv: list(c) for lv, c in grid.levels.items()}, "rule": grid.rule}
    for role, cols in mapping.any_of.items():
        out[role] = {"any_of": list(cols)}
    for role in mapping.not_asked:
        out[role] = {"not_asked": True}
    for role, question in mapping.questions.items():
        if role in out and isinstance(out[role], dict) and "column" not in out[role]:
            out[role]["question"] = question
    return out


def _pick(cls, data: dict[str, Any]) -> dict[str, Any]:
    """Keep the keys the dataclass knows (unknown keys are ignored, spec section 4)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in (data or {}).items() if k in names}


def _texts(values: Any, where: str) -> list[str]:
    if not isinstance(values, list):
        raise UserError(translate("mapping", "In the mapping, {where} must be a list of answers, "
                                  "not {values}.").format(where=where, values=repr(values)))
    return [str(int(v)) if isinstance(v, float) and v.is_integer() else str(v) for v in values]


def from_dict(data: dict[str, Any], origin: str | None = None) -> Mapping:
    origin = origin or translate("mapping", "the mapping")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(translate("mapping", "{origin} is not a ClusterDesk mapping file (its "
                                  "'format' is not '{format}'). Save the mapping again from "
                                  "ClusterDesk.").format(origin=origin, format=FORMAT))
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise UserError(translate("mapping", "{origin} was written by a newer ClusterDesk "
                                  "(format version {version}); update ClusterDesk to read "
                                  "it.").format(origin=origin, version=version))
    data = migrate(data)
    check_mapping(data, origin)
    src = _pick(SourceSpec, data.get("source") or {})
    raw_codes = data.get("codes") or {}
    codes = Codes()
    if "location" in raw_codes:
        codes.location = default_location_codes() | {
            k: _texts(v, f"codes.location.{k}") for k, v in raw_codes["location"].items()}
    if "yes_no" in raw_codes:
        codes.yes_no = {"yes": [], "no": [], "missing": []} | {
            k: _texts(v, f"codes.yes_no.{k}") for k, v in raw_codes["yes_no"].items()}
    if raw_codes.get("foreign") is not None:
        codes.foreign = _texts(raw_codes["foreign"], "codes.foreign")
    if "manager_education" in raw_codes:
        codes.manager_education = _texts(raw_codes["manager_education"], "codes.manager_education")
    codes.by_role = {role: {k: _texts(v, f"codes.by_role.{role}.{k}") for k, v in table.items()}
                     for role, table in (raw_codes.get("by_role") or {}).items()}
    if raw_codes.get("ticked") is not None:
        codes.ticked = _texts(raw_codes["ticked"], "codes.ticked")
    if raw_codes.get("not_ticked") is not None:
        codes.not_ticked = _texts(raw_codes["not_ticked"], "codes.not_ticked")
    raw_settings = _pick(Settings, data.get("settings") or {})
    raw_settings.pop("thresholds_given", None)
    settings = Settings(**raw_settings)
    settings.thresholds_given = any(k in raw_settings for k in THRESHOLDS)
    mapping = Mapping(source=SourceSpec(**src), codes=codes, settings=settings,
                      order={str(k): [str(x) for x in v]
                             for k, v in (data.get("order") or {}).items()})
    for role, value in (data.get("columns") or {}).items():
        _column_in(mapping, str(role), value)
    if data.get("levels") is not None:
        mapping.levels = [str(v) for v in data["levels"]]
    mapping.labels = {str(r): {_text(k): str(v) for k, v in (t or {}).items()}
                      for r, t in (data.get("labels") or {}).items()}
    return mapping


def _text(value: Any) -> str:
    return _texts([value], "")[0]


def _column_in(mapping: Mapping, role: str, value: Any) -> None:
    """One entry of `columns`: a column name, or an object of spec 7 (grid, not_asked, any_of,
    column with a question)."""
    if not value:
        return
    if not isinstance(value, dict):
        mapping.columns[role] = str(value).strip()
        return
    if value.get("question"):
        mapping.questions[role] = str(value["question"])
    if value.get("not_asked"):
        mapping.not_asked.append(role)
    elif "grid" in value:
        grid = value["grid"] or {}
        if not isinstance(grid, dict):
            raise UserError(translate("mapping", "In the mapping, the grid of '{role}' must list "
                                      "columns per level, not {value}.").format(
                role=role, value=repr(grid)))
        mapping.grids[role] = LocationGrid(
            levels={str(lv): [c.strip() for c in _texts(cols, f"columns.{role}.grid.{lv}")]
                    for lv, cols in grid.items()},
            rule=str(value.get("rule") or "nearest"))
    elif "any_of" in value:
        mapping.any_of[role] = [c.strip() for c in _texts(value["any_of"], f"columns.{role}.any_of")]
    elif value.get("column"):
        mapping.columns[role] = str(value["column"]).strip()


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older mapping document up to the current version (version 2 only adds to 1)."""
    return data


def read_json(path: str | os.PathLike, what: str, fix: str) -> dict[str, Any]:
    """A JSON document of ours, or a UserError naming the file, what it is and what to do.
    ``what`` is "mapping" or "project"; ``fix`` says what to do with broken JSON."""
    p = Path(path)
    named = {"mapping": lambda: translate("mapping", "The mapping file '{path}'"),
             "project": lambda: translate("mapping", "The project file '{path}'")}[what]
    try:
        text = decode_text(p.read_bytes())  # UTF-8 (BOM or not), UTF-16, Windows-1252
    except FileNotFoundError:
        raise UserError(translate("mapping", "{file} does not exist. Check the path.").format(
            file=named().format(path=p))) from None
    except OSError as exc:
        raise UserError(translate("mapping", "{file} cannot be read ({error}).").format(
            file=named().format(path=p), error=exc.strerror)) from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except _TwiceError as exc:
        raise UserError(translate("mapping", "{file} is not valid: the key '{key}' is written "
                                  "twice in the same {{...}} block, so it is unclear which value "
                                  "holds. Keep one of them. {fix}").format(
            file=named().format(path=p.name), key=exc.key, fix=fix)) from None
    except json.JSONDecodeError as exc:
        raise UserError(translate("mapping", "{file} is not valid JSON (line {line}, column "
                                  "{column}: {error}). {fix}").format(
            file=named().format(path=p.name), line=exc.lineno, column=exc.colno, error=exc.msg,
            fix=fix)) from None


class _TwiceError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different (json.loads would keep the last silently)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _TwiceError(key)
        out[key] = value
    return out


def load(path: str | os.PathLike) -> Mapping:
    data = read_json(path, "mapping",
                     translate("mapping", "Fix it or save the mapping again from ClusterDesk."))
    return from_dict(data, origin=translate("mapping", "The mapping file '{path}'").format(
        path=Path(path).name))


def save(mapping: Mapping, path: str | os.PathLike) -> None:
    """Write atomically: a temporary file in the same folder, then moved into place."""
    write_json_atomic(to_dict(mapping), Path(path))


def write_json_atomic(document: dict[str, Any], path: Path) -> None:
    with replacing(path, ".json") as tmp, open(tmp, "w", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, indent=2, allow_nan=False)
        fh.write("\n")
