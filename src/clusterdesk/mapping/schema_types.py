"""The typed checks under the mapping file's schema (mapping/schema.py): each one either returns
or raises one UserError naming the file, the key and what the key expects."""

from __future__ import annotations

import json
from typing import Any

from clusterdesk.errors import UserError
from clusterdesk.texts import translate


class Where:
    """The file being checked (as its origin phrase, "The mapping file 'x.json'") and the
    dotted key inside it, so every refusal says both."""

    def __init__(self, origin: str, key: str = "") -> None:
        self.origin = origin
        self.key = key

    def at(self, name: object) -> Where:
        return Where(self.origin, f"{self.key}.{name}" if self.key else str(name))

    def refuse(self, expected: str, value: object, reason: str | None = None) -> UserError:
        """'{origin} is not valid: 'settings.min_answered' must be a whole number from 1 to 6,
        not "4". Correct it ...' (``reason`` replaces the 'not <value>' part when given)."""
        why = reason if reason is not None else translate("mapping", "not {value}").format(
            value=shown(value))
        return UserError(translate(
            "mapping", "{origin} is not valid: '{key}' must be {expected}, {why}. Correct it in "
            "the file or save the mapping again from ClusterDesk.").format(
                origin=self.origin, key=self.key, expected=expected, why=why))


def shown(value: object) -> str:
    """A JSON value as the file holds it, so "4" (text) and 4 (a number) look different."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def obj(value: Any, where: Where, what: str | None = None) -> dict[str, Any]:
    """An object ({...}); null counts as absent (an empty object)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise where.refuse(what or translate("mapping", "an object ({...})"), value)
    return value


def text(value: Any, where: Where, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise where.refuse(translate("mapping", "text in quotes"), value)
    return value


def whole(value: Any, where: Where, low: int, high: int | None = None,
          optional: bool = False) -> int | None:
    """A whole number in [low, high] (JSON 4, not "4", 4.5 or true)."""
    if value is None and optional:
        return None
    if high is None:
        expected = translate("mapping", "a whole number of at least {low} (without quotes)")
    else:
        expected = translate("mapping", "a whole number from {low} to {high} (without quotes)")
    expected = expected.format(low=low, high=high)
    if not is_int(value) or value < low or (high is not None and value > high):
        raise where.refuse(expected, value)
    return value


def flag(value: Any, where: Where) -> bool:
    if not isinstance(value, bool):
        raise where.refuse(translate("mapping", "true or false (without quotes)"), value)
    return value


def choice(value: Any, where: Where, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise where.refuse(translate("mapping", "one of {allowed}").format(
            allowed=", ".join(f'"{a}"' for a in allowed)), value)
    return value


def answers(value: Any, where: Where) -> list[Any]:
    """A list of answers as the survey writes them: texts or numbers, nothing nested."""
    if not isinstance(value, list):
        raise where.refuse(translate("mapping", "a list of answers in [ ]"), value)
    for i, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise where.at(i).refuse(translate("mapping", "an answer (text or a number)"), item)
    return value


def names(value: Any, where: Where, minimum: int = 0) -> list[str]:
    """A list of column names (texts)."""
    if not isinstance(value, list) or len(value) < minimum:
        expected = (translate("mapping", "a list of column names in [ ]") if minimum == 0 else
                    translate("mapping", "a list of at least {n} column names in [ ]").format(
                        n=minimum))
        raise where.refuse(expected, value)
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise where.at(i).refuse(translate("mapping", "a column name in quotes"), item)
    return value


def subset(value: Any, where: Where, allowed: tuple[str, ...], minimum: int = 0) -> list[str]:
    """A list of distinct values out of ``allowed``."""
    expected = translate("mapping", "a list of {allowed} (each at most once)").format(
        allowed=", ".join(f'"{a}"' for a in allowed))
    if not isinstance(value, list) or len(value) < minimum:
        raise where.refuse(expected, value)
    for item in value:
        if not isinstance(item, str) or item not in allowed or value.count(item) > 1:
            raise where.refuse(expected, value)
    return value
