"""What a fine-tune changed: the student before and after, on the instructions it held out.

The held-out instructions of a training run become an evaluation set; the base model and
the tuned one answer it with the same settings (the arena's resumable answers job), and a
judge, when one is named, compares each pair in both orders (the arena's judge job, two
verdicts counted as one comparison as on the leaderboard). The report gives, for each
model, the share of answers that end cleanly before the token limit, the repetition and
truncation rates and the mean length; the tuned model's share of the judge's preference
with a 95% interval; and the held-out loss at the run's first and last evaluation. It says
plainly when the set is too small or the judge too weak for the interval to mean much.
"""

from __future__ import annotations

import json
import math
import threading
from typing import Any

from core import jobs
from core.compare.config import ArenaAnswersConfig, ArenaJudgeConfig
from core.errors import HandloomError
from core.store.project import Project

MIN_ITEMS = 30  # fewer comparisons than this: the interval is too wide to mean anything
MIN_JUDGE_PARAMETERS = 1_000_000_000  # a judge smaller than this is weak evidence
REPORT_KEY = "training_report:"  # settings key of a run's newest report


def wilson(successes: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a share (a tie counts half a success)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _answer_figures(project: Project, eval_set_id: str, model_id: str) -> dict[str, Any]:
    from core.judge.flags import repetition

    rows = project.query(
        "SELECT a.text, a.completion_tokens, a.finish_reason FROM eval_answers a JOIN "
        "eval_items i ON i.id = a.eval_item_id WHERE i.eval_set_id = ? AND a.model_id = ?",
        [eval_set_id, model_id])
    n = len(rows)
    if n == 0:
        return {"answers": 0}
    tokens = [r["completion_tokens"] for r in rows if r["completion_tokens"] is not None]
    return {
        "answers": n,
        "clean_endings": sum(r["finish_reason"] == "stop" for r in rows) / n,
        "truncated": sum(r["finish_reason"] == "length" for r in rows) / n,
        "repetition": sum(repetition(r["text"] or "") is not None for r in rows) / n,
        "mean_tokens": sum(tokens) / len(tokens) if tokens else None,
    }


def _preference(project: Project, eval_set_id: str, tuned_id: str, base_id: str,
                judge_id: str) -> dict[str, Any]:
    from core.compare.comparisons import tally

    wins = losses = ties = 0
    for c in tally(project, eval_set_id, "judge", judge_id).comparisons:
        if {c.model_a, c.model_b} != {tuned_id, base_id}:
            continue
        if c.outcome in ("tie", "both_bad"):
            ties += 1
        elif (c.model_a if c.outcome == "a" else c.model_b) == tuned_id:
            wins += 1
        else:
            losses += 1
    n = wins + losses + ties
    low, high = wilson(wins + ties / 2, n)
    return {"comparisons": n, "wins": wins, "losses": losses, "ties": ties,
            "share": (wins + ties / 2) / n if n else None, "low": low, "high": high}


def _held_out_losses(project: Project, training_id: str) -> dict[str, Any]:
    rows = project.query("SELECT step, eval_loss FROM train_metrics WHERE training_id = ? AND "
                         "eval_loss IS NOT NULL ORDER BY step", [training_id])
    if not rows:
        return {"first": None, "last": None}
    return {"first_step": rows[0]["step"], "first": rows[0]["eval_loss"],
            "last_step": rows[-1]["step"], "last": rows[-1]["eval_loss"]}


def _run_once(project: Project, kind: str, config: dict[str, Any],
              progress: jobs.Progress | None, cancel: threading.Event | None) -> None:
    """Run the ``kind`` job with ``config`` unless one already finished (asked again, or
    continued after a kill just after it ended): resumed if it stopped, never a second."""
    if any(j.kind == kind and j.config == config for j in jobs.list_jobs(project, ("done",))):
        return
    jobs.start_or_resume(project, kind, config, progress, cancel)


def report(project: Project, name: str, *, judge: str | None = None, max_tokens: int = 256,
           progress: jobs.Progress | None = None,
           cancel: threading.Event | None = None) -> dict[str, Any]:
    """Answer the run's held-out instructions with its base and tuned model (and judge the
    pairs when ``judge`` is named), then measure; kept in the project for the model card."""
    from core.compare import eval_sets
    from core.store import registry
    from core.train.trainings import get_training

    training = get_training(project, name)
    if training["state"] != "done" or not training["model"]:
        raise HandloomError(f"The training run “{training['name']}” has not finished, so "
                            "there is no tuned model to compare yet.")
    held = [r["instruction_id"] for r in project.query(
        "SELECT DISTINCT r.instruction_id FROM train_rows t JOIN responses r ON "
        "r.id = t.response_id WHERE t.training_id = ? AND t.split != 'train' "
        "ORDER BY r.instruction_id", [training["id"]])]
    if not held:
        raise HandloomError(f"“{training['name']}” held no instructions out, so nothing "
                            "can show what it changed; train with a held-out fraction.")
    set_name = f"held out by {training['name']}"
    chosen = eval_sets.find(project, set_name) or eval_sets.subset(project, set_name, ids=held)
    base, tuned = training["base"], training["model"]
    # The keys reports have always stored (a finished job is found by them, see _run_once).
    answers_config = {"eval_set": set_name, "models": [base, tuned], "max_tokens": max_tokens,
                      "temperature": 0.0, "seed": 1, "parallel": ArenaAnswersConfig.parallel,
                      "context": 2048}
    _run_once(project, "arena_answers", answers_config, progress, cancel)
    base_id, tuned_id = registry.get(project, base).id, registry.get(project, tuned).id
    data: dict[str, Any] = {
        "training": training["name"], "base": base, "tuned": tuned,
        "held_out": len(held), "max_tokens": max_tokens,
        "before": _answer_figures(project, chosen.id, base_id),
        "after": _answer_figures(project, chosen.id, tuned_id),
        "held_out_loss": _held_out_losses(project, training["id"]),
        "preference": None, "warnings": [],
    }
    if judge:
        judge_model = registry.get(project, judge)
        _run_once(project, "arena_judge", {
            "eval_set": set_name, "judge": judge_model.name, "models": [base, tuned],
            "pairwise": True, "grades": False, "max_tokens": ArenaJudgeConfig.max_tokens,
            "parallel": ArenaJudgeConfig.parallel, "context": ArenaJudgeConfig.context},
            progress, cancel)
        data["judge"] = judge_model.name
        data["preference"] = _preference(project, chosen.id, tuned_id, base_id, judge_model.id)
        if (judge_model.parameters or 0) < MIN_JUDGE_PARAMETERS:
            data["warnings"].append(
                f"The judge {judge_model.name} is a small model; its preferences are weak "
                "evidence of what changed.")
    if len(held) < MIN_ITEMS:
        data["warnings"].append(
            f"Only {len(held)} held-out instruction{'s' if len(held) != 1 else ''}: too few "
            f"for the interval (or the shares) to mean much; {MIN_ITEMS} or more are needed.")
    project.set_setting(REPORT_KEY + training["id"], json.dumps(data, ensure_ascii=False))
    return data


def stored(project: Project, training_id: str) -> dict[str, Any] | None:
    """The newest report of a run, if one was made."""
    text = project.setting(REPORT_KEY + training_id)
    return json.loads(text) if text else None


def _share(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def lines(data: dict[str, Any]) -> list[str]:
    """The report in sentences and a small table (the command line and the model card)."""
    from core.publish.markdown_table import table

    b, a = data["before"], data["after"]
    rows = [[label, fmt(b.get(key)), fmt(a.get(key))] for label, key, fmt in (
        ("answers", "answers", lambda v: "—" if v is None else f"{v:,}"),
        ("end cleanly before the limit", "clean_endings", _share),
        ("cut off at the limit", "truncated", _share),
        ("repeat themselves", "repetition", _share),
        ("mean length (tokens)", "mean_tokens", lambda v: "—" if v is None else f"{v:.0f}"),
    )]
    out = [f"On {data['held_out']:,} held-out instructions ({data['max_tokens']} tokens at "
           f"most), {data['base']} before and {data['tuned']} after:", "",
           table(["", "Before", "After"], rows), ""]
    loss = data["held_out_loss"]
    if loss.get("first") is not None:
        out.append(f"Held-out loss: {loss['first']:.4f} at step {loss['first_step']:,}, "
                   f"{loss['last']:.4f} at step {loss['last_step']:,}.")
    else:
        out.append("No held-out loss was recorded.")
    p = data.get("preference")
    if p and p["comparisons"]:
        out.append(f"The judge {data['judge']} preferred the tuned model in "
                   f"{_share(p['share'])} of {p['comparisons']:,} comparisons (95% interval "
                   f"{_share(p['low'])}–{_share(p['high'])}; {p['wins']} wins, {p['losses']} "
                   f"losses, {p['ties']} ties, each pair asked in both orders).")
    elif p is not None:
        out.append("The judge gave no verdict on any pair.")
    else:
        out.append("No judge compared the answers (give one with --judge).")
    out += [f"Note: {w}" for w in data["warnings"]]
    return out
