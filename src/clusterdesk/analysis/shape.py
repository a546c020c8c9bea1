"""What a survey asks (spec section 7): the location levels, the factors asked, whether it has a
region. Tables 2-6 read it to leave out what the questionnaire cannot give and say why."""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.analysis.notes import Note
from clusterdesk.analysis.results import ResultTable
from clusterdesk.mapping.roles import FACTORS, LOCATIONS, label


@dataclass(frozen=True)
class Shape:
    levels: tuple[str, ...] = LOCATIONS  # asked, innermost first
    not_asked: tuple[str, ...] = ()  # location factors the survey does not ask

    @classmethod
    def of(cls, survey) -> Shape:
        mapping = getattr(survey, "mapping", None)
        levels = tuple(lv for lv in LOCATIONS if lv in (getattr(mapping, "levels", None)
                                                       or LOCATIONS))
        return cls(levels or LOCATIONS, tuple(getattr(mapping, "not_asked", None) or ()))

    @property
    def factors(self) -> list[str]:
        """The factors the tables have rows for: every one the survey does not leave out."""
        return [f for f in FACTORS if f not in self.not_asked]

    @property
    def inner(self) -> str:
        return self.levels[0]

    @property
    def outer(self) -> tuple[str, ...]:
        return self.levels[1:]

    @property
    def paper(self) -> bool:
        """True when the classes are the paper's (counted at the regional level)."""
        return self.inner == "regional"

    def factor_notes(self) -> list[Note]:
        """Says which factors the survey does not ask and that averages run over the rest."""
        if not self.not_asked or not self.factors:
            return []
        return [Note("factors_not_asked", {"names": [label(f) for f in FACTORS
                                                    if f in self.not_asked],
                                           "k": len(self.factors)})]


def without_factors(key: str, title: str, table: int) -> ResultTable:
    """T3-T5 of a survey that asks none of the location factors: no figures, one note."""
    why = Note("no_factors", {"table": table})
    return ResultTable(key, title, [], [], [why], row_header="Variables", why=why)


CLASS_LABELS_BY_LEVEL = {
    "national": {"non_regional": "Non-national environment",
                 "regional": "National environment"},
    "international": {"non_regional": "Non-international environment",
                      "regional": "International environment"},
}


def class_labels(shape: Shape) -> dict[str, tuple[str, str | None]]:
    """T5's column labels and their glossary keys, naming the level the classes are counted at:
    with two levels the non-inner class is the outer level's environment."""
    if shape.paper:
        return {"non_regional": ("Non-regional cluster", None),
                "regional": ("Regional cluster", None), "all": ("All firms", None)}
    inner = shape.inner
    out = {"regional": (CLASS_LABELS_BY_LEVEL[inner]["regional"], f"env.{inner}")}
    if len(shape.outer) == 1:
        outer = shape.outer[0]
        out["non_regional"] = (CLASS_LABELS_BY_LEVEL[outer]["regional"], f"env.{outer}")
    else:
        out["non_regional"] = (CLASS_LABELS_BY_LEVEL[inner]["non_regional"], f"env.not_{inner}")
    return {"non_regional": out["non_regional"], "regional": out["regional"],
            "all": ("All firms", None)}
