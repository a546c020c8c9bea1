"""`clusterdesk inspect FILE`: what is in a survey file before any mapping exists: its sheets,
where the header is, and per column its type, missing share, commonest answers and the role the
assistant would suggest. `--json` gives the same as one JSON document for scripts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from clusterdesk.errors import UserError

MAX_VALUES = 10


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspect", help="show the sheets, header and columns of a survey file",
                       description="Show the sheets (hidden ones marked), the detected header and, "
                       "for every column, its type, share missing, commonest answers and the "
                       "suggested role.")
    p.add_argument("file", help="survey file (.xlsx, .xls, .ods, .csv, .sav, .dta ...)")
    p.add_argument("--sheet", help="sheet name or 0-based number (default: the one that looks "
                   "like the survey data)")
    p.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    p.set_defaults(func=run)


def resolve_sheet(path: str, sheet: str | None) -> str | int | None:
    """A --sheet value as the reader wants it: a sheet's name, or its 0-based number."""
    if sheet is None:
        return None
    from clusterdesk import io

    sheets = io.list_sheets(path)
    for s in sheets:
        if s.name == sheet:
            return s.name
    if sheet.strip().isdigit() and int(sheet) < len(sheets):
        return sheets[int(sheet)].name
    names = ", ".join(f"'{s.name}'" for s in sheets)
    raise UserError(f"The file '{path}' has no sheet '{sheet}'. Its sheets are: {names}.")


def document(path: str, sheet: str | None) -> dict[str, Any]:
    """Everything inspect shows, as plain data."""
    from clusterdesk import io
    from clusterdesk.mapping.roles import label
    from clusterdesk.mapping.suggest import suggest_file

    sheets = io.list_sheets(path)
    raw, sug = suggest_file(path, sheet=resolve_sheet(path, sheet))
    src = sug.mapping.source
    columns = []
    for name in raw.columns:
        prof = sug.profiles.get(name)
        role = sug.role_of(name)
        top = sorted(prof.counts.items(), key=lambda kv: -kv[1])[:MAX_VALUES] if prof else []
        columns.append({
            "name": name,
            "question": raw.labels.get(name),
            "type": prof.kind if prof else "empty",
            "missing_share": round(prof.missing_share, 4) if prof else 1.0,
            "distinct": prof.n_distinct if prof else 0,
            "values": [{"value": prof.shown[k], "count": n} for k, n in top],
            "role": role,
            "role_label": label(role) if role else None,
            "confidence": sug.confidence.get(role) if role else None,
        })
    return {
        "file": str(path),
        "sheets": [{"name": s.name, "index": s.index, "hidden": s.hidden} for s in sheets],
        "sheet": src.sheet,
        "header": _header(src.header_row, src.header_rows, sug),
        "rows": raw.n_rows,
        "columns": columns,
        "undecided": sug.undecided,
        "to_check": sug.open_checks(),
        "import_warnings": list(raw.report.warnings),
    }


def _header(row: int | None, rows: int, sug: Any) -> dict[str, Any]:
    """Which rows form the header, which rows above it were skipped as titles, and why."""
    used = list(range(row, row + rows)) if row else []
    return {"row": row, "rows": rows, "rows_used": used,
            "title_lines": list(range(1, row)) if row else [],
            "kind": sug.header_kind or None, "reason": sug.header_reason}


def _text(doc: dict[str, Any]) -> str:
    lines = [f"File: {doc['file']}"]
    sheets = ", ".join(f"{s['name']}{' (hidden)' if s['hidden'] else ''}" for s in doc["sheets"])
    lines.append(f"Sheets: {sheets}")
    lines.append(f"Sheet used: {doc['sheet']}")
    h = doc["header"]
    lines.append(f"Header: row {h['row']}, {h['rows']} row(s). {h['reason']}")
    lines.append(f"Data rows: {doc['rows']}")
    for w in doc["import_warnings"]:
        lines.append(f"Note: {w}")
    for i, c in enumerate(doc["columns"], start=1):
        lines.append("")
        lines.append(f"{i}. {c['name']}")
        if c["question"] and c["question"] != c["name"]:
            lines.append(f"   question: {c['question']}")
        lines.append(f"   {c['type']}, {c['missing_share']:.0%} missing, "
                     f"{c['distinct']} distinct")
        if c["role"]:
            lines.append(f"   suggested role: {c['role_label']} ({c['role']}), "
                         f"{c['confidence']:.0%} sure")
        if c["values"]:
            shown = "; ".join(f"{v['value'][:40]} x{v['count']}" for v in c["values"])
            more = f"; ... ({c['distinct'] - len(c['values'])} more)" \
                if c["distinct"] > len(c["values"]) else ""
            lines.append(f"   values: {shown}{more}")
    if doc["undecided"]:
        lines.append("")
        lines += [f"To decide: {u}" for u in doc["undecided"]]
    if doc["to_check"]:
        lines.append("")
        lines += [f"To check: {u}" for u in doc["to_check"]]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    doc = document(args.file, args.sheet)
    try:
        if args.json:
            json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
            sys.stdout.write("\n")
        else:
            print(_text(doc))
        sys.stdout.flush()
    except BrokenPipeError:  # `clusterdesk inspect FILE | head`: the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
