"""Commands that move work off the machine: ``export``, ``push``, ``pull`` and ``merge``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.cli.common import TerminalProgress, command, emit, open_project, project_command, run_job
from core.errors import HandloomError


def _options(args: argparse.Namespace, fmt: str = "parquet") -> Any:
    from core.publish.dataset_rows import ExportOptions

    languages = [code.strip() for value in (args.languages or []) for code in value.split(",")]
    return ExportOptions(
        format=fmt, selected_only=args.selected_only, reviewed_only=args.reviewed_only,
        min_score=args.min_score, languages=tuple(c for c in languages if c),
        test_fraction=args.test_fraction,
    )


def _problems(licence: dict[str, Any]) -> list[str]:
    return [f"{p['level']}: {p['message']}" for p in licence["problems"]]


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from core.publish.export import export_dataset

    with open_project(args.project) as project, TerminalProgress(not args.json) as progress:
        result = export_dataset(project, Path(args.out_dir), _options(args, args.format),
                                progress, pretty_name=args.name).to_json()

    def describe(r: dict[str, Any]) -> str:
        splits = ", ".join(f"{k} {v:,}" for k, v in sorted(r["splits"].items()))
        lines = [f"Wrote {r['rows']:,} rows ({splits}) to {r['path']} as {r['format']}.",
                 f"Licence: {r['licence']['name']} ({r['licence']['licence']})."]
        return "\n".join(lines + _problems(r["licence"]))

    emit(args, result, describe)
    return 0


def _item_line(item: dict[str, Any]) -> str:
    where = item["pushed_url"] if item["state"] == "done" else (item["last_error"] or "waiting")
    return (f"{item['id'][-12:]}  {item['kind']:7} {item['repo_id']:30} {item['state']:6} "
            f"attempts {item['attempts']}  {where}")


def _report_pushes(args: argparse.Namespace, items: list[dict[str, Any]], data: Any) -> int:
    emit(args, data, lambda _: "\n".join(
        f"Pushed {i['repo_id']}: {i['pushed_url']}" if i["state"] == "done" else
        f"Could not push {i['repo_id']}: {i['last_error']}" for i in items) or "Nothing queued.")
    waiting = [i for i in items if i["state"] != "done"]
    from core.publish.push import NO_TOKEN

    if any(i["last_error"] == NO_TOKEN for i in waiting):
        print("handloom: log in with `hf auth login` (or set HF_TOKEN), then retry.",
              file=sys.stderr)
    if waiting:
        print(f"handloom: {len(waiting)} push(es) stay in the project's queue with everything "
              f"they upload; run `handloom push {args.project} --retry` when online.",
              file=sys.stderr)
        return 1
    return 0


@command("push")
def cmd_push(args: argparse.Namespace) -> int:
    from core.publish import push

    with open_project(args.project) as project, TerminalProgress(not args.json) as progress:
        if args.queue:
            data = [i.to_json() for i in push.list_queue(project)]
            emit(args, data, lambda d: "\n".join(_item_line(i) for i in d) or "The queue is empty.")
            return 0
        if args.remove:
            push.remove(project, args.remove)
            emit(args, {"removed": args.remove},
                 lambda d: f"Removed {d['removed']} from the queue.")
            return 0
        if args.retry:
            items = [i.to_json() for i in push.send_queue(project, progress)]
            return _report_pushes(args, items, items)
        if args.dataset:
            item = push.queue_dataset(
                project, args.dataset, private=args.private, export_dir=args.export,
                options=_options(args), accept_conflicts=args.accept_licence_conflicts,
                progress=progress)
        elif args.model:
            if not args.repo:
                raise HandloomError("--model needs --repo OWNER/NAME to push to.")
            item = push.queue_model(project, args.model, args.repo, private=args.private,
                                    dataset_repo=args.dataset_repo,
                                    accept_conflicts=args.accept_licence_conflicts)
        else:
            raise HandloomError("Say what to push: --dataset REPO, --model NAME --repo REPO, "
                                "--retry or --queue.")
        sent = push.send(project, item.id).to_json()
        return _report_pushes(args, [sent], sent)


@command("pull")
def cmd_pull(args: argparse.Namespace) -> int:
    from core.publish.pull import pull_config

    with open_project(args.project) as project:
        config = pull_config(project, args.dataset_id, args.licence, args.revision,
                             again=args.again)
    result = {**run_job(args, "import", config), "revision": config["revision"]}
    emit(args, result, lambda r: f"Imported {r['imported']:,} instructions from "
                                 f"{args.dataset_id} (revision {r['revision']}).")
    return 0


@command("merge")
def cmd_merge(args: argparse.Namespace) -> int:
    from core.publish.merge import merge

    with open_project(args.project) as project, TerminalProgress(not args.json) as progress:
        report = merge(project, Path(args.other), dry_run=args.dry_run, progress=progress)
    emit(args, report.to_json(), describe_merge)
    return 0


def _noun(table: str, count: int) -> str:
    name = table.replace("_", " ")
    return name[:-1] if count == 1 and name.endswith("s") else name


def _were(count: int, noun: str) -> str:
    """'1 item was', '3 items were'."""
    return f"{count:,} {noun} was" if count == 1 else f"{count:,} {noun}s were"


# The report's counts said in one sentence each: its key, what it counts, what befell them.
_MERGE_COUNTS = (
    ("extra_samples", "response",
     "generated in both copies differently; theirs were kept as extra samples."),
    ("undos", "review", "undone in the other copy; undone here too."),
    ("curation_kept_here", "instruction", "curated differently there; the curation here was kept."),
)


def describe_merge(r: dict[str, Any]) -> str:
    """The merge report as sentences."""
    head = "Would bring in" if r["dry_run"] else "Brought in"
    added = ", ".join(f"{n:,} {_noun(t, n)}" for t, n in r["added"].items())
    lines = [f"{head} {added}." if added else "Nothing new: everything is already here."]
    if r["upgraded_from"] is not None:
        lines.append(f"The other file uses schema {r['upgraded_from']}; a temporary copy was "
                     "upgraded and the file itself left untouched.")
    matched = sum(r["matched"].values())
    if matched:
        lines.append(f"{_were(matched, 'item')} made in both copies; the ones here were kept.")
    lines += [f"Renamed {x['table'][:-1]} “{x['from']}” to “{x['to']}”." for x in r["renamed"]]
    lines += [f"{_were(r[key], noun)} {rest}" for key, noun, rest in _MERGE_COUNTS if r[key]]
    if r["review_conflict_count"]:
        lines.append(f"{_were(r['review_conflict_count'], 'item')} reviewed differently; "
                     "both reviews are kept and the newest decides:")
        for c in r["review_conflicts"][:20]:
            lines.append(
                f"  {c['target_kind']} {c['target_id']}: here {c['here']['action']} by "
                f"{c['here']['created_by']}, there {c['there']['action']} by "
                f"{c['there']['created_by']} -> {c['decided']}")
    return "\n".join(lines)


def _export_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--selected-only", action="store_true",
                   help="only the response selected for each instruction")
    p.add_argument("--reviewed-only", action="store_true", help="only rows accepted in review")
    p.add_argument("--min-score", type=float, metavar="S", help="only rows judged S or more")
    p.add_argument("--languages", nargs="+", metavar="CODE", help="only these languages")
    p.add_argument("--test-fraction", type=float, default=0.05, metavar="F",
                   help="share of instructions in the test split (default 0.05)")


def add_parsers(sub: Any) -> None:
    """The publishing subcommands."""
    from core.publish.dataset_rows import FORMATS

    p = project_command(sub, "export", help="write the dataset with its card, ready for datasets")
    p.add_argument("out_dir", metavar="OUT_DIR")
    p.add_argument("--format", choices=FORMATS, default="parquet")
    p.add_argument("--name", help="the dataset's pretty name (default: the project's name)")
    _export_filters(p)
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "push", help="publish to the Hugging Face Hub, or queue it when offline")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--dataset", metavar="REPO_ID", help="export and push the dataset")
    what.add_argument("--model", metavar="NAME", help="push a tuned model (with --repo)")
    what.add_argument("--retry", action="store_true", help="send every queued push again")
    what.add_argument("--queue", action="store_true", help="list the push queue")
    what.add_argument("--remove", metavar="ID", help="take a push off the queue")
    p.add_argument("--repo", metavar="REPO_ID", help="where --model goes")
    p.add_argument("--private", action="store_true")
    p.add_argument("--export", metavar="DIR", help="push this earlier export instead")
    p.add_argument("--dataset-repo", metavar="REPO_ID", help="the dataset a model card names")
    p.add_argument("--accept-licence-conflicts", action="store_true")
    _export_filters(p)
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "pull", help="import a Hub dataset's instructions (online)")
    p.add_argument("dataset_id", metavar="DATASET_ID")
    p.add_argument("--licence", metavar="TEXT", help="the dataset's licence, if its card lacks it")
    p.add_argument("--revision", metavar="REV",
                   help="a commit, branch or tag of the dataset (default: its main branch)")
    p.add_argument("--again", action="store_true",
                   help="import it again, beside what an earlier pull imported")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "merge", help="bring in another curator's copy of the project")
    p.add_argument("other", metavar="OTHER.handloom")
    p.add_argument("--dry-run", action="store_true",
                   help="report what would change, change nothing")
    p.add_argument("--json", action="store_true")
