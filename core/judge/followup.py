"""A synthetic second turn: a follow-up question and its answer, kept only if judged well.

For every selected pair the model writes the user's natural next question, then answers
it in the context of the first exchange; a judge scores the two-turn conversation and the
turn is kept when the score reaches ``min_score`` (the seed method used 9). Each step is
committed as it finishes — a question (answer still NULL), then its answer, then its
score — so a killed job resumes at the step it was in and never makes a second follow-up
for the same pair and model. Running again with another threshold only re-decides ``kept``.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from typing import Any

from core.curator import current_curator
from core.engine.generation import GenerationRequest
from core.errors import JobCancelled
from core.generate.backends import Backend, open_backend
from core.jobs import Progress
from core.judge import prompt, rubric
from core.judge.config import FOLLOWUP_JUDGING, FollowupConfig
from core.judge.job import backend_config, insert_judgement, read_result
from core.judge.parse import FAILED_SCORE
from core.judge.settings import JudgeSettings
from core.progress import hook
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project

QUESTION_TOKENS = 96
CHUNK = 256

_ASK = (
    "SELECT r.rowid, r.id, i.text, r.text, i.language FROM responses r "
    "JOIN instructions i ON i.id = r.instruction_id WHERE r.selected = 1 "
    "AND i.status = 'included' AND NOT EXISTS (SELECT 1 FROM followups f "
    "WHERE f.response_id = r.id AND f.model_id = ?) AND r.rowid > ?"
)
_ANSWER = (
    "SELECT f.rowid, f.id, i.text, r.text, f.user_text FROM followups f "
    "JOIN responses r ON r.id = f.response_id JOIN instructions i ON i.id = r.instruction_id "
    "WHERE f.model_id = ? AND f.assistant_text IS NULL AND f.rowid > ?"
)
_JUDGE = (
    "SELECT f.rowid, f.id, i.text, r.text, f.user_text, f.assistant_text, i.language "
    "FROM followups f "
    "JOIN responses r ON r.id = f.response_id JOIN instructions i ON i.id = r.instruction_id "
    "WHERE f.model_id = ? AND f.assistant_text IS NOT NULL AND f.score IS NULL AND f.rowid > ?"
)


def _paged(project: Project, sql: str, model_id: str) -> tuple[int, Iterator[tuple[Any, ...]]]:
    """How many rows ``sql`` selects now, and the rows (without rowid) read a chunk at a time.

    Paging by rowid means a row whose request is in flight is never read twice.
    """
    total = int(project.scalar(f"SELECT count(*) FROM ({sql})", [model_id, 0]))

    def rows() -> Iterator[tuple[Any, ...]]:
        last = 0
        while True:
            chunk = project.conn.execute(f"{sql} ORDER BY 1 LIMIT {CHUNK}",
                                         [model_id, last]).fetchall()
            if not chunk:
                return
            for row in chunk:
                last = row[0]
                yield row[1:]

    return total, rows()


def _generation(config: dict[str, Any], key: str, text: str, max_tokens: int,
                stop: Sequence[str]) -> GenerationRequest:
    seed = config.get("seed")
    temperature = config.get("temperature")
    return GenerationRequest(
        key=key, prompt=text, max_tokens=max_tokens,
        temperature=FollowupConfig.temperature if temperature is None else float(temperature),
        seed=None if seed is None else (int(seed) + zlib.crc32(key.encode())) % 2**31,
        stop=tuple(stop),
    )


def _ask(project: Project, model_id: str, backend: Backend, config: dict[str, Any],
         progress: Progress, cancel: threading.Event) -> int:
    """Write the follow-up question of every selected pair that has none from this model."""
    total, rows = _paged(project, _ASK, model_id)

    def requests() -> Iterator[GenerationRequest]:
        for response_id, instruction, response, language in rows:
            messages = prompt.followup_question_messages(instruction, response, language)
            yield _generation(config, response_id, backend.render(messages), QUESTION_TOKENS,
                              backend.stop)

    done = 0
    for result in backend.generate(requests(), cancel=cancel):
        question = "" if result.finish_reason == "error" else prompt.clean_question(result.text)
        with project.write() as conn:
            # A pair with no usable question is recorded as failed rather than retried forever.
            conn.execute(
                "INSERT OR IGNORE INTO followups(id, response_id, model_id, job_id, user_text, "
                "assistant_text, score, settings, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [new_id(), result.key, model_id, config.get("job_id"), question,
                 None if question else "", None if question else FAILED_SCORE,
                 _settings_json(config), current_curator(), now()])
        done += 1
        progress(done, total, f"Wrote {done:,} of {total:,} follow-up questions")
        if cancel.is_set():
            raise JobCancelled()
    return done


def _answer(project: Project, model_id: str, backend: Backend, config: dict[str, Any],
            progress: Progress, cancel: threading.Event) -> int:
    """Answer every follow-up question of this model that has no answer yet."""
    total, rows = _paged(project, _ANSWER, model_id)
    max_tokens = int(config.get("max_tokens") or FollowupConfig.max_tokens)

    def requests() -> Iterator[GenerationRequest]:
        for followup_id, instruction, response, question in rows:
            messages = [{"role": "user", "content": instruction},
                        {"role": "assistant", "content": response},
                        {"role": "user", "content": question}]
            yield _generation(config, followup_id, backend.render(messages), max_tokens,
                              backend.stop)

    done = 0
    for result in backend.generate(requests(), cancel=cancel):
        answer = "" if result.finish_reason == "error" else result.text.strip()
        with project.write() as conn:
            conn.execute(
                "UPDATE followups SET assistant_text = ?, score = CASE WHEN ? = '' THEN ? "
                "ELSE score END WHERE id = ? AND assistant_text IS NULL",
                [answer, answer, FAILED_SCORE, result.key])
        done += 1
        progress(done, total, f"Answered {done:,} of {total:,} follow-up questions")
        if cancel.is_set():
            raise JobCancelled()
    return done


def _judge(project: Project, model_id: str, judge: registry.ModelRecord, chosen: rubric.Rubric,
           backend: Backend, config: dict[str, Any], progress: Progress,
           cancel: threading.Event) -> int:
    """Score every answered follow-up that has no score yet, as a two-turn conversation."""
    total, rows = _paged(project, _JUDGE, model_id)
    settings = JudgeSettings.from_config(
        {**config, "max_tokens": config.get("judge_max_tokens"), "temperature": None},
        remote=judge.kind == "remote", limits=FOLLOWUP_JUDGING)
    settings_json = settings.to_json()

    def requests() -> Iterator[GenerationRequest]:
        for followup_id, instruction, response, question, answer, language in rows:
            messages = prompt.conversation_messages(
                chosen.text, [(instruction, response), (question, answer)], language)
            yield settings.score_request(followup_id, backend.render(messages), backend.stop)

    done = 0
    for result in backend.generate(requests(), cancel=cancel):
        parsed, raw = read_result(result)
        with project.write() as conn:
            score = insert_judgement(conn, response_id=None, followup_id=result.key,
                                     judge_id=judge.id, rubric_id=chosen.id, parsed=parsed,
                                     raw=raw, settings=settings_json, job_id=config.get("job_id"))
            conn.execute("UPDATE followups SET score = ? WHERE id = ?", [score, result.key])
        done += 1
        progress(done, total, f"Judged {done:,} of {total:,} follow-ups")
        if cancel.is_set():
            raise JobCancelled()
    return done


def _settings_json(config: dict[str, Any]) -> str:
    import json

    keys = ("temperature", "max_tokens", "seed", "judge", "judge_max_tokens", "min_score")
    return json.dumps({k: config.get(k) for k in keys})


def run(project: Project, config: dict[str, Any], progress: Progress,
        cancel: threading.Event) -> dict[str, Any]:
    """Extend the selected pairs with a judged second turn; see ``handloom followup``."""
    model = registry.get(project, config["model"])
    judge = registry.get(project, config.get("judge") or config["model"])
    chosen = rubric.get(project, config["rubric"]) if config.get("rubric") else rubric.current(
        project)
    min_score = float(FollowupConfig.from_json(config).validated().min_score)
    report: dict[str, Any] = {"model": model.name, "judge": judge.name, "min_score": min_score}
    pending = project.scalar(f"SELECT count(*) FROM ({_ASK})", [model.id, 0]) + project.scalar(
        "SELECT count(*) FROM followups WHERE model_id = ? AND score IS NULL", [model.id])
    system = prompt.judge_system(chosen.text)
    with ExitStack() as stack:
        if pending:
            progress(0, pending, f"Loading {model.name}")
            writer = stack.enter_context(
                open_backend(model, backend_config(config, system), progress))
            hook(progress, "step", "followup.ask")
            report["questions"] = _ask(project, model.id, writer, config, progress, cancel)
            hook(progress, "step", "followup.answer")
            report["answers"] = _answer(project, model.id, writer, config, progress, cancel)
            if judge.id != model.id:
                stack.close()
                progress(0, pending, f"Loading {judge.name}")
                writer = stack.enter_context(
                    open_backend(judge, backend_config(config, system), progress))
            hook(progress, "step", "followup.judge")
            report["judged"] = _judge(project, model.id, judge, chosen, writer, config,
                                      progress, cancel)
    with project.write() as conn:
        conn.execute("UPDATE followups SET kept = (score >= ?) WHERE model_id = ? "
                     "AND score IS NOT NULL", [min_score, model.id])
    counts = project.query(
        "SELECT count(*) AS followups, coalesce(sum(kept), 0) AS kept, "
        "coalesce(sum(score < 0), 0) AS failed, avg(CASE WHEN score >= 0 THEN score END) AS mean "
        "FROM followups WHERE model_id = ?", [model.id])[0]
    report.update(followups=counts["followups"], kept=counts["kept"], failed=counts["failed"],
                  mean_score=round(counts["mean"], 2) if counts["mean"] is not None else None)
    return report
