"""Reading numbers typed by people: decimal commas, percent signs and thousands separators.

Survey exports from Norwegian tools write "3,5", "12 %", "1 234" or "1.234,5"; English ones write
"1,234.5". One function reads all of them, so that coding, the mapping assistant and the wizard agree
on what is a number.
"""

from __future__ import annotations

import math
import numbers
import re

_THOUSANDS_CHARS = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}([.,]\d{3})+$")
_NATURAL = re.compile(r"(\d+)")
_COMMA_GROUPED = re.compile(r"^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$")


def parse_number(value: object, comma_thousands: bool = False) -> float | None:
    """A cell -> float, or None when it is blank or not a number.

    Rules: spaces, no-break spaces and apostrophes are thousands separators; a trailing or leading
    '%' is dropped (the value stays in percent); with both '.' and ',' the later one is the
    decimal mark ('1.234,5' and '1,234.5'); a single ',' is a decimal comma ('3,5'); a mark
    repeated in groups of three is a thousands separator ('1.234.567', '1,234,567').
    ``comma_thousands`` reads a single ',' as a thousands separator ('1,200' = 1200), for columns
    where every comma stands before groups of three digits (see ``commas_are_thousands``).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, numbers.Real):
        f = float(value)
        return None if math.isnan(f) else f
    text = str(value).strip().replace("\u2212", "-").translate(_THOUSANDS_CHARS)
    text = text.strip("%").strip()
    if not text:
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif commas > 1 or dots > 1:
        if not _GROUPED.match(text):
            return None
        text = text.replace(",", "").replace(".", "")
    elif commas == 1:
        text = text.replace(",", "" if comma_thousands else ".")
    if not _NUMBER.match(text.lower()):
        return None
    f = float(text)
    return f if math.isfinite(f) else None


def commas_are_thousands(values) -> bool:
    """True when every text value with a comma looks like '1,200' or '12,345.5' (English style).

    A column that mixes '1,200' with '3,5' uses decimal commas; one where each comma is followed
    by exactly three digits (and the first group does not start with 0) uses thousands commas.
    """
    texts = [str(v).strip().translate(_THOUSANDS_CHARS).strip("%").strip() for v in values
             if isinstance(v, str) and "," in v]
    return bool(texts) and all(_COMMA_GROUPED.match(t) for t in texts)


def natural_key(text: str) -> tuple:
    """Sort key that puts 'Sector 2' before 'Sector 10' and numbers in numeric order."""
    num = parse_number(text)
    if num is not None:
        return (0, num, "")
    parts = _NATURAL.split(text.casefold())
    return (1, 0.0, tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p))
