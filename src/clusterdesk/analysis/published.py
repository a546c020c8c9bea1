"""The published 2013 Norwegian study (Gjelsvik, Tables 2-5) as a base wave (spec section 8).

Typed from the paper. Only Table 2 gives firm counts (per region); its cells get intervals and
tests, the other tables' cells a change only. The paper's Table 3 has no Total column, and the
third column of its Table 5 is the mean of the two cluster classes, not all firms: neither is
compared.
"""

from __future__ import annotations

LABEL = "Norway 2013 (Gjelsvik)"
FILE = "Gjelsvik (2013), Tables 2-5"

_REGIONS = ("Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway")
_OUTCOMES = ("product", "product_new_to_market", "process", "process_new_to_industry")

_T2 = {  # product, new to market, process, new to industry; firms in the region
    "Oslo": (56.5, 33.3, 41.9, 15.4, 501), "Bergen": (53.6, 26.6, 45.5, 16.9, 308),
    "Stavanger": (56.7, 33.3, 46.2, 16.5, 351), "Trondheim": (46.2, 28.6, 47.0, 17.9, 234),
    "Rest of Norway": (47.5, 21.7, 41.0, 12.2, 608), "Total": (52.2, 28.2, 43.5, 15.1, 2002),
}
_T3 = {  # Oslo, Bergen, Stavanger, Trondheim, Rest of Norway
    "customers": (57.9, 64.9, 74.4, 73.5, 60.0), "suppliers": (35.9, 49.1, 47.4, 51.1, 31.0),
    "competitors": (66.6, 59.7, 58.8, 63.3, 53.6), "labour": (76.8, 70.9, 71.4, 79.6, 79.0),
    "research": (48.9, 38.2, 42.9, 73.5, 18.6), "capital": (65.9, 66.7, 66.7, 67.4, 67.2),
    "average": (58.7, 58.3, 60.3, 68.1, 51.6),
}
_T4 = {  # regional, national, international (product innovation)
    "customers": (55.4, 65.7, 73.0), "suppliers": (46.1, 62.2, 77.8),
    "competitors": (51.6, 69.0, 80.0), "labour": (56.9, 75.0, 55.9),
    "research": (52.8, 63.8, 75.5), "capital": (55.5, 64.9, 75.9), "average": (53.1, 66.8, 73.0),
}
_T5 = {  # non-regional cluster, regional cluster
    "product": (70.2, 49.1), "product_new_to_market": (46.6, 22.2),
    "process": (46.6, 44.4), "process_new_to_industry": (17.6, 14.8),
}

Cell = tuple[float, float | None]  # (percent, firms in the denominator or None)
Table = dict[str, tuple[str, dict[str, Cell]]]  # row key -> (row kind, column key -> cell)


def _kind(key: str) -> str:
    return {"Total": "total", "average": "average"}.get(key, "data")


def tables() -> dict[str, Table]:
    """The paper's share cells by table key, row key and column key (spec section 5 keys)."""
    t2 = {r: (_kind(r), {o: (v[i], float(v[4])) for i, o in enumerate(_OUTCOMES)})
          for r, v in _T2.items()}
    t3 = {f: (_kind(f), {reg: (v[i], None) for i, reg in enumerate(_REGIONS)})
          for f, v in _T3.items()}
    t4 = {f: (_kind(f), {loc: (v[i], None) for i, loc in
                         enumerate(("regional", "national", "international"))})
          for f, v in _T4.items()}
    t5 = {o: ("data", {"non_regional": (v[0], None), "regional": (v[1], None)})
          for o, v in _T5.items()}
    return {"innovation_by_region": t2, "cluster_extent": t3, "innovation_by_location": t4,
            "cluster_classification": t5}
