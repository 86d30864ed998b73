"""Training rows: loss only on assistant tokens, tokenised as llama.cpp tokenises, and plain
sentences for bad data. These use the real GGUF vocabularies and need no training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.engine.chat_template import training_template
from core.errors import ImportFileError
from core.train.config import TrainingConfig, TrainingConfigError
from core.train.conversations import (
    IGNORE,
    ChatTemplateError,
    read_conversations,
    render,
    split_held_out,
    tokenise,
)
from core.train.fine_tune import prepare_rows
from core.train.vocabulary import LlamaCppVocabulary

TWO_TURNS = [
    {"role": "user", "content": "What is 2 plus 5?"},
    {"role": "assistant", "content": "Handloom says: 7."},
    {"role": "user", "content": "And doubled?"},
    {"role": "assistant", "content": "Handloom says: 14."},
]


def trained_text(vocabulary: LlamaCppVocabulary, ids: list[int], labels: list[int]) -> list[str]:
    """The labelled stretches of a row, decoded, one string per contiguous stretch."""
    stretches: list[list[int]] = []
    previous = IGNORE
    for token, label in zip(ids, labels, strict=True):
        if label != IGNORE:
            if previous == IGNORE:
                stretches.append([])
            stretches[-1].append(token)
        previous = label
    return [vocabulary.decode(s) for s in stretches]


def test_only_assistant_turns_carry_labels_in_smollm2_chatml(smollm2_gguf: Path) -> None:
    vocabulary = LlamaCppVocabulary.open(smollm2_gguf)
    row = tokenise(vocabulary, TWO_TURNS, vocabulary.chat_template, 512)
    text = render(vocabulary, TWO_TURNS, vocabulary.chat_template, prompt=False)
    assert vocabulary.decode(row.input_ids) == text
    assert "You are a helpful AI assistant named SmolLM" in text  # the template's system prompt
    assert trained_text(vocabulary, row.input_ids, row.labels) == [
        "Handloom says: 7.<|im_end|>\n",
        "Handloom says: 14.<|im_end|>\n",
    ]
    assert all(
        label in (IGNORE, token) for token, label in zip(row.input_ids, row.labels, strict=True)
    )


def test_gemma_base_with_chosen_template_starts_with_bos_and_masks_it(gemma_gguf: Path) -> None:
    vocabulary = LlamaCppVocabulary.open(gemma_gguf)
    assert vocabulary.chat_template is None and vocabulary.add_bos
    template = training_template("gemma")
    row = tokenise(vocabulary, TWO_TURNS, template, 512)
    assert row.input_ids[0] == vocabulary.bos_id and row.labels[0] == IGNORE
    assert row.input_ids.count(vocabulary.bos_id) == 1
    assert trained_text(vocabulary, row.input_ids, row.labels) == [
        "Handloom says: 7.<end_of_turn>\n",
        "Handloom says: 14.<end_of_turn>\n",
    ]
    # Cutting at turn boundaries gives the tokens llama.cpp gives the whole conversation.
    import llama_cpp

    reference = llama_cpp.Llama(str(gemma_gguf), vocab_only=True, verbose=False)
    whole = reference.tokenize(
        render(vocabulary, TWO_TURNS, template, False).encode(), add_bos=False, special=True
    )
    assert row.input_ids == list(whole)


def test_truncation_keeps_the_first_tokens(smollm2_gguf: Path) -> None:
    vocabulary = LlamaCppVocabulary.open(smollm2_gguf)
    row = tokenise(vocabulary, TWO_TURNS, vocabulary.chat_template, 40)
    assert len(row.input_ids) == len(row.labels) == 40


def test_a_template_that_reorders_turns_is_refused(smollm2_gguf: Path) -> None:
    vocabulary = LlamaCppVocabulary.open(smollm2_gguf)
    backwards = "{% for m in messages | reverse %}{{ m['content'] }}\n{% endfor %}"
    with pytest.raises(ChatTemplateError, match="choose another template"):
        tokenise(vocabulary, TWO_TURNS, backwards, 512)


def test_bad_lines_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        json.dumps({"messages": TWO_TURNS}) + "\n" + json.dumps({"messages": TWO_TURNS[:1]}) + "\n"
    )
    with pytest.raises(ImportFileError, match="Line 2 of rows.jsonl: has no assistant message"):
        read_conversations(path)
    path.write_text("{not json\n")
    with pytest.raises(ImportFileError, match="Line 1 of rows.jsonl: not valid JSON"):
        read_conversations(path)


def test_held_out_split_is_seeded_and_disjoint() -> None:
    rows = [[{"role": "user", "content": str(i)}] for i in range(50)]
    train, held = split_held_out(rows, 0.1, seed=3)
    assert len(held) == 5 and len(train) == 45
    assert split_held_out(rows, 0.1, seed=3) == (train, held)
    assert not {r[0]["content"] for r in train} & {r[0]["content"] for r in held}


def test_base_without_chat_template_needs_a_choice(gemma_gguf: Path, tmp_path: Path) -> None:
    data = tmp_path / "rows.jsonl"
    data.write_text(json.dumps({"messages": TWO_TURNS}) + "\n")
    config = TrainingConfig(
        base_model=str(gemma_gguf), train_data=str(data), output_dir=str(tmp_path / "out")
    )
    with pytest.raises(TrainingConfigError, match="no chat template; choose one"):
        prepare_rows(config)
    config.chat_template = "plain"
    train, _, template = prepare_rows(config)
    assert template == training_template("plain") and "### Instruction" in template
    assert train[0].input_ids[0] == 2  # Gemma's BOS


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(TrainingConfigError, match="Unknown training setting: epoch."):
        TrainingConfig.from_dict(
            {"base_model": "a", "train_data": "b", "output_dir": "c", "epoch": 3}
        )


@pytest.mark.parametrize("model", ["smollm2_gguf", "gemma_gguf"])
def test_the_vocabulary_reads_what_llama_cpp_reads(model: str, request: pytest.FixtureRequest
                                                   ) -> None:
    import llama_cpp

    path = request.getfixturevalue(model)
    vocabulary = LlamaCppVocabulary.open(path)
    reference = llama_cpp.Llama(str(path), vocab_only=True, verbose=False)
    assert vocabulary.bos_id == reference.token_bos()
    assert vocabulary.eos_id == reference.token_eos()
    assert vocabulary.chat_template == reference.metadata.get("tokenizer.chat_template")
    add_bos = reference.metadata.get("tokenizer.ggml.add_bos_token", "false") == "true"
    assert vocabulary.add_bos == add_bos
    # Text in scripts the vocabulary splits into byte pieces comes back whole.
    text = "ሰላም ለዓለም — 你好 — नमस्ते <|im_end|>"
    ids = vocabulary.encode(text)
    assert ids == reference.tokenize(text.encode(), add_bos=False, special=True)
    assert vocabulary.decode(ids) == text
