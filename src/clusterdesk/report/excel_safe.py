"""Survey text made inert before it reaches a cell.

A survey export is untrusted: a region called ``=HYPERLINK(...)`` or ``@SUM(...)`` must show as
that text and never run when the workbook is opened or the cell is edited. Excel also refuses
XML control characters and cells over 32,767 characters, which would corrupt the whole file.
"""

from __future__ import annotations

import math
import re

EXCEL_MAX_TEXT = 32_767
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
TRUNCATION_MARK = " […]"
# C0 controls except tab, line feed and carriage return, DEL and C1 controls: invalid in XML 1.0
# or invisible junk in a cell.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> tuple[str, bool]:
    """Control characters removed and cut to Excel's limit; returns (text, was_truncated)."""
    text = _CONTROL.sub("", text)
    if len(text) > EXCEL_MAX_TEXT:
        return text[: EXCEL_MAX_TEXT - len(TRUNCATION_MARK)] + TRUNCATION_MARK, True
    return text, False


def is_risky(text: str) -> bool:
    """True when Excel could read the text as a formula (now or when the cell is edited)."""
    return text.startswith(RISKY_START)


def plain_number(value: object) -> float | int | None:
    """A finite int/float as a Python number, None for NaN/inf/None (never 'nan' in a cell)."""
    if value is None or isinstance(value, bool):
        return None if value is None else int(value)
    try:
        f = float(value)  # numpy scalars too
    except (TypeError, ValueError):
        return None
    if not math.isfinite(f):
        return None
    if isinstance(value, int) or (hasattr(value, "dtype") and value.dtype.kind in "iu"):
        return int(value)
    return f
