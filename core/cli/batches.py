"""``--write-batch`` and ``--read-batch`` of ``generate`` and ``judge``: batch files for a GPU
cluster (OpenAI Batch API lines, which vLLM's ``run_batch`` reads too)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from core.cli.common import emit, run_job
from core.errors import HandloomError


def add_batch_arguments(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--write-batch", metavar="FILE.jsonl",
                   help=f"write the pending {what} as an OpenAI Batch API file instead of "
                   "running them (vLLM's run_batch reads it too)")
    p.add_argument("--read-batch", metavar="FILE.jsonl",
                   help="record a batch results file (again is harmless; a cut-off file "
                   "records its whole lines)")


def run_batch_file(args: argparse.Namespace, kind: str, config: dict[str, Any]) -> bool:
    """Write or read a batch file when asked; False when neither was asked."""
    if args.read_batch:
        path = os.path.abspath(args.read_batch)
        if not os.path.isfile(path):  # said before a job is recorded for it
            raise HandloomError(f"There is no results file at {path}.")
        result = run_job(args, "batch_read", {"kind": kind, "path": path})
        emit(args, result, _read_text)
        return True
    if args.write_batch:
        path = os.path.abspath(args.write_batch)
        result = run_job(args, "batch_write", {**config, "kind": kind, "path": path})
        emit(args, result, lambda r: (
            f"Wrote {r['requests']:,} requests for {r['served_as']} to {r['path']}."
            if r["requests"] else "Nothing is pending; no file was written."))
        return True
    return False


def _read_text(r: dict[str, Any]) -> str:
    text = (f"{os.path.basename(r['path'])}: {r['recorded']:,} recorded, "
            f"{r['already_here']:,} already here, {r['failed']:,} failed")
    if r["failed"]:
        text += " (they are asked again by the next batch or run" + (
            "; judge --retry-failed asks failed judgements again)" if r["kind"] == "judge"
            else ")")
    text += "."
    if r.get("cut_off_line"):
        text += (f" Line {r['cut_off_line']:,} is cut off; every whole line before it was "
                 "recorded.")
    return text
