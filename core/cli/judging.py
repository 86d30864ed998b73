"""Commands for judging, selecting and extending: ``judge``, ``rubric``, ``flag``, ``select``,
``judge-stats`` and ``followup``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from core.cli.batches import add_batch_arguments, run_batch_file
from core.cli.common import (
    add_server_arguments,
    command,
    emit,
    open_project,
    project_command,
    run_job,
    server_config,
    servers_text,
)
from core.cli.generation import model_on_servers
from core.errors import HandloomError
from core.judge.config import FollowupConfig, JudgeConfig


def _flag_list(text: str | None) -> list[str]:
    from core.judge.select import check_flags

    return sorted(check_flags((text or "").split(",")))


def _judge_id(project: Any, name: str | None) -> str | None:
    from core.store import registry

    return registry.get(project, name).id if name else None


def _rubric_id(project_path: str, rubric_file: str | None) -> str:
    """The rubric version to judge with: the file's text as a new version, else the newest."""
    from core.judge import rubric

    with open_project(project_path) as project:
        if rubric_file:
            return rubric.save(project, rubric.read_file(rubric_file)).id
        return rubric.current(project).id


@command("judge")
def cmd_judge(args: argparse.Namespace) -> int:
    if args.read_batch:
        run_batch_file(args, "judge", {})
        return 0
    if not args.model:
        raise HandloomError("Say which model judges: --model NAME.")
    config = JudgeConfig.from_json({
        "model": model_on_servers(args.project, args.model, args.endpoint),
        "rubric": _rubric_id(args.project, args.rubric),
        "parallel": args.parallel,
        "context": args.context,
        "only_unjudged": args.only_unjudged,
        "max_tokens": args.max_tokens,
        "temperature": args.temperature,
        "seed": args.seed,
        "retry_failed": args.retry_failed,
        "flags": not args.no_flags,
        **server_config(args),
    }).to_json()
    if run_batch_file(args, "judge", config):
        return 0
    result = run_job(args, "judge", config)
    emit(args, result, lambda r: (
        f"{r['judge']} (rubric v{r['rubric_version']}): judged {r['judged']:,} responses, "
        f"{r['failed']:,} unreadable, {r.get('empty', 0):,} empty scored 0; "
        f"mean score {r['mean_score'] if r['mean_score'] is not None else '-'}."
        + servers_text(r)))
    return 0


@command("rubric")
def cmd_rubric(args: argparse.Namespace) -> int:
    from core.judge import rubric

    with open_project(args.project) as project:
        if args.set:
            chosen = rubric.save(project, rubric.read_file(args.set))
        else:
            chosen = rubric.current(project)
        data = {**chosen.to_json(), "versions": [
            {"id": v.id, "version": v.version, "created_by": v.created_by,
             "created_at": v.created_at} for v in rubric.versions(project)]}
    emit(args, data, lambda d: f"Rubric version {d['version']} of {len(d['versions'])}:\n\n"
         f"{d['text']}")
    return 0


@command("flag")
def cmd_flag(args: argparse.Namespace) -> int:
    result = run_job(args, "flag", {})
    emit(args, result, lambda r: f"Checked {r['responses']:,} responses: " + ", ".join(
        f"{name} {n:,}" for name, n in r["flags"].items()) + ".")
    return 0


@command("select")
def cmd_select(args: argparse.Namespace) -> int:
    from core.judge import select

    with open_project(args.project) as project:
        report = select.best_of(project, min_score=args.min_score,
                                exclude_flags=_flag_list(args.exclude_flags),
                                judge_model_id=_judge_id(project, args.judge))
    emit(args, report, lambda r: (
        f"Selected a response for {r['selected']:,} of {r['instructions']:,} instructions "
        f"({r['accepted_by_person']:,} accepted by a person); "
        + ", ".join(f"{k} {v:,}" for k, v in r["by_language"].items())))
    return 0


def _histogram(d: dict[str, Any]) -> str:
    counts = d["distribution"]["overall"]
    top = max(counts) or 1
    lines = [f"{score:>2} {'#' * round(40 * n / top):40} {n:,}"
             for score, n in zip(d["distribution"]["bins"], counts, strict=True)]
    dist = d["distribution"]
    lines.append(f"judged {dist['judged']:,}, unreadable {dist['failed']:,}, "
                 f"not judged {dist['unjudged']:,}, selected {d['selected']:,}")
    lines.append("kept at threshold: " + ", ".join(
        f"{t['threshold']}: {t['pairs']:,}" for t in d["thresholds"]))
    return "\n".join(lines)


@command("judge-stats")
def cmd_judge_stats(args: argparse.Namespace) -> int:
    from core.judge import flags, select, stats

    with open_project(args.project) as project:
        judge_id = _judge_id(project, args.judge)
        exclude = _flag_list(args.exclude_flags)
        data: dict[str, Any] = {
            "distribution": stats.distribution(project, judge_id),
            "thresholds": stats.threshold_counts(project, exclude, judge_id),
            "flags": flags.counts(project),
            "selected": select.selected_count(project),
        }
        if args.threshold is not None:
            data["remaining"] = stats.remaining(project, args.threshold, exclude, judge_id)
    emit(args, data, _histogram)
    return 0


def followup_config(args: argparse.Namespace) -> FollowupConfig:
    """The ``followup`` job's config from the command line's flags, checked (the project's
    current rubric)."""
    settings = FollowupConfig(
        model=args.model, judge=args.judge, min_score=args.min_score, parallel=args.parallel,
        context=args.context, max_tokens=args.max_tokens,
        judge_max_tokens=args.judge_max_tokens, temperature=args.temperature, seed=args.seed,
    ).validated()
    return replace(settings, rubric=_rubric_id(args.project, None))


@command("followup")
def cmd_followup(args: argparse.Namespace) -> int:
    result = run_job(args, "followup", followup_config(args).to_json())
    emit(args, result, lambda r: (
        f"{r['model']}: {r['followups']:,} follow-ups, {r['kept']:,} kept at score "
        f"{r['min_score']:g} or more (judge {r['judge']}), {r['failed']:,} failed."))
    return 0


def add_parsers(sub: Any) -> None:
    """The judging stage's subcommands."""
    p = project_command(sub, "judge", help="score every response 0-10 with a judge model")
    p.add_argument("--model", metavar="NAME", help="the judge model")
    p.add_argument("--rubric", metavar="FILE", help="judge with this rubric (saved as a new version)")
    p.add_argument("--parallel", type=int, default=JudgeConfig.parallel, metavar="N",
                   help="sequences judged together")
    p.add_argument("--context", type=int, default=JudgeConfig.context, metavar="T",
                   help="tokens of context per sequence (prompt and answer)")
    p.add_argument("--only-unjudged", action="store_true",
                   help="skip responses that any judge has already scored")
    p.add_argument("--max-tokens", type=int, default=JudgeConfig.max_tokens, metavar="T")
    p.add_argument("--temperature", type=float, default=JudgeConfig.temperature)
    p.add_argument("--seed", type=int)
    p.add_argument("--retry-failed", action="store_true", help="judge unreadable judgements again")
    p.add_argument("--no-flags", action="store_true", help="do not recompute the rule flags first")
    add_server_arguments(p, "an OpenAI-compatible server as the judge")
    add_batch_arguments(p, "judgements")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "rubric", help="show the judge's rubric, or store a new version")
    p.add_argument("--set", metavar="FILE", help="store the text of FILE as the newest version")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "flag", help="recompute the rule flags (loops, cut-offs, refusals...)")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "select", help="mark the best response of each instruction as selected")
    p.add_argument("--best-of", action="store_true", required=True,
                   help="keep the best-scoring acceptable response per instruction")
    p.add_argument("--min-score", type=float, metavar="S")
    p.add_argument("--exclude-flags", metavar="FLAG,...",
                   help="never select responses with these flags (e.g. repetition,truncated)")
    p.add_argument("--judge", metavar="NAME", help="only count scores from this judge model")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "judge-stats", help="score histogram and pairs kept per threshold")
    p.add_argument("--judge", metavar="NAME")
    p.add_argument("--exclude-flags", metavar="FLAG,...")
    p.add_argument("--threshold", type=float, metavar="S", help="also count pairs at S or more")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "followup", help="add a judged second turn to the selected pairs")
    p.add_argument("--model", required=True, metavar="NAME", help="writes the question and answer")
    p.add_argument("--judge", metavar="NAME", help="the judge (default: the same model)")
    p.add_argument("--min-score", type=float, default=FollowupConfig.min_score, metavar="S",
                   help="keep a second turn judged S or more (default 9)")
    p.add_argument("--parallel", type=int, default=FollowupConfig.parallel, metavar="N")
    p.add_argument("--context", type=int, default=FollowupConfig.context, metavar="T")
    p.add_argument("--max-tokens", type=int, default=FollowupConfig.max_tokens, metavar="T")
    p.add_argument("--judge-max-tokens", type=int, default=FollowupConfig.judge_max_tokens,
                   metavar="T")
    p.add_argument("--temperature", type=float, default=FollowupConfig.temperature)
    p.add_argument("--seed", type=int)
    p.add_argument("--json", action="store_true")
