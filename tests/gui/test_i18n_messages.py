"""The engine's messages (io, mapping, analysis, report) in the Norwegian interface.

They are made below the GUI in English and translated when made (clusterdesk.texts), so these
tests read real files in Norwegian and compare with sentences worked out by hand; the last ones
check that every message in the source has a Norwegian translation and that the command line
stays English.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from clusterdesk import texts
from clusterdesk.gui import i18n
from tests.gui.wizard_helpers import (
    NORWEGIAN,
    TIMEOUT,
    close_wizard,
    error_boxes,
    next_page,
    open_wizard,
    survey_rows,
    window,
    write_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "clusterdesk"
TS = ROOT / "resources" / "translations" / "clusterdesk_nb.ts"
NBSP = "\u00a0"


def _survey_with_odd_cells(path: Path) -> Path:
    """The Norwegian survey behind a hidden lookup sheet, with the employees typed as text (one
    of them 'vet ikke'), one #N/A error cell (openpyxl writes it as an error value) and one
    answer to the market question that is neither yes nor no."""
    rows = survey_rows(NORWEGIAN, seed=11)
    for i, row in enumerate(rows[1:], start=1):
        row[4] = "vet ikke" if i == 5 else str(row[4])
    rows[9][12] = "Kanskje"
    rows[3][5] = "#N/A"
    return write_xlsx(path, rows, hidden_first=True)


def test_import_warnings_in_the_wizard_are_norwegian_sentences(qtbot, norwegian, tmp_path):
    path = _survey_with_odd_cells(tmp_path / "undersøkelse.xlsx")
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, path)
    summary = wiz.file_page.summary.text()
    hidden = "⚠ Det skjulte arket «Lookup» ble hoppet over; arket «Data» ble lest."
    as_text = ("⚠ Kolonnen «Antall ansatte»: 79 tall er lagret som tekst; analysen leser dem som "
               "tall. 1 verdi er ikke et tall og blir manglende: «vet ikke» x1.")
    errors = "⚠ 1 celle inneholder en regnearkfeil (#N/A, #DIV/0! ...) og ble lest som manglende."
    assert hidden in summary
    assert as_text in summary
    assert errors in summary
    assert "Rad 1 inneholder kolonnenavnene." in summary  # the assistant's reason, translated
    assert "were skipped" not in summary and "stored as text" not in summary
    # the Review page lists them too, with coding's own note about the odd answer
    next_page(qtbot, wiz)
    next_page(qtbot, wiz)
    assert wiz.codes_page.summary.text() == (
        "<b>1 svar har ikke fått betydning ennå</b> (uthevet). Svar uten betydning teller som "
        "manglende hvis du ikke velger en betydning.")  # 'Kanskje' is neither yes nor no
    next_page(qtbot, wiz)
    review = wiz.review_page
    listed = [review.warnings.item(i).text() for i in range(review.warnings.count())]
    assert hidden[2:] in listed and as_text[2:] in listed and errors[2:] in listed
    assert ("Kolonnen «Var produktet nytt for markedet?» har 1 svar som verken er ja eller nei "
            "(«Kanskje» x1). Merk det som manglende, eller gi det en betydning.") in listed
    close_wizard(qtbot, wiz)


def test_a_pdf_named_xlsx_is_refused_in_norwegian(qtbot, norwegian, tmp_path):
    bad = tmp_path / "undersøkelse.xlsx"
    bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 20)
    w = window(qtbot)
    wiz = w.open_survey(bad)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=TIMEOUT)
    box = error_boxes()[0]
    assert box.text() == ("ClusterDesk kan ikke lese «undersøkelse.xlsx»: den er et PDF-dokument. "
                          "ClusterDesk trenger selve dataene fra undersøkelsen: eksporter dem "
                          "som .xlsx, CSV eller SPSS .sav.")
    box.close()
    close_wizard(qtbot, wiz)


def test_mapping_problems_are_norwegian_with_the_glossarys_words(norwegian, tmp_path):
    from clusterdesk.mapping.model import Mapping

    mapping = Mapping(columns={"region": "Region", "customers": "Kunder"})
    mapping.codes.location["regional"].append("I regionen")
    mapping.codes.location["national"].append("i regionen ")
    problems = [p.message for p in mapping.validate(["Region"])]
    assert ("Koblingen bruker kolonnen «Kunder» for «Krevende kunder», men filen har ingen slik "
            "kolonne. Velg kolonnen på nytt, eller kontroller at dette er riktig fil.") in problems
    assert ("Svaret «i regionen » er kodet to ganger i svarene om hvor: som «regional» og som "
            "«nasjonal». Behold én.") in problems
    assert ("Ingen kolonne er valgt for det obligatoriske punktet «Avanserte leverandører». "
            "Velg kolonnen som inneholder det.") in problems


def test_counts_in_messages_follow_the_language(norwegian, tmp_path):
    """Plural forms come from the catalogue; thousands are spaced, never a decimal comma."""
    from clusterdesk.io.header import blank_names_warning

    assert blank_names_warning(["Column 2"]) == \
        "1 kolonne har ingen overskrift og fikk navnet «Column 2»."
    assert blank_names_warning(["Column 2", "Column 5"]) == \
        "2 kolonner har ingen overskrift og fikk navnene «Column 2», «Column 5»."
    assert texts.count(12345) == f"12{NBSP}345"
    i18n.install("en")
    assert blank_names_warning(["Column 2"]) == "1 column(s) have no header and were named " \
        "'Column 2'."
    assert texts.count(12345) == "12,345"


def _calls() -> list[tuple[Path, int, str, str, bool]]:
    """Every clusterdesk.texts.translate(context, text[, disambiguation, n]) call: the engine's
    and the wizard's tasks' (file, line, context, text, has n)."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            ours = (isinstance(func, ast.Name) and func.id == "translate") or (
                isinstance(func, ast.Attribute) and func.attr == "translate"
                and isinstance(func.value, ast.Name) and func.value.id == "texts")
            if not ours or path.name == "texts.py" or path.parent.name == "gui":
                continue  # gui/i18n.py's own translate() wraps Qt's for the GUI's texts
            args = node.args
            literal = (len(args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                              for a in args[:2]))
            if not literal:
                found.append((path, node.lineno, "", "", False))
                continue
            found.append((path, node.lineno, args[0].value, args[1].value, len(args) >= 4))
    return found


def _catalogue() -> dict[tuple[str, str], tuple[bool, list[str]]]:
    out = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            t = message.find("translation")
            forms = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
            done = t.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.find("source").text)] = (done, forms)
    return out


def test_every_message_of_the_engine_is_translated_in_the_catalogue():
    calls = _calls()
    catalogue = _catalogue()
    engine = [c for c in calls if c[0].parent.name in ("io", "mapping", "analysis", "report")]
    assert len(engine) > 150  # the scan does find the engine's messages
    problems = []
    for path, line, context, text, numerus in calls:
        where = f"{path.relative_to(ROOT)}:{line}"
        if not context:  # only the analysis child's step names, which are in the catalogue
            if path.name != "child.py":
                problems.append(f"{where}: translate() needs literal arguments for lupdate")
            continue
        entry = catalogue.get((context, text))
        if entry is None:
            problems.append(f"{where}: not in clusterdesk_nb.ts (run update.py): {text[:60]}")
            continue
        done, forms = entry
        if not done or not all(f.strip() for f in forms):
            problems.append(f"{where}: not translated: {text[:60]}")
            continue
        if numerus and len(forms) != 2:
            problems.append(f"{where}: needs two Norwegian plural forms: {text[:60]}")
        wanted = set(re.findall(r"\{(\w+)\}", text))
        for form in forms:
            if set(re.findall(r"\{(\w+)\}", form)) - wanted:
                problems.append(f"{where}: the translation names a field the text lacks")
            if re.search(r"'[^']*'", form.replace("Don't", "")) and "'" in text:
                problems.append(f"{where}: quote with «», as the rest of the interface: {form}")
    assert not problems, "\n".join(problems)


def test_the_command_line_stays_english_on_a_norwegian_system(tmp_path):
    bad = tmp_path / "undersøkelse.xlsx"
    bad.write_bytes(b"%PDF-1.7\n" * 50)
    env = {**os.environ, "LANG": "nb_NO.UTF-8", "LC_ALL": "nb_NO.UTF-8", "LANGUAGE": "nb"}
    done = subprocess.run([sys.executable, "-m", "clusterdesk", "inspect", str(bad)],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert done.returncode != 0
    assert "ClusterDesk cannot read 'undersøkelse.xlsx': it is a PDF document." in done.stderr
    assert "Traceback" not in done.stderr
