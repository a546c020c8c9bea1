"""The `.clusterdesk.json` mapping file, format version 1 (spec section 4)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from clusterdesk.atomic import replacing
from clusterdesk.errors import UserError
from clusterdesk.mapping.model import Codes, Mapping, Settings, SourceSpec, default_location_codes

FORMAT = "clusterdesk-mapping"
VERSION = 1


def to_dict(mapping: Mapping) -> dict[str, Any]:
    codes = asdict(mapping.codes)
    if codes["foreign"] is None:
        del codes["foreign"]
    settings = {k: v for k, v in asdict(mapping.settings).items() if v is not None}
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
        raise UserError(f"In the mapping, {where} must be a list of answers, not {values!r}.")
    return [str(int(v)) if isinstance(v, float) and v.is_integer() else str(v) for v in values]


def from_dict(data: dict[str, Any], origin: str = "the mapping") -> Mapping:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"{origin} is not a ClusterDesk mapping file (its 'format' is not "
                        f"'{FORMAT}'). Save the mapping again from ClusterDesk.")
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise UserError(f"{origin} was written by a newer ClusterDesk (format version {version}); "
                        "update ClusterDesk to read it.")
    data = migrate(data)
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
    """A JSON document of ours, or a UserError naming the file, what it is and what to do."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"The {what} '{p}' does not exist. Check the path.") from None
    except OSError as exc:
        raise UserError(f"The {what} '{p}' cannot be read ({exc.strerror}).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"The {what} '{p.name}' is not valid JSON (line {exc.lineno}, "
                        f"column {exc.colno}: {exc.msg}). {fix}") from None


def load(path: str | os.PathLike) -> Mapping:
    data = read_json(path, "mapping file",
                     "Fix it or save the mapping again from ClusterDesk.")
    return from_dict(data, origin=f"The mapping file '{Path(path).name}'")


def save(mapping: Mapping, path: str | os.PathLike) -> None:
    """Write atomically: a temporary file in the same folder, then moved into place."""
    write_json_atomic(to_dict(mapping), Path(path))


def write_json_atomic(document: dict[str, Any], path: Path) -> None:
    with replacing(path, ".json") as tmp, open(tmp, "w", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, indent=2, allow_nan=False)
        fh.write("\n")
