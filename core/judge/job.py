"""The judging job: a judge model scores every response 0-10 with a rationale.

A judgement is unique per (response, judge model, rubric version) and committed the
moment its sequence finishes, so a killed job resumes with exactly the responses still
unjudged. A local judge is held to ``prompt.judgement_grammar`` by llama.cpp's grammar
sampler; every answer (a remote judge's too) goes through the tolerant ``parse``; one that
cannot be read is stored as a failed judgement, score −1, with its raw text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import orjson

from core.curator import current_curator
from core.engine.generation import GenerationRequest, GenerationResult
from core.errors import JobCancelled
from core.generate.backends import endpoint_report, open_backend
from core.jobs import JobRecord, Progress, start_or_resume
from core.judge import flags, prompt, rubric
from core.judge.parse import FAILED_SCORE, ParsedJudgement, parse_judgement
from core.judge.settings import JudgeSettings
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from core.store.registry import ModelRecord

CHUNK = 256


def backend_config(config: Mapping[str, Any], system: str | None) -> dict[str, Any]:
    """What ``open_backend`` needs; the rubric's system turn is shared by every request."""
    return {"parallel": config.get("parallel") or 4, "context": config.get("context") or 4096,
            "system": system, "api_key_env": config.get("api_key_env"),
            "concurrency": config.get("concurrency"),
            "wait_for_servers": config.get("wait_for_servers")}


def read_result(result: GenerationResult) -> tuple[ParsedJudgement, str | None]:
    """The parsed judgement of a finished request and the raw text to keep."""
    if result.finish_reason == "error":
        reason = f"The judge could not answer: {result.error or 'unknown error'}"
        return ParsedJudgement(None, reason, "failed"), None
    return parse_judgement(result.text), result.text


def insert_judgement(conn: Any, *, response_id: str | None, followup_id: str | None,
                     judge_id: str, rubric_id: str, parsed: ParsedJudgement, raw: str | None,
                     settings: dict[str, Any], job_id: str | None) -> float:
    """Write one judgement in the caller's transaction; returns the stored score."""
    score = FAILED_SCORE if parsed.score is None else parsed.score
    conn.execute(
        "INSERT OR IGNORE INTO judgements(id, response_id, followup_id, judge_model_id, "
        "rubric_id, score, rationale, raw, settings, job_id, created_by, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [new_id(), response_id, followup_id, judge_id, rubric_id, score, parsed.rationale, raw,
         orjson.dumps({**settings, "parsed_as": parsed.method}).decode(), job_id,
         current_curator(), now()],
    )
    return score


def _selection(only_unjudged: bool) -> str:
    """Responses of included instructions still without a judgement from this judge+rubric."""
    sql = (
        "SELECT r.rowid, r.id, r.text, i.text, i.language FROM responses r "
        "JOIN instructions i ON i.id = r.instruction_id WHERE i.status = 'included' "
        "AND NOT EXISTS (SELECT 1 FROM judgements j WHERE j.response_id = r.id "
        "AND j.judge_model_id = ? AND j.rubric_id = ?)"
    )
    if only_unjudged:
        sql += (" AND NOT EXISTS (SELECT 1 FROM judgements k WHERE k.response_id = r.id "
                "AND k.followup_id IS NULL)")
    return sql


def count_pending(project: Project, judge_id: str, rubric_id: str, only_unjudged: bool) -> int:
    sql = _selection(only_unjudged)
    return int(project.scalar(f"SELECT count(*) FROM ({sql})", [judge_id, rubric_id]))


def _score_empty(project: Project, judge_id: str, rubric_id: str, only_unjudged: bool,
                 settings: dict[str, Any], job_id: str | None) -> int:
    """Score empty responses 0 without asking the judge: there is nothing to weigh."""
    empty = [row[1] for row in project.conn.execute(
        _selection(only_unjudged) + " AND (trim(r.text) = '' OR EXISTS (SELECT 1 FROM "
        "response_flags x WHERE x.response_id = r.id AND x.flag = 'empty'))",
        [judge_id, rubric_id])]
    parsed = ParsedJudgement(0.0, "The response is empty.", "rule")
    with project.write() as conn:
        for response_id in empty:
            insert_judgement(conn, response_id=response_id, followup_id=None, judge_id=judge_id,
                             rubric_id=rubric_id, parsed=parsed, raw=None, settings=settings,
                             job_id=job_id)
    return len(empty)


def pending_requests(project: Project, judge_id: str, chosen: rubric.Rubric,
                     only_unjudged: bool, settings: JudgeSettings,
                     render: Callable[[list[dict[str, str]]], str],
                     stop: Sequence[str]) -> Iterator[GenerationRequest]:
    """Judge requests for the responses still to judge, read a chunk at a time."""
    sql = _selection(only_unjudged) + " AND r.rowid > ? ORDER BY r.rowid LIMIT ?"
    last = 0
    while True:
        rows = project.conn.execute(sql, [judge_id, chosen.id, last, CHUNK]).fetchall()
        if not rows:
            return
        for rowid, response_id, text, instruction, language in rows:
            last = rowid
            messages = prompt.judge_messages(chosen.text, instruction, text, language)
            yield settings.score_request(response_id, render(messages), stop)


def prepare(project: Project, config: dict[str, Any], judge: ModelRecord, chosen: rubric.Rubric,
            settings_json: dict[str, Any], progress: Progress, cancel: threading.Event
            ) -> dict[str, Any]:
    """What comes before asking the judge (live or through a batch file): flag the responses,
    clear failed judgements to try again, score empty responses 0. Returns the report so far."""
    report: dict[str, Any] = {"judge": judge.name, "rubric_version": chosen.version,
                              "judged": 0, "failed": 0, "mean_score": None}
    if config.get("flags", True):
        report["flags"] = flags.compute(project, progress, cancel)["flags"]
    if config.get("retry_failed"):
        with project.write() as conn:
            conn.execute("DELETE FROM judgements WHERE judge_model_id = ? AND rubric_id = ? "
                         "AND response_id IS NOT NULL AND score < 0", [judge.id, chosen.id])
    report["empty"] = _score_empty(project, judge.id, chosen.id,
                                   bool(config.get("only_unjudged")), settings_json,
                                   config.get("job_id"))
    return report


def chosen_rubric(project: Project, config: Mapping[str, Any]) -> rubric.Rubric:
    """The rubric version a judge job scores under: the config's, else the newest."""
    if config.get("rubric"):
        return rubric.get(project, config["rubric"])
    return rubric.current(project)


def run(project: Project, config: dict[str, Any], progress: Progress,
        cancel: threading.Event) -> dict[str, Any]:
    """Judge the responses still unjudged by ``config['model']``; see ``handloom judge``."""
    judge = registry.get(project, config["model"])
    chosen = chosen_rubric(project, config)
    settings = JudgeSettings.from_config(config, remote=judge.kind == "remote")
    only_unjudged = bool(config.get("only_unjudged"))
    settings_json = settings.to_json()
    report = prepare(project, config, judge, chosen, settings_json, progress, cancel)
    todo = count_pending(project, judge.id, chosen.id, only_unjudged)
    report["pending"] = todo
    if todo == 0:
        progress(0, 0, "Every response already has its judgement")
        return report
    total_score = 0.0
    progress(0, todo, f"Loading {judge.name}")
    system = prompt.judge_system(chosen.text)
    with open_backend(judge, backend_config(config, system), progress, cancel=cancel,
                      waiting=lambda s: progress(0, todo, s)) as backend:
        requests = pending_requests(project, judge.id, chosen, only_unjudged, settings,
                                    backend.render, backend.stop)
        for result in backend.generate(requests, on_tokens=getattr(progress, "stream", None),
                                       cancel=cancel):
            parsed, raw = read_result(result)
            with project.write() as conn:
                score = insert_judgement(conn, response_id=result.key, followup_id=None,
                                         judge_id=judge.id, rubric_id=chosen.id, parsed=parsed,
                                         raw=raw, settings=settings_json,
                                         job_id=config.get("job_id"))
            report["judged"] += 1
            if score < 0:
                report["failed"] += 1
            else:
                total_score += score
            done = report["judged"]
            progress(done, todo, f"Judged {done:,} of {todo:,}")
            if cancel.is_set():
                raise JobCancelled()
        if (servers := endpoint_report(backend)) is not None:
            report["endpoints"] = servers
    valid = report["judged"] - report["failed"]
    report["mean_score"] = round(total_score / valid, 2) if valid else None
    return report


def judge_with_rubric(project: Project, rubric_text: str, config: dict[str, Any],
                      progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> JobRecord:
    """Store ``rubric_text`` (a new version only if it changed; the current rubric when it
    is empty) and judge with it: the ``judge`` job with ``config``, continued where a
    stopped one with the same settings ended. The result is its ``JobRecord``."""
    chosen = rubric.save(project, rubric_text) if rubric_text else rubric.current(project)
    return start_or_resume(project, "judge", {**config, "rubric": chosen.id}, progress, cancel)
