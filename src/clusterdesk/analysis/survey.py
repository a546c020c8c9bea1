"""The coded survey: what every table and model reads, plus what coding found odd.

Kept separate from the coding so that the GUI can hold a Survey and re-run the analysis with new
settings without coding the file again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class CodingReport:
    """What coding saw, in the analyst's words and as counts the wizard can show in a table."""

    rows_read: int = 0
    rows_dropped_empty: int = 0
    warnings: list[str] = field(default_factory=list)
    # values that cannot be right (analysis/checks.py): shown before every other warning
    doubts: list[str] = field(default_factory=list)
    # role -> {raw answer as displayed: count} for answers that fit no code (coded missing)
    unassigned: dict[str, dict[str, int]] = field(default_factory=dict)
    # role -> {raw value as displayed: count} for number cells that could not be read as numbers
    not_numbers: dict[str, dict[str, int]] = field(default_factory=dict)
    # role -> {column: firms whose skip code (spec 7, skipped_means_no) was counted as no}
    skipped: dict[str, dict[str, int]] = field(default_factory=dict)
    # codes that cannot be right (spec 7), listed before every other warning
    suspect: list[str] = field(default_factory=list)

    @property
    def rows_used(self) -> int:
        return self.rows_read - self.rows_dropped_empty


@dataclass
class Survey:
    """One coded row per firm.

    ``data`` holds a column per mapped role, named by the role key: categories as pandas
    Categorical (analyst's order), locations as 'regional'/'national'/'international'/NaN,
    yes/no as 1.0/0.0/NaN, numbers as float. It also has ``foreign_ownership`` (0/1/NaN, when
    ownership is mapped) and ``raw_row`` (1-based row in the file, for messages and exports).
    """

    data: pd.DataFrame
    report: CodingReport
    mapping: Any  # clusterdesk.mapping.model.Mapping
    raw: Any = None  # clusterdesk.io.table.RawTable the survey was coded from

    @property
    def weighted(self) -> bool:
        return "weight" in self.data.columns

    @property
    def levels(self) -> list[str]:
        """The location levels the survey asks (spec 7), innermost first."""
        from clusterdesk.mapping.roles import LOCATIONS

        asked = getattr(self.mapping, "levels", None) or LOCATIONS
        return [lv for lv in LOCATIONS if lv in asked]

    @property
    def factors(self) -> list[str]:
        """The location factors asked and coded, in the paper's order."""
        from clusterdesk.mapping.roles import FACTORS

        return [f for f in FACTORS if f in self.data.columns]

    @property
    def has_region(self) -> bool:
        return "region" in self.data.columns

    def has(self, role: str) -> bool:
        """True when the role is mapped (its column exists in the coded data)."""
        return role in self.data.columns
