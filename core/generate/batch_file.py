"""Generation through a batch file: the pending samples as requests, a result as a response.

The requests are exactly those a live run would send (the same missing samples, the same
seeds), and a result is stored exactly as a live run stores it, under the same settings key,
so a batch and a live run can finish each other's work.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import orjson

from core.batch_files.lines import Result
from core.curator import current_curator
from core.engine.endpoints import messages_prompt
from core.engine.generation import GenerationRequest, GenerationResult
from core.generate.job import insert_response, pending_requests
from core.generate.settings import GenerationSettings
from core.jobs import Progress
from core.store import registry
from core.store.ids import now
from core.store.project import Project
from core.store.registry import ModelRecord

KIND = "generate"


def pending(project: Project, config: dict[str, Any], progress: Progress,
            cancel: threading.Event) -> tuple[ModelRecord, str, dict[str, Any], Iterator[GenerationRequest]]:
    """The model, settings key, settings and requests for the samples still missing."""
    model = registry.get(project, config["model"])
    settings = GenerationSettings.from_config(config)
    requests = pending_requests(project, model.id, settings, config, messages_prompt, ())
    return model, settings.key(), settings.to_json(), requests


def known_item(project: Project, item: str) -> bool:
    """Whether ``INSTRUCTION:SAMPLE`` names an instruction of this project."""
    instruction_id, _, sample = item.rpartition(":")
    return sample.isdigit() and bool(
        project.scalar("SELECT 1 FROM instructions WHERE id = ?", [instruction_id]))


def record(conn: Any, model_id: str, settings_key: str, settings: dict[str, Any],
           result: Result, job_id: str | None) -> str:
    """Store one result line: "recorded", "already_here" or "failed"."""
    item = result.custom_id.item
    if result.text is None:
        instruction_id, _, sample = item.rpartition(":")
        if conn.execute("SELECT 1 FROM responses WHERE instruction_id = ? AND model_id = ? AND "
                        "settings_key = ? AND sample_index = ?",
                        [instruction_id, model_id, settings_key, int(sample)]).fetchone():
            return "already_here"
        conn.execute("INSERT OR IGNORE INTO batch_failures(custom_id, error, job_id, line, "
                     "created_at) VALUES (?, ?, ?, ?, ?)",
                     [str(result.custom_id), result.error, job_id, result.line, now()])
        return "failed"
    generated = GenerationResult(item, result.text, result.prompt_tokens,
                                 result.completion_tokens,
                                 "length" if result.finish_reason == "length" else "stop",
                                 0.0, None)
    new = insert_response(conn, model_id, settings_key, orjson.dumps(settings).decode(), job_id,
                          generated, current_curator())
    if new:
        conn.execute("DELETE FROM batch_failures WHERE custom_id = ?", [str(result.custom_id)])
    return "recorded" if new else "already_here"
