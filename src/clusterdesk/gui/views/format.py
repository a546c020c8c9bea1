"""Display text for numbers, from the Excel-style format a Column carries.

The GUI renders what the engine computed; it only decides how many decimals to show, so every
view, the clipboard's HTML and the workbook agree on what "52.2" means. The decimal mark is the
interface language's (QLocale's default: a comma in Norwegian, "52,2"); the clipboard's full
values choose theirs separately (full()).
"""

from __future__ import annotations

import math

DASH = "–"  # en dash between interval bounds, as in "52.2 (49.9–54.5)"


def decimals(fmt: str) -> int:
    """Decimals of a format code such as '0', '0.0' or '0.000'."""
    if "." not in fmt:
        return 0
    return sum(1 for ch in fmt.split(".", 1)[1] if ch in "0#")


def is_number(value: object) -> bool:
    """A finite real number (None, NaN and text are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        try:
            value = float(value)  # numpy scalars
        except (TypeError, ValueError):
            return False
    return math.isfinite(value)


def number(value: object, fmt: str = "0.0") -> str:
    """``value`` with the decimals of ``fmt``; empty for None/NaN, the text itself for text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not is_number(value):
        return ""
    return _mark(f"{float(value):.{decimals(fmt)}f}")


def interval(value: object, low: object, high: object, fmt: str = "0.0") -> str:
    """'52.2 (49.9–54.5)', or the value alone when the interval is missing."""
    text = number(value, fmt)
    if is_number(value) and is_number(low) and is_number(high):
        return f"{text} ({number(low, fmt)}{DASH}{number(high, fmt)})"
    return text


def pvalue(p: object) -> str:
    """A p-value as journals print it: three decimals, '<0.001' below that."""
    if not is_number(p):
        return ""
    return _mark("<0.001" if float(p) < 0.001 else f"{float(p):.3f}")


def decimal_mark() -> str:
    """The decimal mark of the interface language ("," in Norwegian)."""
    from PySide6.QtCore import QLocale

    return QLocale().decimalPoint() or "."


def _mark(text: str) -> str:
    mark = decimal_mark()
    return text.replace(".", mark) if mark != "." else text


def full(value: object, decimal: str = ".") -> str:
    """The full value for the clipboard: repr of the float (every digit), chosen decimal mark."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not is_number(value):
        return ""
    f = float(value)
    text = str(int(f)) if f.is_integer() and abs(f) < 1e15 else repr(f)
    return text.replace(".", decimal) if decimal != "." else text
