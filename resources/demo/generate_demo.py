"""Seeded generator of ClusterDesk's demo survey: 2,002 synthetic Norwegian firms.

Why synthetic: the study's microdata are not public, yet the app needs an embedded default that
reproduces the paper's tables (Gjelsvik 2013) so that an analyst can see what ClusterDesk does
before mapping a survey of their own. Calibration, by construction rather than by luck:

- Table 1 counts are exact (each category is a shuffled list of labels in the paper's counts);
  the numbers (employees, % university, % R&D) come from a smooth quantile function whose
  parameters are solved so that mean, median and standard deviation match the paper closely.
- Table 2 and Table 3 shares are exact to rounding: in every region the number of "Yes" (or
  "In the region") answers is the paper's share of the answered firms, and *which* firms answer
  so is decided by ranking a latent score. The scores carry the structure of Tables 4-6: a firm's
  "regional orientation" drives all six factor answers (so regional clusters exist) and lowers
  product innovation; an "international orientation" decides national versus abroad and raises
  radical product innovation; R&D and the manager's education raise innovation.

Usage: ``python resources/demo/generate_demo.py [--firms N] [--seed S] [--out PATH]`` writes the
workbook and, next to it, its mapping file. Importable: ``generate(n_firms, seed)`` returns the
raw answers as an analyst receives them (used by tests and by the 100,000-firm benchmark).
"""

from __future__ import annotations

import argparse
import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 2013
N_FIRMS = 2002
HERE = Path(__file__).resolve().parent

# ---- the paper's figures (Tables 1-3) -------------------------------------------------------

SECTORS = {  # Table 1 order; 50 of 2,002 firms left the sector blank
    "Mining/quarrying": 32, "Manufacturing": 339, "Elec./gas & water supply": 56,
    "Construction": 341, "Wholesale/retail trade": 402, "Transport and storage": 115,
    "Food service and accommodation": 153, "Information and communication": 122,
    "Financial services": 80, "Other services": 312,
}
DEPENDENCE = {"Parent": 59, "Subsidiary": 352, "Independent": 1591}
OWNERSHIP = {"Norwegian": 1666, "Partly foreign": 71, "Fully foreign": 265}
REGIONS = {"Oslo": 501, "Bergen": 308, "Stavanger": 351, "Trondheim": 234, "Rest of Norway": 608}
EDUCATION = ["Primary school", "Upper secondary", "Bachelor", "Master or higher"]
NUMBERS = {  # role: (mean, median, sd) of Table 1
    "employees": (71.8, 23.0, 333.5),
    "pct_university": (28.9, 15.0, 30.2),
    "pct_rd": (3.4, 1.0, 8.5),
}
# Log-spread below the median: a few firms at the sampling floor of 10 employees, a few
# with no graduates, about 14 % with no R&D spending.
LOWER_SPREAD = {"employees": 1.3, "pct_university": 1.0, "pct_rd": 2.8}
OUTCOME_KEYS = ("product", "product_new_to_market", "process", "process_new_to_industry")
TABLE2 = {  # % of all firms in the region (radical = new to market / industry)
    "Oslo": (56.5, 33.3, 41.9, 15.4),
    "Bergen": (53.6, 26.6, 45.5, 16.9),
    "Stavanger": (56.7, 33.3, 46.2, 16.5),
    "Trondheim": (46.2, 28.6, 47.0, 17.9),
    "Rest of Norway": (47.5, 21.7, 41.0, 12.2),
    "Total": (52.2, 28.2, 43.5, 15.1),
}
FACTOR_KEYS = ("customers", "suppliers", "competitors", "labour", "research", "capital")
TABLE3 = {  # % of firms in the region whose factor is regional; columns in REGIONS order
    "customers": (57.9, 64.9, 74.4, 73.5, 60.0),
    "suppliers": (35.9, 49.1, 47.4, 51.1, 31.0),
    "competitors": (66.6, 59.7, 58.8, 63.3, 53.6),
    "labour": (76.8, 70.9, 71.4, 79.6, 79.0),
    "research": (48.9, 38.2, 42.9, 73.5, 18.6),
    "capital": (65.9, 66.7, 66.7, 67.4, 67.2),
}
TABLE3_AVERAGE = (58.7, 58.3, 60.3, 68.1, 51.6)

# ---- how the survey looks to an analyst -------------------------------------------------------

HEADERS = {  # role -> column header of the shipped workbook, in file order
    "firm_id": "Firm ID",
    "region": "Q1 City region",
    "sector": "Q2 Industry sector",
    "dependence": "Q3 Position in a group of companies",
    "ownership": "Q4 Ownership",
    "employees": "Q5 Number of employees",
    "pct_university": "Q6 Employees with university education (%)",
    "pct_rd": "Q7 R&D expenditure (% of turnover)",
    "manager_education": "Q8 Highest education of the chief executive",
    "customers": "Q9a Where are your most demanding customers?",
    "suppliers": "Q9b Where are your most advanced suppliers?",
    "competitors": "Q9c Where are your toughest competitors?",
    "labour": "Q9d Where are the most qualified employees you recruit?",
    "research": "Q9e Where are the research institutions most relevant to you?",
    "capital": "Q9f Where do you access capital?",
    "product": "Q10 New or significantly improved products or services in the last 3 years?",
    "product_new_to_market": "Q10b Was any of these products or services new to your market?",
    "process": "Q11 New or significantly improved processes in the last 3 years?",
    "process_new_to_industry": "Q11b Was any of these processes new to your industry?",
}
REGIONAL, NATIONAL, ABROAD = "In the region", "Elsewhere in Norway", "Abroad"
DONT_KNOW, NOT_RELEVANT = "Don't know", "Not relevant"
YES, NO = "Yes", "No"

# Share of non-regional answers that are "Abroad" (the rest: elsewhere in Norway), per factor.
ABROAD_SHARE = {"customers": 0.35, "suppliers": 0.45, "competitors": 0.35, "labour": 0.12,
                "research": 0.35, "capital": 0.15}
# Share of firms that cannot say (missing answers), per factor.
DONT_KNOW_SHARE = {"customers": 0.02, "suppliers": 0.03, "competitors": 0.03, "labour": 0.02,
                   "research": 0.07, "capital": 0.04}


def scaled_counts(counts: dict[str, int], n: int, total: int = N_FIRMS) -> dict[str, int]:
    """Counts for n firms in the paper's proportions (largest remainder; exact for n = 2,002)."""
    raw = {k: v * n / total for k, v in counts.items()}
    out = {k: int(np.floor(v)) for k, v in raw.items()}
    target = round(sum(counts.values()) * n / total)
    for k in sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)[: target - sum(out.values())]:
        out[k] += 1
    return out


def _labels(rng: np.random.Generator, counts: dict[str, int], n: int) -> np.ndarray:
    """A shuffled column holding every label its count times (blank for the rest)."""
    values = [k for k, c in counts.items() for _ in range(c)]
    values += [None] * (n - len(values))
    arr = np.array(values, dtype=object)
    rng.shuffle(arr)
    return arr


def _quantile_values(rng: np.random.Generator, n: int, role: str) -> np.ndarray:
    """n values with the paper's mean, median and sd: a smooth quantile function through the
    median, whose spread below it is fixed (LOWER_SPREAD) and whose two upper-tail parameters are
    solved for the mean and sd on this n's grid of quantiles, then rounded."""
    from scipy import optimize, stats

    mean, median, sd = NUMBERS[role]
    q = stats.norm.ppf((np.arange(n) + 0.5) / n)
    lo = LOWER_SPREAD[role]

    def tail(p: np.ndarray) -> np.ndarray:
        """A log-normal-like spread around 1, bending upwards above the median (exp: monotone)."""
        hi, bend = np.exp(p)
        return np.exp(np.where(q < 0, lo * q, hi * q + bend * q * q))

    if role == "employees":  # at least 10 employees; a long right tail (few large firms)
        def shape(p: np.ndarray) -> np.ndarray:
            return 10 + (median - 10) * tail(p)
        digits = 0
    else:  # percentages, capped at 100
        def shape(p: np.ndarray) -> np.ndarray:
            return np.minimum(100.0, median * tail(p))
        digits = 0 if role == "pct_university" else 1

    def loss(p: np.ndarray) -> float:
        x = shape(p)
        return float(((x.mean() - mean) / mean) ** 2 + ((x.std(ddof=1) - sd) / sd) ** 2)

    best = optimize.minimize(loss, np.array([0.0, -2.0]), method="Nelder-Mead",
                             options={"xatol": 1e-7, "fatol": 1e-14, "maxiter": 6000})
    values = np.round(shape(best.x), digits)
    rng.shuffle(values)
    return values


def _rank(x: np.ndarray) -> np.ndarray:
    """Normal scores of x (ties broken by position): a heavy-tailed number as a tame score."""
    from scipy import stats

    order = np.argsort(np.argsort(x, kind="stable"), kind="stable")
    return stats.norm.ppf((order + 0.5) / len(x))


def _pick_top(score: np.ndarray, eligible: np.ndarray, k: int) -> np.ndarray:
    """Boolean mask of the k eligible rows with the highest score."""
    idx = np.flatnonzero(eligible)
    chosen = idx[np.argsort(-score[idx], kind="stable")[:k]]
    mask = np.zeros(len(score), dtype=bool)
    mask[chosen] = True
    return mask


def _some(rng: np.random.Generator, eligible: np.ndarray, share: float) -> np.ndarray:
    """A random subset of the eligible rows, share of them (at least one when share > 0)."""
    idx = np.flatnonzero(eligible)
    k = int(round(share * len(idx)))
    if share > 0 and len(idx):
        k = max(k, 1)
    mask = np.zeros(len(eligible), dtype=bool)
    mask[rng.choice(idx, size=k, replace=False)] = True
    return mask


def _factor_answers(rng: np.random.Generator, region: np.ndarray, z: np.ndarray,
                    w: np.ndarray) -> dict[str, np.ndarray]:
    """The six location answers. In each region the paper's share of the answered firms say
    "In the region": those whose regional orientation z (plus noise per factor) is highest, so
    the factors are correlated within firms. Of the rest, the most international (w) say abroad."""
    n = len(region)
    out: dict[str, np.ndarray] = {}
    for f in FACTOR_KEYS:
        missing = _some(rng, np.ones(n, dtype=bool), DONT_KNOW_SHARE[f])
        score = z + 0.9 * rng.standard_normal(n)
        regional = np.zeros(n, dtype=bool)
        for j, g in enumerate(REGIONS):
            answered = (region == g) & ~missing
            regional |= _pick_top(score, answered, int(round(TABLE3[f][j] / 100 * answered.sum())))
        rest = ~regional & ~missing
        abroad_score = w + 0.8 * rng.standard_normal(n)
        abroad = _pick_top(abroad_score, rest, int(round(ABROAD_SHARE[f] * rest.sum())))
        answer = np.where(regional, REGIONAL, np.where(abroad, ABROAD, NATIONAL)).astype(object)
        not_relevant = missing & (rng.random(n) < (0.5 if f == "research" else 0.2))
        answer[missing] = DONT_KNOW
        answer[not_relevant] = NOT_RELEVANT
        out[f] = answer
    return out


def _outcomes(rng: np.random.Generator, region: np.ndarray, z: np.ndarray, w: np.ndarray,
              rd: np.ndarray, edu: np.ndarray) -> dict[str, np.ndarray]:
    """The four innovation answers (Yes / No / Don't know / blank when the follow-up is skipped).

    Product innovation falls with regional orientation and rises with R&D and education (the
    paper's Tables 4-6); radical product innovation rises with international orientation;
    process innovation hardly depends on the cluster (Table 5)."""
    n = len(region)
    ones = np.ones(n, dtype=bool)

    def outcome(score: np.ndarray, eligible: np.ndarray, base: np.ndarray, col: int) -> np.ndarray:
        """Yes for the top-scoring eligible firms: in each region the paper's share of the firms
        with an answer (base), so that Table 2 comes out at the paper's figure."""
        yes = np.zeros(n, dtype=bool)
        for g in REGIONS:
            k = int(round(TABLE2[g][col] / 100 * ((region == g) & base).sum()))
            yes |= _pick_top(score, eligible & (region == g), k)
        return yes

    noise = rng.standard_normal((4, n))
    product = outcome(-0.35 * z + 0.1 * w + 0.5 * rd + 0.25 * edu + noise[0], ones, ones, 0)
    follow_dk = _some(rng, product, 0.015)
    radical = outcome(0.7 * w - 0.3 * z + 0.4 * rd + noise[1], product & ~follow_dk,
                      ~(product & follow_dk), 1)
    process_dk = _some(rng, ones, 0.006)
    process = outcome(-0.08 * z + 0.4 * rd + 0.1 * edu + noise[2], ~process_dk, ~process_dk, 2)
    pfollow_dk = _some(rng, process, 0.015)
    radical_p = outcome(0.1 * w + 0.4 * rd + noise[3], process & ~pfollow_dk,
                        ~process_dk & ~(process & pfollow_dk), 3)

    def yes_no(yes: np.ndarray, dont_know: np.ndarray, asked: np.ndarray) -> np.ndarray:
        col = np.where(yes, YES, NO).astype(object)
        col[dont_know] = DONT_KNOW
        col[~asked] = None  # the follow-up question is skipped for non-innovators
        return col

    return {
        "product": yes_no(product, ~ones, ones),
        "product_new_to_market": yes_no(radical, follow_dk, product),
        "process": yes_no(process, process_dk, ones),
        "process_new_to_industry": yes_no(radical_p, pfollow_dk, process),
    }


def generate(n_firms: int = N_FIRMS, seed: int = SEED) -> pd.DataFrame:
    """Raw answers of n_firms synthetic firms, as text an analyst receives, headed by HEADERS."""
    rng = np.random.default_rng(seed)
    n = n_firms
    region = _labels(rng, scaled_counts(REGIONS, n), n)
    sector = _labels(rng, scaled_counts(SECTORS, n), n)
    dependence = _labels(rng, scaled_counts(DEPENDENCE, n), n)
    ownership = _labels(rng, scaled_counts(OWNERSHIP, n), n)
    employees = _quantile_values(rng, n, "employees")
    pct_university = _quantile_values(rng, n, "pct_university")
    pct_rd = _quantile_values(rng, n, "pct_rd")

    # Manager's education follows the share of graduates (a noisy ordinal of it); a few blank.
    edu_score = 0.6 * _rank(pct_university) + 0.8 * rng.standard_normal(n)
    edu = np.digitize(edu_score, np.quantile(edu_score, [0.08, 0.45, 0.75])).astype(float)
    edu[_some(rng, np.ones(n, dtype=bool), 0.006)] = np.nan

    z = rng.standard_normal(n)  # regional orientation
    w = rng.standard_normal(n)  # international orientation
    rd = _rank(pct_rd + 1e-6 * rng.random(n))
    factors = _factor_answers(rng, region, z, w)
    outcomes = _outcomes(rng, region, z, w, rd, np.nan_to_num(edu - 1.5))
    data = {
        "firm_id": np.arange(1, n + 1),
        "region": region,
        "sector": sector,
        "dependence": dependence,
        "ownership": ownership,
        "employees": employees.astype(int),
        "pct_university": pct_university.astype(int),
        "pct_rd": pct_rd,
        "manager_education": np.array([None if np.isnan(e) else EDUCATION[int(e)] for e in edu],
                                      dtype=object),
        **factors,
        **outcomes,
    }
    return pd.DataFrame({HEADERS[k]: data[k] for k in HEADERS})


def mapping_document() -> dict:
    """The shipped mapping file (spec section 4) for the workbook write_xlsx produces."""
    return {
        "format": "clusterdesk-mapping",
        "version": 1,
        "source": {"sheet": "Data", "header_row": 1, "header_rows": 1},
        "columns": dict(HEADERS),
        "codes": {
            "location": {"regional": [REGIONAL], "national": [NATIONAL],
                         "international": [ABROAD], "missing": [DONT_KNOW, NOT_RELEVANT]},
            "yes_no": {"yes": [YES], "no": [NO], "missing": [DONT_KNOW]},
            "foreign": ["Partly foreign", "Fully foreign"],
            "manager_education": list(EDUCATION),
            "by_role": {},
        },
        "order": {"region": list(REGIONS), "sector": list(SECTORS),
                  "dependence": list(DEPENDENCE), "ownership": list(OWNERSHIP)},
        "settings": {"min_answered": 4, "regional_min": 4, "nonregional_max": 2,
                     "table4_outcome": "product", "model": "logit",
                     "regression_outcomes": ["product", "product_new_to_market"],
                     "se": "model"},
    }


def deterministic_zip(data: bytes) -> bytes:
    """Re-pack an OOXML zip with fixed timestamps (zip entries and the document's modified date,
    which openpyxl sets to the save time) so that the same data always give the same bytes."""
    import re

    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*<",
                              rb"\g<1>2013-11-01T00:00:00Z<", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2013, 11, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body, compresslevel=9)
    return buf.getvalue()


def write_xlsx(df: pd.DataFrame, path: str | Path, sheet: str = "Data") -> None:
    """One visible sheet, one header row, blanks as empty cells; byte-for-byte reproducible."""
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)  # streams rows: less time and memory for 100,000 firms
    ws = wb.create_sheet(sheet)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in df.columns:
        cell = WriteOnlyCell(ws, value=str(name))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for row in df.itertuples(index=False):
        ws.append([None if _blank(v) else _plain(v) for v in row])
    stamp = datetime(2013, 11, 1)
    wb.properties.creator = "ClusterDesk demo generator"
    wb.properties.title = "ClusterDesk demo survey (synthetic)"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    data = deterministic_zip(buf.getvalue())
    Path(path).write_bytes(data)


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v))


def _plain(v: object) -> object:
    """numpy scalars -> Python numbers (openpyxl writes those); whole floats stay floats."""
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    return v


def write_mapping(path: str | Path) -> None:
    Path(path).write_text(json.dumps(mapping_document(), indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--firms", type=int, default=N_FIRMS, help="number of firms (2002)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=HERE / "demo_survey.xlsx",
                        help="workbook to write; the mapping file is written next to it")
    args = parser.parse_args(argv)
    if args.firms < 100:
        parser.error("--firms must be at least 100 (every region and sector needs firms)")
    df = generate(args.firms, args.seed)
    write_xlsx(df, args.out)
    name = args.out.name.removesuffix(".xlsx")
    write_mapping(args.out.with_name(name + ".clusterdesk.json"))
    print(f"Wrote {args.out} ({len(df)} firms) and its mapping file.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
