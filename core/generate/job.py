"""The generation job: answer every included instruction K times with one model.

Responses are keyed by (instruction, model, generation settings, sample number), and each
is committed the moment it finishes, so killing the job loses at most the sequences in
flight and running it again fills in exactly what is missing.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

import orjson

from core.curator import current_curator
from core.engine.generation import GenerationRequest, GenerationResult
from core.errors import HandloomError, JobCancelled
from core.generate.backends import endpoint_report, open_backend
from core.generate.settings import GenerationSettings
from core.jobs import Progress
from core.progress import hook
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project

CHUNK = 256


def _selection(config: dict[str, Any]) -> tuple[str, list[Any]]:
    """SQL selecting the instructions to answer, in import order."""
    sql = "SELECT rowid, id, text FROM instructions WHERE status = 'included'"
    params: list[Any] = []
    if config.get("language"):
        sql += " AND language = ?"
        params.append(config["language"])
    return sql, params


def count_pending(project: Project, model_id: str, settings: GenerationSettings,
                  config: dict[str, Any]) -> tuple[int, int]:
    """(responses still to write, responses wanted in all)."""
    sql, params = _selection(config)
    limit = config.get("limit")
    chosen = f"SELECT id FROM ({sql} ORDER BY rowid{' LIMIT ?' if limit else ''})"
    if limit:
        params = [*params, int(limit)]
    instructions = int(project.scalar(f"SELECT count(*) FROM ({chosen})", params))
    existing = int(
        project.scalar(
            f"SELECT count(*) FROM responses WHERE model_id = ? AND settings_key = ? "
            f"AND sample_index < ? AND instruction_id IN ({chosen})",
            [model_id, settings.key(), settings.samples, *params],
        )
    )
    wanted = instructions * settings.samples
    return wanted - existing, wanted


def pending_requests(project: Project, model_id: str, settings: GenerationSettings,
                     config: dict[str, Any], render: Any, stop: tuple[str, ...]
                     ) -> Iterator[GenerationRequest]:
    """Requests for the missing samples, read a chunk of instructions at a time."""
    sql, params = _selection(config)
    limit = int(config["limit"]) if config.get("limit") else None
    seen = 0
    last_rowid = 0
    while True:
        rows = project.conn.execute(
            f"{sql} AND rowid > ? ORDER BY rowid LIMIT ?", [*params, last_rowid, CHUNK]
        ).fetchall()
        if not rows:
            return
        for rowid, instruction_id, text in rows:
            last_rowid = rowid
            if limit is not None and seen >= limit:
                return
            seen += 1
            have = {
                r[0]
                for r in project.conn.execute(
                    "SELECT sample_index FROM responses WHERE instruction_id = ? AND model_id = ? "
                    "AND settings_key = ?",
                    [instruction_id, model_id, settings.key()],
                )
            }
            missing = [i for i in range(settings.samples) if i not in have]
            if not missing:
                continue
            prompt = render(settings.messages(text))
            for sample in missing:
                yield GenerationRequest(
                    key=f"{instruction_id}:{sample}",
                    prompt=prompt,
                    max_tokens=settings.max_tokens,
                    temperature=settings.temperature,
                    top_p=settings.top_p,
                    top_k=settings.top_k,
                    min_p=settings.min_p,
                    repeat_penalty=settings.repeat_penalty,
                    seed=_seed(settings.seed, instruction_id, sample),
                    stop=stop,
                    ignore_eos=bool(config.get("ignore_eos")),  # benchmarks: the same work
                )


def _seed(seed: int | None, instruction_id: str, sample: int) -> int | None:
    """A reproducible seed per instruction and sample when the user gave one."""
    if seed is None:
        return None
    return (seed * 1_000_003 + zlib.crc32(instruction_id.encode()) + sample * 7919) % (2**31 - 1)


def run(
    project: Project, config: dict[str, Any], progress: Progress, cancel: threading.Event
) -> dict[str, Any]:
    """Generate the missing responses for ``config['model']``; see ``handloom generate``."""
    model = registry.get(project, config["model"])
    settings = GenerationSettings.from_config(config)
    todo, wanted = count_pending(project, model.id, settings, config)
    report: dict[str, Any] = {"model": model.name, "wanted": wanted, "written": 0,
                              "completion_tokens": 0, "failed": 0}
    if todo == 0:
        progress(wanted, wanted, "Every instruction already has its responses")
        return report
    stream = getattr(progress, "stream", None)
    curator = current_curator()
    settings_json = orjson.dumps(settings.to_json()).decode()
    errors: list[str] = []
    tokens = 0
    done = 0
    progress(0, todo, f"Loading {model.name}")
    machine = getattr(progress, "machine", None)  # the window's own words for these states

    def waiting(sentence: str) -> None:
        progress(0, todo, sentence)
        if machine is not None:
            machine("waiting", sentence)

    shared = ""
    with open_backend(model, config, progress, waiting=waiting,
                      cancel=cancel) as backend:
        if machine is not None:
            machine("alone", "")
        started = time.monotonic()  # rates count generation, not loading the model
        requests = pending_requests(project, model.id, settings, config, backend.render,
                                    backend.stop)
        for result in backend.generate(requests, on_tokens=stream, cancel=cancel):
            if result.finish_reason == "error":
                errors.append(result.error or "unknown error")
                report["failed"] += 1
                continue
            _store(project, model.id, settings, settings_json, config.get("job_id"), result, curator)
            done += 1
            tokens += result.completion_tokens
            note = backend.shared_with() if hasattr(backend, "shared_with") else ""
            if machine is not None and note != shared:
                machine("shared" if note else "alone", note.strip(" ()"))
            shared = note
            # The rate and the time left are the progress line's to work out (smoothed, and
            # only once they mean something): the window's core.progress, the CLI's tqdm.
            hook(progress, "tokens", tokens)
            progress(done, todo, f"Writing responses{note}")
            if cancel.is_set():
                raise JobCancelled()
        # The rate counts generating, not stopping the model process (0.1-0.2 s) either.
        seconds = time.monotonic() - started
        if (servers := endpoint_report(backend)) is not None:
            report["endpoints"] = servers
        if policy := getattr(getattr(backend, "engine", None), "wait_policy", ""):
            report["wait_policy"] = policy  # how the model's threads waited (core.engine.busy)
    report.update(written=done, completion_tokens=tokens,
                  tokens_per_second=round(tokens / max(seconds, 1e-6), 1))
    if errors:
        raise HandloomError(
            f"{len(errors)} responses could not be generated ({errors[0]}); "
            "run it again to retry them."
        )
    return report


def _store(project: Project, model_id: str, settings: GenerationSettings, settings_json: str,
           job_id: str | None, result: GenerationResult, curator: str) -> None:
    with project.write() as conn:
        insert_response(conn, model_id, settings.key(), settings_json, job_id, result, curator)


def insert_response(conn: Any, model_id: str, settings_key: str, settings_json: str,
                    job_id: str | None, result: GenerationResult, curator: str) -> bool:
    """Write one response (``result.key`` is ``INSTRUCTION:SAMPLE``) in the caller's
    transaction; False when that sample was already there."""
    instruction_id, _, sample = result.key.rpartition(":")
    before = conn.total_changes
    conn.execute(
        "INSERT OR IGNORE INTO responses(id, instruction_id, model_id, job_id, settings_key, "
        "sample_index, text, settings, prompt_tokens, completion_tokens, seconds, "
        "first_token_seconds, finish_reason, created_by, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [new_id(), instruction_id, model_id, job_id, settings_key, int(sample),
         result.text.strip(), settings_json, result.prompt_tokens, result.completion_tokens,
         round(result.seconds, 3) if result.seconds else None, result.first_token_seconds,
         result.finish_reason, curator, now()],
    )
    return bool(conn.total_changes > before)
