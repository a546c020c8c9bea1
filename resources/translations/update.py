"""Refresh the Norwegian catalogues after the GUI's texts change (run from the repository root):

    .venv/bin/python resources/translations/update.py

1. clusterdesk_nb.ts: `pyside6-lupdate` over src/clusterdesk/gui and over the engine's messages
   (io, mapping, analysis, report: their `translate("io", "...")` calls, see clusterdesk.texts);
   it keeps every translation already made; new texts arrive untranslated for Qt Linguist,
   vanished ones are dropped.
2. clusterdesk_terms_nb.ts: written from the one glossary (clusterdesk.report.labels, shared with
   the workbook) for the role, factor and outcome names, plus Qt's own button texts that Qt ships
   no bokmål catalogue for. Edit TERMS_EXTRA / QT_STRINGS below, never that file by hand.

The .qm files are compiled by clusterdesk.gui.i18n.ensure_compiled() (at first start and by the
PyInstaller spec); they are build outputs and are not committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# texts that are not role keys of the glossary: (context, English, bokmål)
TERMS_EXTRA: tuple[tuple[str, str, str], ...] = (
    ("Roles", "Firm id", "Foretaks-ID"),
    ("Roles", "Manager's education level", "Lederens utdanningsnivå"),
    ("Roles", "Survey weight", "Utvalgsvekt"),
)

QT_STRINGS: tuple[tuple[str, str, str], ...] = (
    ("QWizard", "< &Back", "< &Tilbake"), ("QWizard", "&Back", "&Tilbake"),
    ("QWizard", "&Next >", "&Neste >"), ("QWizard", "&Next", "&Neste"),
    ("QWizard", "&Finish", "&Fullfør"), ("QWizard", "Cancel", "Avbryt"),
    ("QWizard", "&Help", "&Hjelp"), ("QWizard", "Commit", "Bekreft"),
    ("QWizard", "Go Back", "Gå tilbake"), ("QWizard", "Continue", "Fortsett"),
    ("QWizard", "Done", "Ferdig"), ("QWizard", "Help", "Hjelp"),
    ("QPlatformTheme", "OK", "OK"), ("QPlatformTheme", "Save", "Lagre"),
    ("QPlatformTheme", "Save All", "Lagre alle"), ("QPlatformTheme", "Open", "Åpne"),
    ("QPlatformTheme", "&Yes", "&Ja"), ("QPlatformTheme", "Yes to &All", "Ja til &alle"),
    ("QPlatformTheme", "&No", "&Nei"), ("QPlatformTheme", "N&o to All", "N&ei til alle"),
    ("QPlatformTheme", "Abort", "Avbryt"), ("QPlatformTheme", "Retry", "Prøv igjen"),
    ("QPlatformTheme", "Ignore", "Ignorer"), ("QPlatformTheme", "Close", "Lukk"),
    ("QPlatformTheme", "Cancel", "Avbryt"), ("QPlatformTheme", "Discard", "Forkast"),
    ("QPlatformTheme", "Help", "Hjelp"), ("QPlatformTheme", "Apply", "Bruk"),
    ("QPlatformTheme", "Reset", "Tilbakestill"),
    ("QPlatformTheme", "Restore Defaults", "Gjenopprett standard"),
    ("QGnomeTheme", "&OK", "&OK"), ("QGnomeTheme", "&Save", "&Lagre"),
    ("QGnomeTheme", "&Cancel", "&Avbryt"), ("QGnomeTheme", "&Close", "&Lukk"),
    ("QGnomeTheme", "Close without Saving", "Lukk uten å lagre"),
    ("QMessageBox", "Show Details...", "Vis detaljer …"),
    ("QMessageBox", "Hide Details...", "Skjul detaljer …"),
    ("QWhatsThisAction", "What's This?", "Hva er dette?"),
    ("QFileDialog", "&Save", "&Lagre"), ("QFileDialog", "&Open", "&Åpne"),
    ("QFileDialog", "File &name:", "Fil&navn:"), ("QFileDialog", "Look in:", "Se i:"),
    ("QFileDialog", "Files of type:", "Filtype:"), ("QFileDialog", "Cancel", "Avbryt"),
    ("QFileDialog", "Save As", "Lagre som"), ("QFileDialog", "Open", "Åpne"),
    ("QFileDialog", "Back", "Tilbake"), ("QFileDialog", "Forward", "Fram"),
    ("QFileDialog", "Parent Directory", "Overordnet mappe"),
    ("QFileDialog", "Create New Folder", "Lag ny mappe"),
    ("QFileDialog", "List View", "Listevisning"), ("QFileDialog", "Detail View", "Detaljvisning"),
    ("QFileSystemModel", "Name", "Navn"), ("QFileSystemModel", "Size", "Størrelse"),
    ("QFileSystemModel", "Type", "Type"), ("QFileSystemModel", "Date Modified", "Endret"),
)


# the packages whose texts lupdate collects: the GUI's tr() and the engine's translate() calls,
# and the modules outside the layers (atomic.py's messages about saving, for one)
SOURCES = ("gui", "io", "mapping", "analysis", "report", "runtime")


def terms() -> list[tuple[str, str, str]]:
    """Role and outcome names from the one glossary, in the contexts the GUI asks for them."""
    sys.path.insert(0, str(ROOT / "src"))
    from clusterdesk.mapping.roles import OUTCOME_SHORT, ROLES
    from clusterdesk.report.labels import GLOSSARY

    nb = GLOSSARY["nb"]
    extra = {en: no for ctx, en, no in TERMS_EXTRA if ctx == "Roles"}
    out = []
    for role in ROLES:
        no = nb.get(role.key) or extra.get(role.label)
        if no is None:
            raise SystemExit(f"no Norwegian word for role {role.key!r}: add it to TERMS_EXTRA")
        out.append(("Roles", role.label, no))
    for key, en in OUTCOME_SHORT.items():
        out.append(("Outcomes", en, nb[f"short.{key}"][:1].upper() + nb[f"short.{key}"][1:]))
    for key in ("regional", "national", "international"):
        out.append(("Locations", key.capitalize(), nb[key]))
    return out


def write_terms(path: Path) -> None:
    rows = terms() + list(QT_STRINGS)
    contexts: dict[str, list[tuple[str, str]]] = {}
    for ctx, en, no in rows:
        contexts.setdefault(ctx, [])
        if (en, no) not in contexts[ctx] and en not in [e for e, _ in contexts[ctx]]:
            contexts[ctx].append((en, no))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="nb_NO">',
             "<!-- Written by resources/translations/update.py from clusterdesk.report.labels;"
             " do not edit. -->"]
    for ctx, messages in contexts.items():
        lines.append(f"<context>\n    <name>{escape(ctx)}</name>")
        for en, no in messages:
            lines.append(f"    <message>\n        <source>{escape(en)}</source>\n"
                         f"        <translation>{escape(no)}</translation>\n    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    package = ROOT / "src" / "clusterdesk"
    sources = sorted([str(p) for part in SOURCES for p in (package / part).rglob("*.py")]
                     + [str(p) for p in package.glob("*.py")])
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-locations", "none",
                    "-target-language", "nb_NO", "-ts", str(HERE / "clusterdesk_nb.ts")],
                   check=True)
    write_terms(HERE / "clusterdesk_terms_nb.ts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
