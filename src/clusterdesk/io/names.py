"""Short file names for messages: the analyst's name for the file, never a temp path."""

from __future__ import annotations

from pathlib import Path


def shown(path: str | Path) -> str:
    """The file's name in quotes, as every message shows it."""
    return f"'{Path(path).name}'"


def size_text(n_bytes: float) -> str:
    """A size as people write it: 820 bytes, 14 kB, 3.5 MB, 1,024 MB."""
    if n_bytes < 1024:
        return f"{n_bytes:,.0f} bytes"
    if n_bytes < 2**20:
        return f"{n_bytes / 1024:,.0f} kB"
    if n_bytes < 10 * 2**20:
        return f"{n_bytes / 2**20:,.1f} MB"
    return f"{n_bytes / 2**20:,.0f} MB"
