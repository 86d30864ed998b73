"""Best-of-N selection: for each instruction, mark its best acceptable response as selected.

A person's review overrides the judge: a response whose newest (not undone) accept/reject
review is "reject" is never selected, and an accepted one is preferred over any score and
kept even when it is below the minimum or flagged. Among the rest, a response needs a
score (see ``stats.scores_sql``) of at least ``min_score`` and none of ``exclude_flags``;
the highest score wins, ties go to fewer flags, then to the shorter text.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.errors import HandloomError
from core.judge.flags import RULE_FLAGS
from core.judge.stats import UNKNOWN_LANGUAGE, scores_sql
from core.store.project import Project

_VERDICT = (
    "(SELECT action FROM reviews v WHERE v.target_kind = 'response' AND v.target_id = r.id "
    "AND v.action IN ('accept', 'reject') AND v.undone_at IS NULL "
    "ORDER BY v.created_at DESC, v.id DESC LIMIT 1)"
)


@dataclass(frozen=True)
class Candidate:
    id: str
    score: float | None
    verdict: str | None
    flags: frozenset[str]
    length: int
    model: str
    selected: bool

    def acceptable(self, min_score: float | None, exclude: frozenset[str]) -> bool:
        if self.verdict == "reject":
            return False
        if self.verdict == "accept":
            return True
        if self.score is None or (min_score is not None and self.score < min_score):
            return False
        return not (self.flags & exclude)

    def rank(self) -> tuple[int, float, int, int, str]:
        """Sort key, best first: accepted, higher score, fewer flags, shorter, then id."""
        return (0 if self.verdict == "accept" else 1, -(self.score or 0.0), len(self.flags),
                self.length, self.id)


def check_flags(names: Iterable[str]) -> frozenset[str]:
    """Validate flag names given by a person (``--exclude-flags``)."""
    chosen = frozenset(n.strip() for n in names if n.strip())
    unknown = chosen - set(RULE_FLAGS)
    if unknown:
        raise HandloomError(
            f"There is no flag called {', '.join(sorted(unknown))}; the flags are "
            f"{', '.join(RULE_FLAGS)}."
        )
    return chosen


def best_of(project: Project, *, min_score: float | None = None,
            exclude_flags: Iterable[str] = (), judge_model_id: str | None = None
            ) -> dict[str, Any]:
    """Select the best acceptable response per included instruction; returns a report.

    Responses of excluded instructions are unselected. The whole selection is one
    transaction: it is quick, and a half-applied selection would mislead an export.
    """
    exclude = check_flags(exclude_flags)
    scores, params = scores_sql(judge_model_id)
    cursor = project.conn.execute(
        f"SELECT r.id, r.instruction_id, COALESCE(i.language, '{UNKNOWN_LANGUAGE}'), m.name, "
        f"s.score, {_VERDICT}, length(r.text), r.selected, i.status = 'included', "
        "(SELECT group_concat(flag, ',') FROM response_flags x WHERE x.response_id = r.id) "
        "FROM responses r JOIN instructions i ON i.id = r.instruction_id "
        "JOIN models m ON m.id = r.model_id "
        f"LEFT JOIN ({scores}) s ON s.response_id = r.id ORDER BY r.instruction_id", params)
    changes: list[tuple[int, str]] = []
    by_language: Counter[str] = Counter()
    by_model: Counter[str] = Counter()
    report = Counter[str]()
    for (_, language, included), group in itertools.groupby(
            cursor.fetchall(), key=lambda row: (row[1], row[2], row[8])):
        candidates = [Candidate(row[0], row[4], row[5], frozenset((row[9] or "").split(",")) -
                                {""}, row[6] or 0, row[3], bool(row[7])) for row in group]
        if included:
            report["instructions"] += 1
            report["rejected_by_person"] += sum(c.verdict == "reject" for c in candidates)
        eligible = [c for c in candidates if included and c.acceptable(min_score, exclude)]
        winner = min(eligible, key=Candidate.rank) if eligible else None
        if winner is not None:
            report["selected"] += 1
            by_language[language] += 1
            by_model[winner.model] += 1
            if winner.verdict == "accept":
                report["accepted_by_person"] += 1
        for c in candidates:
            wanted = winner is not None and c.id == winner.id
            if wanted != c.selected:
                changes.append((int(wanted), c.id))
    with project.write() as conn:
        conn.executemany("UPDATE responses SET selected = ? WHERE id = ?", changes)
    return {
        "instructions": report["instructions"],
        "selected": report["selected"],
        "without_selection": report["instructions"] - report["selected"],
        "accepted_by_person": report["accepted_by_person"],
        "rejected_by_person": report["rejected_by_person"],
        "changed": len(changes),
        "min_score": min_score,
        "exclude_flags": sorted(exclude),
        "by_language": dict(sorted(by_language.items())),
        "by_model": dict(sorted(by_model.items())),
    }


def selected_count(project: Project) -> int:
    return int(project.scalar("SELECT count(*) FROM responses WHERE selected = 1"))
