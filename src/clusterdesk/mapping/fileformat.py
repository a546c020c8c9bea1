"""The `.clusterdesk.json` mapping file, format version 1 (spec section 4)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from clusterdesk.atomic import replacing
from clusterdesk.errors import UserError
from clusterdesk.io.textcodec import decode_text
from clusterdesk.mapping.model import Codes, Mapping, Settings, SourceSpec, default_location_codes
from clusterdesk.mapping.schema import check_mapping
from clusterdesk.texts import translate

FORMAT = "clusterdesk-mapping"
VERSION = 1


def to_dict(mapping: Mapping) -> dict[str, Any]:
    codes = asdict(mapping.codes)
    if codes["foreign"] is None:
        del codes["foreign"]
    settings = {k: v for k, v in asdict(mapping.settings).items() if v is not None}
    if settings["weighted_model"]:
        del settings["weighted_model"]  # the default: files stay as before (spec section 7)
    source = {k: v for k, v in asdict(mapping.source).items() if v is not None}
    return {"format": FORMAT, "version": VERSION, "source": source,
            "columns": dict(mapping.columns), "codes": codes,
            "order": {k: list(v) for k, v in mapping.order.items()}, "settings": settings}


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
    settings = Settings(**_pick(Settings, data.get("settings") or {}))
    columns = {str(k): str(v).strip() for k, v in (data.get("columns") or {}).items() if v}
    order = {str(k): [str(x) for x in v] for k, v in (data.get("order") or {}).items()}
    return Mapping(source=SourceSpec(**src), columns=columns, codes=codes, order=order,
                   settings=settings)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older mapping document up to the current version (only version 1 exists yet)."""
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
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(translate("mapping", "{file} is not valid JSON (line {line}, column "
                                  "{column}: {error}). {fix}").format(
            file=named().format(path=p.name), line=exc.lineno, column=exc.colno, error=exc.msg,
            fix=fix)) from None


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
