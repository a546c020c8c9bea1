"""Text helpers of the mapping assistant: cleaning headers and answers, matching vocabulary words
(with typos), and reading numbers the way spreadsheets write them.

Fuzzy matching uses difflib (standard library) rather than a hand-written distance.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

_QUESTION_NUMBER = re.compile(
    r"^\s*(?:[a-zæøå]{0,4}\d+[a-z]?(?:[._\-]\d*[a-z]?)*)(?:[\s.:)\-_]+|$)", re.IGNORECASE)
_RND = re.compile(r"\br\s*(?:&|and|og|\+)\s*d\b")
_NON_WORD = re.compile(r"[^\w%]+")
_SPACES = re.compile(r"\s+")
FUZZY_MIN_LENGTH = 7
FUZZY_RATIO = 0.85


def strip_question_number(text: str) -> str:
    """'Sp7_1 Hvor befinner ...' -> 'Hvor befinner ...'; 'Q10 New ...' -> 'New ...'.

    A name that is only a number code ('Q10', 'V7') is kept: it is all there is to show.
    """
    stripped = _QUESTION_NUMBER.sub("", text, count=1)
    return stripped if stripped.strip() else text


def clean(text: object) -> str:
    """Lower-case words separated by single spaces: the form every comparison uses."""
    if text is None:
        return ""
    s = str(text).casefold().replace("’", "'")
    s = _RND.sub(" rnd ", s)
    s = s.replace("%", " % ").replace("_", " ")
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def clean_header(text: object) -> str:
    """A header or question text cleaned, its leading question number removed."""
    return clean(strip_question_number(str(text or "")))


@lru_cache(maxsize=4096)
def _pattern(entry: str) -> tuple[re.Pattern[str], str, bool]:
    exact = entry.startswith("=")
    body = clean(entry.lstrip("=")) or entry.lstrip("=")
    tail = r"(?![\w%])" if exact else ""
    return re.compile(r"(?<![\w%])" + re.escape(body) + tail), body, exact


def matches(entry: str, text: str, fuzzy: bool = True) -> bool:
    """Does a vocabulary entry occur in cleaned text? (prefix per word; '=' whole word; typos)."""
    pattern, body, exact = _pattern(entry)
    if pattern.search(text):
        return True
    if not fuzzy or exact or " " in body or len(body) < FUZZY_MIN_LENGTH:
        return False
    for token in text.split():
        if len(token) >= len(body) - 1 and _close(token[: len(body) + 1], body):
            return True
    return False


@lru_cache(maxsize=65536)
def _close(token: str, body: str) -> bool:
    return difflib.SequenceMatcher(None, token, body).ratio() >= FUZZY_RATIO


def any_match(entries: tuple[str, ...] | list[str], text: str, fuzzy: bool = True) -> bool:
    return any(matches(e, text, fuzzy) for e in entries)


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}([,. \u00a0']\d{3})+$")


def parse_number(value: object) -> float | None:
    """A cell as a number: decimal comma, percent sign, thousands separators; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        f = float(value)
        return None if f != f else f
    if value is None:
        return None
    s = str(value).strip().replace("\u00a0", " ").rstrip("%").strip()
    if not s:
        return None
    if _THOUSANDS.match(s) and not ("," in s and "." in s):
        sep = s[-4]
        if sep in " '\u00a0" or s.count(sep) > 1:
            s = s.replace(sep, "")
    s = s.replace(" ", "")
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else \
            s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    try:
        f = float(s)
    except ValueError:
        return None
    return None if f != f else f
