"""The job protocol: a job is a plain function ``run(project, config, progress, cancel)``.

``progress(done, total, message)`` is cheap to call; ``cancel`` is a ``threading.Event``
checked between units of work. Every unit of work is committed before the next starts,
so a job killed at any moment can be run again with the same config and continues where
it stopped. This module records jobs in the project's ``jobs`` table, notices jobs left
``running`` by a crash, and resumes them. The window and the command line both call it.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, cast

from core.curator import current_curator
from core.errors import HandloomError, JobCancelled, JobInterrupted
from core.stages import JOBS, job_kind, load, same_config
from core.store.ids import new_id, now
from core.store.project import Project

log = logging.getLogger("handloom.jobs")

Progress = Callable[[int, int, str], None]

RESUMABLE_STATES = ("failed", "cancelled", "interrupted")

# Jobs running in this process now. A job whose record could not be finished (the disk
# filled up) still says "running" with this process as owner; it is stale unless listed here.
_RUNNING_HERE: set[str] = set()


class JobFunction(Protocol):
    def __call__(
        self,
        project: Project,
        config: dict[str, Any],
        progress: Progress,
        cancel: threading.Event,
    ) -> dict[str, Any] | None: ...


# Job kinds map to "module:function" so that heavy modules load only when a job runs; the
# list is core.stages', the one registry of stages.
JOB_KINDS: dict[str, str] = {job.kind: job.run for job in JOBS}


@dataclass(frozen=True)
class JobRecord:
    id: str
    kind: str
    config: dict[str, Any]
    state: str
    done: int
    total: int
    message: str | None
    error: str | None
    result: dict[str, Any] | None
    created_by: str
    created_at: str
    finished_at: str | None

    @property
    def resumable(self) -> bool:
        return self.state in RESUMABLE_STATES

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "done": self.done,
            "total": self.total,
            "message": self.message,
            "error": self.error,
            "result": self.result,
            "created_by": self.created_by,
            "created_at": self.created_at,
            "finished_at": self.finished_at,
        }


def job_function(kind: str) -> JobFunction:
    """Import the function that runs jobs of ``kind`` (an unknown kind is named in a
    HandloomError)."""
    return cast("JobFunction", load(job_kind(kind).run))


def _record(row: dict[str, Any]) -> JobRecord:
    return JobRecord(
        id=row["id"],
        kind=row["kind"],
        config=json.loads(row["config"]),
        state=row["state"],
        done=row["done"],
        total=row["total"],
        message=row["message"],
        error=row["error"],
        result=json.loads(row["result"]) if row["result"] else None,
        created_by=row["created_by"],
        created_at=row["created_at"],
        finished_at=row["finished_at"],
    )


def get(project: Project, job_id: str) -> JobRecord:
    rows = project.query("SELECT * FROM jobs WHERE id = ?", [job_id])
    if not rows:
        raise HandloomError(f"There is no job {job_id} in {project.path.name}.")
    return _record(rows[0])


def list_jobs(project: Project, states: tuple[str, ...] | None = None) -> list[JobRecord]:
    sql = "SELECT * FROM jobs"
    params: list[Any] = []
    if states:
        sql += f" WHERE state IN ({','.join('?' * len(states))})"
        params = list(states)
    return [_record(r) for r in project.query(sql + " ORDER BY created_at", params)]


def create(project: Project, kind: str, config: dict[str, Any]) -> str:
    """Record a new job in state ``queued`` and return its id."""
    job_function(kind)  # fail early on an unknown kind
    job_id = new_id()
    with project.write() as conn:
        conn.execute(
            "INSERT INTO jobs(id, kind, config, state, host, pid, created_by, created_at, "
            "updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
            [job_id, kind, json.dumps(config, ensure_ascii=False), _owner_tag(), os.getpid(),
             current_curator(), now(), now()],
        )
    return job_id


def _process_started(pid: int) -> float | None:
    try:
        import psutil

        return float(psutil.Process(pid).create_time())
    except Exception:
        return None


def _owner_tag() -> str:
    """host:pid:start-time of this process, so a reused pid is not mistaken for the owner."""
    started = _process_started(os.getpid())
    return f"{socket.gethostname()}:{os.getpid()}:{started or 0:.0f}"


def _is_this_process(tag: str) -> bool:
    return tag == _owner_tag()


def _owner_alive(tag: str | None, job_id: str | None = None) -> bool:
    if not tag:
        return False
    try:
        host, pid_text, started_text = tag.rsplit(":", 2)
        pid = int(pid_text)
    except ValueError:
        return False
    if job_id is not None and host == socket.gethostname() and pid == os.getpid():
        return job_id in _RUNNING_HERE
    if host != socket.gethostname():
        # A job running on another machine (a shared folder): trust its record.
        return True
    started = _process_started(pid)
    return started is not None and abs(started - float(started_text)) < 2


def mark_interrupted(project: Project) -> list[JobRecord]:
    """Mark jobs left ``running`` by a process that no longer exists as ``interrupted``.

    So too a job still ``queued`` by another process that has gone: it was stopped between
    recording the job and starting it. A job queued by this process is about to start.
    """
    stale = [
        r["id"]
        for r in project.query("SELECT id, host, state FROM jobs WHERE state IN ('running', 'queued')")
        if (r["state"] == "running" and not _owner_alive(r["host"], r["id"]))
        or (r["state"] == "queued" and r["host"] and not _is_this_process(r["host"])
            and not _owner_alive(r["host"]))
    ]
    if stale:
        with project.write() as conn:
            for job_id in stale:
                conn.execute(
                    "UPDATE jobs SET state = 'interrupted', message = ?, updated_at = ? "
                    "WHERE id = ? AND state IN ('running', 'queued')",
                    ["Stopped unexpectedly; it can be resumed.", now(), job_id],
                )
    return [get(project, job_id) for job_id in stale]


class _ProgressWriter:
    """Forwards every progress call and saves it to the jobs table at most once a second."""

    def __init__(self, project: Project, job_id: str, forward: Progress | None) -> None:
        self.project = project
        self.job_id = job_id
        self.forward = forward
        self.last_saved = 0.0
        self.latest: tuple[int, int, str] = (0, 0, "")
        # Streamed output (a response being written) is offered only to a caller that shows
        # it, so that jobs run from the command line do not ask the engine to stream.
        target = getattr(forward, "stream", None)
        if target is not None:
            self.stream = target
        # A job on a pool of servers reports each endpoint's throughput and errors.
        shown = getattr(forward, "endpoints", None)
        if shown is not None:
            self.endpoints = shown
        # How the job shares the machine (waiting for a model turn, CPUs shared with other
        # programs), for a caller that shows it in its own words: machine(state, detail).
        machine = getattr(forward, "machine", None)
        if machine is not None:
            self.machine = machine
        # The progress model's hooks (core.progress): a model is loading, it is loaded, the
        # tokens in the results committed so far, the step a job of several steps begins.
        for hook in ("loading", "model_ready", "tokens", "step"):
            target = getattr(forward, hook, None)
            if target is not None:
                setattr(self, hook, target)

    def log(self, message: str) -> None:
        """Keep a line in the job's log (retries, servers set aside): ``handloom jobs --log``."""
        log.info("Job %s: %s", self.job_id, message)
        with self.project.write() as conn:
            conn.execute("INSERT INTO job_log(job_id, at, message) VALUES (?, ?, ?)",
                         [self.job_id, now(), message])

    def __call__(self, done: int, total: int, message: str = "") -> None:
        self.latest = (done, total, message)
        if self.forward is not None:
            self.forward(done, total, message)
        if time.monotonic() - self.last_saved >= 1.0:
            self.save()

    def save(self) -> None:
        done, total, message = self.latest
        self.last_saved = time.monotonic()
        with self.project.write() as conn:
            conn.execute(
                "UPDATE jobs SET done = ?, total = ?, message = ?, updated_at = ? WHERE id = ?",
                [done, total, message, now(), self.job_id],
            )


def read_log(project: Project, job_id: str) -> list[dict[str, Any]]:
    """The job's log lines, oldest first: ``{"at", "message"}``."""
    return project.query("SELECT at, message FROM job_log WHERE job_id = ? ORDER BY rowid",
                         [job_id])


def _finish(
    project: Project,
    job_id: str,
    state: str,
    *,
    error: str | None = None,
    result: dict[str, Any] | None = None,
) -> None:
    with project.write() as conn:
        conn.execute(
            "UPDATE jobs SET state = ?, error = ?, result = ?, finished_at = ?, updated_at = ? "
            "WHERE id = ?",
            [
                state,
                error,
                json.dumps(result, ensure_ascii=False) if result is not None else None,
                now(),
                now(),
                job_id,
            ],
        )


def run(
    project: Project,
    job_id: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> JobRecord:
    """Run (or resume) a recorded job to the end, cancellation, or failure.

    Returns the final record when the job finished or was cancelled. A job that fails
    with an expected problem is recorded as ``failed`` with its sentence and the
    ``HandloomError`` is raised again for the caller to show.
    """
    record = get(project, job_id)
    if record.state == "done":
        return record
    if record.state == "running" and _owner_alive(
        project.scalar("SELECT host FROM jobs WHERE id = ?", [job_id]), job_id
    ):
        raise HandloomError("This job is already running in another window or command.")
    cancel = cancel or threading.Event()
    with project.write() as conn:
        conn.execute(
            "UPDATE jobs SET state = 'running', error = NULL, host = ?, pid = ?, "
            "started_at = COALESCE(started_at, ?), updated_at = ? WHERE id = ?",
            [_owner_tag(), os.getpid(), now(), now(), job_id],
        )
    _RUNNING_HERE.add(job_id)
    if record.kind != "import":
        _build_indexes_an_import_left(project)
    writer = _ProgressWriter(project, job_id, progress)
    config = dict(record.config, job_id=job_id)
    try:
        result = job_function(record.kind)(project, config, writer, cancel)
        if cancel.is_set():
            raise JobCancelled()
    except JobCancelled:
        writer.save()
        _finish(project, job_id, "cancelled")
    except JobInterrupted as e:
        writer.save()
        writer.log(str(e))
        _finish(project, job_id, "interrupted", error=str(e))
        raise
    except HandloomError as e:
        writer.save()
        _finish(project, job_id, "failed", error=str(e))
        raise
    except BaseException as e:
        if isinstance(e, Exception):
            log.exception("Job %s (%s) failed unexpectedly", job_id, record.kind)
            message = f"Unexpected error ({type(e).__name__}): {e}"
            state = "failed"
        else:  # KeyboardInterrupt or SystemExit: the process is stopping
            message = "Stopped before it finished; it can be resumed."
            state = "interrupted"
        try:
            _finish(project, job_id, state, error=message)
        except Exception:
            log.exception("Could not record the end of job %s", job_id)
        raise
    else:
        writer.save()
        _finish(project, job_id, "done", result=result or {})
    finally:
        _RUNNING_HERE.discard(job_id)
    return get(project, job_id)


def _build_indexes_an_import_left(project: Project) -> None:
    """Build the indexes a killed (or disk-full) import set aside, unless one is running now."""
    from core.store import indexes

    if not indexes.pending(project.conn):
        return
    importing = project.query("SELECT id, host FROM jobs WHERE state = 'running' AND kind = 'import'")
    if any(_owner_alive(r["host"], r["id"]) for r in importing):
        return
    indexes.restore_if_possible(project)


def start(
    project: Project,
    kind: str,
    config: dict[str, Any],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> JobRecord:
    """Create a job and run it in the calling thread."""
    return run(project, create(project, kind, config), progress, cancel)


def find_resumable(project: Project, kind: str, config: dict[str, Any]) -> JobRecord | None:
    """The newest unfinished job of ``kind`` with the same config, if any (compared as the
    kind's typed config where it has one: see ``core.stages.same_config``).

    Running the same command again after a crash or a cancel therefore continues the
    earlier job instead of starting a second one that would duplicate its work.
    """
    mark_interrupted(project)
    for record in reversed(list_jobs(project, RESUMABLE_STATES)):
        if record.kind == kind and same_config(kind, record.config, config):
            return record
    return None


def start_or_resume(
    project: Project,
    kind: str,
    config: dict[str, Any],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> JobRecord:
    """Resume the matching unfinished job, or start a new one."""
    earlier = find_resumable(project, kind, config)
    job_id = earlier.id if earlier else create(project, kind, config)
    return run(project, job_id, progress, cancel)
