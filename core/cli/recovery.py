"""``handloom restore``: put the latest automatic backup back in place of a damaged project."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.common import command, emit, project_command


def add_parsers(sub: Any) -> None:
    p = project_command(
        sub,
        "restore",
        help="put the latest automatic backup back in place of a damaged project",
        description="Replace PROJECT with its latest automatic backup "
        "(NAME.handloom.before-upgrade-vN.bak) or with --backup FILE. The file replaced is "
        "kept beside it as NAME.handloom.damaged-TIMESTAMP.",
    )
    p.add_argument("--backup", help="the backup file to restore (default: the newest)")
    p.add_argument("--json", action="store_true")


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from core.store.backups import restore

    backup, aside = restore(Path(args.project), Path(args.backup) if args.backup else None)
    emit(args, {"project": str(args.project), "restored_from": str(backup),
                "damaged_file": str(aside)},
         lambda d: f"Restored {Path(d['project']).name} from {Path(d['restored_from']).name}; "
         f"the replaced file is kept as {Path(d['damaged_file']).name}.")
    return 0
