"""Commands for comparing models: ``arena``, ``eval-set``, ``vote``, ``votes`` and
``leaderboard``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.cli.common import command, emit, open_project, project_command, run_job
from core.compare.config import ARENA, ASKED_CONCURRENCY, ArenaAnswersConfig, ArenaJudgeConfig
from core.errors import HandloomError


def _language(value: str | None) -> str | None:
    from core.languages import normalise_language

    if not value:
        return None
    code = normalise_language(value)
    if not code:
        raise HandloomError(f"--language '{value}' is not a language code Handloom recognises.")
    return code


def _names(text: str | None) -> list[str]:
    return [n.strip() for n in (text or "").split(",") if n.strip()]


def _columns(pairs: list[str] | None) -> dict[str, str]:
    columns = {}
    for pair in pairs or []:
        field, sep, column = pair.partition("=")
        if not sep:
            raise HandloomError(f"--column takes FIELD=COLUMN, not '{pair}'.")
        columns[field.strip()] = column.strip()
    return columns


def _eval_set_for_arena(project: Any, args: argparse.Namespace) -> Any:
    """The set named by --eval-set or --prompts, made on first use and reused afterwards."""
    from core.compare import eval_sets

    language = _language(args.language)
    name = args.eval_set or (Path(args.prompts).stem if args.prompts else None)
    name = name or ("held-out" + (f"-{language}" if language else ""))
    found = eval_sets.find(project, name)
    if found is not None:
        return found
    if args.prompts:
        return eval_sets.from_file(project, name, args.prompts, language=language,
                                   columns=_columns(args.column))
    return eval_sets.held_out(project, name, size=args.size, language=language)


def _strength(row: dict[str, Any]) -> str:
    if row["strength"] is None:
        return "- (no votes)"
    if row["ci_low"] is None:
        return f"{row['strength']:+.2f} (too few votes for an interval)"
    return f"{row['strength']:+.2f} [{row['ci_low']:+.2f}, {row['ci_high']:+.2f}]"


def _board_text(board: dict[str, Any]) -> str:
    who = {"all": "all votes", "people": "people's votes", "judge": "the judge's votes"}
    lines = [f"Leaderboard of {board['eval_set'] or 'every evaluation set'} "
             f"({who[board['source']]}, {board['votes']:,} comparisons):"]
    for n, row in enumerate(board["models"], 1):
        win = "-" if row["win_rate"] is None else f"{100 * row['win_rate']:.0f}%"
        grade = "" if row.get("grade") is None else f"  grade {row['grade']:.1f}"
        elo = "-" if row["elo"] is None else f"{row['elo']:.0f}"
        lines.append(f"{n:>2} {row['model']:28} strength {_strength(row)}  Elo {elo}"
                     f"  wins {win} of {row['votes']:,}{grade}")
    for language, sub in board["by_language"].items():
        lines.append(f"  {language}: " + ", ".join(
            f"{r['model']} {_strength(r)} ({r['votes']})" for r in sub["models"]))
    c = board["consistency"]
    if c["both_orders"]:
        lines.append(f"Judge: {c['inconsistent']:,} of {c['both_orders']:,} pairs asked in both "
                     "orders got contradictory verdicts (counted as ties).")
    for judge, a in board["agreement"].items():
        kappa = "-" if a["kappa"] is None else f"{a['kappa']:.2f}"
        lines.append(f"{judge} agrees with people on {a['percent_agreement']}% of "
                     f"{a['votes']:,} votes (Cohen's kappa {kappa}).")
    return "\n".join(lines)


def arena_configs(args: argparse.Namespace, eval_set: str
                  ) -> tuple[ArenaAnswersConfig, ArenaJudgeConfig | None]:
    """The ``arena_answers`` job's config from the command line's flags, and the
    ``arena_judge`` job's when a judge is named."""
    models = _names(args.models)
    answers = ArenaAnswersConfig(
        eval_set=eval_set, models=tuple(models), max_tokens=args.max_tokens,
        temperature=args.temperature, top_p=args.top_p, seed=args.seed, system=args.system,
        parallel=args.parallel, context=args.context, api_key_env=args.api_key_env,
        concurrency=args.concurrency)
    if not args.judge:
        return answers, None
    return answers, ArenaJudgeConfig(
        eval_set=eval_set, judge=args.judge, models=tuple(models),
        max_tokens=args.judge_max_tokens, grades=not args.no_grades, parallel=args.parallel,
        context=args.context, api_key_env=args.api_key_env, concurrency=args.concurrency)


@command("arena")
def cmd_arena(args: argparse.Namespace) -> int:
    from core.compare import answers, leaderboard
    from core.compare.judge import self_preference_warning
    from core.store import registry

    models = _names(args.models)
    with open_project(args.project) as project:
        # every name is checked before a set is made or a job is recorded
        contestants = answers.models_for(project, models)
        warning = None
        if args.judge:
            warning = self_preference_warning(registry.get(project, args.judge),
                                              [m.id for m in contestants])
        chosen = _eval_set_for_arena(project, args)
    if warning:
        print(f"handloom: warning: {warning}", file=sys.stderr)
    answers_config, judge_config = arena_configs(args, chosen.id)
    data: dict[str, Any] = {"eval_set": chosen.to_json()}
    data["answers"] = run_job(args, "arena_answers", answers_config.to_json())
    data["judge"] = None
    if judge_config is not None:
        data["judge"] = run_job(args, "arena_judge", judge_config.to_json())
    with open_project(args.project) as project:
        data["leaderboard"] = leaderboard.leaderboard(
            project, chosen.id, source="judge" if args.judge else "all", judge=args.judge)
    emit(args, data, lambda d: (
        f"{d['eval_set']['name']}: {d['eval_set']['items']:,} prompts; wrote "
        f"{d['answers']['written']:,} answers.\n" + _board_text(d["leaderboard"])))
    return 0


@command("eval-set")
def cmd_eval_set(args: argparse.Namespace) -> int:
    from core.compare import eval_sets
    from core.store.instructions import Filters

    with open_project(args.project) as project:
        language = _language(args.language)
        if not args.name:
            data: Any = [s.to_json() for s in eval_sets.list_sets(project)]
            emit(args, data, lambda d: "\n".join(
                f"{s['name']:24} {s['kind']:9} {s['items']:>6,} prompts  {s['description']}"
                for s in d) or "No evaluation sets yet.")
            return 0
        if args.prompts:
            eval_sets.from_file(project, args.name, args.prompts, language=language,
                                columns=_columns(args.column))
        elif args.ids or args.search:
            eval_sets.subset(project, args.name, ids=_names(args.ids), limit=args.limit,
                             filters=Filters(status="included", language=language,
                                             search=args.search))
        elif args.held_out or args.fraction:
            eval_sets.held_out(project, args.name, size=args.held_out, fraction=args.fraction,
                               language=language)
        chosen = eval_sets.get(project, args.name)
        data = {**chosen.to_json(), "prompts": [i.to_json() for i in eval_sets.items(project,
                                                                                     chosen)]}
    emit(args, data, lambda d: f"{d['name']} ({d['kind']}, {d['items']:,} prompts)\n" + "\n".join(
        f"{p['position']:>4} {p['id']} [{p['language'] or '?'}] {p['text'][:70]}"
        for p in d["prompts"]))
    return 0


def _revealed(v: dict[str, Any]) -> str:
    winner = v["winner"] or {"tie": "a tie", "both_bad": "both bad"}[v["outcome"]]
    return f"{v['model_a']} vs {v['model_b']} (left: {v['shown_left']}): {winner}"


@command("vote")
def cmd_vote(args: argparse.Namespace) -> int:
    from core.compare import votes

    with open_project(args.project) as project:
        if args.next:
            if not args.eval_set:
                raise HandloomError("Say which evaluation set to vote on with --eval-set NAME.")
            if args.ballot:
                return _next_ballot(project, args)
            pair = votes.next_pair(project, args.eval_set, args.voter, _names(args.models) or None)
            data: Any = pair.to_json() if pair else {"done": True}
            emit(args, data, lambda d: "Every pair has your vote." if d.get("done") else (
                f"[{d['position']}] {d['instruction']}\n\n--- left ---\n{d['left']}\n\n"
                f"--- right ---\n{d['right']}\n\nvote with: --token {d['token']} "
                "--choice left|right|tie|both_bad"))
            return 0
        if args.token and (args.token.count(":") > 2 or (args.choice or "").isdigit()):
            from core.compare import ballots

            result = ballots.record_ballot(project, args.token, args.choice or "", args.voter)
            emit(args, result.to_json(), lambda d: "Shown: " + ", ".join(
                f"{n}. {name}" for n, name in enumerate(d["names"], 1)) + "; best: "
                + (d["winner"] or {"tie": "a tie"}.get(d["choice"], "all bad")))
            return 0
        if args.token:
            vote = votes.record_vote(project, args.token, args.choice or "", args.voter)
        elif args.item and args.a and args.b:
            vote = votes.vote_by_names(project, args.item, args.a, args.b, args.outcome or "",
                                       args.voter)
        else:
            raise HandloomError("Give --next, --token T --choice C, or --item ID --a MODEL "
                                "--b MODEL --outcome a|b|tie|both_bad.")
    emit(args, vote.to_json(), _revealed)
    return 0


def _next_ballot(project: Any, args: argparse.Namespace) -> int:
    """Show the next item with every chosen model's answer (2–4), shuffled and unnamed."""
    from core.compare import ballots

    ballot = ballots.next_ballot(project, args.eval_set, args.voter, _names(args.models) or None)
    data: Any = ballot.to_json() if ballot else {"done": True}
    emit(args, data, lambda d: "Every item has your vote." if d.get("done") else (
        f"[{d['position']}] {d['instruction']}\n\n" + "\n\n".join(
            f"--- {n} ---\n{text}" for n, text in enumerate(d["answers"], 1))
        + f"\n\nvote with: --token {d['token']} --choice 1-{len(d['answers'])}|tie|both_bad"))
    return 0


@command("votes")
def cmd_votes(args: argparse.Namespace) -> int:
    from core.compare import votes

    with open_project(args.project) as project:
        data = [v.to_json() for v in votes.listing(project, args.eval_set, args.source)]
    emit(args, data, lambda d: "\n".join(
        f"{v['created_at'][:16]} {v['voter'] or v['judge']:20} [{v['position']}] {_revealed(v)}"
        for v in d) or "No votes yet.")
    return 0


@command("leaderboard")
def cmd_leaderboard(args: argparse.Namespace) -> int:
    from core.compare import leaderboard

    with open_project(args.project) as project:
        data = leaderboard.leaderboard(project, args.eval_set, args.source, args.judge,
                                       rounds=args.rounds)
    if args.csv:
        data["csv"] = str(leaderboard.export_csv(data, args.csv))
    emit(args, data, _board_text)
    return 0


def add_parsers(sub: Any) -> None:
    """The compare stage's subcommands."""
    p = project_command(sub, "arena", help="answer an evaluation set with 2+ models and rank them")
    p.add_argument("--models", required=True, metavar="A,B[,C...]")
    p.add_argument("--eval-set", metavar="NAME",
                   help="the set to use (a held-out split of that name is made if missing)")
    p.add_argument("--prompts", metavar="FILE", help="a file of evaluation prompts")
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN")
    p.add_argument("--size", type=int, default=50, metavar="N", help="prompts held out (new set)")
    p.add_argument("--language", metavar="xx", help="hold out instructions in this language")
    p.add_argument("--judge", metavar="MODEL", help="a judge model to compare the answers")
    p.add_argument("--judge-max-tokens", type=int, default=ARENA.default_max_tokens, metavar="T")
    p.add_argument("--no-grades", action="store_true", help="no 1-10 grades from the judge")
    p.add_argument("--max-tokens", type=int, default=ArenaAnswersConfig.max_tokens, metavar="T")
    p.add_argument("--temperature", type=float, default=ArenaAnswersConfig.temperature)
    p.add_argument("--top-p", type=float, default=ArenaAnswersConfig.top_p)
    p.add_argument("--seed", type=int)
    p.add_argument("--system", metavar="TEXT")
    p.add_argument("--parallel", type=int, default=ArenaAnswersConfig.parallel, metavar="N")
    p.add_argument("--context", type=int, default=ArenaAnswersConfig.context, metavar="T")
    p.add_argument("--api-key-env", metavar="VAR")
    p.add_argument("--concurrency", type=int, default=ASKED_CONCURRENCY, metavar="C")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "eval-set", help="list, make or show evaluation sets")
    p.add_argument("name", nargs="?", help="the set to make or show (none: list them)")
    p.add_argument("--held-out", type=int, metavar="N", help="hold out N instructions")
    p.add_argument("--fraction", type=float, metavar="F", help="hold out this share")
    p.add_argument("--ids", metavar="ID,...", help="these instructions")
    p.add_argument("--search", metavar="TEXT", help="the included instructions matching TEXT")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--prompts", metavar="FILE", help="prompts read from a file")
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN")
    p.add_argument("--language", metavar="xx")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "vote", help="vote on a pair of answers (blind with --next/--token)")
    p.add_argument("--next", action="store_true", help="show the next blind pair")
    p.add_argument("--eval-set", metavar="NAME")
    p.add_argument("--models", metavar="A,B,...", help="only pairs of these models")
    p.add_argument("--token", metavar="T", help="the token --next printed")
    p.add_argument("--ballot", action="store_true",
                   help="with --next: every chosen model's answer at once (2-4), pick the best")
    p.add_argument("--choice", choices=("left", "right", "tie", "both_bad", "1", "2", "3", "4"))
    p.add_argument("--item", metavar="ID", help="an evaluation item (see eval-set NAME)")
    p.add_argument("--a", metavar="MODEL")
    p.add_argument("--b", metavar="MODEL")
    p.add_argument("--outcome", choices=("a", "b", "tie", "both_bad"))
    p.add_argument("--voter", metavar="NAME", help="who votes (default: your name)")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "votes", help="list arena votes by people and judges")
    p.add_argument("--eval-set", metavar="NAME")
    p.add_argument("--source", choices=("all", "people", "judge"), default="all")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "leaderboard", help="Bradley-Terry strengths, Elo and win rates")
    p.add_argument("--eval-set", metavar="NAME")
    p.add_argument("--source", choices=("all", "people", "judge"), default="all")
    p.add_argument("--judge", metavar="MODEL", help="only this judge's votes and grades")
    p.add_argument("--rounds", type=int, default=1000, metavar="N", help="bootstrap rounds")
    p.add_argument("--csv", metavar="FILE", help="also write the leaderboard as CSV")
    p.add_argument("--json", action="store_true")
