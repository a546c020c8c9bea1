"""Hand-edited mapping and project files for benchmarks/fault_campaign.py: every key of a valid
document given a wrong type or range, keys deleted or written twice, JSON broken at random
places, the encodings a Windows editor writes, one column for two roles, thresholds beyond the
factors. Each case is the file's bytes and what a person would expect of it."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Doc:
    """One file to try: its bytes, and the outcome expected.

    ``ok``: exit 0 expected (None: 0 or a refusal both fine); ``key``: the key a refusal must
    name (when it is refused)."""

    cls: str
    name: str
    data: bytes
    ok: bool | None = None
    key: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _paths(doc: Any, prefix: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """(path, value) of every key and list item below ``doc``, parents before children."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield (*prefix, k), v
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield (*prefix, i), v
            yield from _paths(v, (*prefix, i))


def _set(doc: Any, path: tuple, value: Any) -> Any:
    out = json.loads(json.dumps(doc))
    node = out
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = value
    return out


def _delete(doc: Any, path: tuple) -> Any:
    out = json.loads(json.dumps(doc))
    node = out
    for k in path[:-1]:
        node = node[k]
    del node[path[-1]]
    return out


def _wrong(value: Any) -> list[Any]:
    """Values of another type, or out of any sensible range, for a key holding ``value``."""
    if isinstance(value, bool):
        return ["yes", 1, [value]]
    if isinstance(value, int):
        return [str(value), value + 0.5, -1, 10**12, True, [value], "one"]
    if isinstance(value, str):
        return [7, [value], {"name": value}, True, ""]
    if isinstance(value, list):
        return [{"0": value}, "a, b", 3, [[x] for x in value] or [[1]]]
    if isinstance(value, dict):
        return [list(value), "text", 4, []]
    return ["text", 5]


def _key(path: tuple) -> str:
    return ".".join(str(p) for p in path)


# Keys and items whose wrong type is still a meaningful file: an answer may be a number in the
# survey (so 7 for "Yes" is an answer, not a wrong type) and null means "absent" everywhere.
def _harmless(path: tuple, wrong: Any) -> bool:
    if path[0] == "mapping" and len(path) > 1:  # a project's mapping: the same rules as a mapping file's
        path = path[1:]
    if wrong == "":  # an empty text reads as "not given" (no column, no relative path)
        return True
    if path[0] in ("codes", "order") and isinstance(path[-1], int):
        return isinstance(wrong, (int, float, str)) and not isinstance(wrong, bool)
    if path[0] == "labels" and isinstance(wrong, str):
        return True
    if path[0] == "source" and path[-1] == "sheet" and isinstance(wrong, str):
        return True
    return False


def wrong_types(base: dict, rng: random.Random, limit: int) -> list[Doc]:
    cases = []
    for path, value in _paths(base):
        if path in (("format",), ("version",)):
            continue
        for wrong in _wrong(value):
            ok = True if _harmless(path, wrong) else False
            doc = _set(base, path, wrong)
            cases.append(Doc("wrong type/range", f"{_key(path)} = {json.dumps(wrong)[:30]}",
                             _dump(doc), ok=None if ok else False,
                             key=None if ok else _refused_key(path, wrong),
                             extra={"value": json.dumps(wrong)}))
    rng.shuffle(cases)
    return cases[:limit]


def _refused_key(path: tuple, wrong: Any) -> str:
    """The word a refusal must name: the key's own name (its list's, for a bad item)."""
    return next(str(p) for p in reversed(path) if not isinstance(p, int))


def deleted_keys(base: dict) -> list[Doc]:
    out = []
    for path, _ in _paths(base):
        if len(path) > 2 or isinstance(path[-1], int):
            continue
        # without "format" it is no mapping; a role, a code list or a setting left out is a
        # smaller mapping (the role is not analysed, the default applies)
        must_refuse = path == ("format",)
        out.append(Doc("deleted key", _key(path), _dump(_delete(base, path)),
                       ok=False if must_refuse else None,
                       key="format" if must_refuse else None))
    return out


def duplicated_keys(base: dict, rng: random.Random, limit: int) -> list[Doc]:
    """A key written twice with two values (a copy-paste in an editor)."""
    text = _dump(base).decode()
    lines = text.splitlines()
    keyed = [i for i, ln in enumerate(lines) if ln.strip().startswith('"') and '":' in ln
             and ln.rstrip().endswith(",")]
    out = []
    for i in rng.sample(keyed, min(limit, len(keyed))):
        key = lines[i].strip().split('"')[1]
        dup = lines[:i + 1] + [lines[i]] + lines[i + 1:]
        out.append(Doc("duplicated key", f"{key} twice (line {i + 1})",
                       "\n".join(dup).encode(), ok=False, key=key))
    return out


def broken_json(base: dict, rng: random.Random, limit: int) -> list[Doc]:
    """A character deleted, doubled or replaced at a random place."""
    text = _dump(base).decode()
    out = []
    for _ in range(limit):
        at = rng.randrange(len(text))
        how = rng.choice(["delete", "double", "replace"])
        new = (text[:at] + text[at + 1:] if how == "delete" else
               text[:at] + text[at] * 2 + text[at + 1:] if how == "double" else
               text[:at] + rng.choice('{}[],:"x\\') + text[at + 1:])
        try:
            json.loads(new)
            still = True
        except ValueError:
            still = False
        out.append(Doc("JSON broken", f"{how} at {at}", new.encode(), ok=None if still else False,
                       extra={"syntax": not still}))
    return out


ENCODINGS = {"utf-8": lambda t: t.encode("utf-8"),
             "utf-8 BOM": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
             "utf-16 LE BOM": lambda t: t.encode("utf-16"),  # Notepad's "Unicode"
             "utf-16 BE BOM": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
             "cp1252": lambda t: t.encode("cp1252")}


def encodings(base: dict) -> list[Doc]:
    text = json.dumps(base, ensure_ascii=False, indent=2)
    return [Doc("encoding", name, enc(text), ok=True, extra={"same_as_base": True})
            for name, enc in ENCODINGS.items()]


def shared_columns(base: dict, rng: random.Random, limit: int) -> list[Doc]:
    roles = [r for r, c in base["columns"].items() if isinstance(c, str)]
    out = []
    for _ in range(limit):
        a, b = rng.sample(roles, 2)
        doc = _set(base, ("columns", b), base["columns"][a])
        out.append(Doc("one column, two roles", f"{b} = {a}'s column", _dump(doc), ok=False,
                       key=f"columns.{max(a, b, key=list(base['columns']).index)}"))
    return out


def thresholds(base: dict, factors: int) -> list[Doc]:
    out = []
    for key in ("min_answered", "regional_min", "nonregional_max"):
        for value in (factors + 1, factors + 3, 0 if key != "nonregional_max" else -1):
            doc = _set(base, ("settings", key), value)
            out.append(Doc("threshold out of range", f"{key} = {value}", _dump(doc), ok=False,
                           key=f"settings.{key}"))
    return out


def mapping_docs(base: dict, rng: random.Random, quick: bool, factors: int = 6) -> list[Doc]:
    return [*wrong_types(base, rng, 40 if quick else 110),
            *deleted_keys(base)[: 10 if quick else None],
            *duplicated_keys(base, rng, 5 if quick else 12),
            *broken_json(base, rng, 10 if quick else 30),
            *encodings(base), *shared_columns(base, rng, 3 if quick else 8),
            *thresholds(base, factors)]


def project_docs(project: dict, rng: random.Random, quick: bool) -> list[Doc]:
    """The same kinds of damage to a project file (its own keys and its mapping's)."""
    docs = [*wrong_types(project, rng, 15 if quick else 40),
            *deleted_keys(project)[: 5 if quick else None],
            *duplicated_keys(project, rng, 3 if quick else 6),
            *broken_json(project, rng, 5 if quick else 12), *encodings(project)]
    for d in docs:
        d.cls = "project: " + d.cls
    return docs


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
