"""Desktop application entry (placeholder until the GUI is written)."""

from __future__ import annotations

import sys


def main(argv: list[str], debug: bool = False) -> int:
    print("clusterdesk: the desktop app is not available yet; use `clusterdesk report`.",
          file=sys.stderr)
    return 2
