"""The comparison rule of spec section 2, shared by coding, validation and suggestions."""

from __future__ import annotations

import math
import numbers
import re

_SPACES = re.compile(r"\s+")
# control and invisible format characters (not the ones \s already treats as spaces): an answer
# that differs from another only by them is the same answer
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u061c\u180e"
                       "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                       "\ufff9-\ufffb]")
_INTEGRAL_TEXT = re.compile(r"^[+-]?\d+\.0*$")


def normalize(value: object) -> str | None:
    """Raw cell -> comparison key: trimmed, inner spaces collapsed, case-folded; blank/NaN -> None.

    A number with an integral value is written without decimals (1.0 -> "1") so that a code typed
    as "1" matches a cell that a spreadsheet stored as 1.0 (or a CSV wrote as "1.0").
    """
    # the two kinds nearly every cell is, tested first: the ABC checks below are slow per cell
    kind = type(value)
    if kind is str:
        return _text_key(value)
    if kind is float:
        if value != value:
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        f = float(value)
        if math.isnan(f):
            return None
        return str(int(f)) if f.is_integer() else repr(f)
    return _text_key(str(value))


def _text_key(value: str) -> str | None:
    text = _SPACES.sub(" ", INVISIBLE.sub("", value)).strip()
    if not text:
        return None
    if _INTEGRAL_TEXT.match(text):
        return str(int(float(text)))
    folded = text.casefold()
    return None if folded == "nan" else folded


def display(value: object) -> str:
    """A raw cell as the analyst should see it in messages and code tables."""
    kind = type(value)
    if kind is str:
        return _SPACES.sub(" ", INVISIBLE.sub("", value)).strip()
    if kind is float:  # its text has no spaces or invisible characters to remove
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        f = float(value)
        if f.is_integer():
            return str(int(f))
    return _SPACES.sub(" ", INVISIBLE.sub("", str(value))).strip()


def normalize_all(values) -> list[str | None]:
    """``[normalize(v) for v in values]``; an array of float64 (an id column of numbers, with
    as many distinct values as firms) without a function call per value."""
    if str(getattr(values, "dtype", "")) == "float64":
        return [None if f != f else str(int(f)) if f.is_integer() else repr(f)
                for f in values.tolist()]
    return [normalize(v) for v in values]


def display_all(values) -> list[str]:
    """``[display(v) for v in values]``, float64 arrays as in normalize_all."""
    if str(getattr(values, "dtype", "")) == "float64":
        return [str(int(f)) if f.is_integer() else str(f) for f in values.tolist()]
    return [display(v) for v in values]
