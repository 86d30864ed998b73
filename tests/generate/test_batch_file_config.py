"""The batch file jobs' typed configs: a ``batch_write`` job's work is compared as its
stage's typed config, so a batch file stopped while being written (from the window, or by an
earlier Handloom) is continued by the same command; keys stay as they were stored."""

from __future__ import annotations

from core import jobs
from core.batch_files.config import BatchReadConfig, BatchWriteConfig
from core.generate.config import GenerateConfig
from core.judge.config import JudgeConfig
from core.store.project import Project

# As the Generate page's "Write a batch file" stored it before (no "wait_for_servers").
OLD_WINDOW = {"model": "SmolLM2", "samples": 1, "parallel": 8, "max_tokens": 512,
              "temperature": 0.7, "top_p": 0.95, "seed": None, "system": None,
              "language": None, "limit": None, "api_key_env": None, "concurrency": 4,
              "kind": "generate", "path": "/batches/requests.jsonl"}


def test_the_keys_stay_and_the_work_is_compared_as_its_stages_config() -> None:
    written = BatchWriteConfig.from_json(OLD_WINDOW)
    assert written.work == GenerateConfig(model="SmolLM2", concurrency=4)
    assert written.to_json() == {**GenerateConfig(model="SmolLM2", concurrency=4).to_json(),
                                 "kind": "generate", "path": "/batches/requests.jsonl"}
    assert list(written.to_json())[-2:] == ["kind", "path"]
    judged = BatchWriteConfig.from_json({**JudgeConfig(model="m").to_json(), "kind": "judge",
                                         "path": "/b.jsonl"})
    assert judged.work == JudgeConfig(model="m")
    unknown = BatchWriteConfig.from_json({"kind": "translate", "path": "/b.jsonl", "x": 1})
    assert unknown.work is None and unknown.kind == "translate"
    read = {"kind": "judge", "path": "/results.jsonl"}
    assert BatchReadConfig.from_json(read).to_json() == read


def test_a_batch_file_stopped_before_the_typed_config_is_continued(project: Project) -> None:
    stopped = jobs.create(project, "batch_write", OLD_WINDOW)
    with project.write() as conn:
        conn.execute("UPDATE jobs SET state = 'interrupted' WHERE id = ?", [stopped])
    # What `handloom generate p --model SmolLM2 --concurrency 4 --write-batch …` asks for now.
    asked = {**GenerateConfig(model="SmolLM2", concurrency=4).to_json(), "kind": "generate",
             "path": "/batches/requests.jsonl"}
    found = jobs.find_resumable(project, "batch_write", asked)
    assert found is not None and found.id == stopped
    elsewhere = {**asked, "path": "/batches/other.jsonl"}
    assert jobs.find_resumable(project, "batch_write", elsewhere) is None
