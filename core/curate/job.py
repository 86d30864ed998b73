"""The curate job: apply the seed method's filters to the project, recording reasons.

Each filter owns one exclusion reason. Running a filter replaces that reason's previous
exclusions (the filter reflects its current setting), nothing is ever deleted, and
``clear`` lifts a reason entirely. ``instructions.status`` is recomputed for the rows a
step touched, so the table and the counts stay consistent.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from core.curate import rules
from core.curate.near_dup import find_near_duplicates
from core.curate.pii import find_pii, redact
from core.curate.reasons import REASONS
from core.curate.templates import find_templated
from core.curator import current_curator
from core.errors import HandloomError, JobCancelled
from core.jobs import Progress
from core.languages import normalise_language
from core.progress import hook
from core.store.ids import now
from core.store.project import Project

CHUNK = 10_000


def run(
    project: Project, config: dict[str, Any], progress: Progress, cancel: threading.Event
) -> dict[str, Any]:
    """Run the filters named in ``config`` in a fixed order; returns counts per reason."""
    steps = _plan(config)
    if not steps:
        raise HandloomError(
            "Nothing to do: choose at least one filter.",
            cli_hint="For example --dedup or --min-chars.",
        )
    report: dict[str, Any] = {}
    for index, (name, step) in enumerate(steps):
        if cancel.is_set():
            raise JobCancelled()
        hook(progress, "step", f"curate.{name}")
        progress(index, len(steps), f"Curating: {name.replace('_', ' ')}")
        report[name] = step(project, config, cancel, progress)
    progress(len(steps), len(steps), "Curated")
    report["excluded_by_reason"] = {
        k: v for k, v in project.conn.execute(
            "SELECT reason, count(*) FROM exclusions GROUP BY reason"
        )
    }
    report["included"] = project.scalar(
        "SELECT count(*) FROM instructions WHERE status = 'included'"
    )
    return report


def _plan(config: dict[str, Any]) -> list[tuple[str, Any]]:
    steps: list[tuple[str, Any]] = []
    for reason in config.get("clear") or []:
        if reason not in REASONS:
            raise HandloomError(
                f"'{reason}' is not an exclusion reason; use one of {', '.join(REASONS)}."
            )
    if config.get("clear"):
        steps.append(("clear", _clear))
    if config.get("pii"):
        if config["pii"] not in ("exclude", "redact"):
            raise HandloomError("Personal data is either excluded or redacted.",
                                cli_hint="--pii takes 'exclude' or 'redact'.")
        steps.append(("pii", _pii))
    if config.get("dedup"):
        steps.append(("duplicate", _dedup))
    if config.get("near_dup") is not None:
        threshold = float(config["near_dup"])
        if not 0 < threshold <= 1:
            raise HandloomError("The near-duplicate threshold must be between 0 and 1, e.g. 0.8.")
        steps.append(("near_duplicate", _near_dup))
    if config.get("templates"):
        steps.append(("template", _templates))
    if config.get("min_chars") is not None or config.get("max_chars") is not None:
        steps.append(("length", _length))
    if config.get("languages") or config.get("exclude_uncertain"):
        steps.append(("language", _languages))
    if config.get("scripts"):
        steps.append(("script", _scripts))
    if config.get("regex"):
        rules.compile_pattern(config["regex"])  # an invalid pattern fails before any work
        steps.append(("regex", _regex))
    return steps


def _rows(project: Project, where: str = "", params: Iterable[Any] = ()) -> Iterator[tuple[str, str]]:
    """(id, text) in import order, streamed so a million rows never sit in memory twice."""
    cursor = project.conn.execute(
        f"SELECT id, text FROM instructions {where} ORDER BY rowid", list(params)
    )
    while chunk := cursor.fetchmany(CHUNK):
        yield from chunk


def _replace_reason(
    project: Project,
    config: dict[str, Any],
    reason: str,
    excluded: Iterable[tuple[str, str | None]],
) -> int:
    """Make ``excluded`` (id, detail) the exact set of rows excluded for ``reason``."""
    stamp, curator, job_id = now(), current_curator(), config.get("job_id")
    with project.write() as conn:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched(id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM touched")
        conn.execute(
            "INSERT OR IGNORE INTO touched SELECT instruction_id FROM exclusions WHERE reason = ?",
            [reason],
        )
        conn.execute("DELETE FROM exclusions WHERE reason = ?", [reason])
        batch: list[tuple[Any, ...]] = []
        total = 0
        for row_id, detail in excluded:
            batch.append((row_id, reason, detail, job_id, curator, stamp))
            if len(batch) >= CHUNK:
                total += _insert_exclusions(conn, batch)
                batch = []
        total += _insert_exclusions(conn, batch)
        _refresh_status(conn)
    return total


def _insert_exclusions(conn: Any, batch: list[tuple[Any, ...]]) -> int:
    if not batch:
        return 0
    conn.executemany(
        "INSERT OR IGNORE INTO exclusions(instruction_id, reason, detail, job_id, created_by, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        batch,
    )
    conn.executemany("INSERT OR IGNORE INTO touched(id) VALUES (?)", [(b[0],) for b in batch])
    return len(batch)


def _refresh_status(conn: Any) -> None:
    """Recompute status for the rows in the temp table ``touched``."""
    conn.execute(
        "UPDATE instructions SET status = CASE WHEN EXISTS (SELECT 1 FROM exclusions e "
        "WHERE e.instruction_id = instructions.id) THEN 'excluded' ELSE 'included' END "
        "WHERE id IN (SELECT id FROM touched)"
    )


def _clear(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> dict[str, int]:
    lifted: dict[str, int] = {}
    for reason in config["clear"]:
        if reason == "pii":
            _restore_redactions(project)
        lifted[reason] = _count_reason(project, reason)
        _replace_reason(project, config, reason, [])
    return lifted


def _count_reason(project: Project, reason: str) -> int:
    return int(project.scalar("SELECT count(*) FROM exclusions WHERE reason = ?", [reason]))


def _restore_redactions(project: Project) -> None:
    with project.write() as conn:
        conn.execute(
            "UPDATE instructions SET text = redacted_from, redacted_from = NULL "
            "WHERE redacted_from IS NOT NULL"
        )


def _dedup(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> int:
    # Duplicate keys were computed at import; the first row of each key is kept.
    rows = project.conn.execute(
        "SELECT id, (SELECT k.id FROM instructions k WHERE k.dup_key = i.dup_key "
        "ORDER BY k.rowid LIMIT 1) AS first_id FROM instructions i WHERE i.dup_key IN "
        "(SELECT dup_key FROM instructions GROUP BY dup_key HAVING count(*) > 1)"
    )
    dupes = [(row_id, f"same as {first}") for row_id, first in rows if row_id != first]
    return _replace_reason(project, config, "duplicate", dupes)


def _near_dup(project: Project, config: dict[str, Any], cancel: threading.Event, progress: Progress) -> int:
    total = int(project.scalar("SELECT count(*) FROM instructions"))
    rows = _rows(
        project,
        "WHERE id NOT IN (SELECT instruction_id FROM exclusions WHERE reason = 'duplicate')",
    )
    found = [
        (row_id, f"{similarity:.2f} similar to {kept}")
        for row_id, kept, similarity in find_near_duplicates(
            rows,
            threshold=float(config["near_dup"]),
            progress=lambda done, _t: progress(done, total, "Finding near-duplicates"),
            cancel=cancel,
        )
    ]
    return _replace_reason(project, config, "near_duplicate", found)


def _templates(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> int:
    min_group = int(config.get("template_min_group") or 5)
    found = find_templated(_rows(project), min_group=min_group)
    return _replace_reason(project, config, "template", ((k, v) for k, v in found.items()))


def _pii(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> int:
    if config["pii"] == "exclude":
        found = []
        for row_id, text in _rows(project):
            matches = find_pii(text)
            if matches:
                kinds = sorted({m.kind for m in matches})
                found.append((row_id, ", ".join(kinds)))
        return _replace_reason(project, config, "pii", found)
    # Redact: rewrite the text, keeping what it was so that --clear pii restores it.
    changed = 0
    updates: list[tuple[str, str, str]] = []
    for row_id, text in _rows(project):
        new_text = redact(text)
        if new_text != text:
            updates.append((new_text, text, row_id))
    with project.write() as conn:
        conn.executemany(
            "UPDATE instructions SET text = ?, redacted_from = COALESCE(redacted_from, ?) "
            "WHERE id = ?",
            updates,
        )
        changed = len(updates)
    _replace_reason(project, config, "pii", [])
    return changed


def _length(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> int:
    low, high = config.get("min_chars"), config.get("max_chars")
    found = (
        (row_id, reason)
        for row_id, text in _rows(project)
        if (reason := rules.length_reason(text, low, high))
    )
    return _replace_reason(project, config, "length", found)


def _languages(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> int:
    """Keep only the languages asked for; with ``exclude_uncertain``, also drop the rows
    whose label the identifiers were not sure of (a person's label is always sure)."""
    wanted = []
    for code in config.get("languages") or []:
        normal = normalise_language(code)
        if not normal:
            raise HandloomError(f"'{code}' is not a language code Handloom recognises.")
        wanted.append(normal)
    clauses = []
    if wanted:
        clauses.append(f"language IS NULL OR language NOT IN ({','.join('?' * len(wanted))})")
    if config.get("exclude_uncertain"):
        clauses.append("language_uncertain = 1")
    rows = project.conn.execute(
        "SELECT id, coalesce(language, 'unknown'), language_uncertain FROM instructions "
        f"WHERE {' OR '.join(f'({c})' for c in clauses)}",
        wanted,
    )
    return _replace_reason(
        project, config, "language",
        ((i, f"language {lang}{'?' if unsure else ''}") for i, lang, unsure in rows),
    )


def _scripts(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> int:
    wanted = [s.strip().title() for s in config["scripts"]]
    marks = ",".join("?" * len(wanted))
    rows = project.conn.execute(
        f"SELECT id, coalesce(script, 'unknown') FROM instructions "
        f"WHERE script IS NULL OR script NOT IN ({marks})",
        wanted,
    )
    return _replace_reason(project, config, "script", ((i, f"script {s}") for i, s in rows))


def _regex(project: Project, config: dict[str, Any], cancel: threading.Event, _p: Progress) -> int:
    pattern: re.Pattern[str] = rules.compile_pattern(config["regex"])
    found = ((row_id, f"matches {config['regex']}") for row_id, text in _rows(project) if pattern.search(text))
    return _replace_reason(project, config, "regex", found)
