"""`clusterdesk map FILE -o MAPPING.json`: write the assistant's suggested mapping, so that
`clusterdesk report FILE --mapping MAPPING.json` runs without the wizard. Roles it could not
decide are left out, each with a warning line on stderr; guesses it made (a numbered block taken
in the questionnaire's order, an education order it could not derive) are written, each with a
warning line that says what to check.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from clusterdesk.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("map", help="suggest a mapping for a survey file and save it",
                       description="Guess which column plays which role and what each answer "
                       "means, and save it as a mapping file (.clusterdesk.json).")
    p.add_argument("file", help="survey file")
    p.add_argument("-o", "--output", required=True, metavar="MAPPING.json",
                   help="where to write the mapping")
    p.add_argument("--sheet", help="sheet name or 0-based number (default: the one that looks "
                   "like the survey data)")
    p.add_argument("--from", dest="previous", metavar="OLD.json",
                   help="last year's mapping: re-apply it to this file, matching renamed "
                   "questions and new answers, instead of suggesting from scratch")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from clusterdesk.cli.inspect_cmd import resolve_sheet
    from clusterdesk.mapping.fileformat import save
    from clusterdesk.mapping.roles import label
    from clusterdesk.mapping.suggest import SURE, suggest_file

    out = Path(args.output)
    if out.exists() and out.resolve() == Path(args.file).resolve():
        raise UserError(f"'{out}' is the survey file itself; choose another name for the mapping "
                        "(for example survey.clusterdesk.json).")
    if out.is_dir():
        raise UserError(f"'{out}' is a folder; give a file name for the mapping.")
    if args.previous:
        return _from_previous(args, out)
    _raw, sug = suggest_file(args.file, sheet=resolve_sheet(args.file, args.sheet))
    try:
        save(sug.mapping, out)
    except OSError as exc:
        raise UserError(f"The mapping cannot be written to '{out}' ({exc.strerror}). Choose "
                        "another folder.") from None
    for line in sug.undecided + sug.open_checks():
        print(f"clusterdesk: warning: {line}", file=sys.stderr)
    src = sug.mapping.source
    lines = [f"Wrote {out}: {len(sug.mapping.columns)} roles mapped (sheet {src.sheet!r}, "
             f"header row {src.header_row}, {src.header_rows} header row(s))."]
    for role, column in sug.mapping.columns.items():
        conf = sug.confidence.get(role, 0.0)
        flag = "" if conf >= SURE else "  <- check"
        lines.append(f"  {label(role)} ({role}): '{column}' {conf:.0%}{flag}")
    try:
        print("\n".join(lines))
        sys.stdout.flush()
    except BrokenPipeError:  # piped into `head`: the mapping is written, nothing is lost
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _from_previous(args: argparse.Namespace, out: Path) -> int:
    """Next year's file with last year's mapping: every match and gap is listed on stderr."""
    from clusterdesk.cli.fit_lines import print_fit
    from clusterdesk.mapping.fileformat import load, save
    from clusterdesk.mapping.nextyear import adapt_file

    old = load(args.previous)
    if args.sheet is not None:
        from clusterdesk.cli.inspect_cmd import resolve_sheet

        old.source.sheet = resolve_sheet(args.file, args.sheet)
    _raw, mapping, report = adapt_file(args.file, old)
    try:
        save(mapping, out)
    except OSError as exc:
        raise UserError(f"The mapping cannot be written to '{out}' ({exc.strerror}). Choose "
                        "another folder.") from None
    lost = print_fit(old, mapping, report)
    for problem in mapping.errors():
        print(f"clusterdesk: warning: {problem}", file=sys.stderr)
    missing = (f" Not found in this file: {', '.join(lost)}; choose them by hand or leave them "
               "out." if lost else "")
    try:
        print(f"Wrote {out}: last year's mapping re-applied.{missing} "
              f"{len(report) - len(lost)} change(s) listed.")
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
