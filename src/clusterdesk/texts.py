"""Messages from below the GUI in the interface language, without Qt down there.

The engine (io, mapping, analysis, report) words its messages in English and passes each one
through ``translate(context, text)`` at the moment it is made, then fills named placeholders with
``.format`` so a translation may reorder them::

    translate("io", "{file} holds no data.").format(file=shown(path))

By default ``translate`` returns the text unchanged, so the command line, the results file and
the tests stay English. The GUI installs ``QCoreApplication.translate`` as the hook when the
interface is Norwegian (gui/i18n.py); Qt documents that function as thread-safe once the
translators are installed, which they are at start-up before any worker runs.

pyside6-lupdate finds these calls by the name ``translate`` with literal arguments (never an
f-string or a variable), into resources/translations/clusterdesk_engine_nb.ts. Texts kept in
module constants are written as ``lambda: translate(...)`` so that they are translated when used,
not when the module is imported. A count passed as ``n`` picks Qt's plural form of the
translation ("1 rad" / "2 rader"); the English text is written to suit every count.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]  # (context, text, disambiguation, n)

_hook: Translator | None = None
_lang = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (itself when no translator is installed)."""
    hook = _hook
    if hook is None:
        return text
    return hook(context, text, disambiguation, n)


def set_translator(fn: Translator | None, lang: str = "en") -> None:
    """Install (or with None remove) the hook that translates, and the language it speaks, which
    decides how numbers are written in messages (``count``)."""
    global _hook, _lang
    _hook = fn
    _lang = lang if fn is not None else "en"


def language() -> str:
    """'en', or the language of the installed translator ('nb')."""
    return _lang


def quote(text: object) -> str:
    """A name or value inside a message: 'Sp10' in English, «Sp10» in Norwegian."""
    return f"«{text}»" if _lang == "nb" else f"'{text}'"


def count(n: float) -> str:
    """A whole number as the message's language writes it: 12,345 in English, 12 345 in
    Norwegian (a comma there would read as a decimal comma)."""
    text = f"{n:,.0f}"
    return text.replace(",", "\u00a0") if _lang == "nb" else text


def decimal(x: float, places: int = 1) -> str:
    """A decimal number with the language's decimal mark: 3.5 / 3,5 (thousands as in count)."""
    text = f"{x:,.{places}f}"
    if _lang == "nb":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
