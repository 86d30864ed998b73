"""Reviews across a merge: where the copies disagree, and what the merged events mean.

Review events are kept from both copies and the newest decides. Two things follow from
events that arrive by merging, as they would had the reviewer acted here: the text of an
edited item becomes that of its newest live edit (or its original once every edit is
undone), and an instruction whose newest verdict is a rejection is excluded for the reason
``review`` (included again otherwise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.store.ids import now
from core.store.project import Project

if TYPE_CHECKING:
    from core.publish.merge import MergeReport

REPORTED_CONFLICTS = 200
EXCLUSION_REASON = "review"
TABLES = {"instruction": "instructions", "response": "responses"}
_VERDICTS = ("SELECT id, target_kind, target_id, action, created_by, created_at FROM reviews "
             "WHERE action IN ('accept', 'reject') AND undone_at IS NULL")


def find_conflicts(here: Project, other: Project, mapped: dict[str, str],
                   report: MergeReport) -> None:
    """Record items whose newest verdict differs between the copies; the newer decides."""
    there: dict[tuple[str, str], dict[str, Any]] = {}
    for r in other.query(_VERDICTS + " ORDER BY created_at, id"):
        there[(r["target_kind"], mapped.get(r["target_id"], r["target_id"]))] = r
    for (kind, target), theirs in there.items():
        mine = here.query(_VERDICTS + " AND target_kind = ? AND target_id = ? "
                          "ORDER BY created_at DESC, id DESC LIMIT 1", [kind, target])
        if not mine or mine[0]["id"] == theirs["id"] or mine[0]["action"] == theirs["action"]:
            continue
        newest = max(mine[0], theirs, key=lambda v: (v["created_at"], v["id"]))
        report.review_conflict_count += 1
        if len(report.review_conflicts) < REPORTED_CONFLICTS:
            report.review_conflicts.append({
                "target_kind": kind, "target_id": target,
                "here": {k: mine[0][k] for k in ("action", "created_by", "created_at")},
                "there": {k: theirs[k] for k in ("action", "created_by", "created_at")},
                "decided": newest["action"],
            })


def settle(here: Project, touched: set[tuple[str, str, str]], report: MergeReport) -> None:
    """Apply what merged review events mean to the reviewed rows (see the module text)."""
    for kind, target in sorted({(k, t) for k, t, a in touched if a == "edit"}):
        if kind in TABLES:
            report.texts_updated += _apply_edits(here, kind, target)
    for target in sorted({t for k, t, a in touched if k == "instruction"
                          and a in ("accept", "reject")}):
        _sync_exclusion(here, target)


def _apply_edits(here: Project, kind: str, target: str) -> int:
    edits = here.query("SELECT new_text, previous_text, undone_at FROM reviews "
                       "WHERE target_kind = ? AND target_id = ? AND action = 'edit' "
                       "ORDER BY created_at DESC, id DESC", [kind, target])
    live = [e for e in edits if e["undone_at"] is None and e["new_text"] is not None]
    text = live[0]["new_text"] if live else edits[-1]["previous_text"] if edits else None
    current = here.scalar(f"SELECT text FROM {TABLES[kind]} WHERE id = ?", [target])
    if text is None or current is None or text == current:
        return 0
    if kind == "instruction":
        from core.curate.dedup import duplicate_key
        from core.curate.scripts import script_of

        here.conn.execute("UPDATE instructions SET text = ?, dup_key = ?, script = ? "
                          "WHERE id = ?", [text, duplicate_key(text), script_of(text), target])
    else:
        here.conn.execute("UPDATE responses SET text = ? WHERE id = ?", [text, target])
    return 1


def _sync_exclusion(here: Project, instruction_id: str) -> None:
    verdict = here.query(_VERDICTS + " AND target_kind = 'instruction' AND target_id = ? "
                         "ORDER BY created_at DESC, id DESC LIMIT 1", [instruction_id])
    here.conn.execute("DELETE FROM exclusions WHERE instruction_id = ? AND reason = ?",
                      [instruction_id, EXCLUSION_REASON])
    if verdict and verdict[0]["action"] == "reject":
        by = verdict[0]["created_by"]
        here.conn.execute(
            "INSERT INTO exclusions(instruction_id, reason, detail, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?)", [instruction_id, EXCLUSION_REASON, f"rejected by {by}",
                                       by, now()])
    here.conn.execute(
        "UPDATE instructions SET status = CASE WHEN EXISTS (SELECT 1 FROM exclusions e "
        "WHERE e.instruction_id = instructions.id) THEN 'excluded' ELSE 'included' END "
        "WHERE id = ?", [instruction_id])


_SUBJECTS = {
    "response": "SELECT i.text FROM responses r JOIN instructions i ON i.id = r.instruction_id "
                "WHERE r.id = ?",
    "instruction": "SELECT text FROM instructions WHERE id = ?",
}


def conflict_subjects(project: Project, conflicts: list[dict[str, Any]],
                      limit: int = 20) -> dict[str, str]:
    """What each of the first ``limit`` disagreeing reviews is about, as a person recognises
    it: target id → the instruction's text (a response's, its instruction's), cut to 60
    characters. Items of another kind, or gone, are left out."""
    subjects: dict[str, str] = {}
    for conflict in conflicts[:limit]:
        kind, target = conflict["target_kind"], conflict["target_id"]
        found = project.scalar(_SUBJECTS[kind], [target]) if kind in _SUBJECTS else None
        if found:
            snippet = " ".join(str(found).split())
            subjects[target] = snippet if len(snippet) <= 60 else snippet[:59] + "…"
    return subjects
