"""``handloom``: the headless command line over the same core jobs the window runs.

With no subcommand it opens the window. Expected problems print one sentence on stderr
and exit 1; Ctrl+C stops a job so that running the same command again resumes it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.errors import HandloomError

Command = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(fn: Command) -> Command:
        _COMMANDS[name] = fn
        return fn

    return register


class TerminalProgress:
    """A one-line progress display on stderr, redrawn at most ten times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.last = 0.0
        self.started = time.monotonic()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled or time.monotonic() - self.last < 0.1:
            return
        self.last = time.monotonic()
        if total:
            width = 30
            filled = int(width * min(done, total) / total)
            bar = "#" * filled + "-" * (width - filled)
            text = f"\r{message[:40]:40} [{bar}] {done:,}/{total:,}"
        else:
            text = f"\r{message[:40]:40} {done:,}"
        sys.stderr.write(text)
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def open_project(path: str, *, create: bool = False) -> Any:
    from core import jobs
    from core.store.project import Project

    project = Project.open(Path(path), create=create)
    jobs.mark_interrupted(project)
    return project


def run_job(args: argparse.Namespace, kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """Run (or resume) a job with a terminal progress bar; returns the job's result."""
    from core import jobs

    project = open_project(args.project)
    progress = TerminalProgress(enabled=not getattr(args, "json", False))
    cancel = threading.Event()
    try:
        record = jobs.start_or_resume(project, kind, config, progress, cancel)
    except KeyboardInterrupt:
        progress.close()
        raise HandloomError(
            "Stopped. Run the same command again to continue where it stopped."
        ) from None
    finally:
        progress.close()
        project.close()
    if record.state == "cancelled":
        raise HandloomError("Cancelled. Run the same command again to continue.")
    return record.result or {}


def emit(args: argparse.Namespace, data: Any, text: Callable[[Any], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text(data))


# -- commands ------------------------------------------------------------------------------


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    from core.store.project import Project

    project = Project.create(Path(args.project))
    project.close()
    print(f"Created {args.project}")
    return 0


def _parse_columns(pairs: Sequence[str]) -> dict[str, str]:
    columns: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise HandloomError(f"--column takes FIELD=COLUMN (for example instruction=prompt), not '{pair}'.")
        allowed = ("instruction", "language", "author", "licence", "source_id")
        if key not in allowed:
            raise HandloomError(f"--column {key}=… is not a field; use one of {', '.join(allowed)}.")
        columns[key] = value
    return columns


def _locate(name: str) -> str:
    path = Path(name)
    if path.exists():
        return str(path.resolve())
    if "/" in name and not name.startswith((".", "/")) and not path.suffix:
        return name  # a Hub dataset name such as "org/dataset"
    raise HandloomError(f"There is no file or folder at {name}.")


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    config = {
        "files": [_locate(f) for f in args.files],
        "format": args.format,
        "columns": _parse_columns(args.column or []),
        "language": args.language,
        "licence": args.licence,
        "skip_bad_rows": args.skip_bad_rows,
        "again": args.again,
    }
    result = run_job(args, "import", config)

    def describe(r: dict[str, Any]) -> str:
        lines = []
        for f in r["files"]:
            line = f"{Path(f['file']).name}: {f['imported']:,} instructions ({f['format']})"
            if f["skipped_lines"]:
                shown = ", ".join(str(n) for n in f["skipped_lines"][:20])
                more = "…" if len(f["skipped_lines"]) > 20 else ""
                line += f"; skipped bad lines {shown}{more}"
            lines.append(line)
        return "\n".join(lines)

    emit(args, result, describe)
    return 0


@command("curate")
def cmd_curate(args: argparse.Namespace) -> int:
    config = {
        "dedup": args.dedup,
        "near_dup": args.near_dup,
        "min_chars": args.min_chars,
        "max_chars": args.max_chars,
        "languages": _split(args.languages),
        "scripts": _split(args.scripts),
        "regex": args.regex,
        "pii": args.pii,
        "templates": args.templates,
        "template_min_group": args.template_min_group,
        "clear": _split(args.clear),
    }
    result = run_job(args, "curate", config)
    emit(
        args,
        result,
        lambda r: "\n".join(
            [f"Included: {r['included']:,}"]
            + [f"Excluded as {k}: {v:,}" for k, v in sorted(r["excluded_by_reason"].items())]
        ),
    )
    return 0


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


@command("stats")
def cmd_stats(args: argparse.Namespace) -> int:
    from core.store import instructions

    project = open_project(args.project)
    data = instructions.stats(project)
    project.close()

    def describe(d: dict[str, Any]) -> str:
        lines = [f"{d['instructions']:,} instructions, {d['included']:,} included"]
        for key in ("by_language", "by_source", "excluded_by_reason"):
            if d[key]:
                parts = ", ".join(f"{k} {v:,}" for k, v in list(d[key].items())[:12])
                lines.append(f"{key.replace('_', ' ')}: {parts}")
        return "\n".join(lines)

    emit(args, data, describe)
    return 0


@command("list")
def cmd_list(args: argparse.Namespace) -> int:
    from core.languages import normalise_language
    from core.store import instructions

    project = open_project(args.project)
    language = None
    if args.language:
        language = normalise_language(args.language) or args.language
    filters = instructions.Filters(
        status=args.status, language=language, search=args.search, source=args.source,
        reason=args.reason,
    )
    rows = instructions.page(project, filters, 0, args.limit)
    project.close()
    data = [
        {
            "id": r["id"],
            "text": r["text"],
            "language": r["language"],
            "script": r["script"],
            "status": r["status"],
            "source": r["source"],
            "source_line": r["source_line"],
            "reasons": r["reasons"].split(",") if r["reasons"] else [],
        }
        for r in rows
    ]
    emit(
        args,
        data,
        lambda d: "\n".join(
            f"{r['status'][:3]} {r['language'] or '??':4} {r['text'][:90].replace(chr(10), ' ')}"
            for r in d
        ),
    )
    return 0


@command("jobs")
def cmd_jobs(args: argparse.Namespace) -> int:
    from core import jobs

    project = open_project(args.project)
    data = [j.to_json() for j in jobs.list_jobs(project)]
    project.close()
    emit(
        args,
        data,
        lambda d: "\n".join(
            f"{j['id']}  {j['kind']:10} {j['state']:12} {j['done']:,}/{j['total']:,}"
            + (f"  {j['error']}" if j["error"] else "")
            for j in d
        )
        or "No jobs yet.",
    )
    return 0


@command("resume")
def cmd_resume(args: argparse.Namespace) -> int:
    from core import jobs

    project = open_project(args.project)
    try:
        candidates = jobs.list_jobs(project, jobs.RESUMABLE_STATES)
        if args.job:
            candidates = [j for j in candidates if j.id == args.job]
        if not candidates:
            raise HandloomError("There is no interrupted, cancelled or failed job to resume.")
        job_id = candidates[-1].id
    finally:
        project.close()
    project = open_project(args.project)
    progress = TerminalProgress(enabled=not args.json)
    try:
        record = jobs.run(project, job_id, progress)
    finally:
        progress.close()
        project.close()
    emit(args, record.to_json(), lambda r: f"Job {r['id']} ({r['kind']}): {r['state']}")
    return 0


# -- parser --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from core.ingest.formats import FORMATS

    parser = argparse.ArgumentParser(
        prog="handloom",
        description="Build instruction-tuning datasets from human-written instructions. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version="handloom 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new project file")
    p.add_argument("project")

    p = sub.add_parser("import", help="import instructions from files or a Hub dataset")
    p.add_argument("project")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=FORMATS)
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN",
                   help="map a field (instruction, language, author, licence, source_id) to a column")
    p.add_argument("--language", metavar="CODE", help="the language of every row (overrides detection)")
    p.add_argument("--licence", metavar="TEXT", help="the licence of the source, e.g. CC-BY-4.0")
    p.add_argument("--skip-bad-rows", action="store_true", help="skip malformed rows and report their lines")
    p.add_argument("--again", action="store_true", help="import a file that was imported before")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("curate", help="mark duplicates and filter instructions (reversibly)")
    p.add_argument("project")
    p.add_argument("--dedup", action="store_true", help="mark exact duplicates, keeping the first")
    p.add_argument("--near-dup", type=float, metavar="THRESHOLD", nargs="?", const=0.8,
                   help="mark near-duplicates (MinHash Jaccard, default 0.8)")
    p.add_argument("--min-chars", type=int)
    p.add_argument("--max-chars", type=int)
    p.add_argument("--languages", metavar="xx,yy", help="keep only these languages")
    p.add_argument("--scripts", metavar="Latn,Ethi", help="keep only these scripts")
    p.add_argument("--regex", metavar="PATTERN", help="exclude instructions matching this pattern")
    p.add_argument("--pii", choices=("exclude", "redact"), help="personal data: exclude or redact")
    p.add_argument("--templates", action="store_true", help="exclude templated prompts")
    p.add_argument("--template-min-group", type=int, default=5, metavar="N")
    p.add_argument("--clear", metavar="REASON,...", help="lift all exclusions for these reasons")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("stats", help="counts by status, language, source and reason")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("list", help="list instructions")
    p.add_argument("project")
    p.add_argument("--status", choices=("included", "excluded"))
    p.add_argument("--language", metavar="CODE")
    p.add_argument("--source", metavar="NAME")
    p.add_argument("--reason", metavar="REASON")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("jobs", help="jobs and their states")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("resume", help="resume an interrupted, cancelled or failed job")
    p.add_argument("project")
    p.add_argument("job", nargs="?", help="job id (default: the newest resumable job)")
    p.add_argument("--json", action="store_true")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].endswith(".handloom") and len(argv) == 1):
        from app.main import main as open_window

        return open_window(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return _COMMANDS[args.command](args)
    except HandloomError as e:
        print(f"handloom: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
