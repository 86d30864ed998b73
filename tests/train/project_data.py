"""A project holding the training style set as chosen pairs, as the pipeline would leave it.

The instructions are imported through the import job; each gets one response by SmolLM2 that
best-of-N selection chose (``selected = 1``), and the two-turn rows get a kept follow-up, as
``handloom select`` and ``handloom followup`` store them.
"""

from __future__ import annotations

from pathlib import Path

from core import jobs
from core.ingest.config import import_config
from core.store import registry
from core.store.ids import new_id, now
from core.store.project import Project
from tests.conftest import write_jsonl
from tests.train.data import conversations

MODEL = "SmolLM2-135M-Instruct"


def chosen_pairs_project(path: Path, smollm2_gguf: Path, *, limit: int | None = None) -> Path:
    """Create ``path`` with SmolLM2 registered and the style set's pairs chosen."""
    rows = conversations()[:limit] if limit else conversations()
    project = Project.create(path)
    try:
        model = registry.add_gguf(project, smollm2_gguf, MODEL)
        data = write_jsonl(path.parent / f"{path.stem}-instructions.jsonl",
                           [{"instruction": r["messages"][0]["content"], "language": "en"}
                            for r in rows])
        jobs.start(project, "import", import_config([str(data)], licence="CC0-1.0"))
        ids = {r["text"]: r["id"] for r in project.query("SELECT id, text FROM instructions")}
        with project.write() as conn:
            for row in rows:
                messages = row["messages"]
                response_id = new_id()
                conn.execute(
                    "INSERT INTO responses(id, instruction_id, model_id, settings_key, "
                    "sample_index, text, settings, finish_reason, selected, created_by, "
                    "created_at) VALUES (?, ?, ?, 'test', 0, ?, '{}', 'stop', 1, 'T', ?)",
                    [response_id, ids[messages[0]["content"]], model.id, messages[1]["content"],
                     now()])
                if len(messages) == 4:
                    conn.execute(
                        "INSERT INTO followups(id, response_id, model_id, user_text, "
                        "assistant_text, score, kept, created_by, created_at) "
                        "VALUES (?, ?, ?, ?, ?, 9, 1, 'T', ?)",
                        [new_id(), response_id, model.id, messages[2]["content"],
                         messages[3]["content"], now()])
    finally:
        project.close()
    return path
