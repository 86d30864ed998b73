"""Commands for translating and reviewing: ``translate``, ``translations``,
``translation-prompt``, ``review``, ``review-queue`` and ``review-stats``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.common import command, emit, open_project, project_command, run_job
from core.errors import HandloomError
from core.translate.config import TranslateConfig


def _code(value: str | None, option: str) -> str | None:
    from core.languages import normalise_language

    if not value:
        return None
    code = normalise_language(value)
    if not code:
        raise HandloomError(f"{option} '{value}' is not a language code Handloom recognises.")
    return code


def _read_prompt_file(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise HandloomError(f"There is no prompt file at {path}.") from None
    except UnicodeDecodeError:
        raise HandloomError(f"{Path(path).name} is not UTF-8 text.") from None


def translate_config(args: argparse.Namespace) -> TranslateConfig:
    """The ``translate`` job's config from the command line's flags, checked."""
    return TranslateConfig(
        model=args.model,
        target=_code(args.to, "--to"),
        source=_code(args.source, "--from"),
        limit=args.limit,
        parallel=args.parallel,
        max_tokens=args.max_tokens,
        temperature=args.temperature,
        back_translate=args.back_translate,
    ).validated()


@command("translate")
def cmd_translate(args: argparse.Namespace) -> int:
    from core.translate import glossary, prompt

    config = translate_config(args)  # a setting out of range is said before any prompt is saved
    target, source = config.target, config.source
    assert target
    extra: dict[str, Any] = {}
    if args.prompt_file or args.glossary:
        with open_project(args.project) as project:
            if args.prompt_file:
                if not source:
                    raise HandloomError(
                        "--prompt-file needs --from, to know which language pair the prompt is for."
                    )
                saved = prompt.save_template(
                    project, source, target, _read_prompt_file(args.prompt_file)
                )
                extra["prompt_version"] = saved.version
            if args.glossary:
                extra["glossary_terms"] = glossary.import_csv(
                    project, args.glossary, source, target
                )
    result = {**run_job(args, "translate", config.to_json()), **extra}
    emit(
        args,
        result,
        lambda r: (
            f"{r['model']}: wrote {r['written']:,} translations into {r['target']} "
            f"({r['originals']:,} originals chosen"
            + (f", {r['back_translated']:,} back-translated" if r.get("back_translated") else "")
            + "); flags: "
            + (", ".join(f"{k} {v}" for k, v in r["flags"].items()) or "none")
            + "."
        ),
    )
    return 0


@command("translations")
def cmd_translations(args: argparse.Namespace) -> int:
    from core.translate import records

    with open_project(args.project) as project:
        rows = records.listing(
            project,
            target=_code(args.to, "--to"),
            flag=args.flag,
            limit=args.limit,
            offset=args.offset,
        )
    emit(args, rows, lambda d: "\n\n".join(_translation_lines(r) for r in d) or "No translations.")
    return 0


def _translation_lines(r: dict[str, Any]) -> str:
    score = "" if r["chrf"] is None else f", chrF {r['chrf']:.1f}"
    edited = " edited" if r["edited"] else ""
    return (
        f"[{r['source_language']}->{r['target_language']} {r['model']}{edited}] "
        f"{', '.join(r['flags']) or 'no flags'}{score}\n"
        f"  {r['source_text'][:200]}\n  {r['text'][:200]}"
    )


@command("translation-prompt")
def cmd_translation_prompt(args: argparse.Namespace) -> int:
    from core.translate import prompt

    source, target = _code(args.source, "--from"), _code(args.to, "--to")
    assert source and target
    with open_project(args.project) as project:
        if args.set:
            template = prompt.save_template(project, source, target, _read_prompt_file(args.set))
        else:
            template = prompt.current_template(project, source, target)
    emit(args, template.to_json(), lambda t: t["text"])
    return 0


REVIEW_ACTIONS = ("accept", "reject", "edit", "rate", "note", "undo")


@command("review")
def cmd_review(args: argparse.Namespace) -> int:
    from core.review import actions
    from core.review.history import state

    chosen = [a for a in REVIEW_ACTIONS if getattr(args, a) not in (None, False)]
    if len(chosen) != 1:
        raise HandloomError(
            "Give exactly one of --accept, --reject, --edit, --rate, --note or --undo."
        )
    action = chosen[0]
    with open_project(args.project) as project:
        kind = actions.target_kind(project, args.id)
        if action in ("accept", "reject", "undo"):
            event = getattr(actions, action)(project, kind, args.id)
        else:
            event = getattr(actions, action)(project, kind, args.id, getattr(args, action))
        data = {
            "kind": kind,
            "id": args.id,
            "event": event.to_json(),
            "state": state(project, kind, args.id).to_json(),
        }
    emit(
        args,
        data,
        lambda d: (
            f"{'Undid' if action == 'undo' else 'Recorded'} {d['event']['action']} on {kind} "
            f"{d['id']} by {d['event']['reviewer']}; verdict now "
            f"{d['state']['verdict'] or 'none'}, rating {d['state']['rating'] or 'none'}."
        ),
    )
    return 0


@command("review-queue")
def cmd_review_queue(args: argparse.Namespace) -> int:
    from core.review.queue import QueueFilters, ReviewQueue

    filters = QueueFilters(
        kind=args.kind,
        language=_code(args.language, "--language"),
        status=args.status,
        source=args.source,
        flag=args.flag,
        min_score=args.min_score,
        max_score=args.max_score,
        verdict=args.verdict,
        translations_only=args.translations,
        model=args.model,
    )
    with open_project(args.project) as project:
        queue = ReviewQueue(project, filters)
        from core.review.items import load_item

        items = [
            load_item(project, args.kind, i).to_json() for i in queue.ids(args.offset, args.limit)
        ]
        data = {"progress": queue.progress().to_json(), "count": queue.count(), "items": items}
    emit(
        args,
        data,
        lambda d: "\n".join(
            [f"{d['count']:,} in the queue; {d['progress']['text']}."]
            + [
                f"{i['id']}  {(i['state']['verdict'] or '-'):6} {i['language'] or '??':4} "
                f"{i['text'][:80].replace(chr(10), ' ')}"
                for i in d["items"]
            ]
        ),
    )
    return 0


@command("review-stats")
def cmd_review_stats(args: argparse.Namespace) -> int:
    from core.review.stats import review_stats

    with open_project(args.project) as project:
        data = review_stats(project)
    emit(
        args,
        data,
        lambda d: "\n".join(
            [
                f"{d['reviewed']:,} of {d['total']:,} reviewed; accepted {d['by_verdict']['accept']:,}"
                f", rejected {d['by_verdict']['reject']:,}."
            ]
            + [
                f"  {name}: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v)
                for name, counts in d["by_reviewer"].items()
            ]
        ),
    )
    return 0


def add_parsers(sub: Any) -> None:
    """The translation and review subcommands."""
    p = project_command(sub, "translate", help="translate original instructions with a model")
    p.add_argument("--model", required=True, metavar="NAME")
    p.add_argument("--to", required=True, metavar="CODE", help="target language, e.g. sw or es")
    p.add_argument(
        "--from",
        dest="source",
        metavar="CODE",
        help="only originals in this language (default: every other language)",
    )
    p.add_argument("--glossary", metavar="FILE.csv", help="two columns: source term, target term")
    p.add_argument(
        "--prompt-file",
        metavar="FILE",
        help="a new version of the pair's prompt; must contain {text} (see translation-prompt)",
    )
    p.add_argument(
        "--parallel", type=int, default=TranslateConfig.parallel, metavar="N",
        help="sequences decoded together",
    )
    p.add_argument("--limit", type=int, metavar="N", help="only the first N originals")
    p.add_argument("--max-tokens", type=int, default=TranslateConfig.max_tokens, metavar="T")
    p.add_argument("--temperature", type=float, default=TranslateConfig.temperature)
    p.add_argument(
        "--back-translate",
        action="store_true",
        help="translate back and score with chrF (needs sacrebleu)",
    )
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "translations", help="list translations with their flags")
    p.add_argument("--to", metavar="CODE")
    p.add_argument("--flag", metavar="NAME", help="a flag name, 'any' or 'none'")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "translation-prompt", help="show or change a language pair's prompt")
    p.add_argument("--from", dest="source", required=True, metavar="CODE")
    p.add_argument("--to", required=True, metavar="CODE")
    p.add_argument("--set", metavar="FILE", help="save the file's text as a new version")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "review", help="accept, reject, edit, rate, note or undo one item")
    p.add_argument("id", help="an instruction or response id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--accept", action="store_true")
    group.add_argument("--reject", action="store_true")
    group.add_argument("--edit", metavar="TEXT", help="replace the text (the old one is kept)")
    group.add_argument("--rate", type=int, metavar="N", choices=range(1, 6))
    group.add_argument("--note", metavar="TEXT")
    group.add_argument("--undo", action="store_true", help="undo your newest action on it")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "review-queue", help="list what is left to review, with filters")
    p.add_argument("--kind", choices=("instruction", "response"), default="instruction")
    p.add_argument("--language", metavar="CODE")
    p.add_argument("--status", choices=("included", "excluded"))
    p.add_argument("--source", metavar="NAME")
    p.add_argument("--flag", metavar="NAME", help="a flag name, 'any' or 'none'")
    p.add_argument("--min-score", type=float)
    p.add_argument("--max-score", type=float)
    p.add_argument("--verdict", choices=("unreviewed", "reviewed", "accept", "reject"))
    p.add_argument("--translations", action="store_true", help="translations only")
    p.add_argument("--model", metavar="NAME")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "review-stats", help="review counts by reviewer and verdict")
    p.add_argument("--json", action="store_true")
