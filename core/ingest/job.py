"""The import job: read files, map rows to instructions, label language and script, store.

Rows are committed 10,000 at a time together with the source's last imported line, so a
killed import resumes after that line and never duplicates. A malformed file imports
nothing (its rows so far are removed) unless the user asked to skip bad rows.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson

from core.curator import current_curator
from core.errors import (
    AlreadyImportedError,
    DiskFullError,
    HandloomError,
    ImportFileError,
    JobCancelled,
    ProjectError,
)
from core.ingest.formats import detect_format, read_rows
from core.ingest.labels import Labeller, Labels
from core.ingest.mapping import Mapping, guess_mapping, to_instruction
from core.ingest.records import ImportedInstruction, SourceRow
from core.jobs import Progress
from core.languages import language_variant, normalise_language, script_variant
from core.store import indexes
from core.store.fulltext import bulk_insert
from core.store.ids import new_id, now
from core.store.project import Project

BATCH = 10_000
PREVIEW_ROWS = 50

_COLUMNS = (
    "id", "text", "original_text", "language", "language_origin", "language_confidence",
    "script", "source_id", "source_line", "source_ref", "licence", "author", "consent",
    "provenance", "dup_key", "status", "created_by", "created_at", "language_uncertain",
    "language_variant",
)


def run(
    project: Project, config: dict[str, Any], progress: Progress, cancel: threading.Event
) -> dict[str, Any]:
    """Import every file in ``config['files']``; see ``handloom import`` for the options."""
    files = [str(f) for f in config["files"]]
    if not config.get("again"):
        _refuse_reimport(project, config["job_id"], files, pulled=config.get("format") == "hf")
    report: dict[str, Any] = {"files": []}
    not_rebuilt: list[str] = []
    # One pass over each file for its row count: the progress bar, the indexes, the labeller.
    estimates = {
        f: _estimate_rows(Path(f), config.get("format") or _detected(Path(f))) for f in files
    }
    with collector_paused(), _indexes_set_aside_if_big(
        project, sum(estimates.values()), not_rebuilt
    ):
        for location in files:
            if cancel.is_set():
                raise JobCancelled()
            outcome = _import_file(project, config, location, estimates[location], progress,
                                   cancel)
            report["files"].append(outcome)
    if not_rebuilt:
        report["indexes"] = not_rebuilt[0]
    report["imported"] = sum(f["imported"] for f in report["files"])
    report["skipped_lines"] = sum(len(f["skipped_lines"]) for f in report["files"])
    return report


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while rows stream through (restored afterwards).

    An import allocates millions of short-lived objects and makes no reference cycles, yet
    the collector would rescan every live object of the batch in hand every few hundred
    allocations: a fifth of the import's time when labelling in-process. Only an import
    that owns its process pauses it (one run on the main thread, as the command line's): in
    the window the import runs on a worker thread beside the interface, whose garbage must
    still be collected, and a big import labels in other processes anyway.
    """
    if threading.current_thread() is not threading.main_thread() or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def _indexes_set_aside_if_big(
    project: Project, incoming: int, not_rebuilt: list[str]
) -> Iterator[None]:
    """Drop the secondary indexes for an import that at least doubles the project.

    They are built again when the import ends, fails or is cancelled. If that cannot be done
    now (a full disk, a busy project), or the process is killed, the record stays and the
    next job builds them (core.store.indexes); the sentence goes into ``not_rebuilt``, and
    never replaces the import's own outcome.
    """
    existing = project.scalar("SELECT count(*) FROM instructions") or 0
    if indexes.worth_setting_aside(existing, incoming):
        with project.write() as conn:
            indexes.set_aside(conn)
    try:
        yield
    finally:
        problem = indexes.restore_if_possible(project)
        if problem:
            not_rebuilt.append(problem)


def _detected(path: Path) -> str:
    try:
        return detect_format(path)
    except HandloomError:
        return "unknown"  # the file's own import reports the problem


def _refuse_reimport(project: Project, job_id: str, files: list[str], *, pulled: bool) -> None:
    for location in files:
        rows = project.query(
            "SELECT name, rows_imported, created_at FROM sources "
            "WHERE location = ? AND state = 'done' AND job_id != ?",
            [location, job_id],
        )
        if rows:
            r = rows[0]
            name = location if pulled else r["name"]  # a Hub dataset by its owner/name
            raise AlreadyImportedError(name, r["created_at"][:10], int(r["rows_imported"]),
                                       pulled=pulled)


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
    estimate: int,
    progress: Progress,
    cancel: threading.Event,
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
    # Resuming: the lines skipped before the stop are not read again, so keep their numbers.
    skipped: list[int] = (
        [] if source["state"] == "failed" else list(orjson.loads(source["skipped_lines"] or "[]"))
    )
    resume_after = int(source["last_line"])
    done = int(source["rows_imported"])
    label = f"Importing {source['name']}"
    seconds: dict[str, float] = {}
    began = time.perf_counter()
    try:
        rows = read_rows(path, fmt, skip_bad_rows=skip_bad, bad_rows=skipped,
                         revision=config.get("revision"))
        head: list[SourceRow] = []
        for row in rows:
            head.append(row)
            if len(head) >= PREVIEW_ROWS:
                break
        mapping = guess_mapping(head, config.get("columns") or None)
        _save_mapping(project, source["id"], mapping)
        batch: list[ImportedInstruction] = []
        last_line = resume_after
        labeller = Labeller(max(estimate - done, 0), hints=_language_hints(project, source))
        in_flight: deque[_Labelling] = deque()

        def send() -> None:
            """Hand the batch in hand to the labeller; store the oldest ones it finished."""
            nonlocal batch
            started = time.perf_counter()
            in_flight.append(_send(labeller, source, batch, last_line, sorted(set(skipped))))
            _add(seconds, "labelling", time.perf_counter() - started)
            batch = []
            while len(in_flight) > labeller.depth:
                store(in_flight.popleft())

        def store(labelling: _Labelling) -> None:
            nonlocal done
            records, flagged = _records(source, labelling, labeller, seconds, cancel)
            _write_batch(project, source, records, flagged, labelling.last_line,
                         labelling.skipped, seconds)
            done += len(records)
            progress(done, max(estimate, done), label)
            if cancel.is_set():
                raise JobCancelled()

        try:
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
                    send()
            send()  # the rest, and the last line read even when no row was kept
            while in_flight:
                store(in_flight.popleft())
        finally:
            workers = labeller.workers
            labeller.close()
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
    own = ("labelling", "records", "store")
    seconds["read_and_map"] = time.perf_counter() - began - sum(seconds.get(k, 0.0) for k in own)
    report["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
    report["labelling_processes"] = workers
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


# A row's language as the import records it: code, origin, confidence, uncertain, variant.
_Language = tuple[str | None, str | None, float | None, bool, str | None]


def _language_hints(project: Project, source: dict[str, Any]) -> tuple[str, ...]:
    """Languages that break a tie between identifiers: the source's declared language and
    the language most of the project's rows are in (read from the language index)."""
    hints = [source["language"]] if source["language"] else []
    majority = project.scalar(
        "SELECT language FROM instructions WHERE language IS NOT NULL "
        "GROUP BY language ORDER BY count(*) DESC LIMIT 1"
    )
    if majority and majority not in hints:
        hints.append(str(majority))
    return tuple(hints)


@dataclass
class _Labelling:
    """A batch out for labelling, with what its write will record about the source."""

    batch: list[ImportedInstruction]
    texts: list[str]
    languages: list[_Language]
    identify: list[int]  # indexes of the texts whose language is to be identified
    labels: Future[Labels]
    last_line: int
    skipped: list[int]


def _send(
    labeller: Labeller, source: dict[str, Any], batch: list[ImportedInstruction],
    last_line: int, skipped: list[int],
) -> _Labelling:
    """Start labelling a batch; a language the user or the source gives is kept as given."""
    source_language = source["language"]
    languages: list[_Language] = []
    identify: list[int] = []
    for i, item in enumerate(batch):
        if source_language:
            languages.append((source_language, "user", None, False, None))
            continue
        given = normalise_language(item.language) if item.language else None
        if given:
            languages.append((given, "source", None, False, language_variant(item.language)))
        else:
            languages.append((None, None, None, False, None))
            identify.append(i)
    texts = [item.text for item in batch]
    return _Labelling(
        batch, texts, languages, identify, labeller.submit(texts, identify), last_line, skipped
    )


def _records(
    source: dict[str, Any], labelling: _Labelling, labeller: Labeller,
    seconds: dict[str, float], cancel: threading.Event,
) -> tuple[list[tuple[Any, ...]], list[str]]:
    """The rows to insert for a labelled batch, in ``_COLUMNS`` order, and those flagged."""
    started = time.perf_counter()
    labels = labeller.result(labelling.labels, labelling.texts, labelling.identify, cancel)
    labelled = time.perf_counter()
    _add(seconds, "labelling", labelled - started)
    languages = labelling.languages
    for i, (code, score, sure, kept) in zip(labelling.identify, labels.languages, strict=True):
        languages[i] = (code, "detected", score, not sure, kept or script_variant(code, labels.scripts[i]))
    curator = current_curator()
    stamp = now()
    records = []
    flagged = []
    for item, (language, origin, confidence, uncertain, variant), script, key in zip(
        labelling.batch, languages, labels.scripts, labels.keys, strict=True
    ):
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
                script,
                source["id"],
                item.line,
                item.source_ref,
                item.licence or source["licence"],
                item.author,
                item.consent,
                _provenance_json(item.provenance) if item.provenance else None,
                key,
                "excluded" if item.moderation_flagged else "included",
                curator,
                stamp,
                1 if uncertain and language else 0,
                variant,
            )
        )
    _add(seconds, "records", time.perf_counter() - labelled)
    return records, flagged


def _add(seconds: dict[str, float], stage: str, spent: float) -> None:
    seconds[stage] = seconds.get(stage, 0.0) + spent


def _write_batch(
    project: Project,
    source: dict[str, Any],
    records: list[tuple[Any, ...]],
    flagged: list[str],
    last_line: int,
    skipped: list[int],
    seconds: dict[str, float],
) -> None:
    """Insert one labelled batch with the source's progress, in one transaction."""
    started = time.perf_counter()
    curator = current_curator()
    stamp = now()
    with project.write() as conn:
        bulk_insert(conn, _COLUMNS, records)
        if flagged:
            conn.executemany(
                "INSERT INTO exclusions(instruction_id, reason, detail, job_id, created_by, "
                "created_at) VALUES (?, 'moderation', 'flagged by the source', ?, ?, ?)",
                [(row_id, source["job_id"], curator, stamp) for row_id in flagged],
            )
        conn.execute(
            "UPDATE sources SET rows_imported = rows_imported + ?, last_line = ?, "
            "skipped_lines = ? WHERE id = ?",
            [len(records), last_line, orjson.dumps(skipped).decode(), source["id"]],
        )
    _add(seconds, "store", time.perf_counter() - started)


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
    # Deleting checks instructions.parent_id (a foreign key) per row: with its index set
    # aside that would scan the table once per deleted row. Only speed: delete regardless.
    indexes.restore_if_possible(project)
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
