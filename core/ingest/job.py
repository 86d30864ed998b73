"""The import job: read files, map rows to instructions, label language and script, store.

Rows are committed 10,000 at a time together with the source's last imported line, so a
killed import resumes after that line and never duplicates. A malformed file imports
nothing (its rows so far are removed) unless the user asked to skip bad rows.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from core.curate.dedup import duplicate_key
from core.curate.language import LanguageIdentifier
from core.curate.scripts import script_of
from core.curator import current_curator
from core.errors import DiskFullError, HandloomError, ImportFileError, JobCancelled, ProjectError
from core.ingest.formats import detect_format, read_rows
from core.ingest.mapping import Mapping, guess_mapping, to_instruction
from core.ingest.records import ImportedInstruction, SourceRow
from core.jobs import Progress
from core.languages import normalise_language
from core.store.fulltext import bulk_insert
from core.store.ids import new_id, now
from core.store.project import Project

BATCH = 10_000
PREVIEW_ROWS = 50

_INSERT = (
    "INSERT INTO instructions(id, text, original_text, language, language_origin, "
    "language_confidence, script, source_id, source_line, source_ref, licence, author, consent, "
    "provenance, dup_key, status, created_by, created_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def run(
    project: Project, config: dict[str, Any], progress: Progress, cancel: threading.Event
) -> dict[str, Any]:
    """Import every file in ``config['files']``; see ``handloom import`` for the options."""
    files = [str(f) for f in config["files"]]
    if not config.get("again"):
        _refuse_reimport(project, config["job_id"], files)
    report: dict[str, Any] = {"files": []}
    identifier = LanguageIdentifier()
    for index, location in enumerate(files):
        if cancel.is_set():
            raise JobCancelled()
        outcome = _import_file(project, config, location, identifier, progress, cancel, index)
        report["files"].append(outcome)
    report["imported"] = sum(f["imported"] for f in report["files"])
    report["skipped_lines"] = sum(len(f["skipped_lines"]) for f in report["files"])
    return report


def _refuse_reimport(project: Project, job_id: str, files: list[str]) -> None:
    for location in files:
        rows = project.query(
            "SELECT name, rows_imported, created_at FROM sources "
            "WHERE location = ? AND state = 'done' AND job_id != ?",
            [location, job_id],
        )
        if rows:
            r = rows[0]
            raise HandloomError(
                f"{r['name']} was already imported on {r['created_at'][:10]} "
                f"({r['rows_imported']} instructions); pass --again to import it a second time."
            )


def _source_for(project: Project, config: dict[str, Any], location: str) -> dict[str, Any]:
    """The source row of this job for ``location``, created on first sight."""
    rows = project.query(
        "SELECT * FROM sources WHERE job_id = ? AND location = ?", [config["job_id"], location]
    )
    if rows:
        return rows[0]
    path = Path(location)
    fmt = config.get("format") or detect_format(path)
    source = {
        "id": new_id(),
        "name": path.name or location,
        "location": location,
        "format": fmt,
        "mapping": None,
        "licence": config.get("licence"),
        "language": normalise_language(config["language"]) if config.get("language") else None,
        "state": "importing",
        "rows_imported": 0,
        "last_line": 0,
        "skipped_lines": "[]",
        "error": None,
        "job_id": config["job_id"],
        "created_by": current_curator(),
        "created_at": now(),
    }
    with project.write() as conn:
        conn.execute(
            f"INSERT INTO sources({','.join(source)}) VALUES ({','.join('?' * len(source))})",
            list(source.values()),
        )
    return source


def _estimate_rows(path: Path, fmt: str) -> int:
    """A quick row estimate for the progress bar (newlines for text formats)."""
    try:
        if path.is_file() and fmt in ("csv", "tsv", "jsonl", "txt", "sharegpt", "messages", "lmsys"):
            count = 0
            with path.open("rb") as f:
                while chunk := f.read(1 << 22):
                    count += chunk.count(b"\n")
            return max(count, 1)
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
    except (OSError, ValueError):
        return 0
    except Exception:  # pyarrow raises its own errors on a damaged file; the reader reports it
        return 0
    return 0


def _import_file(
    project: Project,
    config: dict[str, Any],
    location: str,
    identifier: LanguageIdentifier,
    progress: Progress,
    cancel: threading.Event,
    index: int,
) -> dict[str, Any]:
    source = _source_for(project, config, location)
    if source["state"] == "done":
        return _file_report(source)
    if source["state"] == "failed":
        with project.write() as conn:
            conn.execute("UPDATE sources SET state = 'importing', error = NULL WHERE id = ?",
                         [source["id"]])
    path = Path(location)
    fmt = source["format"]
    skip_bad = bool(config.get("skip_bad_rows"))
    skipped: list[int] = []
    estimate = _estimate_rows(path, fmt)
    resume_after = int(source["last_line"])
    done = int(source["rows_imported"])
    label = f"Importing {source['name']}"
    seconds: dict[str, float] = {}
    began = time.perf_counter()
    try:
        rows = read_rows(path, fmt, skip_bad_rows=skip_bad, bad_rows=skipped)
        head: list[SourceRow] = []
        for row in rows:
            head.append(row)
            if len(head) >= PREVIEW_ROWS:
                break
        mapping = guess_mapping(head, config.get("columns") or None)
        _save_mapping(project, source["id"], mapping)
        batch: list[ImportedInstruction] = []
        last_line = resume_after

        def flush() -> None:
            nonlocal batch, done
            _store_batch(project, source, batch, identifier, last_line, skipped, seconds)
            done += len(batch)
            batch = []
            progress(done, max(estimate, done), label)
            if cancel.is_set():
                raise JobCancelled()

        for row in _chain(head, rows):
            last_line = row.line
            if row.line <= resume_after:
                continue
            try:
                item = to_instruction(row, mapping, path)
            except ImportFileError:
                if not skip_bad:
                    raise
                skipped.append(row.line)
                continue
            if item is not None:
                batch.append(item)
            if len(batch) >= BATCH:
                flush()
        flush()
    except ImportFileError as e:
        _discard_source(project, source["id"], str(e))
        raise
    except (JobCancelled, DiskFullError, ProjectError):
        raise  # nothing is wrong with the file: keep its committed rows and resume after them
    except HandloomError as e:
        _discard_source(project, source["id"], f"{source['name']}: {e}")
        raise
    with project.write() as conn:
        conn.execute(
            "UPDATE sources SET state = 'done', skipped_lines = ? WHERE id = ?",
            [orjson.dumps(sorted(set(skipped))).decode(), source["id"]],
        )
    report = _file_report(project.query("SELECT * FROM sources WHERE id = ?", [source["id"]])[0])
    seconds["read_and_map"] = time.perf_counter() - began - sum(seconds.values())
    report["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
    return report


def _chain(head: list[SourceRow], rest: Any) -> Any:
    yield from head
    yield from rest


def _save_mapping(project: Project, source_id: str, mapping: Mapping) -> None:
    with project.write() as conn:
        conn.execute(
            "UPDATE sources SET mapping = ? WHERE id = ?",
            [orjson.dumps(asdict(mapping)).decode(), source_id],
        )


def _store_batch(
    project: Project,
    source: dict[str, Any],
    batch: list[ImportedInstruction],
    identifier: LanguageIdentifier,
    last_line: int,
    skipped: list[int],
    seconds: dict[str, float],
) -> None:
    """Label and insert one batch with the source's progress, in one transaction."""
    started = time.perf_counter()
    curator = current_curator()
    stamp = now()
    source_language = source["language"]
    languages: list[tuple[str | None, str | None, float | None]] = []
    unlabelled: list[int] = []
    for i, item in enumerate(batch):
        if source_language:
            languages.append((source_language, "user", None))
            continue
        given = normalise_language(item.language) if item.language else None
        if given:
            languages.append((given, "source", None))
        else:
            languages.append((None, None, None))
            unlabelled.append(i)
    if unlabelled:
        detected = identifier.identify([batch[i].text for i in unlabelled])
        for i, (code, score) in zip(unlabelled, detected, strict=True):
            languages[i] = (code, "detected", score)
    labelled = time.perf_counter()
    seconds["language"] = seconds.get("language", 0.0) + labelled - started
    records = []
    flagged = []
    for item, (language, origin, confidence) in zip(batch, languages, strict=True):
        row_id = new_id()
        if item.moderation_flagged:
            flagged.append(row_id)
        records.append(
            (
                row_id,
                item.text,
                item.original_text if item.original_text != item.text else None,
                language,
                origin,
                confidence,
                script_of(item.text),
                source["id"],
                item.line,
                item.source_ref,
                item.licence or source["licence"],
                item.author,
                item.consent,
                _provenance_json(item.provenance) if item.provenance else None,
                duplicate_key(item.text),
                "excluded" if item.moderation_flagged else "included",
                curator,
                stamp,
            )
        )
    prepared = time.perf_counter()
    seconds["script_and_keys"] = seconds.get("script_and_keys", 0.0) + prepared - labelled
    with project.write() as conn:
        bulk_insert(conn, _INSERT, records)
        if flagged:
            conn.executemany(
                "INSERT INTO exclusions(instruction_id, reason, detail, job_id, created_by, "
                "created_at) VALUES (?, 'moderation', 'flagged by the source', ?, ?, ?)",
                [(row_id, source["job_id"], curator, stamp) for row_id in flagged],
            )
        conn.execute(
            "UPDATE sources SET rows_imported = rows_imported + ?, last_line = ?, "
            "skipped_lines = ? WHERE id = ?",
            [
                len(records),
                last_line,
                orjson.dumps(sorted(set(skipped))).decode(),
                source["id"],
            ],
        )
    seconds["store"] = seconds.get("store", 0.0) + time.perf_counter() - prepared


def _provenance_json(provenance: dict[str, Any]) -> str:
    """The row's other columns as JSON; orjson stops at 254 levels of nesting, json does not."""
    try:
        return orjson.dumps(provenance, default=str).decode()
    except TypeError:  # orjson.JSONEncodeError: nested deeper than orjson goes
        import json

        try:
            return json.dumps(provenance, default=str, ensure_ascii=False)
        except RecursionError:
            return '{"note": "the other columns were nested too deeply to keep"}'


def _discard_source(project: Project, source_id: str, error: str) -> None:
    """Remove everything imported from a file that turned out to be malformed."""
    with project.write() as conn:
        conn.execute("DELETE FROM instructions WHERE source_id = ?", [source_id])
        conn.execute(
            "UPDATE sources SET state = 'failed', error = ?, rows_imported = 0, last_line = 0 "
            "WHERE id = ?",
            [error, source_id],
        )


def _file_report(source: dict[str, Any]) -> dict[str, Any]:
    return {
        "file": source["location"],
        "format": source["format"],
        "imported": source["rows_imported"],
        "skipped_lines": orjson.loads(source["skipped_lines"] or "[]"),
    }
