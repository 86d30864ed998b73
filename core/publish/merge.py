"""Merging another curator's copy of a project into this one.

The other file is only ever read: it is copied through SQLite's backup API into a
temporary folder, and that copy is validated and, if older, upgraded. Everything is then
brought across in one transaction of this project (foreign keys checked at its end), so
any failure leaves the project exactly as it was. Rows are matched by their UUIDs, so
merging twice changes nothing. Reviews are events: both curators' events are kept and the
newest decides, and where they disagree the report says so.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.curator import current_curator
from core.errors import HandloomError, JobCancelled, ProjectError
from core.publish.merge_reviews import conflict_subjects, find_conflicts, settle
from core.publish.merge_tables import TABLES, UNFINISHED_JOB_STATES, TableSpec, same_model
from core.store import schema
from core.store.ids import new_id, now
from core.store.project import Project

Progress = Callable[[int, int, str], None]


class MergeError(HandloomError):
    """The other file cannot be merged; this project was left untouched."""


@dataclass
class MergeReport:
    """What a merge brought in (or, for a dry run, would bring in)."""

    other: str
    dry_run: bool
    upgraded_from: int | None = None
    added: Counter[str] = field(default_factory=Counter)
    already_here: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    renamed: list[dict[str, str]] = field(default_factory=list)
    extra_samples: int = 0
    undos: int = 0
    texts_updated: int = 0
    curation_kept_here: int = 0
    review_conflicts: list[dict[str, Any]] = field(default_factory=list)
    review_conflict_count: int = 0

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or self.undos)

    def to_json(self) -> dict[str, Any]:
        return {
            "other": self.other, "dry_run": self.dry_run, "changed": self.changed,
            "upgraded_from": self.upgraded_from, "added": dict(self.added),
            "already_here": dict(self.already_here), "matched": dict(self.matched),
            "renamed": self.renamed, "extra_samples": self.extra_samples, "undos": self.undos,
            "texts_updated": self.texts_updated,
            "curation_kept_here": self.curation_kept_here,
            "review_conflicts": self.review_conflicts,
            "review_conflict_count": self.review_conflict_count,
        }


class _DryRun(Exception):
    """Raised inside the merge transaction to roll a dry run back."""


def merge(project: Project, other_path: Path | str, *, dry_run: bool = False,
          progress: Progress | None = None, cancel: threading.Event | None = None) -> MergeReport:
    """Bring everything from ``other_path`` that this project lacks, in one transaction."""
    path = Path(other_path).resolve()
    if path == project.path.resolve():
        raise MergeError(f"{path.name} is this project itself; choose another copy.")
    with tempfile.TemporaryDirectory(prefix="handloom-merge-") as folder:
        other, upgraded_from = _open_copy(path, Path(folder))
        report = MergeReport(str(path), dry_run, upgraded_from)
        try:
            with project.write() as conn:
                conn.execute("PRAGMA defer_foreign_keys = ON")
                _Merger(project, other, report, path.stem).run(progress, cancel)
                if dry_run:
                    raise _DryRun()
                if report.changed:
                    conn.execute(
                        "INSERT INTO merges(id, other_path, report, created_by, created_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [new_id(), str(path), json.dumps(report.to_json(), ensure_ascii=False),
                         current_curator(), now()])
        except _DryRun:
            pass
        except sqlite3.IntegrityError as e:
            raise MergeError(f"{path.name} refers to rows it does not contain ({e}); nothing "
                             "was merged.") from e
        finally:
            other.close()
    return report


def merge_named(project: Project, other_path: Path | str, *, dry_run: bool = False,
                progress: Progress | None = None, cancel: threading.Event | None = None
                ) -> tuple[dict[str, Any], dict[str, str]]:
    """``merge`` (or its dry run), as (the report as JSON, what each of the first reviews
    that disagree is about): for a screen that names them."""
    report = merge(project, other_path, dry_run=dry_run, progress=progress,
                   cancel=cancel).to_json()
    return report, conflict_subjects(project, report["review_conflicts"])


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _open_copy(path: Path, folder: Path) -> tuple[Project, int | None]:
    """A validated, upgraded copy of ``path`` in ``folder``; the original is only read."""
    if not path.exists():
        raise MergeError(f"There is no file at {path}.")
    if path.is_dir() or not _looks_like_sqlite(path):
        raise MergeError(f"{path.name} is not a Handloom project (it is not an SQLite file).")
    copy = folder / path.name
    try:
        # A file closed cleanly has no WAL: "immutable" then reads it without creating
        # -wal/-shm files beside it (on someone's USB stick). A file copied while open has
        # a WAL holding recent work, which only a normal read-only open includes.
        wal = Path(f"{path}-wal")
        flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
        source = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        probe = sqlite3.connect(copy)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        finally:
            probe.close()
    except sqlite3.DatabaseError as e:
        raise MergeError(f"{path.name} is damaged and cannot be read: {e}.") from e
    try:
        other = Project.open(copy)
    except ProjectError as e:
        raise MergeError(str(e)) from e
    if other.scalar("PRAGMA quick_check") != "ok":
        other.close()
        raise MergeError(f"{path.name} is damaged (its integrity check failed).")
    known = len(schema.known_migrations())
    return other, (version if version < known else None)


class _Merger:
    """One merge: walks the tables in order, keeping a map from the other copy's keys to
    this project's keys for items both copies made independently."""

    def __init__(self, project: Project, other: Project, report: MergeReport,
                 stem: str) -> None:
        self.here = project
        self.other = other
        self.report = report
        self.stem = stem
        self.mapped: dict[str, str] = {}
        self.new: dict[str, set[str]] = {}
        self.touched: set[tuple[str, str, str]] = set()  # review kind, target, action
        self.status_there: dict[str, str] = {}  # instruction -> its status in the other copy

    def run(self, progress: Progress | None, cancel: threading.Event | None) -> None:
        total = sum(int(self.other.scalar(f"SELECT count(*) FROM {t.name}")) for t in TABLES)
        done = 0
        for spec in TABLES:
            if spec.name == "instructions":
                self._map_translations()
            if spec.name == "reviews":
                find_conflicts(self.here, self.other, self.mapped, self.report)
            for row in self._rows(spec):
                self._merge_row(spec, row)
                done += 1
                if done % 2000 == 0:
                    if progress:
                        progress(done, total, f"Merging {spec.name}")
                    if cancel is not None and cancel.is_set():
                        raise JobCancelled()
        settle(self.here, self.touched, self.report)
        for instruction_id, status in self.status_there.items():
            here = self.here.scalar("SELECT status FROM instructions WHERE id = ?",
                                    [instruction_id])
            self.report.curation_kept_here += here != status
        if progress:
            progress(total, total, "Merged")

    def _columns(self, table: str) -> list[str]:
        here = [r[1] for r in self.here.conn.execute(f"PRAGMA table_info({table})")]
        there = {r[1] for r in self.other.conn.execute(f"PRAGMA table_info({table})")}
        return [c for c in here if c in there]

    def _rows(self, spec: TableSpec) -> Any:
        columns = self._columns(spec.name)
        cursor = self.other.conn.execute(
            f"SELECT {', '.join(columns)} FROM {spec.name} ORDER BY {', '.join(spec.key)}")
        for values in cursor:
            row = dict(zip(columns, values, strict=True))
            for column in spec.refs:
                if row.get(column) in self.mapped:
                    row[column] = self.mapped[row[column]]
            yield row

    def _find(self, table: str, columns: tuple[str, ...], row: dict[str, Any],
              select: str = "*") -> dict[str, Any] | None:
        where = " AND ".join(f"{c} = ?" for c in columns)
        found = self.here.query(f"SELECT {select} FROM {table} WHERE {where} LIMIT 1",
                                [row[c] for c in columns])
        return found[0] if found else None

    def _insert(self, table: str, row: dict[str, Any], *, or_ignore: bool = False) -> bool:
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        cursor = self.here.conn.execute(
            f"{verb} INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()))
        return cursor.rowcount > 0

    def _merge_row(self, spec: TableSpec, row: dict[str, Any]) -> None:
        name = spec.name
        if not spec.by_id:
            parent = spec.new_parents_only
            if parent and row[parent] not in self.new.get("instructions", set()):
                return  # curation of an instruction both copies have: this copy's stands
            added = self._insert(name, row, or_ignore=True)
            (self.report.added if added else self.report.already_here)[name] += 1
            return
        if row["id"] in self.mapped:
            self.report.matched[name] += 1
            return
        existing = self._find(name, ("id",), row)
        if existing is not None:
            self.report.already_here[name] += 1
            self._update_existing(name, existing, row)
            return
        if spec.natural and all(row.get(c) is not None for c in spec.natural):
            twin = self._find(name, spec.natural, row)
            if twin is not None and not self._keep_both(spec, twin, row):
                self.mapped[row["id"]] = twin["id"]
                self.report.matched[name] += 1
                return
        if name == "jobs" and row["state"] in UNFINISHED_JOB_STATES:
            row["state"] = "failed"
            row["error"] = f"Unfinished in {self.stem} when it was merged here."
        self._insert(name, row)
        self.new.setdefault(name, set()).add(row["id"])
        self.report.added[name] += 1
        if name == "reviews":
            self.touched.add((row["target_kind"], row["target_id"], row["action"]))

    def _keep_both(self, spec: TableSpec, twin: dict[str, Any], row: dict[str, Any]) -> bool:
        """For a row unique by what it is: adjust ``row`` so both can live here, or say no."""
        if spec.renamed and not (spec.name == "models" and same_model(twin, row)):
            original = row[spec.renamed]
            candidate, n = f"{original} (from {self.stem})", 2
            while self._find(spec.name, (spec.renamed,), {spec.renamed: candidate}):
                candidate, n = f"{original} (from {self.stem}, {n})", n + 1
            row[spec.renamed] = candidate
            self.report.renamed.append({"table": spec.name, "from": original, "to": candidate})
            return True
        if spec.name == "responses" and twin["text"] != row["text"]:
            # Both copies generated this sample independently: keep theirs as another sample.
            row["sample_index"] = 1 + int(self.here.scalar(
                "SELECT max(sample_index) FROM responses WHERE instruction_id = ? AND "
                "model_id = ? AND settings_key = ?",
                [row["instruction_id"], row["model_id"], row["settings_key"]]))
            row["selected"] = 0
            self.report.extra_samples += 1
            return True
        if spec.name == "eval_items" and twin["text"] != row["text"]:
            row["position"] = 1 + int(self.here.scalar(
                "SELECT max(position) FROM eval_items WHERE eval_set_id = ?",
                [row["eval_set_id"]]))
            return True
        return False

    def _update_existing(self, table: str, here: dict[str, Any], there: dict[str, Any]) -> None:
        """The same row in both copies: only an undo travels; curation here stands."""
        if table == "reviews" and there["undone_at"] and not here["undone_at"]:
            self.here.conn.execute("UPDATE reviews SET undone_at = ? WHERE id = ?",
                                   [there["undone_at"], here["id"]])
            self.report.undos += 1
            self.touched.add((here["target_kind"], here["target_id"], here["action"]))
        elif table == "instructions" and here["status"] != there["status"]:
            self.status_there[here["id"]] = there["status"]

    def _map_translations(self) -> None:
        """A translation both copies made (same original, language and model) is one."""
        for r in self.other.query(
                "SELECT instruction_id, original_id, target_language, model_id FROM translations"):
            key = {"original_id": self.mapped.get(r["original_id"], r["original_id"]),
                   "target_language": r["target_language"],
                   "model_id": self.mapped.get(r["model_id"], r["model_id"])}
            if None in key.values():
                continue
            twin = self._find("translations", tuple(key), key, "instruction_id")
            if twin and twin["instruction_id"] != r["instruction_id"]:
                self.mapped[r["instruction_id"]] = twin["instruction_id"]
