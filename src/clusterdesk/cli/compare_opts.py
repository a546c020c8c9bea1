"""`clusterdesk report LATER ... --compare BASE --compare-mapping MB [--labels A,B]`: the later
wave's report with the comparison of spec section 8; `--compare paper` takes the published
2013 study as the base."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PAPER = "paper"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--compare", metavar="BASE",
                   help="an earlier wave's survey file to compare with (or 'paper' for the "
                        "published 2013 Norwegian study)")
    p.add_argument("--compare-mapping", metavar="FILE",
                   help="the earlier wave's mapping file (default: BASE's name with "
                        ".clusterdesk.json, when that file exists)")
    p.add_argument("--labels", metavar="BASE,LATER",
                   help="names of the two waves in the tables, e.g. 2023,2025 (default: the "
                        "files' names)")


def _labels(value: str | None) -> tuple[str, str] | None:
    from clusterdesk.errors import UserError

    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise UserError(f"--labels takes two names separated by a comma (the earlier wave "
                        f"first), e.g. --labels 2023,2025, not '{value}'.")
    return parts[0], parts[1]


def _base_mapping(args: argparse.Namespace, base: Path) -> Path:
    from clusterdesk.errors import UserError

    if not base.is_file():
        raise UserError(f"The earlier wave's file '{base}' does not exist. Check the path after "
                        "--compare, or write --compare paper for the published study.")
    if args.compare_mapping:
        return Path(args.compare_mapping)
    guess = base.with_name(base.stem + ".clusterdesk.json")
    if guess.is_file():
        return guess
    raise UserError(f"No mapping file given for the earlier wave '{base.name}'. Pass it with "
                    f"--compare-mapping (or name it '{guess.name}').")


def compared(args: argparse.Namespace, survey: Path, mapping, progress):
    """The later wave's Results with ``comparison`` attached; every adaptation on stderr."""
    from clusterdesk.analysis import open_survey
    from clusterdesk.analysis.compare import compare
    from clusterdesk.cli.fit_lines import print_fit
    from clusterdesk.errors import MappingDoesNotFit
    from clusterdesk.mapping.fileformat import load
    from clusterdesk.runtime import Task

    labels = _labels(args.labels)
    task = Task(progress)
    later, changes = open_survey(survey, mapping, adapt=args.adapt, task=task)
    print_fit(mapping, later.mapping, changes)
    if args.compare.strip().lower() == PAPER and not Path(args.compare).is_file():
        base, base_file = None, ""
    else:
        base_file = args.compare
        base_path = Path(args.compare)
        base_map = load(_base_mapping(args, base_path))
        try:
            base, _ = open_survey(base_path, base_map)
        except MappingDoesNotFit:  # the base's mapping is older or newer: next year's matching
            base, changes = open_survey(base_path, base_map, adapt=True)
            print(f"clusterdesk: note: the mapping of '{base_path.name}' was fitted to it:",
                  file=sys.stderr)
            print_fit(base_map, base.mapping, changes)
    results, _ = compare(base, later, labels=labels, files=(base_file, str(survey)),
                         task=task.sub(0.2, 1.0))
    return results
