"""Build small projects fast with plain SQL: sources, instructions, models, responses,
judgements, reviews, follow-ups, translations, trainings and arena votes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.store.ids import new_id, now
from core.store.project import Project


@dataclass
class Builder:
    """Inserts rows the way the pipeline's jobs would, with ``created_by`` = ``curator``."""

    project: Project
    curator: str = "Test Curator"
    made: dict[str, list[str]] = field(default_factory=dict)

    def _insert(self, table: str, values: dict[str, Any]) -> str:
        with self.project.write() as conn:
            conn.execute(
                f"INSERT INTO {table}({','.join(values)}) VALUES ({','.join('?' * len(values))})",
                list(values.values()),
            )
        key = values.get("id") or values.get("instruction_id")
        self.made.setdefault(table, []).append(str(key))
        return str(key)

    def _stamp(self, at: str | None = None) -> dict[str, str]:
        return {"created_by": self.curator, "created_at": at or now()}

    def source(self, name: str, licence: str | None, *, fmt: str = "csv",
               location: str | None = None, rows: int = 0) -> str:
        return self._insert("sources", {
            # Someone else's folder, which no machine running the tests has (a plain
            # /home/amina may exist, and the export dialog would start there).
            "id": new_id(), "name": name,
            "location": location or f"/home/amina-{new_id()[-8:]}/{name}",
            "format": fmt, "licence": licence, "state": "done", "rows_imported": rows,
            **self._stamp()})

    def model(self, name: str, licence: str | None, **extra: Any) -> str:
        return self._insert("models", {
            "id": new_id(), "name": name, "kind": "gguf", "path": f"/models/{name}.gguf",
            "licence": licence, "architecture": "llama", "parameters": 135_000_000,
            "quantisation": "Q4_1", **extra, **self._stamp()})

    def instruction(self, text: str, language: str, source: str | None, *,
                    status: str = "included", parent: str | None = None,
                    licence: str | None = None, reasons: tuple[str, ...] = ()) -> str:
        iid = self._insert("instructions", {
            "id": new_id(), "text": text, "language": language, "source_id": source,
            "parent_id": parent, "licence": licence, "status": status, **self._stamp()})
        for reason in reasons:
            with self.project.write() as conn:
                conn.execute(
                    "INSERT INTO exclusions(instruction_id, reason, created_by, created_at) "
                    "VALUES (?, ?, ?, ?)", [iid, reason, self.curator, now()])
        return iid

    def translation(self, original: str, text: str, source_language: str, target: str,
                    model: str) -> str:
        iid = self.instruction(text, target, None, parent=original)
        self._insert("translations", {
            "instruction_id": iid, "original_id": original, "source_language": source_language,
            "target_language": target, "model_id": model, "machine_text": text, **self._stamp()})
        return iid

    def response(self, instruction: str, model: str, text: str, *, sample: int = 0,
                 selected: bool = False, settings: dict[str, Any] | None = None) -> str:
        settings = settings or {"samples": 1, "max_tokens": 512, "temperature": 0.7,
                                "top_p": 0.95, "seed": 7}
        return self._insert("responses", {
            "id": new_id(), "instruction_id": instruction, "model_id": model,
            "settings_key": "k" + str(settings.get("temperature")), "sample_index": sample,
            "text": text, "settings": json.dumps(settings), "selected": int(selected),
            "completion_tokens": len(text.split()), **self._stamp()})

    def judgement(self, response: str, judge: str, score: float, at: str | None = None) -> str:
        return self._insert("judgements", {
            "id": new_id(), "response_id": response, "judge_model_id": judge, "score": score,
            "rationale": "because", **self._stamp(at)})

    def review(self, kind: str, target: str, action: str, *, new_text: str | None = None,
               at: str | None = None, by: str | None = None) -> str:
        stamp = self._stamp(at)
        if by:
            stamp["created_by"] = by
        return self._insert("reviews", {
            "id": new_id(), "target_kind": kind, "target_id": target, "action": action,
            "new_text": new_text, **stamp})

    def followup(self, response: str, model: str, user: str, assistant: str,
                 kept: bool = True, score: float = 9) -> str:
        return self._insert("followups", {
            "id": new_id(), "response_id": response, "model_id": model, "user_text": user,
            "assistant_text": assistant, "score": score, "kept": int(kept), **self._stamp()})


@dataclass
class Tales:
    """The standard small project and what it is made of."""

    project: Project
    b: Builder
    sw: list[str]  # Swahili instructions from the CC-BY-4.0 file
    en: list[str]  # English instructions from the Apache-2.0 Hub dataset
    translated: str
    excluded: dict[str, str]  # reason -> instruction id
    unanswered: str
    responses: dict[str, str]  # instruction id -> its (first) response id
    extra_sample: str  # a second, selected sample for sw[0]
    rejected: str  # response rejected in review
    accepted: str  # response accepted in review
    edited: str  # response whose text a reviewer edited
    edit_text: str
    two_turn: str  # response with a kept follow-up
    scores: dict[str, float]  # response id -> newest judge score (failed ones left out)
    generator: str
    judge: str
    translator: str


SW_TEXTS = ["Eleza jinsi mvua inavyonyesha.", "Andika shairi fupi kuhusu bahari.",
            "Nipe ushauri wa kupika wali.", "Kwa nini anga ni la buluu?",
            "Taja miji mitatu ya Kenya."]
EN_TEXTS = ["How do I repair a bicycle tyre?", "Write a haiku about dawn.",
            "Explain compound interest simply."]


def build_tales(project: Project) -> Tales:
    """The rows of ``Tales``, in one transaction (one fsync instead of a hundred)."""
    with project.write():
        return _build_tales(project)


def _build_tales(project: Project) -> Tales:
    b = Builder(project)
    file_src = b.source("hadithi.csv", "CC-BY-4.0", rows=len(SW_TEXTS) + 2)
    hub_src = b.source("acme/questions", "Apache-2.0", fmt="hf", location="acme/questions",
                       rows=len(EN_TEXTS) + 1)
    generator = b.model("SmolLM2-135M-Instruct", "Apache-2.0")
    judge = b.model("gemma-judge", "Gemma Terms of Use")
    translator = b.model("translator", "Apache-2.0")
    sw = [b.instruction(t, "sw", file_src) for t in SW_TEXTS]
    en = [b.instruction(t, "en", hub_src) for t in EN_TEXTS]
    excluded = {
        "duplicate": b.instruction(SW_TEXTS[0], "sw", file_src, status="excluded",
                                   reasons=("duplicate",)),
        "pii": b.instruction("Nambari yangu ni 0712 345 678", "sw", file_src,
                             status="excluded", reasons=("pii",)),
    }
    unanswered = b.instruction("What is a good name for a goat?", "en", hub_src)
    translated = b.translation(en[0], "Ninawezaje kurekebisha tairi la baiskeli?", "en", "sw",
                               translator)
    responses = {i: b.response(i, generator, f"Jibu la {n}") for n, i in
                 enumerate([*sw, *en, translated])}
    extra = b.response(sw[0], generator, "Jibu bora zaidi", sample=1, selected=True)
    scores: dict[str, float] = {}
    for n, (_, rid) in enumerate(sorted(responses.items())):
        score = float(3 + n % 7)
        b.judgement(rid, judge, score)
        scores[rid] = score
    failed = responses[en[2]]
    b.judgement(failed, judge, -1, at="2999-01-01T00:00:00.000+00:00")  # newest: failed
    scores.pop(failed)
    rejected, accepted, edited = responses[sw[1]], responses[sw[2]], responses[sw[3]]
    b.review("response", rejected, "accept", at="2025-01-01T00:00:00.000+00:00")
    b.review("response", rejected, "reject", at="2025-01-02T00:00:00.000+00:00")
    b.review("response", accepted, "accept")
    edit_text = "Anga ni la buluu kwa sababu ya mtawanyiko wa mwanga."
    b.review("response", edited, "edit", new_text=edit_text)
    two_turn = responses[en[1]]
    b.followup(two_turn, generator, "Now one about dusk.", "Dusk settles softly.")
    return Tales(project, b, sw, en, translated, excluded, unanswered, responses, extra,
                 rejected, accepted, edited, edit_text, two_turn, scores, generator, judge,
                 translator)


# The losses add_training records: (step, training loss, held-out loss or None).
LOSSES = [(1, 3.2, None), (2, 2.9, None), (3, 2.6, 2.75), (4, 2.2, None), (5, 2.3, None),
          (6, 2.1, 2.4)]


def add_training(t: Tales, output: Path, *, name: str = "tales-sw-lora") -> str:
    """A finished training of a Gemma base on some of the tales' responses, with adapter
    files on disk, the ``LOSSES`` of six steps, and people's arena votes: two wins and a tie
    against the generator."""
    b = t.b
    base = b.model("gemma-3-270m", "Gemma Terms of Use", bundled="gemma3-270m")
    tuned = b.model(name, "Gemma Terms of Use", kind="gguf+adapter")
    adapter = output / "adapter"
    adapter.mkdir(parents=True)
    (adapter / "adapter_config.json").write_text('{"r": 8}')
    (adapter / "adapter_model.safetensors").write_bytes(b"\0" * 64)
    (adapter / "README.md").write_text("stub card written by peft")
    (output / "adapter.gguf").write_bytes(b"GGUF" + b"\0" * 60)
    (output / "checkpoints").mkdir()
    (output / "checkpoints" / "optimizer.pt").write_bytes(b"\0" * 16)
    config = {"base_model": "/models/gemma.gguf", "train_data": "/tmp/rows.jsonl",
              "output_dir": str(output), "epochs": 2.0, "learning_rate": 0.0002, "lora_r": 8}
    training = b._insert("trainings", {
        "id": new_id(), "name": name, "base_model_id": base, "tuned_model_id": tuned,
        "backend": "torch", "config": json.dumps(config), "output_dir": str(output),
        "state": "done", "result": json.dumps({"adapter_dir": str(adapter),
                                               "gguf_adapter": str(output / "adapter.gguf")}),
        **b._stamp()})
    trained = [t.responses[i] for i in [*t.sw, *t.en]]
    with t.project.write() as conn:
        conn.executemany(
            "INSERT INTO train_metrics(training_id, step, loss, eval_loss, recorded_at) "
            "VALUES (?, ?, ?, ?, ?)", [(training, *point, now()) for point in LOSSES])
        conn.executemany(
            "INSERT INTO train_rows(training_id, response_id, split) VALUES (?, ?, ?)",
            [(training, rid, "eval" if n == 0 else "train") for n, rid in enumerate(trained)])
    eval_set = b._insert("eval_sets", {"id": new_id(), "name": "everyday", "kind": "arena",
                                       **b._stamp()})
    for position, outcome in enumerate(["a", "b", "tie"]):
        item = b._insert("eval_items", {"id": new_id(), "eval_set_id": eval_set,
                                        "text": f"question {position}", "position": position})
        a_side, b_side = (tuned, t.generator) if outcome != "b" else (t.generator, tuned)
        b._insert("arena_votes", {"id": new_id(), "eval_item_id": item, "model_a": a_side,
                                  "model_b": b_side, "shown_left": a_side, "outcome": outcome,
                                  "voter": "Amina", **b._stamp()})
    return training
