"""The ``train`` job on a real project: which rows it uses, and one real run of SmolLM2 that is
killed after its first checkpoint, resumed to the end, registered and made to generate.

The data selection tests need no training. The run is a module fixture because training is the
slow part (tens of seconds per step on the shared two-core machine).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from core import jobs
from core.compare import eval_sets
from core.errors import HandloomError
from core.review import actions
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from core.train.dataset import DataFilters, held_out_value, select_rows
from core.train.trainings import list_trainings, metrics
from tests.train.project_data import MODEL, chosen_pairs_project

STEPS = 4
CONFIG: dict[str, Any] = {
    "name": "style-tuned",
    "base": MODEL,
    "preset": "Quick try (CPU, minutes)",
    "max_steps": STEPS,
    "learning_rate": 1e-3,
    "lora_r": 8,
    "lora_alpha": 16,
    "batch_size": 2,
    "max_seq_len": 64,
    "save_steps": 1,
    "eval_steps": 2,
    "seed": 7,
    "eval_fraction": 0.05,
}


# -- which rows a run uses ------------------------------------------------------------------


@pytest.fixture
def pairs(tmp_path: Path, smollm2_gguf: Path) -> Iterator[Project]:
    project = Project.open(chosen_pairs_project(tmp_path / "pairs.handloom", smollm2_gguf,
                                                limit=10))
    yield project
    project.close()


def _responses(project: Project) -> dict[str, dict[str, Any]]:
    """Responses by the text of their instruction."""
    return {r["instruction"]: r for r in project.query(
        "SELECT r.id, r.instruction_id, r.text, i.text AS instruction FROM responses r "
        "JOIN instructions i ON i.id = r.instruction_id")}


def _judge(project: Project, response_id: str, score: float) -> None:
    from core.judge import rubric

    with project.write() as conn:
        conn.execute(
            "INSERT INTO judgements(id, response_id, judge_model_id, rubric_id, score, rationale, "
            "created_by, created_at) VALUES (?, ?, ?, ?, ?, 'r', 'T', ?)",
            [new_id(), response_id, registry.get(project, MODEL).id,
             rubric.current(project).id, score, now()])


def test_selected_and_accepted_pairs_are_used_and_rejected_ones_never(pairs: Project) -> None:
    responses = list(_responses(pairs).values())
    everything, summary = select_rows(pairs, DataFilters(eval_fraction=0))
    assert len(everything) == 10 and summary.train == 10 and summary.eval == 0
    unselected, accepted, rejected, bad_instruction, edited = responses[:5]
    with pairs.write() as conn:
        conn.execute("UPDATE responses SET selected = 0 WHERE id IN (?, ?)",
                     [unselected["id"], accepted["id"]])
    actions.accept(pairs, "response", accepted["id"])
    actions.reject(pairs, "response", rejected["id"])
    actions.reject(pairs, "instruction", bad_instruction["instruction_id"])
    actions.edit(pairs, "response", edited["id"], "Handloom says: edited by a person.")
    rows, summary = select_rows(pairs, DataFilters(eval_fraction=0))
    used = {r.response_id: r for r in rows}
    assert unselected["id"] not in used  # nobody chose it
    assert accepted["id"] in used  # a person's accept counts like a selection
    assert rejected["id"] not in used and bad_instruction["id"] not in used
    assert used[edited["id"]].messages[1]["content"] == "Handloom says: edited by a person."
    assert summary.left_out["rejected in review"] == 1  # the instruction was excluded

    reviewed, _ = select_rows(pairs, DataFilters(reviewed_only=True, eval_fraction=0))
    assert [r.response_id for r in reviewed] == [accepted["id"]]


def test_min_score_languages_and_follow_ups(pairs: Project) -> None:
    responses = list(_responses(pairs).values())
    _judge(pairs, responses[0]["id"], 9)
    _judge(pairs, responses[1]["id"], 4)
    rows, summary = select_rows(pairs, DataFilters(min_score=7, eval_fraction=0))
    assert [r.response_id for r in rows] == [responses[0]["id"]]
    assert summary.left_out["judge score below the minimum or missing"] == 9

    with pairs.write() as conn:
        conn.execute("UPDATE instructions SET language = 'sw' WHERE id = ?",
                     [responses[2]["instruction_id"]])
    rows, _ = select_rows(pairs, DataFilters.from_config({"languages": ["swa"],
                                                           "eval_fraction": 0}))
    assert [r.response_id for r in rows] == [responses[2]["id"]]  # swa is normalised to sw

    rows, summary = select_rows(pairs, DataFilters(eval_fraction=0))
    two_turn = [r for r in rows if len(r.messages) == 4]
    assert two_turn and summary.two_turn == len(two_turn)
    assert all(r.followup_id for r in two_turn)
    assert two_turn[0].messages[2]["role"] == "user" and two_turn[0].messages[3]["content"]


def test_evaluation_set_instructions_and_their_translations_are_never_trained_on(
    pairs: Project,
) -> None:
    responses = list(_responses(pairs).values())
    original = responses[0]
    translation_id, translated_response = new_id(), new_id()
    with pairs.write() as conn:
        conn.execute("INSERT INTO instructions(id, text, language, parent_id, created_by, "
                     "created_at) VALUES (?, 'Mji mkuu ni upi?', 'sw', ?, 'T', ?)",
                     [translation_id, original["instruction_id"], now()])
        conn.execute(
            "INSERT INTO responses(id, instruction_id, model_id, settings_key, sample_index, "
            "text, settings, selected, created_by, created_at) "
            "VALUES (?, ?, ?, 'test', 0, 'Jibu.', '{}', 1, 'T', ?)",
            [translated_response, translation_id, registry.get(pairs, MODEL).id, now()])
    before = {r.response_id for r in select_rows(pairs, DataFilters(eval_fraction=0))[0]}
    assert {original["id"], translated_response} <= before
    eval_sets.subset(pairs, "arena", ids=[original["instruction_id"]])
    rows, summary = select_rows(pairs, DataFilters(eval_fraction=0))
    after = {r.response_id for r in rows}
    assert original["id"] not in after and translated_response not in after
    assert summary.left_out["in an evaluation set"] == 2


def test_held_out_split_is_stable_and_keeps_translations_together(pairs: Project) -> None:
    rows, summary = select_rows(pairs, DataFilters(eval_fraction=0.3))
    assert summary.eval >= 1 and summary.train >= 1
    again, _ = select_rows(pairs, DataFilters(eval_fraction=0.3))
    assert [(r.response_id, r.split) for r in rows] == [(r.response_id, r.split) for r in again]
    # held out: the instructions whose hash is smallest, whatever else is in the project
    held = sorted(r.instruction_id for r in rows if r.split == "eval")
    ranked = sorted((r.instruction_id for r in rows), key=held_out_value)
    assert held == sorted(ranked[: len(held)])


# -- one real run, killed and resumed ------------------------------------------------------------


class _Watcher:
    """A job's progress that also receives its streamed events, as the window's worker does.

    ``kill``: SIGKILL the training subprocess at its first checkpoint, as a crash would;
    ``cancel``: set the job's cancel event at the first step, as the Cancel button does.
    """

    def __init__(self, *, kill: bool = False, cancel: bool = False) -> None:
        self.kill, self.cancelling = kill, cancel
        self.cancel = threading.Event()
        self.events: list[dict[str, Any]] = []
        self.killed: list[int] = []

    def __call__(self, done: int, total: int, message: str = "") -> None:
        pass

    def stream(self, key: str, text: str) -> None:
        for line in text.splitlines():
            event = json.loads(line)
            self.events.append(event)
            if self.kill and event["event"] == "checkpoint" and not self.killed:
                for child in psutil.Process().children(recursive=True):
                    if "core.train.runner" in " ".join(child.cmdline()):
                        child.send_signal(signal.SIGKILL)
                        self.killed.append(event["step"])
            if self.cancelling and event["event"] == "step":
                self.cancel.set()

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == kind]


@pytest.fixture(scope="module")
def trained(smollm2_gguf: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[dict[str, Any]]:
    """Crash at the first checkpoint, resume and cancel, resume again to the end."""
    folder = tmp_path_factory.mktemp("train-job")
    path = chosen_pairs_project(folder / "style.handloom", smollm2_gguf)
    with pytest.MonkeyPatch.context() as mp:
        # a module fixture runs before the per-test isolation, so it isolates itself
        mp.setenv("HANDLOOM_DATA_DIR", str(folder / "data"))
        mp.setenv("HANDLOOM_CONFIG_DIR", str(folder / "config"))
        mp.setenv("HANDLOOM_MODELS_DIR", str(folder / "models"))
        mp.setenv("HANDLOOM_USER", "Test Curator")
        mp.setenv("HANDLOOM_TRAIN_THREADS", "1")  # the machine is shared; see backends.py
        project = Project.open(path)
        crashed = _Watcher(kill=True)
        with pytest.raises(HandloomError, match="stopped unexpectedly") as failure:
            jobs.start_or_resume(project, "train", CONFIG, crashed, crashed.cancel)
        after_crash = list_trainings(project)[0]
        cancelled = _Watcher(cancel=True)
        stopped = jobs.start_or_resume(project, "train", CONFIG, cancelled, cancelled.cancel)
        after_cancel = list_trainings(project)[0]
        resumed = _Watcher()
        record = jobs.start_or_resume(project, "train", CONFIG, resumed, resumed.cancel)
        yield {"project": project, "crashed": crashed, "cancelled": cancelled,
               "resumed": resumed, "stopped": stopped, "record": record,
               "failure": str(failure.value), "after_crash": after_crash,
               "after_cancel": after_cancel}
        project.close()


@pytest.mark.slow
def test_a_killed_or_cancelled_run_resumes_from_its_checkpoint(trained: dict[str, Any]) -> None:
    crashed, cancelled, resumed = trained["crashed"], trained["cancelled"], trained["resumed"]
    assert crashed.killed, "the run never reported a checkpoint"
    assert trained["after_crash"]["state"] == "failed"
    # resumed after the crash, from its checkpoint, then cancelled: a checkpoint is kept
    assert cancelled.of("start")[0]["resumed_from"] == crashed.killed[0]
    assert trained["stopped"].state == "cancelled"
    assert trained["after_cancel"]["state"] == "cancelled"
    kept = cancelled.of("checkpoint")[-1]["step"]
    assert crashed.killed[0] < kept < STEPS
    # resumed again: it trains only the steps after that checkpoint, in the same job
    record = trained["record"]
    assert record.state == "done", record.error
    assert record.id == trained["stopped"].id
    assert len(jobs.list_jobs(trained["project"])) == 2  # the import, and one train job
    assert resumed.of("start")[0]["resumed_from"] == kept
    assert record.result["resumed_from"] == [kept]
    assert [e["step"] for e in resumed.of("step")] == list(range(kept + 1, STEPS + 1))
    assert resumed.of("training")[0]["resumed"] is True


@pytest.mark.slow
def test_the_run_records_rows_metrics_and_registers_the_tuned_model(
    trained: dict[str, Any],
) -> None:
    project, result = trained["project"], trained["record"].result
    training_id = result["id"]
    expected, _ = select_rows(project, DataFilters(eval_fraction=0.05))
    recorded = project.query("SELECT response_id, followup_id, split FROM train_rows "
                             "WHERE training_id = ?", [training_id])
    assert sorted((r["response_id"], r["followup_id"], r["split"]) for r in recorded) == sorted(
        (r.response_id, r.followup_id, r.split) for r in expected)
    assert result["train_rows"] == sum(r.split == "train" for r in expected)
    assert result["eval_rows"] == sum(r.split == "eval" for r in expected) >= 1
    # the held-out rows the runner evaluated on are exactly the recorded ones
    eval_file = Path(result["output_dir"]) / "eval.jsonl"
    assert len(eval_file.read_text().splitlines()) == result["eval_rows"]

    points = metrics(project, training_id)
    assert [p["step"] for p in points if p["loss"] is not None] == list(range(1, STEPS + 1))
    assert all(p["loss"] > 0 for p in points if p["loss"] is not None)
    assert any(p["eval_loss"] is not None for p in points)
    assert result["first_loss"] and result["last_loss"] and result["eval_loss"]
    assert result["backend"] in ("unsloth", "torch") and result["state"] == "done"
    # the loss curve's picture, drawn when the run ended, for the run folder and the model card
    assert result["loss_curve"] == str(Path(result["output_dir"]) / "loss_curve.png")
    assert Path(result["loss_curve"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    tuned = registry.get(project, "style-tuned")
    base = registry.get(project, MODEL)
    assert tuned.kind == "gguf+adapter" and tuned.base_id == base.id
    assert tuned.adapter_path == result["gguf_adapter"] and Path(tuned.adapter_path).is_file()
    assert Path(result["adapter_dir"], "adapter_model.safetensors").is_file()
    listed = list_trainings(project)[0]
    assert listed["model"] == "style-tuned" and listed["steps"] == STEPS
    assert listed["last_loss"] == pytest.approx(result["last_loss"])


@pytest.mark.slow
def test_the_tuned_model_generates_through_the_engine(trained: dict[str, Any]) -> None:
    project = trained["project"]
    record = jobs.start(project, "generate", {
        "model": "style-tuned", "samples": 1, "parallel": 2, "max_tokens": 12,
        "temperature": 0.0, "seed": 1, "limit": 2})
    assert record.state == "done" and record.result["written"] == 2
    texts = [r["text"] for r in project.query(
        "SELECT r.text FROM responses r JOIN models m ON m.id = r.model_id "
        "WHERE m.name = 'style-tuned'")]
    assert len(texts) == 2 and all(t.strip() for t in texts)


def test_a_name_already_used_is_refused(pairs: Project) -> None:
    registry.get(pairs, MODEL)
    with pytest.raises(HandloomError, match="already registered"):
        jobs.start(pairs, "train", {**CONFIG, "name": MODEL})
    with pytest.raises(HandloomError, match="already a base with an adapter|no model called"):
        jobs.start(pairs, "train", {**CONFIG, "base": "nothing-here"})


def test_the_job_page_and_command_import_no_training_library() -> None:
    """The window and the CLI load these at start; torch and friends wait for the subprocess."""
    from core.train.process import ROOT

    modules = ["core.train.job", "core.train.dataset", "core.train.trainings",
               "core.cli.training", "app.stages.train.page", "app.stages.train.loss_chart"]
    heavy = ["torch", "transformers", "peft", "trl", "unsloth", "datasets", "llama_cpp"]
    code = (f"import sys\nfor m in {modules!r}: __import__(m)\n"
            f"print([m for m in {heavy!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
