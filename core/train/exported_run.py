"""Train an exported Handloom run: ``python run.py`` in the run's folder (copied there as run.py).

This file runs on the rented GPU, without Handloom installed: it needs only the folder it sits
in (the rows, the base model, ``training-config.json`` and the copy of Handloom's training code
in ``handloom/``) and the packages in ``requirements.txt``. It trains with Unsloth — 4-bit QLoRA
on a CUDA GPU — through the same runner Handloom uses at home, keeps every event the run prints
in ``output/events.jsonl`` and the adapter in ``output/adapter/``. Stopped (Ctrl+C, a lost spot
instance), it continues from its last checkpoint when started again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELATIVE = ("base_model", "train_data", "eval_data", "output_dir", "cache_dir")


def resolved_config(folder: Path) -> Path:
    """The run's config with its folder-relative paths made absolute for this machine."""
    config = json.loads((folder / "training-config.json").read_text(encoding="utf-8"))
    for key in RELATIVE:
        if config.get(key):
            config[key] = str(folder / config[key])
    output = folder / config.get("output_dir", "output")
    output.mkdir(parents=True, exist_ok=True)
    path = output / "run-config.json"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


def describe(event: dict[str, object]) -> str | None:
    """A line for a person watching the terminal."""
    kind = event.get("event")
    if kind == "step":
        return f"step {event.get('step')}/{event.get('total_steps')}  loss {event.get('loss')}"
    if kind in ("start", "status", "eval", "done", "cancelled", "error"):
        return " ".join(f"{k}={v}" for k, v in event.items())
    return None


def main() -> int:
    config = resolved_config(HERE)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE / "handloom"), *filter(None, [
        env.get("PYTHONPATH")])])
    env.setdefault("UNSLOTH_COMPILE_LOCATION", str(HERE / "cache" / "unsloth_compiled_cache"))
    events = config.parent / "events.jsonl"
    with events.open("a", encoding="utf-8") as log, subprocess.Popen(
            [sys.executable, "-m", "core.train.runner", str(config)], stdout=subprocess.PIPE,
            text=True, encoding="utf-8", cwd=str(HERE), env=env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            log.flush()
            try:
                shown = describe(json.loads(line))
            except ValueError:
                shown = line.rstrip()
            if shown:
                print(shown, flush=True)
        code = process.wait()
    print("Done: bring this folder back and import it into Handloom." if code == 0 else
          f"The run stopped (exit status {code}); run it again to continue.", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
