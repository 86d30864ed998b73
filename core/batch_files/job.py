"""The two batch file jobs: write a stage's pending requests, read a results file back.

Reading checks the whole file before recording anything — a line Handloom did not write for
this stage and this project is refused with a sentence naming it, and nothing is kept — then
records the results a few hundred per transaction. A results file cut off mid-line (a copy
that did not finish) records every whole line. Reading the same file again changes nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson

from core.batch_files.lines import KINDS, CustomId, Reading, read_results, request_line
from core.curator import current_curator
from core.errors import HandloomError, ImportFileError, JobCancelled
from core.jobs import Progress
from core.store.ids import now
from core.store.project import Project

CHUNK = 500


def _stage(kind: str) -> ModuleType:
    if kind == "generate":
        from core.generate import batch_file as generate

        return generate
    if kind == "judge":
        from core.judge import batch_file as judge

        return judge
    raise HandloomError(f"Batch files are written for generation and judging, not '{kind}'.")


def write(project: Project, config: dict[str, Any], progress: Progress,
          cancel: threading.Event) -> dict[str, Any]:
    """Write the pending requests of ``config['kind']`` to ``config['path']``."""
    kind = config["kind"]
    stage = _stage(kind)
    path = Path(config["path"]).expanduser()
    if not path.parent.is_dir():
        raise HandloomError(f"The folder {path.parent} does not exist.")
    progress(0, 0, "Finding the requests still to ask")
    model, key, settings, requests = stage.pending(project, config, progress, cancel)
    with project.write() as conn:
        conn.execute("INSERT OR IGNORE INTO batch_settings(kind, model_id, settings_key, "
                     "settings, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                     [kind, model.id, key, orjson.dumps(settings).decode(), current_curator(),
                      now()])
    served_as = model.remote_model or model.name
    partial = path.with_name(path.name + ".partial")
    written = 0
    try:
        with partial.open("wb") as out:
            for request in requests:
                out.write(request_line(CustomId(kind, model.id, key, request.key), request,
                                       served_as))
                written += 1
                if written % 1000 == 0:
                    progress(written, 0, f"Wrote {written:,} requests")
                    if cancel.is_set():
                        raise JobCancelled()
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise HandloomError(f"Could not write {path.name}: {e.strerror or e}.") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if written:
        partial.replace(path)
    else:
        partial.unlink()
    progress(written, written, f"Wrote {written:,} requests")
    return {"kind": kind, "model": model.name, "served_as": served_as, "path": str(path),
            "requests": written, "settings_key": key}


def _check(project: Project, kind: str, path: Path) -> tuple[int, dict[tuple[str, str], Any]]:
    """Refuse the file unless every whole line answers a request written from here for
    ``kind``; returns the number of results and the settings each (model, key) stands for."""
    stage = _stage(kind)
    settings: dict[tuple[str, str], Any] = {}
    count = 0
    for result in read_results(path, Reading()):
        cid = result.custom_id
        if cid.kind != kind:
            raise ImportFileError(path, result.line, f"answers {KINDS[cid.kind]} request, not "
                                  f"{KINDS[kind]} request.")
        if (cid.model_id, cid.settings_key) not in settings:
            stored = project.scalar(
                "SELECT settings FROM batch_settings WHERE kind = ? AND model_id = ? AND "
                "settings_key = ?", [kind, cid.model_id, cid.settings_key])
            if stored is None:
                raise ImportFileError(path, result.line, "answers a request this project did "
                                      f"not write (custom_id {cid}).")
            settings[(cid.model_id, cid.settings_key)] = orjson.loads(stored)
        if not stage.known_item(project, cid.item):
            raise ImportFileError(path, result.line, "answers a request about an item that is "
                                  f"not in this project (custom_id {cid}).")
        count += 1
    return count, settings


def read(project: Project, config: dict[str, Any], progress: Progress,
         cancel: threading.Event) -> dict[str, Any]:
    """Record the results file ``config['path']`` of ``config['kind']``."""
    kind = config["kind"]
    stage = _stage(kind)
    path = Path(config["path"]).expanduser()
    if not path.is_file():
        raise HandloomError(f"There is no results file at {path}.")
    progress(0, 0, f"Checking {path.name}")
    total, settings = _check(project, kind, path)
    counts = {"recorded": 0, "already_here": 0, "failed": 0}
    reading = Reading()
    results = read_results(path, reading)
    done = 0
    while True:
        with project.write() as conn:
            for result in results:
                cid = result.custom_id
                outcome = stage.record(conn, cid.model_id, cid.settings_key,
                                       settings[(cid.model_id, cid.settings_key)], result,
                                       config.get("job_id"))
                counts[outcome] += 1
                done += 1
                if done % CHUNK == 0:
                    break
            else:
                break
        progress(done, total, f"Recorded {done:,} of {total:,} results")
        if cancel.is_set():
            raise JobCancelled()
    progress(done, total, f"Recorded {done:,} of {total:,} results")
    return {"kind": kind, "path": str(path), "results": done, **counts,
            "cut_off_line": reading.cut_off}
