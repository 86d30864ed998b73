"""``handloom models fit PROJECT [--model NAME] [--sample N] [--json]``: the Tokenizer fit check."""

from __future__ import annotations

import argparse
import threading
from typing import Any

from core.cli.common import TerminalProgress, emit
from core.errors import HandloomError


def _rate(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def fit_text(report: dict[str, Any]) -> str:
    """The report as a table per model, for people."""
    ref = report["reference"]
    where = (
        "this project's English instructions"
        if ref["source"] == "project"
        else "Handloom's shipped English reference (the project has too little English)"
    )
    lines = [
        f"English reference: {ref['instructions']} instructions, {ref['words']} words, from {where}.",
        f"Poor fit: at least {report['threshold']:.1f}× English's tokens for the same text, "
        f"or at least {report['byte_threshold']:.0%} byte-fallback tokens.",
    ]
    if not report["languages"]:
        lines.append("The project has no included instructions with a language yet.")
    for model in report["models"]:
        lines.append("")
        if model["skipped"]:
            lines.append(f"{model['model']}: not measured, {model['skipped']}.")
            continue
        eng = model["english"] or {}
        lines.append(
            f"{model['model']} ({model['vocabulary']}): English {_rate(eng.get('tokens_per_word'))} "
            f"tokens per word, {_rate(eng.get('tokens_per_character'))} per character"
        )
        lines.append(
            f"  {'language':10} {'sample':>6} {'tok/word':>8} {'tok/char':>8} "
            f"{'bytes':>6} {'char×en':>7} {'cost×en':>7}  fit"
        )
        for fit in model["languages"]:
            verdict = f"POOR: {fit['reason']}" if fit["poor_fit"] else "good"
            lines.append(
                f"  {fit['language']:10} {fit['instructions']:>6} "
                f"{_rate(fit['tokens_per_word']):>8} {_rate(fit['tokens_per_character']):>8} "
                f"{fit['byte_share']:>6.0%} {fit['per_character_vs_english']:>7.2f} "
                f"{fit['cost_vs_english']:>7.2f}  {verdict}"
            )
    return "\n".join(lines)


def show_fit(args: argparse.Namespace, project: Any) -> None:
    """Measure what the cache lacks, then print the report."""
    from core import fit

    with TerminalProgress(enabled=not args.json) as progress:
        try:
            report = fit.report(
                project,
                model=args.model or args.path,
                sample=args.sample,
                progress=progress,
                cancel=threading.Event(),
            )
        except KeyboardInterrupt:
            raise HandloomError(
                "Stopped. Run the same command again: what was measured is kept."
            ) from None
    emit(args, report.to_json(), fit_text)
