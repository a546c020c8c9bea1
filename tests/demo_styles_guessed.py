"""Six more export styles of the demo survey, each one a thing the mapping assistant must work out
(issue 15): a person writes the hand mapping, and `map` must come to the same results.

- two_header_blank: title lines, then a question row over blank cells with its sub-questions below,
  the lower row blank under the single columns (id, region, sector...);
- spss_codes: .sav whose education codes are 1 Upper secondary, 2 Vocational college, 3 Bachelor,
  4 Master (value labels; the codes give the order);
- numbered_blocks: the six location questions Sp9_1..Sp9_6 and the four innovation questions
  q10..q13, their headers saying nothing about which is which;
- ladder_english / ladder_norwegian: five education levels, Primary .. Master and grunnskole ..
  master, first seen in a shuffled order (the Norwegian file says everything in Norwegian);
- next_year: next year's export of the plain workbook: headers renamed and renumbered, words
  reordered, columns moved; mapped `--from` the plain style's mapping.

Each writer returns (data file, hand mapping) like tests/demo_styles.py's writers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from tests.demo_styles import (
    GROUPS,
    NORWEGIAN_HEADERS,
    _cell,
    _norwegian_frame,
    _norwegian_mapping,
    _write_mapping,
    generator,
    write_plain,
)

GUESSED = ("two_header_blank", "spss_codes", "numbered_blocks", "ladder_english",
           "ladder_norwegian", "next_year")
NORWEGIAN_STYLES = ("ladder_norwegian",)

LADDER = ["Primary", "Upper secondary", "Vocational college", "Bachelor", "Master"]
STIGE = ["grunnskole", "videregående", "fagskole", "bachelor", "master"]
CODED = ["Upper secondary", "Vocational college", "Bachelor", "Master"]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def five_levels(df: pd.DataFrame, ladder: list[str]) -> pd.Series:
    """The demo's four education levels spread over a five-step ladder: every third firm whose
    chief executive finished upper secondary went on to a vocational college. The first answers
    are then put in an order that is not the ladder's (Master, Primary, Bachelor...)."""
    gd = generator()
    column = df[gd.HEADERS["manager_education"]]
    steps = {gd.EDUCATION[0]: 0, gd.EDUCATION[1]: 1, gd.EDUCATION[2]: 3, gd.EDUCATION[3]: 4}
    out = [None if _blank(v) else ladder[2 if steps[v] == 1 and i % 3 == 0 else steps[v]]
           for i, v in enumerate(column)]
    for i, level in enumerate((4, 0, 3, 2, 1)):  # first appearance shuffled
        out[i] = ladder[level]
    return pd.Series(out, index=df.index, dtype=object)


def _xlsx(frame: pd.DataFrame, path: Path, sheet: str = "Data") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        ws.append([_cell(v) for v in row])
    wb.save(path)
    return path


def write_two_header_blank(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """Two title lines; the firm's questions as single columns with nothing below; each question
    over blank cells (not merged) with its sub-questions in the row below."""
    from openpyxl import Workbook

    gd = generator()
    (_, firm), located, innovation = GROUPS
    upper: list[object] = list(firm.values())
    lower: list[object] = [None] * len(firm)
    columns = dict(firm)
    for question, parts in (located, innovation):
        for i, (role, text) in enumerate(parts.items()):
            upper.append(question if i == 0 else None)
            lower.append(text)
            columns[role] = f"{question} - {text}"
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["Firm survey 2013: clusters and innovation"])
    ws.append([f"{len(df)} responses, exported 24 November 2013"])
    ws.append(upper)
    ws.append(lower)
    for row in df[[gd.HEADERS[r] for r in columns]].itertuples(index=False):
        ws.append([_cell(v) for v in row])
    data = folder / "two_header_blank.xlsx"
    wb.save(data)
    doc = gd.mapping_document()
    doc["source"] = {"sheet": "Export", "header_row": 3, "header_rows": 2}
    doc["columns"] = columns
    return data, _write_mapping(doc, folder / "two_header_blank.clusterdesk.json")


SPSS_CODES_NAMES = {
    "firm_id": "lopenr", "region": "region", "sector": "nace", "dependence": "konsern",
    "ownership": "eier", "employees": "ansatte", "pct_university": "hoyutd", "pct_rd": "fou",
    "manager_education": "leder_utd", "customers": "q9a", "suppliers": "q9b",
    "competitors": "q9c", "labour": "q9d", "research": "q9e", "capital": "q9f", "product": "q10",
    "product_new_to_market": "q10b", "process": "q11", "process_new_to_industry": "q11b",
}


def write_spss_codes(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """A .sav like the spss style's, but the chief executive's education coded 1 Upper secondary,
    2 Vocational college, 3 Bachelor, 4 Master (the demo's four levels in that order)."""
    import pyreadstat

    from tests.demo_styles import _spss_labels

    gd = generator()
    labels = _spss_labels()
    labels["manager_education"] = {float(i): v for i, v in enumerate(CODED, start=1)}
    as_coded = dict(zip(gd.EDUCATION, CODED, strict=True))
    out = {}
    for role, header in gd.HEADERS.items():
        col = df[header]
        if role == "manager_education":
            col = col.map(lambda v: None if _blank(v) else as_coded[v])
        if role in labels:
            code = {text: value for value, text in labels[role].items()}
            out[SPSS_CODES_NAMES[role]] = [float("nan") if _blank(v) else code[v] for v in col]
        else:
            out[SPSS_CODES_NAMES[role]] = pd.to_numeric(col).astype(float)
    missing = {SPSS_CODES_NAMES[r]: [8.0, 9.0] for r in gd.FACTOR_KEYS}
    missing |= {SPSS_CODES_NAMES[r]: [9.0] for r in gd.OUTCOME_KEYS}
    data = folder / "coded.sav"
    pyreadstat.write_sav(
        pd.DataFrame(out), str(data),
        column_labels={SPSS_CODES_NAMES[r]: h for r, h in gd.HEADERS.items()},
        variable_value_labels={SPSS_CODES_NAMES[r]: v for r, v in labels.items()},
        missing_ranges=missing)
    doc = gd.mapping_document()
    doc["source"] = {"sheet": 0, "header_row": 1, "header_rows": 1}
    doc["columns"] = {role: SPSS_CODES_NAMES[role] for role in gd.HEADERS}
    doc["codes"]["manager_education"] = list(CODED)
    return data, _write_mapping(doc, folder / "coded.clusterdesk.json")


def write_numbered_blocks(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """The location questions as Sp9_1..Sp9_6 and the innovation questions as q10..q13."""
    gd = generator()
    renamed = {gd.HEADERS[r]: f"Sp9_{i}" for i, r in enumerate(gd.FACTOR_KEYS, start=1)}
    renamed |= {gd.HEADERS[r]: f"q{i}" for i, r in enumerate(gd.OUTCOME_KEYS, start=10)}
    data = _xlsx(df.rename(columns=renamed), folder / "blocks.xlsx")
    doc = gd.mapping_document()
    doc["columns"] = {role: renamed.get(h, h) for role, h in gd.HEADERS.items()}
    return data, _write_mapping(doc, folder / "blocks.clusterdesk.json")


def write_ladder_english(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """Education answered on a five-step English ladder, Primary .. Master."""
    gd = generator()
    frame = df.copy()
    frame[gd.HEADERS["manager_education"]] = five_levels(df, LADDER)
    data = _xlsx(frame, folder / "ladder.xlsx")
    doc = gd.mapping_document()
    doc["codes"]["manager_education"] = list(LADDER)
    return data, _write_mapping(doc, folder / "ladder.clusterdesk.json")


def write_ladder_norwegian(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """Everything in Norwegian, education on the ladder grunnskole .. master."""
    frame = _norwegian_frame(df, thousands=False)
    frame[NORWEGIAN_HEADERS["manager_education"]] = list(five_levels(df, STIGE))
    data = _xlsx(frame, folder / "stige.xlsx", sheet="Svar")
    columns = {role: NORWEGIAN_HEADERS[role] for role in generator().HEADERS}
    doc = _norwegian_mapping(columns, {"sheet": "Svar", "header_row": 1, "header_rows": 1})
    doc["codes"]["manager_education"] = list(STIGE)
    return data, _write_mapping(doc, folder / "stige.clusterdesk.json")


NEXT_YEAR = {  # last year's header -> next year's: renamed, renumbered, words moved
    "Firm ID": "Respondent ID",
    "Q1 City region": "Q1 Region (city)",
    "Q2 Industry sector": "Q2 Industry sector (NACE section)",
    "Q3 Position in a group of companies": "Q3 Position in a company group",
    "Q4 Ownership": "Q4 Ownership of the firm",
    "Q5 Number of employees": "Q5 Employees (number)",
    "Q6 Employees with university education (%)": "Q6 University education among employees (%)",
    "Q7 R&D expenditure (% of turnover)": "Q7 Expenditure on R&D (% of turnover)",
    "Q8 Highest education of the chief executive": "Q8 Chief executive's highest education",
    "Q9a Where are your most demanding customers?": "Q10a Your most demanding customers: where?",
    "Q9b Where are your most advanced suppliers?": "Q10b Your most advanced suppliers: where?",
    "Q9c Where are your toughest competitors?": "Q10c Your toughest competitors: where?",
    "Q9d Where are the most qualified employees you recruit?":
        "Q10d The most qualified employees you recruit: where?",
    "Q9e Where are the research institutions most relevant to you?":
        "Q10e The research institutions most relevant to you: where?",
    "Q9f Where do you access capital?": "Q10f Access to capital: where?",
    "Q10 New or significantly improved products or services in the last 3 years?":
        "Q11 In the last 3 years, new or significantly improved products or services?",
    "Q10b Was any of these products or services new to your market?":
        "Q11b Were any of these products or services new to your market?",
    "Q11 New or significantly improved processes in the last 3 years?":
        "Q12 In the last 3 years, new or significantly improved processes?",
    "Q11b Was any of these processes new to your industry?":
        "Q12b Were any of these processes new to your industry?",
}


def write_next_year(df: pd.DataFrame, folder: Path) -> tuple[Path, Path]:
    """Next year's export: every header as NEXT_YEAR says, the firm's facts after the questions
    and the innovation questions before the location ones."""
    gd = generator()
    roles = (list(gd.OUTCOME_KEYS) + list(gd.FACTOR_KEYS)
             + [r for r in gd.HEADERS if r not in gd.OUTCOME_KEYS + gd.FACTOR_KEYS])
    roles.insert(0, roles.pop(roles.index("firm_id")))
    frame = df[[gd.HEADERS[r] for r in roles]].rename(columns=NEXT_YEAR)
    data = _xlsx(frame, folder / "survey_next_year.xlsx")
    doc = gd.mapping_document()
    doc["columns"] = {role: NEXT_YEAR[h] for role, h in gd.HEADERS.items()}
    return data, _write_mapping(doc, folder / "survey_next_year.clusterdesk.json")


def last_year_mapping(folder: Path, df: pd.DataFrame) -> Path:
    """The plain style's mapping: what the analyst saved last year (`map --from` takes it)."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_plain(df, folder)[1]


WRITERS: dict[str, Callable[[pd.DataFrame, Path], tuple[Path, Path]]] = {
    "two_header_blank": write_two_header_blank,
    "spss_codes": write_spss_codes,
    "numbered_blocks": write_numbered_blocks,
    "ladder_english": write_ladder_english,
    "ladder_norwegian": write_ladder_norwegian,
    "next_year": write_next_year,
}
