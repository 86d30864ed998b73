"""Judging through a batch file: the unjudged responses as requests, a result as a judgement.

The requests ask for the same JSON a live judge on a server is asked for (a JSON schema as
structured output; vLLM and OpenAI's Batch API honour it), and a result is read by the same
tolerant parser. A failed line is a failed judgement (score −1) that ``--retry-failed`` asks
again, as in a live run.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import orjson

from core.batch_files.lines import Result
from core.engine.endpoints import messages_prompt
from core.engine.generation import GenerationRequest, GenerationResult
from core.jobs import Progress
from core.judge.job import (
    chosen_rubric,
    insert_judgement,
    pending_requests,
    prepare,
    read_result,
)
from core.judge.settings import JudgeSettings
from core.store import registry
from core.store.project import Project
from core.store.registry import ModelRecord

KIND = "judge"


def pending(project: Project, config: dict[str, Any], progress: Progress,
            cancel: threading.Event
            ) -> tuple[ModelRecord, str, dict[str, Any], Iterator[GenerationRequest]]:
    """The judge, settings key, settings (with the rubric) and requests still to ask."""
    judge = registry.get(project, config["model"])
    chosen = chosen_rubric(project, config)
    # A batch goes to a server: no grammar, structured output instead.
    settings = replace(JudgeSettings.from_config(config, remote=judge.kind == "remote"), grammar=False, schema=True)
    settings_json = settings.to_json()
    prepare(project, config, judge, chosen, settings_json, progress, cancel)
    stored = {**settings_json, "rubric_id": chosen.id}
    key = hashlib.blake2b(orjson.dumps(stored, option=orjson.OPT_SORT_KEYS),
                          digest_size=8).hexdigest()
    requests = pending_requests(project, judge.id, chosen, bool(config.get("only_unjudged")),
                                settings, messages_prompt, ())
    return judge, key, stored, requests


def known_item(project: Project, item: str) -> bool:
    """Whether ``item`` is a response of this project."""
    return bool(project.scalar("SELECT 1 FROM responses WHERE id = ?", [item]))


def record(conn: Any, model_id: str, settings_key: str, settings: dict[str, Any],
           result: Result, job_id: str | None) -> str:
    """Store one result line as a judgement: "recorded", "already_here" or "failed"."""
    stored = {k: v for k, v in settings.items() if k != "rubric_id"}
    if result.text is None:
        answer = GenerationResult(result.custom_id.item, "", 0, 0, "error", 0.0, None,
                                  result.error)
    else:
        answer = GenerationResult(result.custom_id.item, result.text, result.prompt_tokens,
                                  result.completion_tokens, "stop", 0.0, None)
    parsed, raw = read_result(answer)
    before = conn.total_changes
    score = insert_judgement(conn, response_id=answer.key, followup_id=None, judge_id=model_id,
                             rubric_id=settings["rubric_id"], parsed=parsed, raw=raw,
                             settings=stored, job_id=job_id)
    if conn.total_changes == before:
        return "already_here"
    return "failed" if score < 0 else "recorded"
