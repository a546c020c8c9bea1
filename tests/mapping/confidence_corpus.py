"""A corpus of survey exports the assistant has never seen, each with the columns a person would
map (the truth), for measuring what its confidence is worth (benchmarks/suggest_confidence.py and
tests/mapping/test_suggest_confidence.py).

Every variant is the demo survey (resources/demo/generate_demo.py) written another way, chosen by
its seed: headers in English, bokmål, Spanish or German, as full questions, without question
numbers, as short names, or as bare codes with numbered blocks (q10-q13, Sp7_1-Sp7_6); answers in
the same language; the education ladder in that language, numbered, or with a vocational college;
columns shuffled; optional items left out; unrelated questions added (free text, dates, a 1-5
scale, another yes/no question, numbers). The real survey-tool exports of shared/fixtures (not
firm surveys) are added with what a person would map there (almost nothing).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from clusterdesk.io.table import ImportReport, RawTable
from tests.demo_styles import NORWEGIAN, NORWEGIAN_HEADERS, demo_frame, generator

LANGS = ("en", "nb", "es", "de")
HEADER_STYLES = ("question", "plain", "short", "codes")
EDUCATION_STYLES = ("ladder", "numbered", "vocational")
OPTIONAL = ("firm_id", "sector", "dependence", "ownership", "employees", "pct_university",
            "pct_rd", "manager_education", "product_new_to_market", "process",
            "process_new_to_industry")
FACTOR_KEYS = ("customers", "suppliers", "competitors", "labour", "research", "capital")
OUTCOME_KEYS = ("product", "product_new_to_market", "process", "process_new_to_industry")

HEADERS = {
    "es": {"firm_id": "Identificador de la empresa", "region": "Región",
           "sector": "Sector de actividad (CIIU)", "dependence": "Pertenece a un grupo empresarial",
           "ownership": "Propiedad del capital", "employees": "Número de empleados",
           "pct_university": "% de empleados con título universitario",
           "pct_rd": "Gasto en I+D (% de las ventas)",
           "manager_education": "Nivel educativo del gerente",
           "customers": "¿Dónde están sus clientes más exigentes?",
           "suppliers": "¿Dónde están sus proveedores más avanzados?",
           "competitors": "¿Dónde están sus competidores más fuertes?",
           "labour": "¿Dónde encuentra la mano de obra más cualificada?",
           "research": "¿Dónde están los centros de investigación más relevantes?",
           "capital": "¿Dónde obtiene acceso a financiación?",
           "product": "¿Introdujo productos nuevos o mejorados (innovación de producto)?",
           "product_new_to_market": "¿Era el producto nuevo para el mercado?",
           "process": "¿Introdujo procesos nuevos o mejorados (innovación de proceso)?",
           "process_new_to_industry": "¿Era el proceso nuevo para la industria?"},
    "de": {"firm_id": "Unternehmenskennung", "region": "Region", "sector": "Branche (WZ 2008)",
           "dependence": "Teil einer Unternehmensgruppe", "ownership": "Eigentümer",
           "employees": "Anzahl Beschäftigte",
           "pct_university": "Anteil Beschäftigte mit Hochschulabschluss (%)",
           "pct_rd": "FuE-Aufwendungen (% vom Umsatz)",
           "manager_education": "Höchste Ausbildung des Geschäftsführers",
           "customers": "Wo sind Ihre anspruchsvollsten Kunden?",
           "suppliers": "Wo sind Ihre fortschrittlichsten Lieferanten?",
           "competitors": "Wo sind Ihre stärksten Wettbewerber?",
           "labour": "Wo finden Sie die qualifiziertesten Fachkräfte?",
           "research": "Wo sind die wichtigsten Forschungseinrichtungen?",
           "capital": "Wo haben Sie Zugang zu Kapital?",
           "product": "Produktinnovation: neue oder verbesserte Produkte eingeführt?",
           "product_new_to_market": "War das Produkt neu für den Markt?",
           "process": "Prozessinnovation: neue oder verbesserte Verfahren eingeführt?",
           "process_new_to_industry": "War der Prozess neu für die Branche?"},
}
SHORT = {
    "en": {"firm_id": "ID", "region": "Region", "sector": "Sector", "dependence": "Group",
           "ownership": "Owner", "employees": "Employees", "pct_university": "Pct university",
           "pct_rd": "R&D share", "manager_education": "CEO education",
           "customers": "Customers", "suppliers": "Suppliers", "competitors": "Competitors",
           "labour": "Labour", "research": "Research", "capital": "Capital",
           "product": "New product", "product_new_to_market": "New to market",
           "process": "New process", "process_new_to_industry": "Process new to industry"},
    "nb": {"firm_id": "Lnr", "region": "Fylke", "sector": "Bransje", "dependence": "Konsern",
           "ownership": "Eierskap", "employees": "Ansatte", "pct_university": "Andel høyere utd",
           "pct_rd": "FoU andel", "manager_education": "Leders utdanning",
           "customers": "Kunder", "suppliers": "Leverandører", "competitors": "Konkurrenter",
           "labour": "Arbeidskraft", "research": "Forskning", "capital": "Kapital",
           "product": "Produktinnovasjon", "product_new_to_market": "Nytt for markedet",
           "process": "Prosessinnovasjon", "process_new_to_industry": "Ny for bransjen"},
    "es": {"firm_id": "Folio", "region": "Provincia", "sector": "Sector", "dependence": "Grupo",
           "ownership": "Propiedad", "employees": "Empleados",
           "pct_university": "% universitarios", "pct_rd": "% I+D",
           "manager_education": "Educación del gerente", "customers": "Clientes",
           "suppliers": "Proveedores", "competitors": "Competidores",
           "labour": "Mano de obra", "research": "Investigación", "capital": "Financiación",
           "product": "Innovación de producto", "product_new_to_market": "Nuevo para el mercado",
           "process": "Innovación de proceso",
           "process_new_to_industry": "Proceso nuevo para la industria"},
    "de": {"firm_id": "Kennnummer", "region": "Bundesland", "sector": "Wirtschaftszweig",
           "dependence": "Unternehmensgruppe", "ownership": "Eigentum",
           "employees": "Beschäftigte", "pct_university": "Anteil Akademiker",
           "pct_rd": "FuE-Anteil", "manager_education": "Bildung Geschäftsführer",
           "customers": "Kunden", "suppliers": "Lieferanten", "competitors": "Wettbewerber",
           "labour": "Fachkräfte", "research": "Forschung", "capital": "Finanzierung",
           "product": "Produktinnovation", "product_new_to_market": "Neu für den Markt",
           "process": "Prozessinnovation", "process_new_to_industry": "Neu für die Branche"},
}
ANSWERS = {  # English answer of the demo -> the language's
    "es": {"In the region": "En la región", "Elsewhere in Norway": "En el resto del país",
           "Abroad": "En el extranjero", "Don't know": "No sabe", "Not relevant": "No aplica",
           "Yes": "Sí", "No": "No", "Parent": "Matriz", "Subsidiary": "Filial",
           "Independent": "Independiente", "Norwegian": "Nacional",
           "Partly foreign": "Parcialmente extranjero", "Fully foreign": "Totalmente extranjero"},
    "de": {"In the region": "In der Region", "Elsewhere in Norway": "Anderswo in Deutschland",
           "Abroad": "Im Ausland", "Don't know": "Weiß nicht", "Not relevant": "Trifft nicht zu",
           "Yes": "Ja", "No": "Nein", "Parent": "Muttergesellschaft",
           "Subsidiary": "Tochtergesellschaft", "Independent": "Unabhängig",
           "Norwegian": "Inländisch", "Partly foreign": "Teilweise ausländisch",
           "Fully foreign": "Vollständig ausländisch"},
}
LADDERS = {  # the demo's four levels, lowest first
    "en": ["Primary school", "Upper secondary", "Bachelor", "Master or higher"],
    "nb": ["Grunnskole", "Videregående skole", "Bachelorgrad", "Mastergrad eller høyere"],
    "es": ["Educación primaria", "Bachillerato", "Licenciatura", "Máster o doctorado"],
    "de": ["Grundschule", "Abitur", "Bachelor", "Master oder Promotion"],
}
VOCATIONAL = {
    "en": ["Upper secondary", "Vocational college", "Bachelor", "Master"],
    "nb": ["Videregående", "Fagskole", "Høgskole/bachelor", "Universitet, master/hovedfag"],
    "es": ["Bachillerato", "Técnico superior", "Grado universitario", "Máster"],
    "de": ["Abitur", "Meister/Techniker", "Bachelor", "Master/Diplom"],
}
DISTRACTORS = {
    "en": ("Comments", "Date of interview", "Satisfaction with the survey (1-5)",
           "Does the firm export?", "Year founded", "Turnover (1000 NOK)"),
    "nb": ("Kommentarer", "Intervjudato", "Fornøyd med undersøkelsen (1-5)",
           "Eksporterer bedriften?", "Etableringsår", "Omsetning (1000 kr)"),
    "es": ("Comentarios", "Fecha de la entrevista", "Satisfacción con la encuesta (1-5)",
           "¿Exporta la empresa?", "Año de fundación", "Facturación (miles de euros)"),
    "de": ("Kommentare", "Datum des Interviews", "Zufriedenheit mit der Umfrage (1-5)",
           "Exportiert das Unternehmen?", "Gründungsjahr", "Umsatz (1000 EUR)"),
}
HARD = {  # unrelated questions that share words and answers with a role
    "en": ("Employees abroad (number)", "Share of exports in turnover (%)",
           "Education of the board chair"),
    "nb": ("Antall ansatte i utlandet", "Eksportandel av omsetning (%)",
           "Styreleders utdanning"),
    "es": ("Empleados en el extranjero (número)", "Exportaciones (% de las ventas)",
           "Educación del presidente del consejo"),
    "de": ("Beschäftigte im Ausland (Anzahl)", "Exportanteil am Umsatz (%)",
           "Ausbildung des Aufsichtsratsvorsitzenden"),
}
REAL = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "real-exports"
if not REAL.is_dir():
    REAL = Path("/work/shared/fixtures/real-exports")
# real exports: file -> what a person would map there (they are not firm surveys)
REAL_TRUTH = {
    "googleforms_hotdog_spring25.csv": {}, "googleforms_hotdog_spring25.xlsx": {},
    "nettskjema_apitest_123823_csv-report.csv": {},
    "nettskjema_apitest_123823_excel-report.xlsx": {},
    "qualtrics_insights_nobasis_QualtricsTools.csv":
        {"firm_id": "ResponseID - {'ImportId': 'responseId'}"},
    "qualtrics_sample_legacy_qualtRics.csv": {}, "qualtrics_sample_qualtRics.csv": {},
    "spss_sample_missing_pyreadstat.sav": {}, "spss_simple_alltypes_mrsets_pyreadstat.sav": {},
    "surveymonkey_starwars_fivethirtyeight.csv":
        {"firm_id": "RespondentID", "region": "Location (Census Region) - Response"},
}


@dataclass
class Variant:
    name: str
    raw: RawTable
    truth: dict[str, str]  # role -> the column a person would map
    education: list[str] | None = None  # the right order, lowest first, when it is mapped


def _demo(n: int) -> tuple[pd.DataFrame, dict[str, str]]:
    df = demo_frame(n)
    return df, dict(generator().HEADERS)  # role -> English header


def _answer(value: object, lang: str) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if lang == "nb":
        return NORWEGIAN.get(value, value) if isinstance(value, str) else value
    if lang in ANSWERS and isinstance(value, str):
        return ANSWERS[lang].get(value, value)
    return value


def _header(role: str, english: str, lang: str, style: str, index: int) -> str:
    if style == "short" or (style == "codes" and role not in FACTOR_KEYS + OUTCOME_KEYS):
        return SHORT[lang][role]
    if style == "codes":
        if role in FACTOR_KEYS:
            return f"Sp7_{FACTOR_KEYS.index(role) + 1}"
        return f"q{10 + OUTCOME_KEYS.index(role)}"
    text = english if lang == "en" else NORWEGIAN_HEADERS[role] if lang == "nb" \
        else HEADERS[lang][role]
    if style == "plain":
        return text.split(" ", 1)[1] if lang == "en" and text[:1] == "Q" else text
    return text if lang == "en" or role == "firm_id" else f"Q{index + 1} {text}"


def _distractors(lang: str, n: int, rnd: random.Random, k: int, ladder: list[str]
                 ) -> dict[str, list]:
    names = DISTRACTORS[lang]
    yes, no = (_answer("Yes", lang), _answer("No", lang))
    makers = [
        lambda: [rnd.choice(["ok", "Good survey", "too long", None, None, "n/a", "see email"])
                 for _ in range(n)],
        lambda: [f"2024-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}" for _ in range(n)],
        lambda: [rnd.randint(1, 5) for _ in range(n)],
        lambda: [rnd.choice([yes, no]) for _ in range(n)],
        lambda: [rnd.randint(1950, 2020) for _ in range(n)],
        lambda: [rnd.randint(500, 900000) for _ in range(n)],
    ]
    hard = [lambda: [rnd.randint(0, 40) for _ in range(n)],
            lambda: [round(rnd.uniform(0, 80), 1) for _ in range(n)],
            lambda: [rnd.choice(ladder) for _ in range(n)]]
    picks = rnd.sample(range(len(makers)), k)
    out = {names[i]: makers[i]() for i in picks}
    for i in rnd.sample(range(len(hard)), rnd.randint(0, len(hard))):
        out[HARD[lang][i]] = hard[i]()
    return out


def _block_positions(names: list[str]) -> list[int]:
    return [i for i, c in enumerate(names) if c.strip().casefold().startswith(("sp7_", "q1"))]


def variant(seed: int, n: int = 240) -> Variant:
    """One export of the demo survey, chosen by ``seed`` (see the module docstring)."""
    rnd = random.Random(seed)
    lang = LANGS[seed % len(LANGS)]
    style = HEADER_STYLES[(seed // len(LANGS)) % len(HEADER_STYLES)]
    edu = EDUCATION_STYLES[(seed // 16) % len(EDUCATION_STYLES)]
    df, english = _demo(n)
    dropped = set(rnd.sample(OPTIONAL, rnd.randint(0, 3)))
    if style == "codes":
        dropped -= set(OUTCOME_KEYS)  # a block is four questions
    ladder = (VOCATIONAL if edu == "vocational" else LADDERS)[lang]
    if edu == "numbered":
        ladder = [f"{i + 1}{rnd.choice([' ', ') ', '. '])}{v}" for i, v in enumerate(ladder)]
    levels = dict(zip(LADDERS["en"], ladder, strict=True))
    columns: dict[str, list] = {}
    truth: dict[str, str] = {}
    for index, (role, header) in enumerate(english.items()):
        if role in dropped:
            continue
        name = _header(role, header, lang, style, index)
        if role == "manager_education":
            values = [levels.get(v) for v in df[header]]
        else:
            values = [_answer(v, lang) for v in df[header].tolist()]
        columns[name] = values
        truth[role] = name
    extra = _distractors(lang, n, rnd, rnd.randint(0, 3), ladder)
    names = list(columns)
    if style != "codes" and rnd.random() < 0.5:
        rnd.shuffle(names)
    if rnd.random() < 0.3:  # headers as typed by hand: case and stray spaces
        how = rnd.choice([str.lower, str.upper, lambda c: f" {c} "])  # one way per file
        names_cased = {c: how(c) for c in names}
        columns = {names_cased[c]: v for c, v in columns.items()}
        truth = {r: names_cased[c] for r, c in truth.items()}
        names = [names_cased[c] for c in names]
    block = _block_positions(names)
    for name in extra:  # never inside a numbered block: a questionnaire keeps it together
        spots = [i for i in range(len(names) + 1) if not block or not block[0] < i <= block[-1]]
        names.insert(rnd.choice(spots), name)
        block = _block_positions(names)
    columns.update(extra)
    frame = pd.DataFrame({c: pd.Series(columns[c], dtype=object) for c in names})
    raw = RawTable(Path(f"variant{seed}.xlsx"), list(frame.columns), frame,
                   ImportReport(header_row=1))
    return Variant(f"{seed}:{lang}/{style}/{edu}", raw, truth,
                   ladder if "manager_education" in truth else None)


def spss_variant(folder: Path, seed: int, n: int = 240) -> Variant:
    """The demo written by pyreadstat as .sav: numeric codes with value labels, the education
    codes 1 Upper secondary, 2 Vocational college, 3 Bachelor, 4 Master, bare variable names
    with the questions as variable labels, and read back as ClusterDesk reads it."""
    import pyreadstat

    from clusterdesk import io

    rnd = random.Random(seed)
    df, english = _demo(n)
    names = {role: f"v{i + 1}" for i, role in enumerate(english)}
    labels = {"Yes": 1, "No": 2, "Don't know": 9, "In the region": 1,
              "Elsewhere in Norway": 2, "Abroad": 3, "Not relevant": 8}
    ladder = VOCATIONAL["en"]
    levels = dict(zip(LADDERS["en"], ladder, strict=True))
    out, value_labels = {}, {}
    for role, header in english.items():
        col = names[role]
        values = df[header].tolist()
        if role in FACTOR_KEYS or role in OUTCOME_KEYS:
            out[col] = [labels.get(v) if isinstance(v, str) else None for v in values]
            value_labels[col] = {code: text for text, code in labels.items()
                                 if (role in FACTOR_KEYS) == (text not in ("Yes", "No"))}
        elif role == "manager_education":
            order = list(ladder)
            if rnd.random() < 0.5:  # codes need not start at 1 nor follow first appearance
                order = order[::-1]
                codes = {v: 10 * (len(order) - i) for i, v in enumerate(order)}
            else:
                codes = {v: i + 1 for i, v in enumerate(order)}
            out[col] = [codes.get(levels.get(v)) for v in values]
            value_labels[col] = {c: v for v, c in codes.items()}
        elif role in ("region", "sector", "dependence", "ownership"):
            cats = sorted({v for v in values if isinstance(v, str)})
            rnd.shuffle(cats)
            out[col] = [cats.index(v) + 1 if isinstance(v, str) else None for v in values]
            value_labels[col] = {i + 1: v for i, v in enumerate(cats)}
        else:
            out[col] = [float(v) if v == v and v is not None else None for v in values]
    frame = pd.DataFrame(out)
    path = folder / f"spss{seed}.sav"
    pyreadstat.write_sav(frame, str(path), column_labels=[english[r] for r in english],
                         variable_value_labels=value_labels)
    raw = io.read(path)
    return Variant(f"{seed}:spss", raw, {r: names[r] for r in english}, ladder)


def real_exports() -> Iterator[tuple[str, Path, dict[str, str]]]:
    for name, truth in REAL_TRUTH.items():
        if (REAL / name).is_file():
            yield name, REAL / name, truth
