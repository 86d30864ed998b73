"""Commands for fine-tuning: ``train`` and ``trainings``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.common import command, emit, open_project, project_command, run_job
from core.errors import HandloomError
from core.train.job_config import TrainConfig, TrainExportConfig


def _loss(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def train_config(args: argparse.Namespace) -> TrainConfig:
    """The ``train`` job's config from the command line, checked; unset values come from the
    preset."""
    from core.train.job import preset_name

    if args.epochs is not None and args.max_steps is not None:
        raise HandloomError("Give --epochs or --max-steps, not both.")
    from core.train.hf_folder import is_folder

    languages = [c.strip() for c in (args.languages or "").split(",") if c.strip()]
    base = args.base
    if is_folder(base):  # a Hugging Face folder, stored absolute so resuming works from anywhere
        base = str(Path(base).expanduser().resolve())
    elif args.serve_with:
        raise HandloomError("--serve-with is for a Hugging Face folder base; a registered GGUF "
                            "base generates over itself.")
    return TrainConfig(
        name=args.name,
        base=base,
        preset=preset_name(args.preset) if args.preset else None,
        epochs=args.epochs,
        max_steps=args.max_steps,
        learning_rate=args.lr,
        lora_r=args.lora_r,
        lora_alpha=args.lora_alpha,
        batch_size=args.batch_size,
        grad_accum=args.grad_accum,
        max_seq_len=args.max_seq_len,
        seed=args.seed,
        min_score=args.min_score,
        reviewed_only=args.reviewed_only,
        languages=tuple(languages),
        eval_fraction=args.eval_fraction,
        chat_template=args.chat_template,
        export_merged=args.merged,
        serve_with=args.serve_with,
    ).validated()


def _trained_text(r: dict[str, Any]) -> str:
    lines = [
        f"Trained {r['name']} on {r['train_rows']:,} conversations "
        f"({r['eval_rows']:,} held out) with {r['backend']}: {r['steps']:,} steps, "
        f"loss {_loss(r['first_loss'])} → {_loss(r['last_loss'])}, "
        f"held-out loss {_loss(r['eval_loss'])}.",
        f"Registered {r['model']} (base {r['base']} + adapter); generate with "
        f"--model \"{r['model']}\".",
        f"Adapter: {r['gguf_adapter']}",
    ]
    if r.get("base_folder"):
        lines.insert(1, f"Trained from the folder {r['base_folder']}; generates over {r['base']}.")
    if r.get("merged_gguf"):
        lines.append(f"Merged model: {r['merged_gguf']}")
    return "\n".join(lines)


@command("train")
def cmd_train(args: argparse.Namespace) -> int:
    if args.export_run:
        config = TrainExportConfig(**vars(train_config(args)),
                                   export_dir=str(Path(args.export_run).resolve()))
        result = run_job(args, "train_export", config.to_json())
        emit(args, result, lambda r: (
            f"Exported {r['name']} ({r['train_rows']:,} conversations, {r['eval_rows']:,} held "
            f"out, base {r['base']}) to {r['folder']}.\nOn the GPU machine: pip install -r "
            "requirements.txt, then python run.py; bring the folder back and run handloom "
            f"trainings import PROJECT {r['folder']}."))
        return 0
    result = run_job(args, "train", train_config(args).to_json())
    emit(args, result, _trained_text)
    return 0


def _runs_text(runs: list[dict[str, Any]]) -> str:
    if not runs:
        return "No training runs yet."
    lines = [f"{'name':24} {'base':22} {'state':11} {'backend':8} {'steps':>9} "
             f"{'loss':>7} {'eval':>7} {'rows':>7}"]
    for r in runs:
        steps = f"{r['steps']}/{r['total_steps']}" if r["total_steps"] else str(r["steps"])
        lines.append(
            f"{r['name'][:24]:24} {r['base'][:22]:22} {r['state']:11} {r['backend'] or '':8} "
            f"{steps:>9} {_loss(r['last_loss']):>7} {_loss(r['eval_loss']):>7} "
            f"{r['train_rows']:>7,}")
    return "\n".join(lines)


@command("trainings")
def cmd_trainings(args: argparse.Namespace) -> int:
    from core.train.trainings import list_trainings

    if args.project == "import":
        if len(args.folder) != 2:
            raise HandloomError("Say which project and which run folder: handloom trainings "
                                "import PROJECT FOLDER.")
        from core.train.run_export import import_run

        with open_project(args.folder[0]) as project:
            result = import_run(project, args.folder[1])
        emit(args, result, lambda r: (
            f"Imported {r['name']}: {r['steps']:,} steps with {r['backend']}, loss "
            f"{_loss(r['first_loss'])} → {_loss(r['last_loss'])}; generate with --model "
            f"\"{r['model']}\".\nAdapter: {r['gguf_adapter']}"))
        return 0
    if args.project == "report":
        return _report(args)
    if args.folder:
        raise HandloomError("handloom trainings PROJECT lists the runs; to bring one back: "
                            "handloom trainings import PROJECT FOLDER.")
    with open_project(args.project) as project:
        runs = list_trainings(project)
    emit(args, runs, _runs_text)
    return 0


def _report(args: argparse.Namespace) -> int:
    """``trainings report PROJECT NAME``: what the fine-tune changed (core.recipe.changes)."""
    import threading

    from core.cli.common import TerminalProgress, stopped
    from core.recipe import changes

    if len(args.folder) != 2:
        raise HandloomError("Say which project and which run: handloom trainings report "
                            "PROJECT NAME [--judge MODEL].")
    with open_project(args.folder[0]) as project, TerminalProgress(not args.json) as progress:
        try:
            data = changes.report(project, args.folder[1], judge=args.judge,
                                  max_tokens=args.max_tokens, progress=progress,
                                  cancel=threading.Event())
        except KeyboardInterrupt:
            raise stopped() from None
    emit(args, data, lambda d: "\n".join(changes.lines(d)))
    return 0


def add_parsers(sub: Any) -> None:
    """The training stage's subcommands."""
    p = project_command(sub, "train", help="fine-tune a registered GGUF model on the chosen pairs")
    p.add_argument("--base", required=True, metavar="MODEL",
                   help="a registered GGUF model, or a Hugging Face model folder")
    p.add_argument("--serve-with", metavar="MODEL",
                   help="for a folder base: the registered GGUF of the same model to generate "
                   "with (default: the one whose shape matches)")
    p.add_argument("--name", required=True, help="the name of the tuned model")
    p.add_argument("--preset", metavar="NAME",
                   help="“Quick try (CPU, minutes)” (quick) or “Consumer GPU (8 GB)” (gpu)")
    p.add_argument("--epochs", type=float, metavar="E")
    p.add_argument("--max-steps", type=int, metavar="S")
    p.add_argument("--lr", type=float, metavar="X", help="learning rate")
    p.add_argument("--lora-r", type=int, metavar="R")
    p.add_argument("--lora-alpha", type=int, metavar="A")
    p.add_argument("--batch-size", type=int, metavar="B")
    p.add_argument("--grad-accum", type=int, metavar="G")
    p.add_argument("--max-seq-len", type=int, metavar="L")
    p.add_argument("--seed", type=int, metavar="S")
    p.add_argument("--min-score", type=float, metavar="S", help="judge score at least S")
    p.add_argument("--reviewed-only", action="store_true", help="only pairs a person accepted")
    p.add_argument("--languages", metavar="xx,yy")
    p.add_argument("--eval-fraction", type=float, metavar="F",
                   help="share of instructions held out to measure the loss on (default 0.1)")
    p.add_argument("--chat-template", choices=("gemma", "chatml", "plain"),
                   help="for a base without a chat template (Gemma 3 270M: gemma by default)")
    p.add_argument("--merged", choices=("f16", "q8_0", "q4_k_m"),
                   help="also write the merged model as one GGUF")
    p.add_argument("--export-run", metavar="DIR",
                   help="write the run as a folder that trains on another machine (a rented "
                   "GPU) instead of training here; bring it back with trainings import")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("trainings", help="list training runs and their losses; import one "
                       "trained elsewhere (trainings import PROJECT FOLDER); what one changed "
                       "(trainings report PROJECT NAME)")
    p.add_argument("project", metavar="PROJECT|import|report")
    p.add_argument("folder", nargs="*", metavar="PROJECT FOLDER", help=argparse.SUPPRESS)
    p.add_argument("--judge", metavar="MODEL",
                   help="report: a judge compares the answers before and after, both orders")
    p.add_argument("--max-tokens", type=int, default=256, metavar="T",
                   help="report: longest answer on the held-out instructions")
    p.add_argument("--json", action="store_true")
