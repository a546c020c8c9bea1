"""Short file names for messages: the analyst's name for the file, never a temp path."""

from __future__ import annotations

from pathlib import Path


def shown(path: str | Path) -> str:
    """The file's name in quotes, as every message shows it."""
    return f"'{Path(path).name}'"
