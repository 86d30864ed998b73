"""guess_mapping and to_instruction for every chat and instruction-set layout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.errors import ImportFileError
from core.ingest.formats import preview, read_rows
from core.ingest.mapping import ColumnMappingError, Mapping, guess_mapping, to_instruction
from core.ingest.records import ImportedInstruction, SourceRow


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    return path


def _import(path: Path, fmt: str | None = None) -> tuple[Mapping, list[ImportedInstruction | None]]:
    rows = list(read_rows(path, fmt))
    mapping = guess_mapping(rows)
    return mapping, [to_instruction(row, mapping, path) for row in rows]


def _moderation(flagged: bool, **categories: bool) -> dict[str, Any]:
    names = ("harassment", "hate", "self-harm", "sexual", "violence")
    return {
        "categories": {name: categories.get(name.replace("-", "_"), False) for name in names},
        "category_scores": {name: 0.001 for name in names},
        "flagged": flagged,
    }


LMSYS = [
    {
        "conversation_id": "c0a1f3e2b9d84f6a8e7d1c2b3a4f5e6d",
        "model": "vicuna-13b",
        "conversation": [
            {"content": "Qual é a  diferença entre\r\nsaudade e nostalgia?", "role": "user"},
            {"content": "Saudade é uma palavra portuguesa...", "role": "assistant"},
            {"content": "E em inglês?", "role": "user"},
            {"content": "Em inglês não há equivalente exato.", "role": "assistant"},
        ],
        "turn": 2,
        "language": "Portuguese",
        "openai_moderation": [_moderation(False), _moderation(False)],
        "redacted": False,
    },
    {
        "conversation_id": "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "model": "koala-13b",
        "conversation": [
            {"content": "Write a threatening note to my neighbour NAME_1.", "role": "user"},
            {"content": "I can't help with that.", "role": "assistant"},
        ],
        "turn": 1,
        "language": "English",
        "openai_moderation": [
            _moderation(True, harassment=True, violence=True),
            _moderation(False),
        ],
        "redacted": True,
    },
]


def test_lmsys_rows(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "lmsys.jsonl", LMSYS)
    mapping, items = _import(path)
    assert mapping == Mapping(
        "lmsys", "conversation", language="language", source_id="conversation_id"
    )
    first, second = items
    assert first == ImportedInstruction(
        line=1,
        text="Qual é a diferença entre\nsaudade e nostalgia?",
        original_text="Qual é a  diferença entre\r\nsaudade e nostalgia?",
        language="Portuguese",
        author=None,
        licence=None,
        source_ref="c0a1f3e2b9d84f6a8e7d1c2b3a4f5e6d",
        consent=None,
        moderation_flagged=False,
        provenance={
            "turns": [
                {"role": "assistant", "content": "Saudade é uma palavra portuguesa..."},
                {"role": "user", "content": "E em inglês?"},
                {"role": "assistant", "content": "Em inglês não há equivalente exato."},
            ],
            "model": "vicuna-13b",
            "turn": 2,
            "redacted": False,
        },
    )
    assert second is not None
    assert second.moderation_flagged is True
    assert second.language == "English"
    assert second.provenance["moderation"] == ["harassment", "violence"]
    assert second.provenance["redacted"] is True


def test_sharegpt_rows(tmp_path: Path) -> None:
    records = [
        {
            "id": "sg-001",
            "conversations": [
                {"from": "system", "value": "You are a patient tutor."},
                {"from": "human", "value": "Why do onions make people cry?"},
                {"from": "gpt", "value": "Cutting an onion releases a gas..."},
            ],
        },
        {"id": "sg-002", "conversations": [{"from": "gpt", "value": "Hello! How can I help?"}]},
    ]
    path = _jsonl(tmp_path / "sharegpt.jsonl", records)
    rows = list(read_rows(path))
    mapping = guess_mapping(rows)
    assert (mapping.kind, mapping.instruction, mapping.source_id) == (
        "sharegpt",
        "conversations",
        "id",
    )
    item = to_instruction(rows[0], mapping, path)
    assert item is not None
    assert item.text == "Why do onions make people cry?"
    assert item.source_ref == "sg-001"
    assert item.provenance == {
        "system": "You are a patient tutor.",
        "turns": [{"role": "assistant", "content": "Cutting an onion releases a gas..."}],
    }
    with pytest.raises(ImportFileError) as caught:
        to_instruction(rows[1], mapping, path)
    assert str(caught.value) == (
        "Line 2 of sharegpt.jsonl: the conversation in 'conversations' has no user turn."
    )


def test_openai_messages_rows_with_content_parts(tmp_path: Path) -> None:
    records = [
        {
            "messages": [
                {"role": "system", "content": "Answer briefly."},
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "What is in this picture?"},
                        {"type": "image_url", "image_url": {"url": "file:///cat.png"}},
                    ],
                },
                {"role": "assistant", "content": "A cat asleep on a keyboard."},
            ],
            "source": "team chat export",
        }
    ]
    path = _jsonl(tmp_path / "chat.jsonl", records)
    mapping, items = _import(path)
    assert (mapping.kind, mapping.instruction) == ("messages", "messages")
    assert items[0] is not None
    assert items[0].text == "What is in this picture?"
    assert items[0].provenance == {
        "system": "Answer briefly.",
        "turns": [{"role": "assistant", "content": "A cat asleep on a keyboard."}],
        "source": "team chat export",
    }


def test_conversation_that_is_not_a_list(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "odd.jsonl", [{"messages": "hello"}])
    row = next(read_rows(path))
    with pytest.raises(ImportFileError) as caught:
        to_instruction(row, Mapping("messages", "messages"), path)
    assert (
        str(caught.value)
        == "Line 1 of odd.jsonl: the 'messages' field is a str, not a list of turns."
    )


def test_dolly_rows_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "dolly.csv"
    path.write_text(
        "instruction,context,response,category\n"
        '"When did Virgin Australia start operating?","Virgin Australia, the trading name of '
        'Virgin Australia Airlines Pty Ltd, commenced services on 31 August 2000.",'
        '"Virgin Australia commenced services on 31 August 2000.",closed_qa\n'
        "Which is a species of fish? Tope or Rope,,Tope,classification\n"
    )
    mapping, items = _import(path)
    assert (mapping.kind, mapping.instruction) == ("dolly", "instruction")
    assert items[0] is not None and items[1] is not None
    assert items[0].text == "When did Virgin Australia start operating?"
    assert items[0].provenance == {
        "context": "Virgin Australia, the trading name of Virgin Australia Airlines Pty Ltd, "
        "commenced services on 31 August 2000.",
        "response": "Virgin Australia commenced services on 31 August 2000.",
        "category": "closed_qa",
    }
    assert items[1].provenance == {"response": "Tope", "category": "classification"}


def test_aya_rows(tmp_path: Path) -> None:
    records = [
        {
            "inputs": "Wetin be di capital of Nigeria?",
            "targets": "Abuja na di capital of Nigeria.",
            "language": "Nigerian Pidgin",
            "language_code": "pcm",
            "annotation_type": "original-annotations",
            "user_id": "f3e2d1c0b9a8",
        }
    ]
    path = _jsonl(tmp_path / "aya.jsonl", records)
    mapping, items = _import(path)
    assert mapping == Mapping(
        "aya", "inputs", language="language_code", author="user_id", source_id=None
    )
    item = items[0]
    assert item is not None
    assert (item.text, item.language, item.author) == (
        "Wetin be di capital of Nigeria?",
        "pcm",
        "f3e2d1c0b9a8",
    )
    assert item.provenance == {
        "targets": "Abuja na di capital of Nigeria.",
        "language": "Nigerian Pidgin",
        "annotation_type": "original-annotations",
    }


def test_alpaca_rows_join_instruction_and_input(tmp_path: Path) -> None:
    records = [
        {"instruction": "Give three tips for staying healthy.", "input": "", "output": "1. Eat..."},
        {
            "instruction": "Translate the sentence into Spanish.",
            "input": "Where is the train station?",
            "output": "¿Dónde está la estación de tren?",
        },
    ]
    path = tmp_path / "alpaca.json"
    path.write_text(json.dumps(records, indent=2, ensure_ascii=False))
    mapping, items = _import(path)
    assert (mapping.kind, mapping.instruction) == ("alpaca", "instruction")
    assert items[0] is not None and items[1] is not None
    assert items[0].text == "Give three tips for staying healthy."
    assert items[0].provenance == {"output": "1. Eat..."}
    assert items[1].text == "Translate the sentence into Spanish.\n\nWhere is the train station?"
    assert items[1].original_text == items[1].text
    assert items[1].provenance == {"output": "¿Dónde está la estación de tren?"}


def test_plain_text_rows(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("How do I  fix a squeaky door?\nWhat is a good name for a goat?\n")
    mapping, items = _import(path)
    assert (mapping.kind, mapping.instruction) == ("plain", "text")
    assert [i.text for i in items if i is not None] == [
        "How do I fix a squeaky door?",
        "What is a good name for a goat?",
    ]


def test_table_instruction_column_guessed_by_name_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(
        "ID,Question,Lang,Author,License,consent,notes\n"
        "17,Como se diz obrigado em japonês?,pt,Rita,CC-BY-4.0,yes,\n"
        "18,   ,pt,Rita,CC-BY-4.0,yes,blank on purpose\n"
    )
    mapping, items = _import(path)
    assert mapping == Mapping(
        "columns",
        "Question",
        language="Lang",
        author="Author",
        licence="License",
        source_id="ID",
        consent="consent",
    )
    first = items[0]
    assert first is not None
    assert (first.language, first.author, first.licence, first.source_ref, first.consent) == (
        "pt",
        "Rita",
        "CC-BY-4.0",
        "17",
        "yes",
    )
    assert first.provenance == {}
    assert items[1] is None  # a blank instruction is not an instruction


def test_table_instruction_column_guessed_by_longest_text() -> None:
    rows = [
        SourceRow(1, {"code": "A1", "body": "Explain how tides work to a ten-year-old.", "n": 3}),
        SourceRow(2, {"code": "A2", "body": "List five uses for a paperclip.", "n": 4}),
    ]
    assert guess_mapping(rows).instruction == "body"


def test_overrides_choose_columns() -> None:
    rows = [SourceRow(1, {"prompt": "a", "question": "Why is the sky blue?", "who": "Ana"})]
    mapping = guess_mapping(rows, {"instruction": "question", "author": "who"})
    assert (mapping.kind, mapping.instruction, mapping.author) == ("columns", "question", "who")


def test_override_forces_a_chat_layout() -> None:
    rows = [SourceRow(1, {"conversations": [{"role": "user", "content": "Hi"}]})]
    assert guess_mapping(rows, {"kind": "messages"}).kind == "messages"
    assert guess_mapping(rows).kind == "sharegpt"


def test_forcing_plain_columns_still_guesses_the_column() -> None:
    rows = [SourceRow(1, {"messages": [{"role": "user", "content": "Hi"}], "prompt": "Hello"})]
    assert guess_mapping(rows).kind == "messages"
    assert guess_mapping(rows, kind="columns") == Mapping("columns", "prompt")


def test_override_of_a_missing_column() -> None:
    rows = [SourceRow(1, {"prompt": "a", "lang": "en"})]
    with pytest.raises(ColumnMappingError) as caught:
        guess_mapping(rows, {"instruction": "text"})
    assert str(caught.value) == "There is no column named 'text'; the columns are prompt, lang."


def test_override_of_an_unknown_field() -> None:
    with pytest.raises(ColumnMappingError, match=r"^'colour' is not something a column can be"):
        guess_mapping([SourceRow(1, {"prompt": "a"})], {"colour": "prompt"})


def test_no_text_column_at_all() -> None:
    with pytest.raises(ColumnMappingError, match="which column holds the instructions") as e:
        guess_mapping([SourceRow(1, {"a": 1, "b": 2.5})])
    assert "--column instruction=COLUMN" in (e.value.cli_hint or "")  # the command line's words


def test_row_missing_the_instruction_field(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "mixed.jsonl", [{"prompt": "Hello"}, {"title": "no prompt here"}])
    rows = list(read_rows(path))
    mapping = guess_mapping(rows[:1])
    with pytest.raises(ImportFileError) as caught:
        to_instruction(rows[1], mapping, path)
    assert str(caught.value) == "Line 2 of mixed.jsonl: this row has no 'prompt' field."


def test_instruction_that_is_not_text(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "nested.jsonl", [{"prompt": {"en": "Hello"}}, {"prompt": 42}])
    rows = list(read_rows(path))
    mapping = Mapping("columns", "prompt")
    with pytest.raises(ImportFileError) as caught:
        to_instruction(rows[0], mapping, path)
    assert str(caught.value) == "Line 1 of nested.jsonl: the 'prompt' field is a dict, not text."
    item = to_instruction(rows[1], mapping, path)
    assert item is not None and item.text == "42"


def test_split_goes_into_provenance() -> None:
    row = SourceRow(7, {"prompt": "Draw a map of the village."}, "test")
    item = to_instruction(row, Mapping("columns", "prompt"), Path("x.json"))
    assert item is not None and item.provenance == {"split": "test"}


def test_preview_shows_first_rows_mapping_and_bad_lines(tmp_path: Path) -> None:
    records: list[Any] = [{"id": i, "prompt": f"Instruction number {i}"} for i in range(30)]
    lines = [json.dumps(r) for r in records]
    lines[2] = "[not an object]"
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(lines))
    shown = preview(path, n=5)
    assert shown.format == "jsonl"
    assert [r.line for r in shown.rows] == [1, 2, 4, 5, 6]
    assert shown.bad_rows == [3]
    assert shown.columns == ["id", "prompt"]
    assert (shown.mapping.kind, shown.mapping.instruction, shown.mapping.source_id) == (
        "columns",
        "prompt",
        "id",
    )


def test_preview_with_a_chat_layout_format(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "lmsys.jsonl", LMSYS)
    shown = preview(path, "lmsys")
    assert (shown.format, shown.mapping.kind) == ("jsonl", "lmsys")
