"""The interface language: English or Norwegian bokmål, chosen in Preferences or by the system.

Translations live in Qt's .ts format in resources/translations (edited with Qt Linguist, updated
with `python resources/translations/update.py`). The compiled .qm files are build outputs and are
not committed: `ensure_compiled()` runs pyside6-lrelease when a .qm is missing or older than its
.ts (the PyInstaller spec calls it before bundling; a source checkout compiles at first start).
Where the resources folder is read-only the .qm goes to a per-user cache folder instead.

Qt ships no bokmål catalogue for its own dialogs (qtbase_nb does not exist), so the few Qt strings
the analyst sees (wizard buttons, Close, Cancel) are translated in clusterdesk_terms_nb.ts, with the role names from the glossary.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from clusterdesk import texts
from clusterdesk.gui.role_help import role_help as role_help  # named here for the wizard
from clusterdesk.paths import resource

SETTINGS_KEY = "ui/language"
CHOICES = ("system", "en", "nb")
# file stems: <stem>_<lang>.ts; clusterdesk_nb.ts also holds the messages of io, mapping, analysis
# and report (see clusterdesk.texts)
CATALOGUES = ("clusterdesk", "clusterdesk_terms")
_NORWEGIAN = ("nb", "nn", "no")  # locale name prefixes (names, not enums: PySide builds an
# enum's Python type on first use, and QLocale.Language's 300 members cost start-up time)
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def translations_dir() -> Path:
    return resource("translations")


def chosen(store: QSettings | None = None) -> str:
    """The Preferences choice: 'system' (the default), 'en' or 'nb'."""
    if store is None:
        from clusterdesk.gui.recent import settings

        store = settings()
    value = store.value(SETTINGS_KEY, "system")
    return value if value in CHOICES else "system"


def set_chosen(choice: str, store: QSettings | None = None) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown interface language {choice!r}")
    if store is None:
        from clusterdesk.gui.recent import settings

        store = settings()
    store.setValue(SETTINGS_KEY, choice)
    store.sync()


def effective(choice: str, system: QLocale | None = None) -> str:
    """'nb' or 'en': a Norwegian system locale (bokmål or nynorsk: the nearest we have) gives
    bokmål, anything else English."""
    if choice in ("en", "nb"):
        return choice
    locale = system if system is not None else QLocale.system()
    return "nb" if locale.name()[:2] in _NORWEGIAN else "en"


def _lrelease() -> str | None:
    """pyside6-lrelease next to this Python (a venv), on PATH, or the binary inside PySide6."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).is_file():
            return str(here / name)
    import shutil

    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (base / name).is_file():
            return str(base / name)
    return None


def _cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    base = Path(root) if root else Path.home() / ".cache"
    return base / "ClusterDesk" / "translations"


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_file(stem: str, lang: str) -> Path | None:
    """The compiled catalogue to load: next to the .ts, else in the cache; None if neither."""
    ts = translations_dir() / f"{stem}_{lang}.ts"
    for qm in (ts.with_suffix(".qm"), _cache_dir() / f"{stem}_{lang}.qm"):
        if _fresh(qm, ts):
            return qm
    return None


def ensure_compiled(lang: str = "nb", out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts of `lang` whose .qm is missing or outdated; returns the .qm files.

    Without lrelease (a bundle always has its .qm) an outdated .qm is still used rather than none.
    """
    out: list[Path] = []
    for stem in CATALOGUES:
        ts = translations_dir() / f"{stem}_{lang}.ts"
        if not ts.is_file():
            continue
        if out_dir is None:
            existing = qm_file(stem, lang)
            if existing is not None:
                out.append(existing)
                continue
        targets = [out_dir] if out_dir is not None else [ts.parent, _cache_dir()]
        made = _compile(ts, targets)
        if made is not None:
            out.append(made)
        elif ts.with_suffix(".qm").is_file():  # e.g. a bundle, whose copied files' times vary
            out.append(ts.with_suffix(".qm"))
    return out


def _compile(ts: Path, folders: list[Path]) -> Path | None:
    """The .qm made by lrelease in the first folder that takes it; None without lrelease."""
    import subprocess

    tool = _lrelease()
    if tool is None:
        return None
    for folder in folders:
        qm = Path(folder) / ts.with_suffix(".qm").name
        try:
            qm.parent.mkdir(parents=True, exist_ok=True)
            done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)],
                                  capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0 and qm.is_file():
            return qm
    return None


def install(lang: str, app: QCoreApplication | None = None,
            catalogues: list[Path] | None = None) -> str:
    """Make `lang` ('en' or 'nb') the interface language of the running app: our catalogues,
    Qt's own strings and the number format (QLocale default, so QLocale().toString writes a
    decimal comma in Norwegian). Widgets made afterwards are translated, and so are the engine's
    messages made afterwards (clusterdesk.texts, in any thread); returns `lang`.
    `catalogues`: the .qm files to load (default: ensure_compiled's)."""
    app = app or QCoreApplication.instance()
    texts.set_translator(None)  # the engine speaks English until the new catalogues are in
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang == "nb":
        QLocale.setDefault(QLocale("nb_NO"))
        for qm in ensure_compiled("nb") if catalogues is None else catalogues:
            translator = QTranslator(app)
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
        texts.set_translator(_engine_translate, "nb")
    else:
        QLocale.setDefault(QLocale("en_GB"))
    return lang


def install_chosen(app: QCoreApplication | None = None, store: QSettings | None = None) -> str:
    """At start-up: the Preferences choice, or the system locale; returns 'en' or 'nb'."""
    lang = effective(chosen(store))
    if lang == "en":  # nothing to load: the sources are English
        QLocale.setDefault(QLocale("en_GB"))
        texts.set_translator(None)
        return lang
    return install(lang, app)


def _engine_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The hook of clusterdesk.texts: Qt's lookup, which is thread-safe once the translators are
    installed (messages are often made in worker threads)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def current() -> str:
    """The language in use now ('nb' when a Norwegian catalogue is installed)."""
    return "nb" if _installed else "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate for module-level code: `i18n.translate("Context", "Text")` is
    found by lupdate (it reads the literal arguments; never pass an f-string)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def role_label(key: str) -> str:
    """A role's name in the interface language, the same word as the workbook's (glossary)."""
    from clusterdesk.mapping.roles import label

    return QCoreApplication.translate("Roles", label(key))


def outcome_label(key: str) -> str:
    from clusterdesk.mapping.roles import OUTCOME_SHORT

    return QCoreApplication.translate("Outcomes", OUTCOME_SHORT.get(key, key))


def location_label(key: str) -> str:
    return QCoreApplication.translate("Locations", key.capitalize())


def explain(widget, text: str) -> None:
    """The same (translated) help as tooltip and What's-This text: every control gets both."""
    widget.setToolTip(text)
    widget.setWhatsThis(text)
