"""Commands for the whole method: ``recipe`` (every stage in one go) and ``overview``."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from core.cli.common import (
    TerminalProgress,
    command,
    emit,
    open_project,
    printable,
    project_command,
    stopped,
)
from core.errors import HandloomError


def _count(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "no speed measured yet"
    if seconds < 90:
        return f"about {max(1, round(seconds))} s"
    if seconds < 5400:
        return f"about {round(seconds / 60)} min"
    return f"about {seconds / 3600:.1f} h"


def recipe_settings(args: argparse.Namespace) -> Any:
    """The recipe's settings: the preset, then the recipe file, then the options given."""
    from core.recipe.settings import read_file, settings_from

    file_values: dict[str, Any] | None = None
    if args.config:
        file_values = read_file(args.config)
        folder = Path(args.config).resolve().parent
        if "files" in file_values:  # a file's paths are read from the recipe file's folder
            file_values["files"] = [str((folder / f).resolve()) for f in file_values["files"]]
    overrides = {
        "files": [str(Path(f).resolve()) for f in args.import_files] if args.import_files
        else None,
        "target_language": args.target_language, "language": args.language,
        "teacher": args.teacher, "judge": args.judge, "student": args.student,
        "limit": args.limit, "generate.samples": args.samples,
        "generate.max_tokens": args.max_tokens, "train.max_steps": args.max_steps,
        "train.name": args.name,
    }
    for path in overrides["files"] or (file_values or {}).get("files", []):
        if not Path(path).exists():
            raise HandloomError(f"There is no file at {path}.")
    return settings_from(args.preset, file_values, overrides)


def _plan_text(data: dict[str, Any]) -> str:
    lines = [f"Recipe “{data['preset']}” on {data['project']}:"]
    for s in data["stages"]:
        time = "" if s["state"] == "done" else f", {_duration(s['seconds'])}"
        lines.append(f"  {s['stage']:12} {s['state']:10} {_count(s['count_in']):>8} in → "
                     f"{_count(s['count_out']):>8} out{time}")
    known = [s["seconds"] for s in data["stages"] if s["state"] != "done"]
    if known and all(t is not None for t in known):
        lines.append(f"In all: {_duration(sum(known))}.")
    else:
        lines.append("Times come from jobs this project has finished; stages without one "
                     "have no estimate yet.")
    return "\n".join(lines)


def _recipe_text(data: dict[str, Any]) -> str:
    lines = [f"Recipe “{data['preset']}” {data['state']}:"]
    for s in data["stages"]:
        lines.append(f"  {s['stage']:12} {_count(s['count_in']):>8} in → "
                     f"{_count(s['count_out']):>8} out")
    trained = next((s for s in data["stages"] if s["stage"] == "train"), None)
    if trained and data.get("model"):
        lines.append(f"Tuned model: {data['model']}; generate with --model \"{data['model']}\".")
    return "\n".join(lines)


@command("recipe")
def cmd_recipe(args: argparse.Namespace) -> int:
    from core.recipe import plan, run

    settings = recipe_settings(args)
    with open_project(args.project) as project:
        if args.dry_run:
            data: dict[str, Any] = {"preset": settings.preset, "project": Path(args.project).name,
                                     "settings": settings.to_json(),
                                     "stages": [s.to_json() for s in plan.plan(project,
                                                                                settings)]}
            emit(args, data, _plan_text)
            return 0
        progress = TerminalProgress(enabled=not args.json)
        quiet = args.json

        def stage_started(position: int, total: int, name: str) -> None:
            progress.close()
            if not quiet:
                print(f"Stage {position + 1} of {total}: {name.replace('_', ' ')}",
                      file=sys.stderr, flush=True)

        try:
            record = run.run(project, settings, progress=progress, stage_started=stage_started,
                             cancel=threading.Event())
        except KeyboardInterrupt:
            raise stopped() from None
        finally:
            progress.close()
        data = record.to_json()
        train = next((s for s in record.stages if s.stage == "train"), None)
        data["model"] = (train.result or {}).get("model") if train else None
    emit(args, data, lambda d: printable(_recipe_text(d)))
    return 0


def _overview_text(data: dict[str, Any]) -> str:
    from core.recipe.overview import FUNNEL, FUNNEL_LABELS

    counts = data["counts"]
    lines = [" → ".join(f"{FUNNEL_LABELS[k]} {counts[k]:,}" for k in FUNNEL)]
    for job in data["running"]:
        lines.append(f"Running: {job['kind']} {job['done']:,}/{job['total']:,} ({job['id']})")
    for job in data["stopped"]:
        lines.append(f"Stopped: {job['kind']} {job['state']}"
                     + (f": {job['error']}" if job["error"] else "") + f" ({job['id']})")
    if data["recipe"]:
        r = data["recipe"]
        lines.append(f"Recipe “{r['preset']}”: {r['state']}")
    step = data["next_step"]
    lines.append(f"Next: {step['sentence']}  ({step['command']})")
    return "\n".join(lines)


@command("overview")
def cmd_overview(args: argparse.Namespace) -> int:
    from core.recipe.overview import overview

    with open_project(args.project) as project:
        data = overview(project).to_json()
    emit(args, data, _overview_text)
    return 0


def add_parsers(sub: Any) -> None:
    """The whole-method subcommands."""
    p = project_command(sub, "recipe", help="run the seed method's stages in one go (resumable)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--preset", metavar="NAME",
                       help="seed (English), seed-translated or quick (default: seed)")
    which.add_argument("--config", metavar="RECIPE.toml",
                       help="a recipe file: a preset and the settings it changes")
    p.add_argument("--import", dest="import_files", action="append", metavar="FILE",
                   help="import this file first (give it again for more)")
    p.add_argument("--target-language", metavar="CODE", help="translate into CODE first")
    p.add_argument("--language", metavar="CODE", help="answer only instructions in CODE")
    p.add_argument("--teacher", metavar="MODEL", help="the model that writes the answers")
    p.add_argument("--judge", metavar="MODEL", help="the model that scores them 0-10")
    p.add_argument("--student", metavar="MODEL", help="the model fine-tuned on the result")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N instructions")
    p.add_argument("--samples", type=int, metavar="K", help="answers per instruction")
    p.add_argument("--max-tokens", type=int, metavar="T", help="longest answer, in tokens")
    p.add_argument("--max-steps", type=int, metavar="S", help="training steps")
    p.add_argument("--name", metavar="NAME", help="the tuned model's name")
    p.add_argument("--dry-run", action="store_true",
                   help="print the stages with their counts and times; run nothing")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "overview", help="the funnel of counts, jobs and the next step")
    p.add_argument("--json", action="store_true")
