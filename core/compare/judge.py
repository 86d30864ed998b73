"""The arena's judge: pairwise verdicts asked in both orders, and single answers graded 1-10.

For every item and pair of models the judge is asked twice, once with each model's answer
shown first, and each verdict is stored as an arena vote in terms of models, with the order
it was asked in (``judge_order`` "ab": model a shown first). Each verdict and each grade is
committed as it arrives, so a stopped job resumes with what is still unasked. A verdict the
judge could not give readably is not stored (running again asks once more); an unreadable
grade is stored as −1 with its raw text, like ``core.judge`` does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from core.compare import answers, comparisons, eval_sets
from core.compare import judge_prompts as prompts
from core.compare.config import ArenaJudgeConfig
from core.compare.votes import ordered
from core.curator import current_curator
from core.engine.generation import GenerationRequest
from core.errors import JobCancelled
from core.generate.backends import open_backend
from core.jobs import Progress
from core.judge.parse import FAILED_SCORE, parse_judgement
from core.judge.settings import JudgeSettings
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from core.store.registry import ModelRecord


@dataclass(frozen=True)
class _Work:
    """What is still to ask: (item, first model, second model) verdicts and answer grades."""

    verdicts: list[tuple[eval_sets.EvalItem, str, str, str, str]]  # item, first, second, texts
    grades: list[tuple[eval_sets.EvalItem, answers.Answer]]


def _pending(project: Project, eval_set: eval_sets.EvalSet, judge_id: str,
             model_ids: list[str], pairwise: bool, grades: bool) -> _Work:
    found = answers.for_set(project, eval_set.id)
    asked = {(r[0], r[1], r[2]) for r in project.conn.execute(
        "SELECT v.eval_item_id, v.shown_left, CASE WHEN v.shown_left = v.model_a THEN v.model_b "
        "ELSE v.model_a END FROM arena_votes v JOIN eval_items i ON i.id = v.eval_item_id "
        "WHERE i.eval_set_id = ? AND v.judge_model_id = ?", [eval_set.id, judge_id])}
    graded = {r[0] for r in project.conn.execute(
        "SELECT eval_answer_id FROM answer_grades WHERE judge_model_id = ?", [judge_id])}
    verdicts: list[tuple[eval_sets.EvalItem, str, str, str, str]] = []
    to_grade: list[tuple[eval_sets.EvalItem, answers.Answer]] = []
    for item in eval_sets.items(project, eval_set):
        by_model = found.get(item.id, {})
        for a, b in combinations(model_ids, 2) if pairwise else ():
            pair = answers.pair(by_model, a, b)
            if pair is None:
                continue
            for first, second, texts in ((a, b, (pair[0].text, pair[1].text)),
                                         (b, a, (pair[1].text, pair[0].text))):
                if (item.id, first, second) not in asked:
                    verdicts.append((item, first, second, *texts))
        for model_id in model_ids if grades else ():
            for answer in by_model.get(model_id, [])[:1]:
                if answer.id not in graded:
                    to_grade.append((item, answer))
    return _Work(verdicts, to_grade)


def _requests(work: _Work, settings: JudgeSettings, render: Any,
              stop: tuple[str, ...]) -> Iterator[GenerationRequest]:
    chars = prompts.rationale_chars(settings.max_tokens)
    for item, first, second, first_text, second_text in work.verdicts:
        messages = prompts.pairwise_messages(item.text, first_text, second_text, item.language)
        yield settings.request(f"v:{item.id}:{first}:{second}", render(messages), stop,
                               prompts.verdict_grammar(chars))
    for item, answer in work.grades:
        messages = prompts.grade_messages(item.text, answer.text, item.language)
        yield settings.request(f"g:{answer.id}", render(messages), stop,
                               prompts.grade_grammar(chars))


def _store_verdict(project: Project, judge_id: str, item_id: str, first: str, second: str,
                   verdict: prompts.Verdict) -> None:
    a, b = ordered(first, second)
    winner = {"A": first, "B": second}.get(verdict.winner or "")
    outcome = "tie" if winner is None else ("a" if winner == a else "b")
    with project.write() as conn:
        conn.execute(
            "INSERT INTO arena_votes(id, eval_item_id, model_a, model_b, shown_left, outcome, "
            "voter, judge_model_id, judge_order, rationale, created_by, created_at) "
            "VALUES (?,?,?,?,?,?,NULL,?,?,?,?,?)",
            [new_id(), item_id, a, b, first, outcome, judge_id, "ab" if first == a else "ba",
             verdict.rationale, current_curator(), now()])


def _store_grade(project: Project, judge_id: str, answer_id: str, text: str | None) -> float:
    parsed = parse_judgement(text or "")
    score = FAILED_SCORE if parsed.score is None else max(1.0, parsed.score)
    with project.write() as conn:
        conn.execute(
            "INSERT INTO answer_grades(id, eval_answer_id, judge_model_id, score, rationale, "
            "created_by, created_at) VALUES (?,?,?,?,?,?,?)",
            [new_id(), answer_id, judge_id, score,
             parsed.rationale if parsed.score is not None else (text or "")[:2000],
             current_curator(), now()])
    return score


def self_preference_warning(judge: ModelRecord, model_ids: Iterable[str]) -> str | None:
    """The warning to show when the judge is also one of the models it compares, else None.

    Judge models tend to prefer their own answers (self-preference bias), so such a judge's
    votes flatter it.
    """
    if judge.id not in set(model_ids):
        return None
    return (f"The judge {judge.name} is also one of the models compared, and judges tend to prefer "
            "their own answers, so its votes may favour it; choose another judge for a fair "
            "comparison.")


def run(project: Project, config: dict[str, Any], progress: Progress,
        cancel: threading.Event) -> dict[str, Any]:
    """Ask ``config['judge']`` about the set's pairs (both orders) and grade its answers.

    Config (``core.compare.config.ArenaJudgeConfig``): ``eval_set``, ``judge``, ``models`` (names; default every model with answers),
    ``pairwise`` and ``grades`` (both on by default), ``max_tokens``, ``temperature``,
    ``seed``, and the backend's ``parallel``, ``context``, ``api_key_env``, ``concurrency``.
    """
    chosen = eval_sets.get(project, config["eval_set"])
    judge = registry.get(project, config["judge"])
    settings = ArenaJudgeConfig.from_json(config).settings(remote=judge.kind == "remote")
    if config.get("models"):
        model_ids = sorted({m.id for m in answers.models_for(project, config["models"])})
    else:
        model_ids = sorted({m for by in answers.for_set(project, chosen.id).values() for m in by})
    work = _pending(project, chosen, judge.id, model_ids, config.get("pairwise", True),
                    config.get("grades", True))
    total = len(work.verdicts) + len(work.grades)
    report: dict[str, Any] = {"judge": judge.name, "eval_set": chosen.name, "verdicts": 0,
                              "unreadable": 0, "grades": 0, "grade_failures": 0,
                              "warning": self_preference_warning(judge, model_ids)}
    if total:
        progress(0, total, f"Loading {judge.name}")
        backend_config = {"parallel": config.get("parallel") or 4,
                          "context": config.get("context") or 4096,
                          "system": prompts.PAIRWISE_SYSTEM,
                          "api_key_env": config.get("api_key_env"),
                          "concurrency": config.get("concurrency")}
        with open_backend(judge, backend_config, progress) as backend:
            requests = _requests(work, settings, backend.render, tuple(backend.stop))
            for done, result in enumerate(backend.generate(
                    requests, on_tokens=getattr(progress, "stream", None), cancel=cancel), 1):
                text = None if result.finish_reason == "error" else result.text
                kind, _, rest = result.key.partition(":")
                if kind == "v":
                    item_id, first, second = rest.split(":")
                    verdict = prompts.parse_verdict(text or "")
                    if verdict.winner is None:
                        report["unreadable"] += 1
                    else:
                        _store_verdict(project, judge.id, item_id, first, second, verdict)
                        report["verdicts"] += 1
                else:
                    report["grades"] += 1
                    report["grade_failures"] += _store_grade(project, judge.id, rest, text) < 0
                progress(done, total, f"Judged {done} of {total}")
                if cancel.is_set():
                    raise JobCancelled()
        if cancel.is_set():
            raise JobCancelled()
    else:
        progress(0, 0, "The judge has already answered about every pair and answer")
    report.update(comparisons.tally(project, chosen.id, "judge", judge.id).to_json())
    report.pop("people", None)
    return report
