"""Commands for models and generation: ``models``, ``generate``, ``responses``."""

from __future__ import annotations

import argparse
from typing import Any
from urllib.parse import urlparse

from core.cli.common import command, emit, open_project, run_job
from core.errors import HandloomError


def _model_line(m: dict[str, Any]) -> str:
    size = f"{m['parameters'] / 1e6:.0f}M" if m.get("parameters") else ""
    where = m["endpoint"] if m["kind"] == "remote" else m["path"]
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
    emit(args, found.to_json(device), lambda d: "\n".join(
        [d["description"]]
        + ([f"Models will run on the {device.upper()} (choose with: handloom device gpu|cpu)"]
           if d["gpu_offload"] else [])
    ))
    return 0


@command("models")
def cmd_models(args: argparse.Namespace) -> int:
    from core.engine import registry

    project = open_project(args.project)
    try:
        if args.action == "add":
            if args.endpoint:
                record = registry.add_remote(project, args.name or args.path, args.endpoint,
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
    finally:
        project.close()
    return 0


def _remote_model(project: Any, name: str, endpoint: str) -> str:
    """The registry name of ``name`` served at ``endpoint``, registering it on first use."""
    from core.engine import registry

    for model in registry.list_models(project):
        if model.kind == "remote" and model.remote_model == name and model.endpoint == endpoint.rstrip("/"):
            return model.name
    taken = {m.name for m in registry.list_models(project)}
    label = name if name not in taken else f"{name} @ {urlparse(endpoint).netloc}"
    return registry.add_remote(project, label, endpoint, name).name


@command("generate")
def cmd_generate(args: argparse.Namespace) -> int:
    from core.languages import normalise_language

    model = args.model
    if args.endpoint:
        project = open_project(args.project)
        try:
            model = _remote_model(project, args.model, args.endpoint)
        finally:
            project.close()
    language = None
    if args.language:
        language = normalise_language(args.language)
        if not language:
            raise HandloomError(f"'{args.language}' is not a language code Handloom recognises.")
    config = {
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
        "api_key_env": args.api_key_env,
        "concurrency": args.concurrency,
    }
    result = run_job(args, "generate", config)
    emit(
        args,
        result,
        lambda r: f"{r['model']}: wrote {r['written']:,} responses "
        f"({r['completion_tokens']:,} tokens, {r.get('tokens_per_second', 0)} tokens/s); "
        f"{r['wanted']:,} wanted in all.",
    )
    return 0


@command("responses")
def cmd_responses(args: argparse.Namespace) -> int:
    from core.store import responses

    project = open_project(args.project)
    try:
        rows = responses.listing(project, model=args.model, instruction=args.instruction,
                                 search=args.search, limit=args.limit)
    finally:
        project.close()
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
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("models", help="register and list models")
    p.add_argument("action", choices=("list", "add", "remove", "template", "fit"))
    p.add_argument("project")
    p.add_argument("path", nargs="?", metavar="PATH.gguf|NAME",
                   help="the GGUF file to add (or, with --endpoint, the server's model name)")
    p.add_argument("--name", help="the name to show for the model")
    p.add_argument("--template", metavar="NAME",
                   help="chat template for a model without one: chatml, gemma, llama3, "
                   "instruction-response, completion (with 'template': none = the model's own)")
    p.add_argument("--endpoint", metavar="URL", help="register a model on an OpenAI-compatible server")
    p.add_argument("--licence")
    p.add_argument("--model", metavar="NAME", help="fit: only this model")
    p.add_argument("--sample", type=int, default=500, metavar="N",
                   help="fit: instructions tokenized per language (default 500)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("generate", help="answer the included instructions with a model")
    p.add_argument("project")
    p.add_argument("--model", required=True, metavar="NAME")
    p.add_argument("--samples", type=int, default=1, metavar="K", help="responses per instruction")
    p.add_argument("--parallel", type=int, default=8, metavar="N", help="sequences decoded together")
    p.add_argument("--max-tokens", type=int, default=512, metavar="T")
    p.add_argument("--temperature", type=float, default=0.7)
    p.add_argument("--top-p", type=float, default=0.95)
    p.add_argument("--seed", type=int)
    p.add_argument("--system", metavar="TEXT", help="a system prompt for every request")
    p.add_argument("--language", metavar="xx", help="only instructions in this language")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N included instructions")
    p.add_argument("--endpoint", metavar="URL", help="an OpenAI-compatible server instead of llama.cpp")
    p.add_argument("--api-key-env", metavar="VAR", help="environment variable holding the API key")
    p.add_argument("--concurrency", type=int, default=4, metavar="C",
                   help="requests in flight to the server")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("responses", help="list generated responses")
    p.add_argument("project")
    p.add_argument("--model", metavar="NAME")
    p.add_argument("--instruction", metavar="ID")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
