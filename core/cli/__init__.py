"""``handloom``: the headless command line over the same core jobs the window runs.

The ``handloom`` command (``app.launcher``) opens the window when it is given no subcommand;
this module is only the command line and never imports the window. Expected problems print one sentence on stderr
and exit 1; Ctrl+C stops a job so that running the same command again resumes it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from core.cli.common import COMMANDS, printable
from core.errors import HandloomError
from core.stages import cli_modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handloom",
        description="Build instruction-tuning datasets from human-written instructions. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version="handloom 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in cli_modules():  # each stage's commands, from core.stages
        importlib.import_module(module).add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A job's progress is our own bar's (or nothing, for scripts and --json): the download
    # and "Generating split" bars of huggingface_hub and datasets stay off unless asked for.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except HandloomError as e:
        hint = f" {e.cli_hint}" if e.cli_hint else ""
        print(f"handloom: {printable(str(e) + hint)}", file=sys.stderr)
        return 1
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
        # a project damaged inside a page opens, then fails where that page is read
        from core.store.backups import damaged_sentence, is_damage

        project = getattr(args, "project", None)
        if not (project and is_damage(e) and os.path.isfile(project)):
            raise
        print(f"handloom: {damaged_sentence(project, e)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
