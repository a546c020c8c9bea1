"""Next year's fitting on the command line: the roles lost first, as warnings, then the changes."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clusterdesk.mapping.model import Mapping


def print_fit(before: Mapping, after: Mapping, report: list[str]) -> list[str]:
    """Write the fitting's report to stderr, every lost role before any change (adapt() puts
    their lines first); return the lost roles' names for the summary."""
    from clusterdesk.mapping.nextyear import lost_roles
    from clusterdesk.mapping.roles import label

    lost = lost_roles(before, after)
    if lost:
        print(f"clusterdesk: warning: {len(lost)} item(s) of last year's mapping not found in "
              f"this file: {', '.join(label(r) for r in lost)}.", file=sys.stderr)
    for i, line in enumerate(report):
        kind = "warning" if i < len(lost) else "note"
        print(f"clusterdesk: {kind}: {line}", file=sys.stderr)
    return [label(r) for r in lost]
