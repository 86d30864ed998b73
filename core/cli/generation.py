"""Commands for models and generation: ``models``, ``generate``, ``responses``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

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
from core.engine.endpoints import endpoints_from
from core.errors import HandloomError
from core.generate.config import GenerateConfig


def _model_line(m: dict[str, Any]) -> str:
    size = f"{m['parameters'] / 1e6:.0f}M" if m.get("parameters") else ""
    where = (", ".join(e["url"] for e in m["endpoints"]) if m["kind"] == "remote"
             else m["path"])
    return (
        f"{m['name']:28} {m['kind']:13} {m['architecture'] or '':10} {size:>6} "
        f"{m['quantisation'] or '':8} {m['licence'] or '':14} {where}"
    )


@command("device")
def cmd_device(args: argparse.Namespace) -> int:
    """Where models run on this machine; with gpu or cpu, choose it (a per-user setting)."""
    from core.engine.accelerator import choose_device, chosen_device, detect

    if args.choice:
        choose_device(args.choice)
    found = detect()
    device = chosen_device()
    data = found.to_json(device)
    if args.check:
        from core.engine.self_check import check_engine

        data["check"] = check_engine().to_json()

    def words(d: dict[str, Any]) -> str:
        lines = [d["description"]]
        if d["gpu_offload"]:
            lines.append(f"Models will run on the {device.upper()} "
                         "(choose with: handloom device gpu|cpu)")
        if "check" in d:
            check = d["check"]
            lines.append(f"Check: {check['tokens']} tokens from SmolLM2 with "
                         f"{check['cpu_code']['level'] or 'this CPU'} code at "
                         f"{check['tokens_per_second']} tokens/s: “{check['text'].strip()}”")
        return "\n".join(lines)

    emit(args, data, words)
    return 0


@command("models")
def cmd_models(args: argparse.Namespace) -> int:
    from core.store import registry

    with open_project(args.project) as project:
        if args.action == "add":
            if args.endpoint:
                if not args.path:
                    raise HandloomError("Say which model the servers serve: handloom models add "
                                        "PROJECT MODEL-NAME --endpoint URL.")
                record = registry.add_remote(project, args.name or args.path,
                                             endpoints_from(args.endpoint, args.concurrency),
                                             args.path, licence=args.licence)
            else:
                record = registry.add_gguf(project, args.path, args.name, args.template)
            emit(args, record.to_json(), lambda m: f"Registered {m['name']}")
        elif args.action == "template":
            if not args.path or not args.template:
                raise HandloomError(
                    "Say which model and which template: handloom models template PROJECT "
                    "NAME --template chatml (or --template none for the model's own)."
                )
            choice = None if args.template == "none" else args.template
            record = registry.set_template_choice(project, args.path, choice)
            emit(args, record.to_json(),
                 lambda m: f"{m['name']} now uses "
                 f"{m['template_choice'] or 'its own chat template'}")
        elif args.action == "endpoints":
            if not args.path or not args.endpoint:
                raise HandloomError("Say which model and its servers: handloom models endpoints "
                                    "PROJECT NAME --endpoint URL [--endpoint URL…].")
            record = registry.set_endpoints(project, args.path,
                                            endpoints_from(args.endpoint, args.concurrency))
            emit(args, record.to_json(), lambda m: f"{m['name']} now runs on "
                 + ", ".join(f"{e['url']} ({e['concurrency']} at a time)" for e in m["endpoints"]))
        elif args.action == "remove":
            registry.remove(project, args.path)
            emit(args, {"removed": args.path}, lambda d: f"Removed {d['removed']}")
        elif args.action == "fit":
            from core.cli.fitting import show_fit

            show_fit(args, project)
        else:
            from core.engine.accelerator import chosen_device, detect

            data = [m.to_json() for m in registry.list_models(project)]
            where = detect().describe(chosen_device())  # where the layers will run
            emit(args, data, lambda d: "\n".join([*(_model_line(m) for m in d), where]))
    return 0


def _remote_model(project: Any, name: str, urls: Sequence[str]) -> str:
    """The registry name of ``name`` served at ``urls``, registering the pool on first use."""
    from core.store import registry

    pool = endpoints_from(urls)
    wanted = {e.url for e in pool}
    for model in registry.list_models(project):
        if (model.kind == "remote" and model.remote_model == name
                and {e.url for e in model.endpoints} == wanted):
            return model.name
    taken = {m.name for m in registry.list_models(project)}
    label = name if name not in taken else f"{name} @ {urlparse(pool[0].url).netloc}"
    return registry.add_remote(project, label, pool, name).name


def model_on_servers(project_path: str, model: str, urls: Sequence[str] | None) -> str:
    """``--model NAME --endpoint URL…``: the registered model for that pool (else ``model``)."""
    if not urls:
        return model
    with open_project(project_path) as project:
        return _remote_model(project, model, urls)


@command("generate")
def cmd_generate(args: argparse.Namespace) -> int:
    from core.languages import normalise_language

    if not args.model and not args.read_batch:
        raise HandloomError("Say which model answers: --model NAME.")
    if args.read_batch:
        run_batch_file(args, "generate", {})
        return 0
    model = model_on_servers(args.project, args.model, args.endpoint)
    language = None
    if args.language:
        language = normalise_language(args.language)
        if not language:
            raise HandloomError(f"'{args.language}' is not a language code Handloom recognises.")
    config = GenerateConfig.from_json({
        "model": model,
        "samples": args.samples,
        "parallel": args.parallel,
        "max_tokens": args.max_tokens,
        "temperature": args.temperature,
        "top_p": args.top_p,
        "seed": args.seed,
        "system": args.system,
        "language": language,
        "limit": args.limit,
        **server_config(args),
    }).to_json()
    if run_batch_file(args, "generate", config):
        return 0
    result = run_job(args, "generate", config)
    emit(
        args,
        result,
        lambda r: f"{r['model']}: wrote {r['written']:,} responses "
        f"({r['completion_tokens']:,} tokens, {r.get('tokens_per_second', 0)} tokens/s); "
        f"{r['wanted']:,} wanted in all." + servers_text(r),
    )
    return 0


@command("responses")
def cmd_responses(args: argparse.Namespace) -> int:
    from core.store import responses

    with open_project(args.project) as project:
        rows = responses.listing(project, model=args.model, instruction=args.instruction,
                                 search=args.search, limit=args.limit)
    emit(
        args,
        rows,
        lambda d: "\n\n".join(
            f"[{r['model']} #{r['sample_index']}, {r['finish_reason']}] {r['instruction'][:80]}\n"
            f"  {r['text'][:300]}" for r in d
        ),
    )
    return 0


def add_parsers(sub: Any) -> None:
    """The generation stage's subcommands."""
    p = sub.add_parser("device", help="where models run (GPU or CPU); choose one")
    p.add_argument("choice", nargs="?", choices=("gpu", "cpu"),
                   help="run models on the GPU (every layer, the default) or on the CPU")
    p.add_argument("--check", action="store_true",
                   help="load the bundled model in this process and generate a few tokens: "
                   "shows that llama.cpp's CPU code runs on this computer, and how fast")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("models", help="register and list models")
    p.add_argument("action", choices=("list", "add", "remove", "template", "fit", "endpoints"))
    p.add_argument("project")
    p.add_argument("path", nargs="?", metavar="PATH.gguf|NAME",
                   help="the GGUF file to add (or, with --endpoint, the server's model name)")
    p.add_argument("--name", help="the name to show for the model")
    p.add_argument("--template", metavar="NAME",
                   help="chat template for a model without one: chatml, gemma, llama3, "
                   "instruction-response, completion (with 'template': none = the model's own)")
    p.add_argument("--endpoint", action="append", metavar="URL",
                   help="add (or with 'endpoints': set) a model on an OpenAI-compatible server; "
                   "give it several times for a pool of servers")
    p.add_argument("--concurrency", type=int, action="append", metavar="C",
                   help="requests each server takes at once (default 8): once for all, or once "
                   "per --endpoint in order")
    p.add_argument("--licence")
    p.add_argument("--model", metavar="NAME", help="fit: only this model")
    p.add_argument("--sample", type=int, default=500, metavar="N",
                   help="fit: instructions tokenized per language (default 500)")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "generate", help="answer the included instructions with a model")
    p.add_argument("--model", metavar="NAME")
    p.add_argument("--samples", type=int, default=GenerateConfig.samples, metavar="K",
                   help="responses per instruction")
    p.add_argument("--parallel", type=int, default=GenerateConfig.parallel, metavar="N",
                   help="sequences decoded together")
    p.add_argument("--max-tokens", type=int, default=GenerateConfig.max_tokens, metavar="T")
    p.add_argument("--temperature", type=float, default=GenerateConfig.temperature)
    p.add_argument("--top-p", type=float, default=GenerateConfig.top_p)
    p.add_argument("--seed", type=int)
    p.add_argument("--system", metavar="TEXT", help="a system prompt for every request")
    p.add_argument("--language", metavar="xx", help="only instructions in this language")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N included instructions")
    add_server_arguments(p, "an OpenAI-compatible server instead of llama.cpp")
    add_batch_arguments(p, "responses")
    p.add_argument("--json", action="store_true")

    p = project_command(sub, "responses", help="list generated responses")
    p.add_argument("--model", metavar="NAME")
    p.add_argument("--instruction", metavar="ID")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
