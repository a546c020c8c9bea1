"""The columns a mapping names, checked against each other and against the file."""

from __future__ import annotations

from clusterdesk.mapping.model import Problem
from clusterdesk.mapping.roles import ROLE_BY_KEY, shown_label
from clusterdesk.mapping.text import normalize
from clusterdesk.texts import quote, translate


def absent_columns(columns: list[tuple[str, str]], file_columns: list[str]) -> list[Problem]:
    """One message per absent column; one summary when most are absent (wrong file or sheet)."""
    present = {c.strip() for c in file_columns}
    absent = [(role, col) for role, col in columns if col and col.strip() not in present]
    if len(absent) > 3:
        shown = ", ".join(quote(col) for _, col in absent[:3])
        if len(absent) == len(columns):
            text = translate("mapping", "The file has none of the {total} columns the mapping "
                             "uses ({columns} and {more} more are missing). Check that this is "
                             "the right file and sheet, or map the columns again.")
        else:
            text = translate("mapping", "The file has {n} of the {total} columns the mapping uses "
                             "({columns} and {more} more are missing). Check that this is the "
                             "right file and sheet, or map the columns again.")
        return [Problem("error", text.format(n=len(absent), total=len(columns), columns=shown,
                                             more=len(absent) - 3))]
    return [Problem("error", translate(
        "mapping", "The mapping uses column '{column}' for '{item}', but the file has no such "
        "column. Pick the column again or check that this is the right file.").format(
            column=col, item=shown_label(role)), role) for role, col in absent]



def shared_columns(columns: dict[str, str], not_asked: list[str]) -> list[Problem]:
    """One file column chosen for two roles: the second role would silently copy the first."""
    by_column: dict[str, list[str]] = {}
    for role, col in columns.items():
        if col and role not in not_asked and role in ROLE_BY_KEY:
            by_column.setdefault(normalize(col) or col, []).append(role)
    return [Problem("error", translate(
        "mapping", "The column '{column}' is chosen for both '{first}' and '{second}'. Each "
        "role needs its own column; choose the right one for each.").format(
        column=columns[roles[0]], first=shown_label(roles[0]), second=shown_label(roles[1])),
        roles[1]) for roles in by_column.values() if len(roles) > 1]
