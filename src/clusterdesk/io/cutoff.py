"""A text export whose last line was cut off (an interrupted download, copy or export): the
last line ends without a line break and has fewer fields than the first one."""

from __future__ import annotations

import csv
from pathlib import Path

from clusterdesk.io.names import shown
from clusterdesk.texts import translate


def cut_off_warning(parts: list[str], delimiter: str, rows: int, path: Path) -> str | None:
    """The warning for a cut-off last line, or None; ``parts`` are the decoded pieces of the
    text (header included) and ``rows`` the number of lines read."""
    text = [p for p in parts if p]
    if not text or text[-1].endswith(("\n", "\r")):
        return None
    first = _first_line(text[0])
    last = text[-1][max(text[-1].rfind("\n"), text[-1].rfind("\r")) + 1:]
    wanted, found = _fields(first, delimiter), _fields(last, delimiter)
    if found >= wanted:
        return None
    return translate("io", "The last line of {file} (row {row}) ends without a line break and "
                     "has {found} of {wanted} fields: the file looks cut off (an interrupted "
                     "download, copy or export). Export or copy it again; the analysis uses "
                     "the rows as they are.").format(file=shown(path), row=rows, found=found,
                                                     wanted=wanted)


def _first_line(part: str) -> str:
    ends = [i for i in (part.find("\n"), part.find("\r")) if i >= 0]
    return part[:min(ends)] if ends else part


def _fields(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:  # a quote left open: part of a field is missing
        return 0
