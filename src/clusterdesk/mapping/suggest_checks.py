"""What the assistant guessed and the analyst must check before the tables are trusted.

A check names the columns (and the education order) it is about; once the analyst has chosen
other columns, or another order, the check no longer applies and is not shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clusterdesk.mapping.model import Mapping


@dataclass
class Check:
    text: str  # one sentence naming the columns and what to check
    columns: dict[str, str] = field(default_factory=dict)  # role -> column guessed
    education: list[str] | None = None  # the education order guessed, when it is about that

    def applies(self, mapping: Mapping) -> bool:
        """Does the mapping still hold the guess?"""
        if any(mapping.columns.get(role) != column for role, column in self.columns.items()):
            return False
        if self.education is None:
            return True
        guessed = set(self.education)  # answers added after them (by the wizard) change nothing
        return [v for v in mapping.codes.manager_education if v in guessed] == self.education


def open_checks(checks: list[Check], mapping: Mapping) -> list[str]:
    """The sentences of the checks the mapping still holds, in the order they were made."""
    return [c.text for c in checks if c.applies(mapping)]
