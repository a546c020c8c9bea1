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
class Project:
    """Everything needed to reopen an analysis: where the data are and what the analyst decided."""

    source_path: Path
    mapping: Mapping
    settings: Settings = field(default_factory=Settings)

    @property
    def source_exists(self) -> bool:
        return self.source_path.is_file()


def to_dict(project: Project, relative_to: Path | None = None) -> dict[str, Any]:
    """The JSON document; the source path is stored absolute and, when possible, relative to the
    project's folder, so a project moved together with its data still finds them."""
    source: dict[str, Any] = {"path": str(Path(project.source_path).absolute())}
    if relative_to is not None:
        try:
            source["relative_path"] = os.path.relpath(Path(project.source_path).absolute(),
                                                      relative_to.absolute())
        except ValueError:  # another drive on Windows
            pass
    return {"format": FORMAT, "version": VERSION, "source": source,
            "mapping": fileformat.to_dict(project.mapping),
            "settings": {k: v for k, v in asdict(project.settings).items() if v is not None}}


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
    path = Path(str(source["path"]))
    relative = source.get("relative_path")
    if not path.is_file() and relative and folder is not None and (folder / relative).is_file():
        path = (folder / relative).resolve()
    mapping = fileformat.from_dict(data.get("mapping") or {}, origin=translate(
        "mapping", "The mapping inside {origin}").format(origin=origin))
    names = {f.name for f in fields(Settings)}
    raw_settings = data.get("settings")
    if raw_settings is None:
        settings = mapping.settings
    else:
        settings = Settings(**{**asdict(mapping.settings),
                               **{k: v for k, v in raw_settings.items() if k in names}})
    return Project(source_path=path, mapping=mapping, settings=settings)


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
