"""Review counts: what each reviewer did, and where the items stand.

``by_reviewer`` counts each reviewer's events that are not undone, by action;
``by_verdict`` counts items by their current verdict (the newest accept or reject);
``reviewed`` and ``total`` count instructions and responses together, and ``by_kind``
gives the same two figures for each.
"""

from __future__ import annotations

from typing import Any

from core.review.history import ACTIONS, reviewed_sql, verdict_sql
from core.store.project import Project

_FROM = {"instruction": "instructions i", "response": "responses r"}


def review_stats(project: Project) -> dict[str, Any]:
    by_reviewer: dict[str, dict[str, int]] = {}
    for reviewer, action, n in project.conn.execute(
        "SELECT created_by, action, count(*) FROM reviews WHERE undone_at IS NULL "
        "GROUP BY created_by, action ORDER BY created_by"
    ):
        counts = by_reviewer.setdefault(reviewer, dict.fromkeys(ACTIONS, 0))
        counts[action] = int(n)
    by_verdict = {"accept": 0, "reject": 0}
    by_kind: dict[str, dict[str, int]] = {}
    for kind, table in _FROM.items():
        alias = table[-1]
        # Only items someone reviewed are looked at: a million untouched rows cost nothing.
        touched = (
            f"FROM {table} WHERE {alias}.id IN (SELECT target_id FROM reviews "
            f"WHERE target_kind = '{kind}')"
        )
        for verdict, n in project.conn.execute(
            f"SELECT {verdict_sql(kind, alias)} AS v, count(*) {touched} "
            "GROUP BY v HAVING v IS NOT NULL"
        ):
            by_verdict[verdict] += int(n)
        reviewed = project.scalar(f"SELECT count(*) {touched} AND {reviewed_sql(kind, alias)}")
        total = project.scalar(f"SELECT count(*) FROM {table}")
        by_kind[kind] = {"reviewed": int(reviewed), "total": int(total)}
    return {
        "by_reviewer": by_reviewer,
        "by_verdict": by_verdict,
        "reviewed": sum(k["reviewed"] for k in by_kind.values()),
        "total": sum(k["total"] for k in by_kind.values()),
        "by_kind": by_kind,
    }
