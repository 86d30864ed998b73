"""Answers to an evaluation set from two or more models, with the same parameters for all.

The job answers with each model in turn (one model loaded at a time). An answer is unique
per (item, model, generation settings) and committed the moment it finishes, so a killed
job resumes with exactly the answers still missing. Two answers are compared only when
they were written with the same settings.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from core.compare import eval_sets
from core.compare.config import ArenaAnswersConfig
from core.engine.generation import GenerationRequest, GenerationResult
from core.errors import HandloomError, JobCancelled
from core.generate.backends import open_backend
from core.generate.settings import GenerationSettings
from core.jobs import Progress
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from core.store.registry import ModelRecord


@dataclass(frozen=True)
class Answer:
    id: str
    eval_item_id: str
    model_id: str
    settings_key: str
    text: str
    completion_tokens: int | None
    finish_reason: str | None
    created_at: str


def models_for(project: Project, names: Sequence[str]) -> list[ModelRecord]:
    """The registered models called ``names``: at least two, each once."""
    chosen = [registry.get(project, n) for n in dict.fromkeys(n.strip() for n in names if n)]
    if len(chosen) < 2:
        raise HandloomError("Name at least two models to compare.", cli_hint="For example --models A,B.")
    return chosen


def settings_for(config: dict[str, Any]) -> GenerationSettings:
    """The shared generation settings of an ``arena_answers`` config (one answer per model
    and prompt), checked."""
    return ArenaAnswersConfig.from_json(config).settings()


def for_set(project: Project, eval_set_id: str) -> dict[str, dict[str, list[Answer]]]:
    """Every answer in the set: item id → model id → answers, newest first."""
    found: dict[str, dict[str, list[Answer]]] = {}
    for row in project.query(
        "SELECT a.id, a.eval_item_id, a.model_id, a.settings_key, a.text, a.completion_tokens, "
        "a.finish_reason, a.created_at FROM eval_answers a JOIN eval_items i "
        "ON i.id = a.eval_item_id WHERE i.eval_set_id = ? ORDER BY a.created_at DESC",
        [eval_set_id],
    ):
        answer = Answer(**row)
        found.setdefault(answer.eval_item_id, {}).setdefault(answer.model_id, []).append(answer)
    return found


def answered_per_set(project: Project) -> dict[str, dict[str, int]]:
    """How many items of each evaluation set each model has answered: set id → name → n."""
    answered: dict[str, dict[str, int]] = {}
    for set_id, model, count in project.conn.execute(
        "SELECT i.eval_set_id, m.name, count(DISTINCT a.eval_item_id) FROM eval_answers a "
        "JOIN eval_items i ON i.id = a.eval_item_id JOIN models m ON m.id = a.model_id "
        "GROUP BY i.eval_set_id, m.name"
    ):
        answered.setdefault(set_id, {})[model] = count
    return answered


def pair(by_model: dict[str, list[Answer]], a: str, b: str) -> tuple[Answer, Answer] | None:
    """The two models' answers written with the same settings (the newest such), if any."""
    left = {x.settings_key: x for x in reversed(by_model.get(a, []))}
    right = {x.settings_key: x for x in reversed(by_model.get(b, []))}
    common = set(left) & set(right)
    if not common:
        return None
    key = max(common, key=lambda k: min(left[k].created_at, right[k].created_at))
    return left[key], right[key]


def _missing(project: Project, eval_set_id: str, model_id: str, key: str) -> list[tuple[str, str]]:
    """(item id, text) of the set's items this model has not answered with these settings."""
    return [(r[0], r[1]) for r in project.conn.execute(
        "SELECT i.id, i.text FROM eval_items i WHERE i.eval_set_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM eval_answers a WHERE a.eval_item_id = i.id AND a.model_id = ? "
        "AND a.settings_key = ?) ORDER BY i.position", [eval_set_id, model_id, key])]


def _requests(todo: list[tuple[str, str]], settings: GenerationSettings, render: Any,
              stop: tuple[str, ...]) -> Iterator[GenerationRequest]:
    for item_id, text in todo:
        seed = None if settings.seed is None else (
            settings.seed * 1_000_003 + zlib.crc32(item_id.encode())) % (2**31 - 1)
        yield GenerationRequest(
            key=item_id, prompt=render(settings.messages(text)), max_tokens=settings.max_tokens,
            temperature=settings.temperature, top_p=settings.top_p, top_k=settings.top_k,
            min_p=settings.min_p, repeat_penalty=settings.repeat_penalty, seed=seed, stop=stop)


def _store(project: Project, model_id: str, key: str, job_id: str | None,
           result: GenerationResult) -> None:
    with project.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO eval_answers(id, eval_item_id, model_id, settings_key, text, "
            "completion_tokens, finish_reason, job_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [new_id(), result.key, model_id, key, result.text.strip(), result.completion_tokens,
             result.finish_reason, job_id, now()])


def run(project: Project, config: dict[str, Any], progress: Progress,
        cancel: threading.Event) -> dict[str, Any]:
    """Answer the set's prompts with every model in ``config['models']``, one model at a time.

    Config: ``core.compare.config.ArenaAnswersConfig``: ``eval_set``, ``models`` (names), the
    generation settings (``max_tokens``, ``temperature``, ``top_p``, ``seed``, ``system``) and
    the backend's ``parallel``, ``context``, ``api_key_env`` and ``concurrency``.
    """
    chosen = eval_sets.get(project, config["eval_set"])
    models = models_for(project, config["models"])
    settings = settings_for(config)
    key = settings.key()
    todo = {m.id: _missing(project, chosen.id, m.id, key) for m in models}
    total = sum(len(t) for t in todo.values())
    report: dict[str, Any] = {"eval_set": chosen.name, "items": chosen.items,
                              "settings_key": key, "written": 0, "failed": 0,
                              "by_model": {m.name: 0 for m in models}}
    if total == 0:
        progress(0, 0, "Every model has already answered every prompt")
        return report
    errors: list[str] = []
    stream = getattr(progress, "stream", None)
    for model in models:
        if not todo[model.id]:
            continue
        progress(report["written"], total, f"Loading {model.name}")
        with open_backend(model, config, progress, cancel=cancel,
                          waiting=lambda s: progress(report["written"], total, s)) as backend:
            requests = _requests(todo[model.id], settings, backend.render, backend.stop)
            for result in backend.generate(requests, on_tokens=stream, cancel=cancel):
                if result.finish_reason == "error":
                    errors.append(f"{model.name}: {result.error or 'unknown error'}")
                    report["failed"] += 1
                    continue
                _store(project, model.id, key, config.get("job_id"), result)
                report["written"] += 1
                report["by_model"][model.name] += 1
                progress(report["written"], total, f"{model.name} answered "
                         f"{report['by_model'][model.name]} of {len(todo[model.id])}")
                if cancel.is_set():
                    raise JobCancelled()
        if cancel.is_set():
            raise JobCancelled()
    if errors:
        raise HandloomError(f"{len(errors)} answers could not be generated ({errors[0]}); "
                            "run it again to retry them.")
    return report
