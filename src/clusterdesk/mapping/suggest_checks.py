"""What the assistant guessed and the analyst must check before the tables are trusted.

A check names the columns (and the education order) it is about; once the analyst has chosen
other columns, or another order, the check no longer applies and is not shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clusterdesk.mapping.model import LocationGrid, Mapping
from clusterdesk.mapping.text import normalize


@dataclass
class Check:
    text: str  # one sentence naming the columns and what to check
    columns: dict[str, str] = field(default_factory=dict)  # role -> column guessed
    education: list[str] | None = None  # the education order guessed, when it is about that
    grids: dict[str, LocationGrid] = field(default_factory=dict)  # tick grids guessed (spec 7)
    not_asked: list[str] = field(default_factory=list)  # factors guessed as not asked
    yes_no: dict[str, list[str]] = field(default_factory=dict)  # yes/no code -> answers guessed

    def applies(self, mapping: Mapping) -> bool:
        """Does the mapping still hold the guess?"""
        if any(mapping.columns.get(role) != column for role, column in self.columns.items()):
            return False
        if any(mapping.grids.get(role) != grid for role, grid in self.grids.items()):
            return False
        if any(role not in mapping.not_asked for role in self.not_asked):
            return False
        for code, answers in self.yes_no.items():
            held = {normalize(v) for v in mapping.codes.yes_no.get(code, [])}
            if any(normalize(a) not in held for a in answers):
                return False
        if self.education is None:
            return True
        guessed = set(self.education)  # answers added after them (by the wizard) change nothing
        return [v for v in mapping.codes.manager_education if v in guessed] == self.education


def open_checks(checks: list[Check], mapping: Mapping) -> list[str]:
    """The sentences of the checks the mapping still holds, in the order they were made."""
    return [c.text for c in checks if c.applies(mapping)]
