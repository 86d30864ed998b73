"""Typed read queries over instructions: filters, counts, pages and full-text search.

The window's table and ``handloom list``/``stats`` both use these, so they share one
definition of what a filter means. Pages are fetched by offset in rowid order, which the
indexes serve without sorting, so the first screen of a million-row project is instant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from core.store.project import Project

_ROW_COLUMNS = (
    "i.id, i.text, i.language, i.script, i.status, s.name AS source, i.source_line, "
    "i.language_origin, i.language_uncertain, i.language_variant, i.language_set_by, "
    "i.licence, i.author, i.parent_id, i.created_by, i.created_at"
)
_REASONS = "(SELECT group_concat(reason, ',') FROM exclusions e WHERE e.instruction_id = {}.id)"
LIST_COLUMNS = f"{_ROW_COLUMNS}, {_REASONS.format('i')} AS reasons"


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the list to; ``None`` means no restriction."""

    status: str | None = None
    language: str | None = None
    source: str | None = None
    script: str | None = None
    reason: str | None = None
    search: str | None = None
    language_sure: bool | None = None  # True: sure labels only; False: uncertain ones only

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.status:
            clauses.append("i.status = ?")
            params.append(self.status)
        if self.language:
            if self.language == "unknown":
                clauses.append("i.language IS NULL")
            else:
                clauses.append("i.language = ?")
                params.append(self.language)
        if self.language_sure is not None:
            clauses.append("i.language_uncertain = ?")
            params.append(0 if self.language_sure else 1)
        if self.source:
            clauses.append("i.source_id IN (SELECT id FROM sources WHERE id = ? OR name = ?)")
            params += [self.source, self.source]
        if self.script:
            clauses.append("i.script = ?")
            params.append(self.script)
        if self.reason:
            clauses.append(
                "i.id IN (SELECT instruction_id FROM exclusions WHERE reason = ?)"
            )
            params.append(self.reason)
        if self.search and fts_query(self.search):
            clauses.append(
                "i.rowid IN (SELECT rowid FROM instructions_fts WHERE instructions_fts MATCH ?)"
            )
            params.append(fts_query(self.search))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn what a person typed into an FTS5 query: every word must occur, as a prefix
    for the last one, so typing narrows results and punctuation cannot break the syntax."""
    words = _TOKEN.findall(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def count(project: Project, filters: Filters = Filters()) -> int:
    search = fts_query(filters.search or "")
    if search and filters == Filters(search=filters.search):
        # A search alone is counted in the full-text index: joining each match back to its
        # row costs a random lookup per match (0.4 s for 58,000 matches in a million rows).
        return int(
            project.scalar(
                "SELECT count(*) FROM instructions_fts WHERE instructions_fts MATCH ?", [search]
            )
        )
    where, params = filters.where()
    return int(project.scalar(f"SELECT count(*) FROM instructions i{where}", params))


def page(
    project: Project,
    filters: Filters = Filters(),
    offset: int = 0,
    limit: int = 200,
    *,
    after: int | None = None,
    before: int | None = None,
) -> list[dict[str, Any]]:
    """Rows ``offset``..``offset+limit`` of the filtered list, in import order.

    Each row carries its ``rowid``. Given ``after`` (the rowid of the last row of an earlier
    page) the rows that follow it, or given ``before`` the rows that precede it, are found
    through the primary key instead of by counting past ``offset`` rows, so a page next to
    one already shown costs the same deep in a million rows as at the top.
    """
    where, params = filters.where()
    order = "i.rowid"
    if after is not None:
        where += (" AND " if where else " WHERE ") + "i.rowid > ?"
        params, offset = [*params, after], 0
    elif before is not None:
        where += (" AND " if where else " WHERE ") + "i.rowid < ?"
        params, offset, order = [*params, before], 0, "i.rowid DESC"
    # The page's rowids are found first, so the join and the reasons run for its rows only
    # and not for every row skipped by the offset (twice as fast deep in a million rows).
    return project.query(
        f"SELECT i.rowid AS rowid, {LIST_COLUMNS} FROM instructions i "
        "LEFT JOIN sources s ON s.id = i.source_id WHERE i.rowid IN ("
        f"SELECT i.rowid FROM instructions i{where} ORDER BY {order} LIMIT ? OFFSET ?"
        ") ORDER BY i.rowid",
        [*params, limit, offset],
    )


def get(project: Project, instruction_id: str) -> dict[str, Any] | None:
    rows = project.query(
        f"SELECT {LIST_COLUMNS}, i.original_text, i.provenance, i.redacted_from "
        "FROM instructions i LEFT JOIN sources s ON s.id = i.source_id WHERE i.id = ?",
        [instruction_id],
    )
    return rows[0] if rows else None


def _grouped(project: Project, sql: str) -> dict[str, int]:
    return {str(k if k is not None else "unknown"): int(v) for k, v in project.conn.execute(sql)}


def stats(project: Project) -> dict[str, Any]:
    """The figures of ``handloom stats``: totals, and counts by status, language (and of
    uncertain labels), source and exclusion reason."""
    total = int(project.scalar("SELECT count(*) FROM instructions"))
    by_status = _grouped(project, "SELECT status, count(*) FROM instructions GROUP BY status")
    return {
        "instructions": total,
        "included": by_status.get("included", 0),
        "by_status": by_status,
        "by_language": _grouped(
            project,
            "SELECT language, count(*) FROM instructions GROUP BY language ORDER BY 2 DESC",
        ),
        "language_uncertain": int(
            project.scalar("SELECT count(*) FROM instructions WHERE language_uncertain = 1")
        ),
        "uncertain_by_language": _grouped(
            project,
            "SELECT language, count(*) FROM instructions WHERE language_uncertain = 1 "
            "GROUP BY language ORDER BY 2 DESC",
        ),
        "by_source": _grouped(
            project,
            "SELECT s.name, count(*) FROM instructions i JOIN sources s ON s.id = i.source_id "
            "GROUP BY s.id ORDER BY 2 DESC",
        ),
        "excluded_by_reason": _grouped(
            project, "SELECT reason, count(*) FROM exclusions GROUP BY reason ORDER BY 2 DESC"
        ),
        "responses": int(project.scalar("SELECT count(*) FROM responses")),
        "completion_tokens": int(
            project.scalar("SELECT coalesce(sum(completion_tokens), 0) FROM responses")
        ),
    }


def languages(project: Project, status: str | None = None) -> dict[str, int]:
    """Instruction counts per language (optionally for one status), largest first."""
    if status:
        rows = project.conn.execute(
            "SELECT language, count(*) FROM instructions WHERE status = ? "
            "GROUP BY language ORDER BY 2 DESC",
            [status],
        )
        return {str(k or "unknown"): int(v) for k, v in rows}
    return _grouped(
        project, "SELECT language, count(*) FROM instructions GROUP BY language ORDER BY 2 DESC"
    )


def included_languages(project: Project, *, originals: bool = False) -> dict[str, int]:
    """Included instructions per language (those without a label left out), largest first;
    with ``originals`` only those that are no translation of another."""
    originals_only = "AND parent_id IS NULL " if originals else ""
    rows = project.conn.execute(
        "SELECT language, count(*) AS n FROM instructions WHERE status = 'included' "
        f"{originals_only}AND language IS NOT NULL GROUP BY language ORDER BY n DESC")
    return {str(language): int(n) for language, n in rows}


def has_instructions(project: Project) -> bool:
    """Whether anything has been imported into ``project``."""
    return bool(project.scalar("SELECT 1 FROM instructions LIMIT 1"))


def exclusions(project: Project, instruction_id: str) -> list[dict[str, Any]]:
    """Why an instruction is excluded: its (reason, detail) rows, by reason."""
    return project.query(
        "SELECT reason, detail FROM exclusions WHERE instruction_id = ? ORDER BY reason",
        [instruction_id],
    )


def language_codes(project: Project) -> list[str]:
    """Every language code some instruction has, in order (instructions without one aside)."""
    rows = project.conn.execute(
        "SELECT DISTINCT language FROM instructions WHERE language IS NOT NULL ORDER BY 1")
    return [str(row[0]) for row in rows]


def language_choices(project: Project) -> list[tuple[str, str, str]]:
    """(code, English name, own name) for every language a person may pick, the project's
    own among them (``core.languages.language_choices``: a third of a second the first time,
    so the window asks for it in the background)."""
    from core.languages import language_choices as choices

    return choices(tuple(language_codes(project)))


def sources(project: Project) -> list[dict[str, Any]]:
    return project.query(
        "SELECT id, name, location, format, licence, state, rows_imported, skipped_lines, error, "
        "created_by, created_at FROM sources ORDER BY created_at"
    )
