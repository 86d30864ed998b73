"""The arena with every kind of contestant: a bundled GGUF, the same GGUF with a LoRA adapter,
and a model on an OpenAI-compatible server (llama-cpp-python's real server, as in
tests/generate), answered by the real answers job and voted on blind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.compare import eval_sets
from core.store import registry
from core.store.project import Project
from tests.compare.conftest import GEMMA, SMOL
from tests.engine.test_engine_generate import _lora_for_smollm2
from tests.generate.conftest import openai_server  # noqa: F401  (the server fixture)

pytestmark = pytest.mark.usefixtures("one_core")  # the model processes run on one core


@pytest.mark.slow
def test_arena_answers_with_a_server_model_a_gguf_and_an_adapter_then_a_vote(
        arena_project: Project, openai_server: str, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    registry.add_remote(arena_project, "smol-server", openai_server, "smollm2")
    adapter = tmp_path / "smol-lora.gguf"
    _lora_for_smollm2(adapter, 1.0)  # a real GGUF LoRA that changes SmolLM2's answers
    tuned = registry.add_adapter(arena_project, SMOL, adapter, "smol-tuned")
    assert tuned.kind == "gguf+adapter"
    eval_sets.held_out(arena_project, "mixed", size=2)
    path = str(arena_project.path)
    contestants = [GEMMA, "smol-server", SMOL, "smol-tuned"]
    assert main(["arena", path, "--models", ",".join(contestants), "--eval-set", "mixed",
                 "--max-tokens", "6", "--temperature", "0", "--seed", "1", "--parallel", "1",
                 "--context", "512", "--concurrency", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["answers"]["written"] == 8 and out["answers"]["failed"] == 0
    assert out["answers"]["by_model"] == {name: 2 for name in contestants}
    rows = arena_project.query(
        "SELECT m.name, m.kind, a.eval_item_id, a.text, a.completion_tokens, a.settings_key "
        "FROM eval_answers a JOIN models m ON m.id = a.model_id")
    kinds = {r["name"]: r["kind"] for r in rows}
    assert kinds == {GEMMA: "gguf", "smol-server": "remote", SMOL: "gguf",
                     "smol-tuned": "gguf+adapter"}
    assert all(r["text"] and 0 < r["completion_tokens"] <= 6 for r in rows)
    assert len({r["settings_key"] for r in rows}) == 1  # the same parameters for all
    text = {(r["name"], r["eval_item_id"]): r["text"] for r in rows}
    items = {r["eval_item_id"] for r in rows}
    assert any(text[(SMOL, i)] != text[("smol-tuned", i)] for i in items)  # the adapter acts
    assert {m["model"] for m in out["leaderboard"]["models"]} == set(contestants)
    assert all(m["votes"] == 0 for m in out["leaderboard"]["models"])

    # A blind vote between the server's answer and the bundled GGUF's.
    assert main(["vote", path, "--next", "--eval-set", "mixed", "--models",
                 f"smol-server,{GEMMA}", "--voter", "Amina", "--json"]) == 0
    pair = json.loads(capsys.readouterr().out)
    assert {pair["left"], pair["right"]} <= {text[("smol-server", i)] for i in items} | {
        text[(GEMMA, i)] for i in items}
    assert main(["vote", path, "--token", pair["token"], "--choice", "left", "--voter", "Amina",
                 "--json"]) == 0
    vote = json.loads(capsys.readouterr().out)
    assert {vote["model_a"], vote["model_b"]} == {"smol-server", GEMMA}
    assert vote["winner"] == vote["shown_left"] and vote["voter"] == "Amina"
    assert main(["leaderboard", path, "--eval-set", "mixed", "--json"]) == 0
    board = {m["model"]: m for m in json.loads(capsys.readouterr().out)["models"]}
    assert board[vote["winner"]]["wins"] == 1 and board[vote["winner"]]["votes"] == 1
    assert board[vote["winner"]]["ci_low"] is None  # one vote: no interval
    assert board[SMOL]["votes"] == board["smol-tuned"]["votes"] == 0
