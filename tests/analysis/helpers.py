"""Small surveys built in memory: RawTable from a DataFrame and the mapping that fits it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from clusterdesk.io.table import ImportReport, RawTable
from clusterdesk.mapping.model import Codes, Mapping
from clusterdesk.mapping.roles import FACTORS

LOC = {"R": "In the region", "N": "Elsewhere in Norway", "I": "Abroad", "?": "Don't know",
       " ": None, "": None}
COLUMNS = {"region": "Region", "product": "Q10", "product_new_to_market": "Q10b",
           "process": "Q11", "process_new_to_industry": "Q11b",
           **{f: f"Q7 {f}" for f in FACTORS}}


def codes() -> Codes:
    return Codes(location={"regional": ["In the region"], "national": ["Elsewhere in Norway"],
                           "international": ["Abroad"], "missing": ["Don't know"]},
                 yes_no={"yes": ["Yes", "1"], "no": ["No", "0"], "missing": ["Don't know"]})


def raw_table(frame: pd.DataFrame) -> RawTable:
    return RawTable(path=Path("test.xlsx"), columns=[str(c) for c in frame.columns],
                    data=frame, report=ImportReport(rows_read=len(frame),
                                                    columns=len(frame.columns)))


def mapping(frame: pd.DataFrame, **extra_columns: str) -> Mapping:
    cols = {k: v for k, v in COLUMNS.items() if v in frame.columns}
    cols.update(extra_columns)
    return Mapping(columns=cols, codes=codes())


def firms(rows: list[tuple[str, str, str | None]], **other) -> pd.DataFrame:
    """Firms as (region, six factor letters like 'RRNNI?', product 'Yes'/'No'/None)."""
    frame = pd.DataFrame({
        "Region": [r for r, _, _ in rows],
        **{f"Q7 {f}": [LOC[loc[j]] if j < len(loc) else None for _, loc, _ in rows]
           for j, f in enumerate(FACTORS)},
        "Q10": [p for _, _, p in rows]})
    for k, v in other.items():
        frame[k] = v
    return frame


def random_survey(n: int, seed: int = 1) -> pd.DataFrame:
    """A plausible survey of n firms (answers correlated within firms) for speed and regression."""
    rng = np.random.default_rng(seed)
    regions = np.array(["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"])
    sectors = np.array(["Manufacturing", "Construction", "Trade", "Services"])
    local = rng.uniform(0.2, 0.9, n)
    frame = {"Region": regions[rng.integers(0, 5, n)],
             "Sector": sectors[rng.integers(0, 4, n)]}
    for f in FACTORS:
        u = rng.uniform(size=n)
        ans = np.where(u < local, "In the region",
                       np.where(u < local + (1 - local) * 0.6, "Elsewhere in Norway", "Abroad"))
        ans = np.where(rng.uniform(size=n) < 0.05, "Don't know", ans)
        frame[f"Q7 {f}"] = ans
    emp = np.exp(rng.normal(3, 1.2, n)).round()
    rd = rng.exponential(3, n).round(1)
    edu = rng.integers(0, 4, n)
    eta = -0.5 + 1.2 * (1 - local) + 0.1 * np.log(emp + 1) + 0.08 * rd + 0.2 * edu
    prod = rng.uniform(size=n) < 1 / (1 + np.exp(-eta))
    radical = prod & (rng.uniform(size=n) < 0.5 + 0.3 * (1 - local))
    proc = rng.uniform(size=n) < 0.45
    frame.update({
        "Q10": np.where(prod, "Yes", "No"), "Q10b": np.where(radical, "Yes", "No"),
        "Q11": np.where(proc, "Yes", "No"),
        "Q11b": np.where(proc & (rng.uniform(size=n) < 0.35), "Yes", "No"),
        "Employees": [f"{e:,.0f}".replace(",", " ") for e in emp],
        "RD": [f"{x:.1f}".replace(".", ",") + " %" for x in rd],
        "Education": np.array(["Primary", "Secondary", "Bachelor", "Master"])[edu],
        "Owner": np.array(["Norwegian", "Partly foreign", "Fully foreign"])[
            rng.choice(3, n, p=[0.8, 0.05, 0.15])],
    })
    return pd.DataFrame(frame)


def full_mapping(frame: pd.DataFrame) -> Mapping:
    m = mapping(frame, sector="Sector", employees="Employees", pct_rd="RD",
                manager_education="Education", ownership="Owner")
    m.codes.manager_education = ["Primary", "Secondary", "Bachelor", "Master"]
    m.order["region"] = ["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"]
    return m
