"""Short file names for messages: the analyst's name for the file, never a temp path."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.texts import count, decimal, quote, translate


def shown(path: str | Path) -> str:
    """The file's name in quotes, as every message shows it ('x.xlsx'; «x.xlsx» in Norwegian)."""
    return quote(Path(path).name)


def size_text(n_bytes: float) -> str:
    """A size as people write it: 820 bytes, 14 kB, 3.5 MB, 1,024 MB."""
    if n_bytes < 1024:
        return translate("io", "{n} bytes").format(n=count(n_bytes))
    if n_bytes < 2**20:
        return f"{count(n_bytes / 1024)} kB"
    if n_bytes < 10 * 2**20:
        return f"{decimal(n_bytes / 2**20)} MB"
    return f"{count(n_bytes / 2**20)} MB"
