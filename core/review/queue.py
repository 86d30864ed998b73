"""The review queue: the filtered list a reviewer walks through, one item at a time.

Filters narrow instructions or responses by language, instruction status, source, flags,
score (chrF of a translation, judge score of a response), verdict, model, or to
translations only. The order is import order (responses grouped under their
instruction). The position is the current item, not a number, so an item that leaves the
list once reviewed (filter "unreviewed") does not make the reviewer skip the next one.
Filters and position are saved per reviewer in the project's settings. A judge run that
ended after the reviewer last moved reopens their queue on the responses awaiting review,
where their work now is.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.curator import current_curator
from core.errors import HandloomError
from core.review.history import TARGET_KINDS, reviewed_sql, verdict_sql
from core.review.items import ReviewItem, load_item
from core.store.ids import now
from core.store.project import Project

VERDICTS = ("unreviewed", "reviewed", "accept", "reject")
_KEYS = {"instruction": "i.rowid", "response": "i.rowid, r.rowid"}


@dataclass(frozen=True)
class QueueFilters:
    """What to review; ``None`` means no restriction. ``flag`` may be "any" or "none"."""

    kind: str = "instruction"
    language: str | None = None
    status: str | None = None
    source: str | None = None
    flag: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    verdict: str | None = None
    translations_only: bool = False
    model: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in TARGET_KINDS:
            raise HandloomError(
                f"The review queue holds instructions or responses, not '{self.kind}'."
            )
        if self.verdict is not None and self.verdict not in VERDICTS:
            raise HandloomError(f"The verdict filter is one of {', '.join(VERDICTS)}.")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QueueFilters:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def sql(self, *extra: str) -> tuple[str, list[Any]]:
        """FROM and WHERE of the filtered list, with ``extra`` conditions added."""
        sql, clauses, params = self._parts()
        clauses = [*clauses, *extra]
        return sql + (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def _parts(self) -> tuple[str, list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.kind == "instruction":
            sql = "FROM instructions i LEFT JOIN translations t ON t.instruction_id = i.id"
            alias, score = "i", "t.chrf"
        else:
            sql = "FROM responses r JOIN instructions i ON i.id = r.instruction_id"
            alias, score = "r", "(SELECT avg(j.score) FROM judgements j WHERE j.response_id = r.id)"
        if self.language:
            clauses.append("i.language = ?")
            params.append(self.language)
        if self.status:
            clauses.append("i.status = ?")
            params.append(self.status)
        if self.source:
            clauses.append("i.source_id IN (SELECT id FROM sources WHERE id = ? OR name = ?)")
            params += [self.source, self.source]
        if self.flag:
            clauses.append(self._flag_sql())
            if self.flag not in ("any", "none"):
                params.append(self.flag)
        if self.min_score is not None:
            clauses.append(f"{score} >= ?")
            params.append(self.min_score)
        if self.max_score is not None:
            clauses.append(f"{score} <= ?")
            params.append(self.max_score)
        if self.verdict in ("unreviewed", "reviewed"):
            negate = "NOT " if self.verdict == "unreviewed" else ""
            clauses.append(negate + reviewed_sql(self.kind, alias))
        elif self.verdict:
            clauses.append(f"{verdict_sql(self.kind, alias)} = ?")
            params.append(self.verdict)
        if self.translations_only:
            clauses.append(
                "t.instruction_id IS NOT NULL"
                if self.kind == "instruction"
                else "i.parent_id IS NOT NULL"
            )
        if self.model:
            column = "t.model_id" if self.kind == "instruction" else "r.model_id"
            clauses.append(f"{column} IN (SELECT id FROM models WHERE name = ? OR id = ?)")
            params += [self.model, self.model]
        return sql, clauses, params

    def _flag_sql(self) -> str:
        if self.kind == "instruction":
            if self.flag == "any":
                return "(t.flags IS NOT NULL AND t.flags != '{}')"
            if self.flag == "none":
                return "(t.flags IS NULL OR t.flags = '{}')"
            return "EXISTS (SELECT 1 FROM json_each(t.flags) WHERE key = ?)"
        exists = "EXISTS (SELECT 1 FROM response_flags f WHERE f.response_id = r.id{})"
        if self.flag == "any":
            return exists.format("")
        if self.flag == "none":
            return "NOT " + exists.format("")
        return exists.format(" AND f.flag = ?")


@dataclass(frozen=True)
class QueueProgress:
    reviewed: int
    total: int

    @property
    def text(self) -> str:
        return f"{self.reviewed:,} of {self.total:,} reviewed"

    def to_json(self) -> dict[str, Any]:
        return {"reviewed": self.reviewed, "total": self.total, "text": self.text}


AWAITING_REVIEW = QueueFilters(kind="response", verdict="unreviewed")


def judged_since(project: Project, moment: str | None) -> bool:
    """Whether a judge run ended after ``moment`` (ever, when ``moment`` is None)."""
    ended = project.scalar(
        "SELECT max(finished_at) FROM jobs WHERE kind = 'judge' AND state = 'done'"
    )
    return ended is not None and (moment is None or str(ended) > moment)


def awaiting_review(project: Project) -> int:
    """How many responses nobody has reviewed yet."""
    sql, params = AWAITING_REVIEW.sql()
    return int(project.scalar(f"SELECT count(*) {sql}", params))


class ReviewQueue:
    """One reviewer's walk through a filtered list; every move is saved for next time."""

    def __init__(
        self,
        project: Project,
        filters: QueueFilters | None = None,
        reviewer: str | None = None,
        current_id: str | None = None,
    ) -> None:
        self.project = project
        self.reviewer = reviewer or current_curator()
        self.filters = filters or QueueFilters()
        self.current_id = current_id

    # -- remembering -----------------------------------------------------------------

    @staticmethod
    def setting_key(reviewer: str) -> str:
        return f"review.queue.{reviewer}"

    @classmethod
    def restore(cls, project: Project, reviewer: str | None = None) -> ReviewQueue:
        """The reviewer's queue as they left it (filters and current item)."""
        name = reviewer or current_curator()
        saved = json.loads(project.setting(cls.setting_key(name)) or "{}")
        if cls.judged_since_left(project, name):
            return cls(project, AWAITING_REVIEW, name)
        return cls(
            project,
            QueueFilters.from_json(saved.get("filters") or {}),
            name,
            saved.get("current_id"),
        )

    @classmethod
    def judged_since_left(cls, project: Project, reviewer: str) -> bool:
        """Whether a judge run ended since the reviewer last moved, with responses awaiting
        review: then their queue reopens on those responses."""
        saved = json.loads(project.setting(cls.setting_key(reviewer)) or "{}")
        return judged_since(project, saved.get("saved_at")) and awaiting_review(project) > 0

    def save(self) -> None:
        self.project.set_setting(
            self.setting_key(self.reviewer),
            json.dumps(
                {"filters": self.filters.to_json(), "current_id": self.current_id,
                 "saved_at": now()},
                ensure_ascii=False,
            ),
        )

    def set_filters(self, filters: QueueFilters) -> ReviewItem | None:
        """Change the filters and go to the first item of the new list."""
        self.filters, self.current_id = filters, None
        return self.first()

    def narrowed(self, **changes: Any) -> ReviewItem | None:
        return self.set_filters(replace(self.filters, **changes))

    # -- reading ---------------------------------------------------------------------

    def count(self) -> int:
        sql, params = self.filters.sql()
        return int(self.project.scalar(f"SELECT count(*) {sql}", params))

    def progress(self) -> QueueProgress:
        """Reviewed items among those the filters select, whatever their verdict."""
        everything = replace(self.filters, verdict=None)
        sql, params = everything.sql()
        alias = "i" if everything.kind == "instruction" else "r"
        reviewed = reviewed_sql(everything.kind, alias)
        row = self.project.conn.execute(
            f"SELECT count(*), coalesce(sum({reviewed}), 0) {sql}", params
        ).fetchone()
        return QueueProgress(reviewed=int(row[1]), total=int(row[0]))

    def ids(self, offset: int = 0, limit: int = 200) -> list[str]:
        """Ids of a page of the list, for a list beside the review screen."""
        sql, params = self.filters.sql()
        alias = "i" if self.filters.kind == "instruction" else "r"
        return [
            r[0]
            for r in self.project.conn.execute(
                f"SELECT {alias}.id {sql} ORDER BY {_KEYS[self.filters.kind]} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]

    def index(self) -> int | None:
        """0-based place of the current item in the list (None when there is none)."""
        key = self._key(self.current_id)
        if key is None or self.current() is None:
            return None
        return self._count_relative("<", key)

    # -- moving ----------------------------------------------------------------------

    def current(self) -> ReviewItem | None:
        """The current item; if it left the list, the next one that is still in it."""
        key = self._key(self.current_id)
        found = self._step(">=", key, ascending=True) if key else self._step(None, None, True)
        return self._go(found, save=found != self.current_id)

    def first(self) -> ReviewItem | None:
        return self._go(self._step(None, None, ascending=True))

    def next(self) -> ReviewItem | None:
        """The item after the current one; stays at the last item at the end of the list."""
        key = self._key(self.current_id)
        if key is None:
            return self.first()
        found = self._step(">", key, ascending=True)
        return self._go(found) if found else self.current()

    def previous(self) -> ReviewItem | None:
        """The item before the current one; stays at the first item at the start."""
        key = self._key(self.current_id)
        if key is None:
            return self.first()
        found = self._step("<", key, ascending=False)
        return self._go(found) if found else self.current()

    def go_to(self, index: int) -> ReviewItem | None:
        found = self.ids(max(index, 0), 1)
        return self._go(found[0] if found else None)

    # -- inside ----------------------------------------------------------------------

    def _go(self, item_id: str | None, save: bool = True) -> ReviewItem | None:
        if item_id is None:
            return None
        self.current_id = item_id
        if save:
            self.save()
        return load_item(self.project, self.filters.kind, item_id)

    def _key(self, item_id: str | None) -> tuple[int, ...] | None:
        if item_id is None:
            return None
        if self.filters.kind == "instruction":
            row = self.project.conn.execute(
                "SELECT rowid FROM instructions WHERE id = ?", [item_id]
            ).fetchone()
        else:
            row = self.project.conn.execute(
                "SELECT i.rowid, r.rowid FROM responses r JOIN instructions i "
                "ON i.id = r.instruction_id WHERE r.id = ?",
                [item_id],
            ).fetchone()
        return tuple(row) if row else None

    def _where_key(self, op: str, key: tuple[int, ...]) -> tuple[str, list[Any], list[Any]]:
        marks = ", ".join("?" * len(key))
        sql, params = self.filters.sql(f"({_KEYS[self.filters.kind]}) {op} ({marks})")
        return sql, params, list(key)

    def _step(self, op: str | None, key: tuple[int, ...] | None, ascending: bool) -> str | None:
        alias = "i" if self.filters.kind == "instruction" else "r"
        order = _KEYS[self.filters.kind]
        if not ascending:
            order = ", ".join(f"{c} DESC" for c in order.split(", "))
        if op is None or key is None:
            sql, params = self.filters.sql()
            extra: list[Any] = []
        else:
            sql, params, extra = self._where_key(op, key)
        row = self.project.conn.execute(
            f"SELECT {alias}.id {sql} ORDER BY {order} LIMIT 1", [*params, *extra]
        ).fetchone()
        return str(row[0]) if row else None

    def _count_relative(self, op: str, key: tuple[int, ...]) -> int:
        sql, params, extra = self._where_key(op, key)
        return int(self.project.scalar(f"SELECT count(*) {sql}", [*params, *extra]))


def progress_of(project: Project, filters: dict[str, Any], reviewer: str
                ) -> tuple[QueueProgress, int]:
    """(how many of what ``filters`` (as JSON) select ``reviewer`` has reviewed, how many
    items the filtered list holds now): the Review page's "312 of 4,000 reviewed"."""
    queue = ReviewQueue(project, QueueFilters.from_json(filters), reviewer)
    return queue.progress(), queue.count()
