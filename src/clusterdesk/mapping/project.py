"""The project file (``*.clusterdesk-project.json``): a mapping, the analysis settings and the path
of the survey file, so that reopening a project restores the whole workspace.

The mapping is stored exactly as the mapping file stores it (``fileformat.to_dict``), so a project
can always be taken apart into a mapping for the command line. The settings are kept beside it
because the analyst changes them in the workspace after the wizard; they win over the mapping's.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from clusterdesk.errors import UserError
from clusterdesk.mapping import fileformat
from clusterdesk.mapping.model import Mapping, Settings
from clusterdesk.mapping.schema import check_project
from clusterdesk.texts import translate

FORMAT = "clusterdesk-project"
VERSION = 1
SUFFIX = ".clusterdesk-project.json"


@dataclass
class ComparedWave:
    """The earlier wave a project compares with (spec section 8): its survey file and mapping,
    or neither for the published 2013 study; the two waves' names when the analyst set them."""

    base_path: Path | None = None  # None: the published study
    base_mapping: Mapping | None = None
    labels: tuple[str, str] | None = None


@dataclass
class Project:
    """Everything needed to reopen an analysis: where the data are and what the analyst decided."""

    source_path: Path
    mapping: Mapping
    settings: Settings = field(default_factory=Settings)
    compare: ComparedWave | None = None

    @property
    def source_exists(self) -> bool:
        return self.source_path.is_file()


def _place(path: Path, relative_to: Path | None) -> dict[str, Any]:
    """A file stored absolute and, when possible, relative to the project's folder, so a project
    moved together with its data still finds them."""
    place: dict[str, Any] = {"path": str(Path(path).absolute())}
    if relative_to is not None:
        try:
            place["relative_path"] = os.path.relpath(Path(path).absolute(),
                                                     relative_to.absolute())
        except ValueError:  # another drive on Windows
            pass
    return place


def to_dict(project: Project, relative_to: Path | None = None) -> dict[str, Any]:
    """The JSON document. A comparison is an optional key: older ClusterDesks ignore it."""
    doc = {"format": FORMAT, "version": VERSION, "source": _place(project.source_path,
                                                                  relative_to),
           "mapping": fileformat.to_dict(project.mapping),
           "settings": {k: v for k, v in asdict(project.settings).items() if v is not None}}
    c = project.compare
    if c is not None:
        doc["compare"] = {
            "base": _place(c.base_path, relative_to) if c.base_path is not None else None,
            "mapping": fileformat.to_dict(c.base_mapping) if c.base_mapping is not None
            else None,
            "labels": list(c.labels) if c.labels else None}
    return doc


def _found(place: dict[str, Any], folder: Path | None) -> Path:
    path = Path(str(place["path"]))
    relative = place.get("relative_path")
    if not path.is_file() and relative and folder is not None and (folder / relative).is_file():
        path = (folder / relative).resolve()
    return path


def _compare_from(data: Any, origin: str, folder: Path | None) -> ComparedWave | None:
    """The project's comparison; None for a project without one (every older project)."""
    if not isinstance(data, dict):
        return None
    base = data.get("base")
    if base is not None and (not isinstance(base, dict) or not base.get("path")):
        raise UserError(translate("mapping", "{origin} names an earlier wave to compare with "
                                  "but not its file ('compare.base.path' is missing). Compare "
                                  "again and save the project.").format(origin=origin))
    mapping = data.get("mapping")
    labels = data.get("labels")
    return ComparedWave(
        _found(base, folder) if base is not None else None,
        fileformat.from_dict(mapping, origin=translate(
            "mapping", "The earlier wave's mapping inside {origin}").format(origin=origin))
        if mapping is not None else None,
        (str(labels[0]), str(labels[1])) if isinstance(labels, list) and len(labels) == 2
        else None)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older project document up to the current version (only version 1 exists yet)."""
    return data


def from_dict(data: dict[str, Any], origin: str | None = None,
              folder: Path | None = None) -> Project:
    origin = origin or translate("mapping", "The project")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(translate("mapping", "{origin} is not a ClusterDesk project (its 'format' "
                                  "is not '{format}'). Open it with Load mapping… if it is a "
                                  "mapping file.").format(origin=origin, format=FORMAT))
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise UserError(translate("mapping", "{origin} was written by a newer ClusterDesk "
                                  "(project version {version}); update ClusterDesk to open "
                                  "it.").format(origin=origin, version=version))
    data = migrate(data)
    check_project(data, origin)
    source = data.get("source") or {}
    if not isinstance(source, dict) or not source.get("path"):
        raise UserError(translate("mapping", "{origin} does not say which survey file it "
                                  "analyses ('source.path' is missing). Open the survey and save "
                                  "the project again.").format(origin=origin))
    path = _found(source, folder)
    mapping = fileformat.from_dict(data.get("mapping") or {}, origin=translate(
        "mapping", "The mapping inside {origin}").format(origin=origin))
    names = {f.name for f in fields(Settings)}
    raw_settings = data.get("settings")
    if raw_settings is None:
        settings = mapping.settings
    else:
        settings = Settings(**{**asdict(mapping.settings),
                               **{k: v for k, v in raw_settings.items() if k in names}})
    return Project(source_path=path, mapping=mapping, settings=settings,
                   compare=_compare_from(data.get("compare"), origin, folder))


def save(project: Project, path: str | os.PathLike) -> None:
    """Write atomically (temporary file, then moved into place)."""
    p = Path(path)
    fileformat.write_json_atomic(to_dict(project, relative_to=p.parent), p)


def load(path: str | os.PathLike) -> Project:
    p = Path(path)
    data = fileformat.read_json(p, "project", translate("mapping", "Save the project again from "
                                                        "ClusterDesk."))
    return from_dict(data, origin=translate("mapping", "The project file '{path}'").format(
        path=p.name), folder=p.parent)
