"""Commands of the foundation: projects, import, curation, listing, jobs."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.cli.common import TerminalProgress, command, emit, open_project, project_command, run_job
from core.curate.config import NEAR_DUP_THRESHOLD, CurateConfig
from core.errors import HandloomError
from core.ingest.config import import_config


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    from core.projects import new_project

    project = new_project(Path(args.project))
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
    config = import_config(
        [_locate(f) for f in args.files],
        format=args.format,
        columns=_parse_columns(args.column or []),
        language=args.language,
        licence=args.licence,
        skip_bad_rows=args.skip_bad_rows,
        again=args.again,
    )
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


def curate_config(args: argparse.Namespace) -> CurateConfig:
    """The ``curate`` job's config from the command line's flags."""
    return CurateConfig(
        dedup=args.dedup,
        near_dup=args.near_dup,
        min_chars=args.min_chars,
        max_chars=args.max_chars,
        languages=tuple(_split(args.languages)),
        exclude_uncertain=args.exclude_uncertain,
        scripts=tuple(_split(args.scripts)),
        regex=args.regex,
        pii=args.pii,
        templates=args.templates,
        template_min_group=args.template_min_group,
        clear=tuple(_split(args.clear)),
    )


@command("curate")
def cmd_curate(args: argparse.Namespace) -> int:
    result = run_job(args, "curate", curate_config(args).to_json())
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

    with open_project(args.project) as project:
        data = instructions.stats(project)

    def describe(d: dict[str, Any]) -> str:
        lines = [f"{d['instructions']:,} instructions, {d['included']:,} included"]
        for key in ("by_language", "by_source", "excluded_by_reason"):
            if d[key]:
                parts = ", ".join(f"{k} {v:,}" for k, v in list(d[key].items())[:12])
                lines.append(f"{key.replace('_', ' ')}: {parts}")
            if key == "by_language" and d["language_uncertain"]:
                parts = ", ".join(
                    f"{k}? {v:,}" for k, v in list(d["uncertain_by_language"].items())[:12]
                )
                lines.append(f"uncertain language labels: {d['language_uncertain']:,} ({parts})")
        return "\n".join(lines)

    emit(args, data, describe)
    return 0


@command("list")
def cmd_list(args: argparse.Namespace) -> int:
    from core.languages import normalise_language
    from core.store import instructions

    language = None
    if args.language:
        language = normalise_language(args.language) or args.language
    sure = {"sure": True, "uncertain": False}.get(args.language_label or "")
    filters = instructions.Filters(
        status=args.status, language=language, search=args.search, source=args.source,
        reason=args.reason, language_sure=sure,
    )
    with open_project(args.project) as project:
        rows = instructions.page(project, filters, 0, args.limit)
    data = [
        {
            "id": r["id"],
            "text": r["text"],
            "language": r["language"],
            "language_confident": not r["language_uncertain"],
            "language_variant": r["language_variant"],
            "language_origin": r["language_origin"],
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
            f"{r['status'][:3]} {_shown_language(r):4} {r['text'][:90].replace(chr(10), ' ')}"
            for r in d
        ),
    )
    return 0


@command("relabel")
def cmd_relabel(args: argparse.Namespace) -> int:
    from core.curate import relabel

    if bool(args.ids) == bool(args.identify_again):
        raise HandloomError(
            "Say which rows to relabel, or ask to identify the languages again.",
            cli_hint="Use --ids ID… --language xx, or --identify-again.",
        )
    with open_project(args.project) as project:
        if args.identify_again:
            with TerminalProgress(enabled=not args.json) as progress:
                report = relabel.identify_again(
                    project, lambda done, total: progress(done, total, "Identifying languages")
                )
            emit(args, report, lambda r: (
                f"Identified {r['identified']:,} rows again: {r['changed']:,} changed, "
                f"{r['uncertain']:,} uncertain. Labels set by a person or a source were kept."
            ))
            return 0
        if not args.language:
            raise HandloomError("Say which language to set.", cli_hint="Add --language xx.")
        ids = [i for part in args.ids for i in part.replace(",", " ").split()]
        changed = relabel.relabel(project, ids, args.language)
    emit(args, {"relabelled": changed, "language": args.language},
         lambda r: f"Relabelled {r['relabelled']:,} instructions as {r['language']}.")
    return 0


def _shown_language(row: dict[str, Any]) -> str:
    """``tr``, or ``tr?`` when the identifiers were not sure, or ``??`` when unknown."""
    if not row["language"]:
        return "??"
    return row["language"] + ("" if row["language_confident"] else "?")


@command("jobs")
def cmd_jobs(args: argparse.Namespace) -> int:
    from core import jobs

    with open_project(args.project) as project:
        if args.log:
            record = jobs.get(project, args.log)
            lines = jobs.read_log(project, record.id)
            emit(args, {**record.to_json(), "log": lines}, lambda d: "\n".join(
                [f"{d['id']}  {d['kind']} {d['state']}"]
                + [f"{line['at']}  {line['message']}" for line in d["log"]]
                + ([] if d["log"] else ["Nothing was logged for this job."])))
            return 0
        data = [j.to_json() for j in jobs.list_jobs(project)]
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

    with open_project(args.project) as project:
        candidates = jobs.list_jobs(project, jobs.RESUMABLE_STATES)
        if args.job:
            candidates = [j for j in candidates if j.id == args.job]
        if not candidates:
            raise HandloomError("There is no interrupted, cancelled or failed job to resume.")
        job_id = candidates[-1].id
    with open_project(args.project) as project, TerminalProgress(not args.json) as progress:
        record = jobs.run(project, job_id, progress)
    emit(args, record.to_json(), lambda r: f"Job {r['id']} ({r['kind']}): {r['state']}")
    return 0


def add_parsers(sub: Any) -> None:
    """The foundation's subcommands."""
    from core.ingest.formats import FORMATS

    p = project_command(sub, "init", help="create a new project file")

    p = project_command(sub, "import", help="import instructions from files or a Hub dataset")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=FORMATS)
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN",
                   help="map a field (instruction, language, author, licence, source_id) to a column")
    p.add_argument("--language", metavar="CODE", help="the language of every row (overrides detection)")
    p.add_argument("--licence", metavar="TEXT", help="the licence of the source, e.g. CC-BY-4.0")
    p.add_argument("--skip-bad-rows", action="store_true", help="skip malformed rows and report their lines")
    p.add_argument("--again", action="store_true", help="import a file that was imported before")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "curate", help="mark duplicates and filter instructions (reversibly)")
    p.add_argument("--dedup", action="store_true", help="mark exact duplicates, keeping the first")
    p.add_argument("--near-dup", type=float, metavar="THRESHOLD", nargs="?",
                   const=NEAR_DUP_THRESHOLD,
                   help="mark near-duplicates (MinHash Jaccard, default 0.8)")
    p.add_argument("--min-chars", type=int)
    p.add_argument("--max-chars", type=int)
    p.add_argument("--languages", metavar="xx,yy", help="keep only these languages")
    p.add_argument("--exclude-uncertain", action="store_true",
                   help="also exclude rows whose language the identifiers were not sure of")
    p.add_argument("--scripts", metavar="Latn,Ethi", help="keep only these scripts")
    p.add_argument("--regex", metavar="PATTERN", help="exclude instructions matching this pattern")
    p.add_argument("--pii", choices=("exclude", "redact"), help="personal data: exclude or redact")
    p.add_argument("--templates", action="store_true", help="exclude templated prompts")
    p.add_argument("--template-min-group", type=int, default=CurateConfig.template_min_group,
                   metavar="N")
    p.add_argument("--clear", metavar="REASON,...", help="lift all exclusions for these reasons")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "stats", help="counts by status, language, source and reason")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "list", help="list instructions")
    p.add_argument("--status", choices=("included", "excluded"))
    p.add_argument("--language", metavar="CODE")
    p.add_argument("--language-label", choices=("sure", "uncertain"),
                   help="only rows whose language label is sure, or only uncertain ones")
    p.add_argument("--source", metavar="NAME")
    p.add_argument("--reason", metavar="REASON")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "relabel", help="set the language of rows by hand, or identify again")
    p.add_argument("--ids", nargs="+", metavar="ID", help="the rows to relabel (ids from list)")
    p.add_argument("--language", metavar="CODE", help="the language to set, e.g. crh")
    p.add_argument("--identify-again", action="store_true",
                   help="identify the rows an identifier labelled again (a person's label stays)")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "jobs", help="jobs and their states")
    p.add_argument("--log", metavar="JOB",
                   help="that job's log: retries, servers set aside, why it stopped")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "resume", help="resume an interrupted, cancelled or failed job")
    p.add_argument("job", nargs="?", help="job id (default: the newest resumable job)")
    p.add_argument("--json", action="store_true")


