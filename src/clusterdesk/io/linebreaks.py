"""A line break typed inside an answer that is not in quotes splits a row of a text export in
two (or more) short lines, whose fields then land in the wrong columns. Such lines are found by
their field counts: consecutive lines, each shorter than the table, whose fields add up to one
row (the field cut by the break counted once). They are joined again, the break read as a space,
and a warning names the rows.

Fields are counted on the UTF-8 bytes of each piece of text at once (numpy), so that even a file
of millions of lines costs a fraction of its parse: delimiters and line breaks inside quotes
("...") do not count, as in the CSV parser.
"""

from __future__ import annotations

from pathlib import Path

from clusterdesk.io.names import shown
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import count, translate

ROWS_NAMED = 3
# more short lines than this share of the lines: a ragged file by design, not broken rows
MAX_SHORT_SHARE = 0.05


def join_split_rows(parts: list[str], delimiter: str, path: Path,
                    task: Task = IDLE) -> tuple[list[str], str | None]:
    """(the pieces with split rows joined, a warning naming them or None)."""
    import numpy as np

    if len(delimiter) != 1 or ord(delimiter) > 127 or delimiter in '"\r\n':
        return parts, None
    pieces = [p.encode("utf-8") for p in parts]
    counts, blank, where = _line_fields(pieces, ord(delimiter), task)
    filled = ~blank
    if filled.sum() < 3:
        return parts, None
    width = int(np.bincount(counts[filled]).argmax())
    short = filled & (counts < width)
    if width < 2 or not short.any():
        return parts, None
    if short.sum() > MAX_SHORT_SHARE * filled.sum() + 2:
        return parts, _other_delimiter(pieces, where, short, width, delimiter, path)
    groups = _groups(counts, short, width)
    if not groups:
        return parts, _other_delimiter(pieces, where, short, width, delimiter, path)
    # the breaks to read as spaces: every line end of a group but the last one's
    cuts: dict[int, list[tuple[int, int]]] = {}
    for first, last in groups:
        for line in range(first, last):
            piece, start, end = where[line]
            cuts.setdefault(piece, []).append((start, end))
    for piece, spans in cuts.items():
        raw = bytearray(pieces[piece])
        for start, end in sorted(spans, reverse=True):
            raw[start:end] = b" "
        parts = list(parts)
        parts[piece] = raw.decode("utf-8")
    return parts, _warning(groups, path)


def _groups(counts, short, width: int) -> list[tuple[int, int]]:
    """(first, last) line of each run of short lines whose fields make one row."""
    import numpy as np

    groups = []
    candidates = np.flatnonzero(short)
    taken = -1
    for i in candidates.tolist():
        if i <= taken:
            continue
        fields, j = int(counts[i]), i
        while fields < width and j + 1 < len(counts) and short[j + 1]:
            j += 1
            fields += int(counts[j]) - 1  # the cut field is counted on both sides
        if fields == width and j > i:
            groups.append((i, j))
            taken = j
    return groups


def _line_fields(pieces: list[bytes], delim: int, task: Task):
    """(fields per line, blank lines, (piece, start, end) of each line's break)."""
    import numpy as np

    counts, blanks, where = [], [], []
    inside = 0  # inside quotes at the start of the piece
    carry_fields = carry_len = 0  # of a line that began in an earlier piece
    for k, raw in enumerate(pieces):
        task.step()
        b = np.frombuffer(raw, dtype=np.uint8)
        if not len(b):
            continue
        quotes = b == 34
        if quotes.any():
            outside = (np.bitwise_xor.accumulate(quotes.view(np.uint8)) ^ inside) == 0
            inside = (int(quotes.sum()) + inside) % 2
        else:
            outside = np.full(len(b), not inside)
        nl = b == 10
        cr = b == 13
        lone_cr = cr.copy()
        lone_cr[:-1] &= ~nl[1:]
        if k + 1 < len(pieces) and pieces[k + 1][:1] == b"\n":
            lone_cr[-1] = False
        ends = np.flatnonzero((nl | lone_cr) & outside)
        delims = np.flatnonzero((b == delim) & outside)
        crlf = np.zeros(len(ends), dtype=bool)
        crlf[ends > 0] = cr[ends[ends > 0] - 1] & nl[ends[ends > 0]]
        starts = ends - crlf  # the break: '\r\n', '\n' or '\r'
        per_line = np.diff(np.searchsorted(delims, np.concatenate(([-1], ends)))) + 1
        begins = np.concatenate(([0], ends[:-1] + 1))
        length = starts - begins
        if len(per_line):
            per_line[0] += carry_fields
            length[0] += carry_len
        counts.append(per_line)
        blanks.append(length == 0)
        where += [(k, int(s), int(e) + 1) for s, e in zip(starts, ends, strict=True)]
        tail = ends[-1] + 1 if len(ends) else 0
        carry_fields = (carry_fields if not len(ends) else 0) + int(
            np.searchsorted(delims, len(b)) - np.searchsorted(delims, tail))
        carry_len = (carry_len if not len(ends) else 0) + len(b) - tail
    if carry_len:  # a last line without a line break
        counts.append(np.array([carry_fields + 1]))
        blanks.append(np.array([False]))
        last = len(pieces) - 1
        where.append((last, len(pieces[last]), len(pieces[last])))
    if not counts:
        return np.zeros(0, int), np.zeros(0, bool), []
    return np.concatenate(counts), np.concatenate(blanks), where


def _other_delimiter(pieces: list[bytes], where: list, short, width: int, delimiter: str,
                     path: Path) -> str | None:
    """A warning when the short lines are whole rows separated by another delimiter (a file
    pieced together from two exports)."""
    import csv

    import numpy as np

    lines = np.flatnonzero(short)
    for other in (",", ";", "\t", "|"):
        if other == delimiter:
            continue
        hits = []
        for i in lines[:200].tolist():
            piece, end = where[i][0], where[i][1]
            begin = where[i - 1][2] if i and where[i - 1][0] == piece else 0
            text = pieces[piece][begin:end].decode("utf-8", "replace")
            try:
                fields = next(csv.reader([text], delimiter=other), [])
            except csv.Error:  # a lone carriage return or an open quote: not a whole row
                continue
            if len(fields) == width:
                hits.append(i)
        if len(hits) > len(lines[:200]) // 2:
            return translate(
                "io", "{n} line(s) of {file} have fewer fields than the other rows, and look "
                "separated by '{other}' instead of '{delimiter}' (lines {rows}): their answers "
                "were read into the first column. Export the file again with one delimiter.",
                None, len(lines)).format(
                    n=count(len(lines)), file=shown(path), other=other.replace("\t", "tab"),
                    delimiter=delimiter.replace("\t", "tab"),
                    rows=", ".join(str(i + 1) for i in hits[:ROWS_NAMED]))
    return None


def _warning(groups: list[tuple[int, int]], path: Path) -> str:
    rows = ", ".join(translate("io", "{first}-{last}").format(first=f + 1, last=last + 1)
                     for f, last in groups[:ROWS_NAMED])
    if len(groups) > ROWS_NAMED:
        rows += " " + translate("io", "and {n} more").format(n=count(len(groups) - ROWS_NAMED))
    return translate(
        "io", "{n} row(s) of {file} were split over several lines by a line break inside an "
        "answer that is not in quotes (lines {rows}); each was joined again, the break read as "
        "a space. Check those answers; export the file again with quoted text if you can.",
        None, len(groups)).format(n=count(len(groups)), file=shown(path), rows=rows)
