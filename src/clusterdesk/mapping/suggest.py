"""The mapping assistant: from a file's cells, a suggested Mapping with a confidence per role and a
plain list of what it could not decide, so the analyst never types role names.

Scores every column for every role (header words x value fit, see suggest_score), then picks the
best global one-role-per-column assignment (scipy's linear_sum_assignment), then suggests answer
codes from the values of the chosen columns (suggest_codes).
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.mapping.model import Mapping, SourceSpec
from clusterdesk.mapping.roles import FACTORS, ROLES, shown_label
from clusterdesk.mapping.suggest_blocks import apply_block, find_blocks
from clusterdesk.mapping.suggest_checks import Check, open_checks
from clusterdesk.mapping.suggest_codes import suggest_codes
from clusterdesk.mapping.suggest_forms import grid_check, levels_of, propose_grids
from clusterdesk.mapping.suggest_score import ROLE_KEYS, header_scores, score_column
from clusterdesk.mapping.suggest_text import clean_header
from clusterdesk.mapping.suggest_values import ColumnProfile, location_fit, profile
from clusterdesk.runtime import IDLE, Task
from clusterdesk.texts import translate

if TYPE_CHECKING:
    from clusterdesk.io.table import RawTable

MIN_SCORE = 0.35  # below this a column is not suggested for a role at all
SURE = 0.7  # at or above this the wizard may show a suggestion as settled
GUESSED = 0.5  # at most this sure of a column whose education order is a guess


@dataclass
class Suggestion:
    """What the assistant proposes; the wizard shows it, `clusterdesk map` writes it."""

    mapping: Mapping
    confidence: dict[str, float] = field(default_factory=dict)  # role -> 0..1
    undecided: list[str] = field(default_factory=list)  # sentences: what to choose by hand
    alternatives: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)  # what was decided and why
    scores: dict[str, dict[str, float]] = field(default_factory=dict)  # column -> role -> score
    profiles: dict[str, ColumnProfile] = field(default_factory=dict)
    header_reason: str = ""  # why the header is where suggest_file put it
    header_kind: str = ""  # what the header rows hold (suggest_header.HeaderGuess.kind)
    checks: list[Check] = field(default_factory=list)  # guesses the analyst must check

    def open_checks(self, mapping: Mapping | None = None) -> list[str]:
        """The guesses to check that ``mapping`` (default: the suggested one) still holds."""
        return open_checks(self.checks, self.mapping if mapping is None else mapping)

    def role_of(self, column: str) -> str | None:
        return next((r for r, c in self.mapping.columns.items() if c == column), None)


def _describe(role: str) -> str:
    if role == "region":
        return translate("mapping", "the region")
    return translate("mapping", "'{item}' ({key})").format(item=shown_label(role), key=role)


def score_table(raw: RawTable, task: Task = IDLE
                ) -> tuple[dict[str, ColumnProfile], dict[str, dict[str, float]]]:
    """Profile and score every column of a RawTable."""
    profiles, scores = {}, {}
    for pos, col in enumerate(raw.columns):
        if col not in raw.data.columns:
            continue
        task.step()
        prof = profile(col, pos, raw.data[col], task)
        texts = [clean_header(col)]
        if raw.labels.get(col):
            texts.append(clean_header(raw.labels[col]))
        profiles[col] = prof
        scores[col] = score_column(prof, texts)
    return profiles, scores


def assign(scores: dict[str, dict[str, float]]) -> dict[str, str]:
    """Best total score with at most one role per column and one column per role."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    cols = list(scores)
    if not cols:
        return {}
    matrix = np.array([[scores[c][r] for r in ROLE_KEYS] for c in cols])
    rows, picks = linear_sum_assignment(matrix, maximize=True)
    return {ROLE_KEYS[j]: cols[i] for i, j in zip(rows, picks, strict=True)
            if matrix[i, j] >= MIN_SCORE}


def _confidence(role: str, col: str, scores: dict[str, dict[str, float]]) -> float:
    """The score, lowered when another column scores almost as well for the same role."""
    best = scores[col][role]
    runner = max((s[role] for c, s in scores.items() if c != col), default=0.0)
    margin = best - runner
    return round(best * min(1.0, 0.5 + margin / 0.4), 3)


def _factor_block(profiles: dict[str, ColumnProfile], taken: set[str]) -> list[str] | None:
    """Six adjacent columns of location answers whose headers say nothing: the paper's order."""
    cands = [p for c, p in profiles.items() if c not in taken and location_fit(p) >= 0.8]
    if len(cands) != 6:
        return None
    positions = [p.position for p in cands]
    if positions != list(range(positions[0], positions[0] + 6)):
        return None
    return [p.name for p in cands]


def suggest(raw: RawTable, task: Task = IDLE) -> Suggestion:
    """Suggest roles, answer codes, region order and settings for one read file."""
    profiles, scores = score_table(raw, task)
    columns = assign(scores)
    sug = Suggestion(mapping=Mapping(), scores=scores, profiles=profiles)
    for role in ROLE_KEYS:
        if role in columns:
            sug.confidence[role] = _confidence(role, columns[role], scores)
    _blocks(sug, raw, columns)
    if not any(f in columns for f in FACTORS):
        block = _factor_block(profiles, set(columns.values()))
        if block:
            for role, col in zip(FACTORS, block, strict=True):
                columns[role] = col
                sug.confidence[role] = 0.3
            sug.checks.append(Check(translate(
                "mapping", "Six adjacent columns hold location answers but their headers do not "
                "say which factor they ask about; they were taken in the paper's order "
                "({columns}). Check them against the questionnaire.").format(
                    columns=", ".join(block)), dict(zip(FACTORS, block, strict=True))))
    sug.mapping.columns = {r.key: columns[r.key] for r in ROLES if r.key in columns}
    _grids(sug, raw)
    for role in ROLE_KEYS:
        ranked = sorted(((c, s[role]) for c, s in scores.items()
                         if c != columns.get(role) and s[role] > 0.1),
                        key=lambda x: -x[1])[:3]
        if ranked:
            sug.alternatives[role] = [(c, round(v, 3)) for c, v in ranked]
    for r in ROLES:
        if r.key in columns:
            conf = sug.confidence[r.key]
            if conf >= SURE:
                text = translate("mapping", "'{column}' looks like {item} ({sure}).")
            else:
                text = translate("mapping", "'{column}' looks like {item} ({sure}) - not sure, "
                                 "please check.")
            sug.messages.append(text.format(column=columns[r.key], item=_describe(r.key),
                                            sure=f"{conf:.0%}"))
        elif r.required and not sug.mapping.source_columns(r.key) \
                and r.key not in sug.mapping.not_asked:
            sug.undecided.append(translate("mapping", "No column looks like {item}; choose it by "
                                           "hand.").format(item=_describe(r.key)))
    codes, order, notes, undecided = suggest_codes(
        sug.mapping.columns, profiles, getattr(raw.report, "value_codes", None), sug.checks)
    for check in sug.checks:
        if check.education is not None:  # the column may be right, the order is a guess
            sug.confidence["manager_education"] = min(sug.confidence["manager_education"],
                                                      GUESSED)
    sug.mapping.codes = codes
    sug.mapping.order = order
    sug.messages += notes
    sug.undecided += undecided
    report = getattr(raw, "report", None)
    sug.mapping.source = SourceSpec(sheet=raw.sheet,
                                    header_row=getattr(report, "header_row", None),
                                    header_rows=getattr(report, "header_rows", 1) or 1)
    _settings(sug)
    sug.messages += [c.text for c in sug.checks]
    return sug


def _grids(sug: Suggestion, raw: RawTable) -> None:
    """Location factors asked as tick boxes (spec 7): grids replace a weaker single column; the
    factors then left without a column are proposed as not asked."""
    m = sug.mapping
    grids = propose_grids(list(raw.columns), dict(raw.labels),
                          {c for r, c in m.columns.items() if r not in FACTORS})
    if not grids:
        return
    for role in grids:
        m.columns.pop(role, None)
        sug.confidence[role] = GUESSED
    in_grids = {c for g in grids.values() for c in g.columns()}
    for role in [r for r in FACTORS if m.columns.get(r) in in_grids]:
        m.columns.pop(role)
    m.grids = grids
    m.not_asked = [f for f in FACTORS if f not in grids and not m.columns.get(f)]
    if all(f in grids or f in m.not_asked for f in FACTORS):
        m.levels = levels_of(grids)
    sug.checks.append(Check(grid_check(grids, m.not_asked), grids=copy.deepcopy(grids),
                            not_asked=list(m.not_asked)))


def _blocks(sug: Suggestion, raw: RawTable, columns: dict[str, str]) -> None:
    """Numbered blocks of yes/no or location questions, taken in the questionnaire's order."""
    def header(col: str) -> dict[str, float]:
        texts = [clean_header(col)] + ([clean_header(raw.labels[col])]
                                       if raw.labels.get(col) else [])
        found = [header_scores(t) for t in texts]
        return {r: max(f[r] for f in found) for r in ROLE_KEYS}

    for block in find_blocks(sug.profiles, header):
        taken = apply_block(block, columns, sug.confidence, SURE)
        if not taken:
            continue
        listed = ", ".join(f"{col} = {shown_label(role)}" for role, col in taken.items())
        text = translate("mapping", "The columns {columns} are a numbered block whose headers do "
                         "not say what they ask; they were taken in the questionnaire's order "
                         "({roles}). Check them against the questionnaire.") \
            if block.roles == FACTORS else \
            translate("mapping", "The yes/no columns {columns} are a numbered block whose headers "
                      "do not say what they ask; they were taken in the questionnaire's order "
                      "({roles}). Check them against the questionnaire.")
        sug.checks.append(Check(text.format(columns=", ".join(block.columns), roles=listed),
                                dict(taken)))


def _settings(sug: Suggestion) -> None:
    """Keep the paper's settings, minus outcomes the file does not have."""
    mapped = set(sug.mapping.columns)
    s = sug.mapping.settings
    s.regression_outcomes = [o for o in s.regression_outcomes if o in mapped] or ["product"]


def suggest_file(path: str | os.PathLike, sheet: str | int | None = None, task: Task = IDLE
                 ) -> tuple[RawTable, Suggestion]:
    """Read a file with the detected header (and the best sheet) and suggest its mapping."""
    from clusterdesk import io
    from clusterdesk.mapping.suggest_header import detect_header

    path = Path(path)
    if sheet is None:
        sheets = io.list_sheets(path)
        visible = [s for s in sheets if not s.hidden] or sheets
        candidates: list[str | int] = [s.name for s in visible[:6]] or [0]
        if len(sheets) == 1 and sheets[0].name == path.stem:
            candidates = [0]  # a text or SPSS file: its one pseudo-sheet, as the spec writes it
    else:
        candidates = [sheet]
    best: tuple[tuple[int, float], RawTable, Suggestion] | None = None
    for i, cand in enumerate(candidates):
        part = task.sub(i / len(candidates), (i + 1) / len(candidates))
        guess = detect_header(io.read_grid(path, sheet=cand))
        raw = io.read(path, sheet=cand, header_row=guess.header_row,
                      header_rows=guess.header_rows, task=part.sub(0.0, 0.7))
        sug = suggest(raw, part.sub(0.7, 1.0))
        sug.mapping.source = SourceSpec(sheet=cand, header_row=guess.header_row,
                                        header_rows=guess.header_rows)
        sug.messages.insert(0, guess.reason)
        sug.header_reason = guess.reason
        sug.header_kind = guess.kind
        required = sum(1 for r in ROLES if r.required and r.key in sug.mapping.columns)
        rank = (required, sum(sug.confidence.values()))
        if best is None or rank > best[0]:
            best = (rank, raw, sug)
    assert best is not None
    if len(candidates) > 1:
        best[2].messages.insert(0, translate("mapping", "Sheet '{sheet}' looks like the survey "
                                             "data.").format(sheet=best[2].mapping.source.sheet))
    return best[1], best[2]
