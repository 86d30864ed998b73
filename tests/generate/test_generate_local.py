"""Generating with the bundled models through the real llama.cpp engine process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from core import jobs
from core.cli import main
from core.demo import demo_file
from core.errors import HandloomError
from core.projects import new_project
from core.store.project import Project
from tests.killing import kill_midway

pytestmark = pytest.mark.model  # the bundled models generate

HANDLOOM = [sys.executable, "-m", "core.cli"]


def test_smollm2_chat_generates_k_samples_with_provenance(
    small_project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(small_project.path)
    assert main(["generate", path, "--model", "SmolLM2-135M-Instruct", "--samples", "2",
                 "--parallel", "4", "--max-tokens", "24", "--seed", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["written"] == 12 and result["wanted"] == 12
    rows = small_project.query(
        "SELECT r.*, i.text AS instruction FROM responses r JOIN instructions i "
        "ON i.id = r.instruction_id ORDER BY i.rowid, r.sample_index"
    )
    assert [r["sample_index"] for r in rows[:2]] == [0, 1]
    assert all(r["text"].strip() for r in rows)
    assert all(r["prompt_tokens"] > 5 and 0 < r["completion_tokens"] <= 24 for r in rows)
    assert {r["finish_reason"] for r in rows} <= {"stop", "length"}
    settings = json.loads(rows[0]["settings"])
    assert settings["max_tokens"] == 24 and settings["seed"] == 3
    # The chat template was applied: answers do not echo the template's markers.
    assert not any("<|im_start|>" in r["text"] for r in rows)
    # Asking for a third sample adds exactly one per instruction.
    assert main(["generate", path, "--model", "SmolLM2-135M-Instruct", "--samples", "3",
                 "--parallel", "4", "--max-tokens", "24", "--seed", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] == 6
    assert small_project.scalar("SELECT count(*) FROM responses") == 18


def test_gemma_base_uses_a_plain_completion_prompt(small_project: Project) -> None:
    record = jobs.start(small_project, "generate", {
        "model": "gemma-3-270m", "max_tokens": 12, "temperature": 0, "limit": 2, "parallel": 2,
    })
    assert record.result["written"] == 2
    texts = [r["text"] for r in small_project.query("SELECT text FROM responses")]
    assert all(t for t in texts)


def test_a_killed_generation_resumes_without_duplicates(tmp_path: Path) -> None:
    p = tmp_path / "kill.handloom"
    new_project(p).close()
    subprocess.run([*HANDLOOM, "import", str(p), str(demo_file())], check=True, capture_output=True)
    command = [*HANDLOOM, "generate", str(p), "--model", "SmolLM2-135M-Instruct",
               "--max-tokens", "48", "--parallel", "4", "--seed", "1"]
    kill_midway(command, p, "SELECT count(*) FROM responses", at_least=3)
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    project = Project.open(p)
    included = project.scalar("SELECT count(*) FROM instructions WHERE status = 'included'")
    assert project.scalar("SELECT count(*) FROM responses") == included
    assert project.scalar(
        "SELECT count(*) FROM (SELECT instruction_id FROM responses GROUP BY instruction_id "
        "HAVING count(*) > 1)") == 0
    assert project.scalar("SELECT count(*) FROM jobs WHERE kind = 'generate'") == 1
    assert project.integrity_ok()
    project.close()


def test_a_crashed_model_process_fails_the_job_and_a_retry_works(small_project: Project) -> None:
    me = psutil.Process()
    config = {"model": "SmolLM2-135M-Instruct", "max_tokens": 200, "parallel": 2, "temperature": 0.8,
              "seed": 5}
    killed: list[int] = []

    def kill_the_model_process() -> None:
        """Wait for the model process and its first committed response, then kill it."""
        watcher = Project.open(small_project.path, read_only=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            children = [c for c in me.children(recursive=True)
                        if "spawn_main" in " ".join(c.cmdline())]
            if children and watcher.scalar("SELECT count(*) FROM responses") >= 1:
                for child in children:
                    child.send_signal(signal.SIGKILL)
                    killed.append(child.pid)
                break
            time.sleep(0.02)
        watcher.close()

    killer = threading.Thread(target=kill_the_model_process)
    killer.start()
    with pytest.raises(HandloomError, match="model process"):
        jobs.start(small_project, "generate", config)
    killer.join()
    assert killed
    job = jobs.list_jobs(small_project)[-1]
    assert job.state == "failed" and "model process" in job.error
    record = jobs.start_or_resume(small_project, "generate", config)
    assert record.state == "done" and record.id == job.id
    assert small_project.scalar("SELECT count(*) FROM responses") == 6
