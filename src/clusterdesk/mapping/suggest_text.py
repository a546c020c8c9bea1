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


# Answers and headers are compared on their first characters only: a code or a question is never
# longer, and a free-text cell of megabytes must not make every comparison slow.
MAX_TEXT = 2000


def clean(text: object) -> str:
    """Lower-case words separated by single spaces: the form every comparison uses."""
    if text is None:
        return ""
    s = str(text)[:MAX_TEXT].casefold().replace("’", "'")
    s = _RND.sub(" rnd ", s)
    s = s.replace("%", " % ").replace("_", " ")
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def clean_header(text: object) -> str:
    """A header or question text cleaned, its leading question number removed."""
    return clean(strip_question_number(str(text or "")))


@lru_cache(maxsize=4096)
def _body(entry: str) -> tuple[str, bool]:
    """An entry's cleaned words, and whether it must be a whole word ("=")."""
    exact = entry.startswith("=")
    return clean(entry.lstrip("=")) or entry.lstrip("="), exact


def _regex(body: str, exact: bool) -> str:
    return re.escape(body) + (r"(?![\w%])" if exact else "")


@lru_cache(maxsize=4096)
def _pattern(entry: str) -> tuple[re.Pattern[str], str, bool]:
    body, exact = _body(entry)
    return re.compile(r"(?<![\w%])" + _regex(body, exact)), body, exact


def _fuzzy_ok(entry: str) -> bool:
    """Only long single-word entries (not "=" whole-word ones) also match typos."""
    body, exact = _body(entry)
    return not exact and " " not in body and len(body) >= FUZZY_MIN_LENGTH


def _fuzzy_hit(body: str, text: str) -> bool:
    return _fuzzy_any((body,), text.split())


def _fuzzy_any(bodies: tuple[str, ...], tokens: list[str]) -> bool:
    for body in bodies:
        size = len(body)
        for token in tokens:
            if len(token) >= size - 1 and _close(token[: size + 1], body):
                return True
    return False


def matches(entry: str, text: str, fuzzy: bool = True) -> bool:
    """Does a vocabulary entry occur in cleaned text? (prefix per word; '=' whole word; typos)."""
    pattern, body, _ = _pattern(entry)
    if pattern.search(text):
        return True
    return fuzzy and _fuzzy_ok(entry) and _fuzzy_hit(body, text)


def _char_bound(a: str, b: str) -> float:
    """An upper bound of difflib's ratio: only characters both strings contain can match."""
    common = sum(c in b for c in a)
    return 2.0 * min(common, len(b)) / (len(a) + len(b)) if a or b else 1.0


@lru_cache(maxsize=65536)
def _close(token: str, body: str) -> bool:
    # Most word pairs share too few letters to be a typo; the bound rules them out without
    # building a SequenceMatcher, and never rules out a pair difflib would accept.
    if _char_bound(token, body) < FUZZY_RATIO:
        return False
    return difflib.SequenceMatcher(None, token, body).ratio() >= FUZZY_RATIO


@lru_cache(maxsize=1024)
def _group(entries: tuple[str, ...], fuzzy: bool) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """All entries of a word list as one regex (same lookarounds), and the bodies that may also
    match typos: one search instead of one per entry."""
    alternatives = "|".join(_regex(*_body(entry)) for entry in entries)
    pattern = re.compile(r"(?<![\w%])(?:" + alternatives + ")") if entries else None
    bodies = tuple(dict.fromkeys(_body(e)[0] for e in entries if _fuzzy_ok(e))) if fuzzy \
        else ()
    return pattern, bodies


@lru_cache(maxsize=1 << 18)
def _token_close(bodies: tuple[str, ...], token: str) -> bool:
    """Is one word a typo of one of the bodies? Words recur across headers and answers."""
    return _fuzzy_any(bodies, [token])


@lru_cache(maxsize=65536)
def _any_match(entries: tuple[str, ...], text: str, fuzzy: bool) -> bool:
    pattern, bodies = _group(entries, fuzzy)
    if pattern is not None and pattern.search(text):
        return True
    return bool(bodies) and any(_token_close(bodies, token) for token in text.split())


def any_match(entries: tuple[str, ...] | list[str], text: str, fuzzy: bool = True) -> bool:
    """Does any entry match (as ``matches``)? Answers and header words repeat across columns,
    so results are remembered."""
    return _any_match(tuple(entries), text, fuzzy)
