"""Preferences and caches kept in QSettings: recent files (with sheet and mapping), the last folder
and the window geometry. Analysis choices never live here; they belong in the mapping file.

Every function takes an optional QSettings so tests (and a future portable mode) can inject one;
by default the organisation "ClusterDesk" settings are used.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path, PurePath

from PySide6.QtCore import QCoreApplication, QSettings

ORGANISATION = "ClusterDesk"
APPLICATION = "ClusterDesk"
MAX_RECENT = 10
_RECENT_KEY = "recent/files"
_FOLDER_KEY = "recent/folder"
_VERSION_KEY = "settings/version"
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class RecentFile:
    """One recently opened survey, project or mapping pair; `kind` is 'survey' or 'project'."""

    path: str
    sheet: str | int | None = None
    mapping: str | None = None
    kind: str = "survey"

    @property
    def name(self) -> str:
        return Path(self.path).name

    def exists(self) -> bool:
        return Path(self.path).is_file()


def shown_names(entries: list[RecentFile]) -> list[str]:
    """Each entry's file name; where entries share a name, with as much of its folder as tells
    it from the others, as editors show them: "survey.xlsx — 2023/exports"."""
    out = []
    for e in entries:
        twins = [PurePath(o.path).parent.parts for o in entries if o is not e and o.name == e.name]
        if not twins:
            out.append(e.name)
            continue
        parts = PurePath(e.path).parent.parts
        k = next((k for k in range(1, len(parts)) if all(t[-k:] != parts[-k:] for t in twins)),
                 len(parts))
        out.append(QCoreApplication.translate("RecentFiles", "{name} — {folder}").format(
            name=e.name, folder=str(PurePath(*parts[-k:]))))
    return out


def settings() -> QSettings:
    """The application's settings (format and location follow QSettings' defaults)."""
    store = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION,
                      APPLICATION)
    if store.value(_VERSION_KEY) is None:
        store.setValue(_VERSION_KEY, SETTINGS_VERSION)
    return store


def recent_files(store: QSettings | None = None) -> list[RecentFile]:
    """The recent files, newest first; unreadable entries (an older format) are skipped."""
    store = store or settings()
    raw = store.value(_RECENT_KEY, "[]")
    try:
        items = json.loads(raw if isinstance(raw, str) else "[]")
    except (json.JSONDecodeError, TypeError):
        return []
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("path"), str):
            out.append(RecentFile(path=item["path"], sheet=item.get("sheet"),
                                  mapping=item.get("mapping"), kind=item.get("kind", "survey")))
    return out


def add_recent(entry: RecentFile, store: QSettings | None = None) -> list[RecentFile]:
    """Put `entry` first (replacing an older entry for the same file) and keep MAX_RECENT."""
    store = store or settings()
    key = str(Path(entry.path).absolute())
    entry = RecentFile(path=key, sheet=entry.sheet, mapping=entry.mapping, kind=entry.kind)
    items = [entry] + [e for e in recent_files(store) if e.path != key]
    _write(items[:MAX_RECENT], store)
    set_last_folder(str(Path(key).parent), store)
    return items[:MAX_RECENT]


def remove_recent(path: str, store: QSettings | None = None) -> None:
    store = store or settings()
    key = str(Path(path).absolute())
    _write([e for e in recent_files(store) if e.path != key], store)


def clear_recent(store: QSettings | None = None) -> None:
    _write([], store or settings())


def _write(items: list[RecentFile], store: QSettings) -> None:
    store.setValue(_RECENT_KEY, json.dumps([asdict(e) for e in items], ensure_ascii=False))
    store.sync()


def last_folder(store: QSettings | None = None) -> str:
    store = store or settings()
    folder = store.value(_FOLDER_KEY, "")
    return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())


def set_last_folder(folder: str, store: QSettings | None = None) -> None:
    (store or settings()).setValue(_FOLDER_KEY, folder)
