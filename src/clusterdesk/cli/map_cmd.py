"""`clusterdesk map` (placeholder until its owner writes it)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("map", help="not available yet")
    p.set_defaults(func=lambda args: 2)
