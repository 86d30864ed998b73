"""JSON lines and JSON documents: streaming, numbering, and cut-off or misshapen input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from core.errors import ImportFileError
from core.ingest.formats import read_rows
from core.ingest.textfile import CHUNK_BYTES

PROMPTS = [
    "How long should I boil an egg so the yolk stays runny?",
    "Écris un poème court sur la pluie à Paris.",
    "日本語で自己紹介の例文を書いてください。",
]


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_rows_keep_their_physical_lines_and_skip_blank_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"prompt": p}, ensure_ascii=False) for p in PROMPTS]
    path = _jsonl(tmp_path / "p.jsonl", [lines[0], "", "   ", lines[1], "\r", lines[2]])
    rows = list(read_rows(path))
    assert [(r.line, r.fields["prompt"]) for r in rows] == [
        (1, PROMPTS[0]),
        (4, PROMPTS[1]),
        (6, PROMPTS[2]),
    ]


def test_jsonl_with_windows_line_endings_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "win.jsonl"
    body = "\r\n".join(json.dumps({"prompt": p}) for p in PROMPTS) + "\r\n"
    path.write_bytes(codecs.BOM_UTF8 + body.encode())
    assert [r.fields["prompt"] for r in read_rows(path)] == PROMPTS


def test_jsonl_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    body = "\n".join(json.dumps({"prompt": p}, ensure_ascii=False) for p in PROMPTS)
    path.write_bytes(body.encode("utf-16"))
    assert [r.fields["prompt"] for r in read_rows(path)] == PROMPTS


def test_truncated_jsonl_line(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "cut.jsonl", ['{"prompt": "one"}', '{"prompt": "two"}', '{"prompt": "thr']
    )
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 3 of cut.jsonl: the line is cut off: its JSON object is not complete."
    )


def test_jsonl_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "bad.jsonl", ['{"prompt": "one"}', '{"prompt": tru}'])
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 2 of bad.jsonl: the line is not valid JSON (invalid literal, expected 'true' "
        "at column 12)."
    )


@pytest.mark.parametrize(
    ("line", "what"),
    [("[1, 2]", "a list"), ("42", "a number"), ('"just text"', "a string"), ("null", "null")],
)
def test_jsonl_line_that_is_not_an_object(tmp_path: Path, line: str, what: str) -> None:
    path = _jsonl(tmp_path / "shape.jsonl", ['{"prompt": "fine"}', line])
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == f"Line 2 of shape.jsonl: this line is {what}, not a JSON object."


def test_jsonl_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"prompt": "fine"}\n{"prompt": "caf\xe9"}\n')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 2 of latin1.jsonl: the text is not valid UTF-8 (byte 0xE9 at column 16); "
        "save the file as UTF-8 and import it again."
    )


def test_jsonl_skip_bad_rows_records_every_bad_line(tmp_path: Path) -> None:
    lines = ['{"prompt": "a"}', "[1]", '{"prompt": "b"}', '{"prompt": ', "", '{"prompt": "c"}']
    path = _jsonl(tmp_path / "mixed.jsonl", lines)
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [(r.line, r.fields["prompt"]) for r in rows] == [(1, "a"), (3, "b"), (6, "c")]
    assert bad == [2, 4]


def test_json_array_rows_are_numbered_by_record(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text(json.dumps([{"prompt": p} for p in PROMPTS], indent=2, ensure_ascii=False))
    rows = list(read_rows(path))
    assert [(r.line, r.fields["prompt"]) for r in rows] == [
        (i + 1, p) for i, p in enumerate(PROMPTS)
    ]


def test_json_array_streams_across_chunks(tmp_path: Path) -> None:
    records = [{"id": i, "prompt": f"Instruction {i}: " + "x" * (i % 500)} for i in range(12_000)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records, indent=1))
    assert path.stat().st_size > 2 * CHUNK_BYTES
    rows = list(read_rows(path))
    assert [r.fields for r in rows] == records
    assert rows[-1].line == 12_000


def test_json_array_of_numbers_split_across_a_chunk_boundary(tmp_path: Path) -> None:
    # the number 1234567 must not be read as 123 + 4567 when a chunk ends inside it
    padding = " " * (CHUNK_BYTES - len('[{"a": 1}, ') - 3)
    path = tmp_path / "edge.json"
    path.write_text('[{"a": 1}, ' + padding + '{"n": 1234567}]')
    assert [r.fields for r in read_rows(path)] == [{"a": 1}, {"n": 1234567}]


def test_truncated_json_array(tmp_path: Path) -> None:
    text = json.dumps([{"prompt": p} for p in PROMPTS], indent=2, ensure_ascii=False)
    path = tmp_path / "cut.json"
    path.write_text(text[: text.index(PROMPTS[2]) + 5], encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 9 of cut.json: the file ends in the middle of record 3 of the JSON array, "
        "which starts on line 8; it looks cut off."
    )


def test_json_array_without_closing_bracket(tmp_path: Path) -> None:
    path = tmp_path / "open.json"
    path.write_text('[\n  {"prompt": "one"},\n  {"prompt": "two"}\n')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 4 of open.json: the file ends after record 2 of the JSON array without the "
        "closing ]; it looks cut off."
    )


def test_json_array_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "syntax.json"
    path.write_text('[\n  {"prompt": "one"},\n  {"prompt": "two" "x"}\n]\n')
    with pytest.raises(
        ImportFileError, match=r"^Line 3 of syntax.json: record 2 of the JSON array"
    ):
        list(read_rows(path))


def test_json_array_element_of_the_wrong_shape_can_be_skipped(tmp_path: Path) -> None:
    path = tmp_path / "shape.json"
    path.write_text('[\n{"prompt": "one"},\n"stray text",\n{"prompt": "two"}\n]')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 3 of shape.json: record 2 of the JSON array is a string, not an object."
    )
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [(r.line, r.fields["prompt"]) for r in rows] == [(1, "one"), (3, "two")]
    assert bad == [2]


def test_text_after_the_array(tmp_path: Path) -> None:
    path = tmp_path / "after.json"
    path.write_text('[{"prompt": "one"}]\n[{"prompt": "two"}]\n')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert (
        str(caught.value) == "Line 2 of after.json: there is more text after the JSON array ends."
    )


def test_json_object_wrapping_splits(tmp_path: Path) -> None:
    path = tmp_path / "splits.json"
    document = {
        "version": "1.0",
        "train": [{"prompt": PROMPTS[0]}, {"prompt": PROMPTS[1]}],
        "test": [{"prompt": PROMPTS[2]}],
    }
    path.write_text(json.dumps(document, ensure_ascii=False))
    rows = list(read_rows(path))
    assert [(r.line, r.split, r.fields["prompt"]) for r in rows] == [
        (1, "train", PROMPTS[0]),
        (2, "train", PROMPTS[1]),
        (3, "test", PROMPTS[2]),
    ]


def test_json_object_wrapping_one_list_has_no_split(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text(json.dumps({"data": [{"prompt": p} for p in PROMPTS]}, indent=4))
    rows = list(read_rows(path))
    assert [(r.line, r.split) for r in rows] == [(1, None), (2, None), (3, None)]


def test_single_json_object_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"prompt": PROMPTS[0]}, indent=2))
    assert [(r.line, r.fields) for r in read_rows(path)] == [(1, {"prompt": PROMPTS[0]})]


def test_json_lines_saved_as_json_are_read_line_by_line(tmp_path: Path) -> None:
    long_first = {"prompt": "Please review: " + "lorem ipsum " * 8000}  # first line > 64 KiB
    path = tmp_path / "lines.json"
    path.write_text("\n".join(json.dumps(r) for r in [long_first, {"prompt": "two"}]) + "\n")
    rows = list(read_rows(path))
    assert [(r.line, r.fields["prompt"][:6]) for r in rows] == [(1, "Please"), (2, "two")]


def test_pretty_printed_objects_one_after_another(tmp_path: Path) -> None:
    path = tmp_path / "concatenated.json"
    path.write_text('{\n "prompt": "one"\n}\n{\n "prompt": "two"\n}\n')
    rows = list(read_rows(path))
    assert [(r.line, r.fields["prompt"]) for r in rows] == [(1, "one"), (4, "two")]


def test_truncated_json_object_document(tmp_path: Path) -> None:
    path = tmp_path / "cut_object.json"
    path.write_text('{\n  "data": [\n    {"prompt": "one"},\n    {"prompt": "tw')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 4 of cut_object.json: the file ends in the middle of the JSON object, "
        "which starts on line 1; it looks cut off."
    )


def test_json_that_is_neither_array_nor_object(tmp_path: Path) -> None:
    path = tmp_path / "scalar.json"
    path.write_text('\n"hello"\n')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path, "json"))
    assert str(caught.value) == (
        "Line 2 of scalar.json: the file is not a JSON array or object: it starts with '\"'."
    )


def test_invalid_utf8_inside_a_json_array(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'[\n{"prompt": "one"},\n{"prompt": "caf\xe9"}\n]\n')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 3 of latin1.json: the text is not valid UTF-8; save the file as UTF-8 and import "
        "it again."
    )


def test_broken_first_line_of_json_lines_is_reported_as_a_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "first.jsonl", ['{"prompt": "one', '{"prompt": "two"}'])
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 1 of first.jsonl: the line is cut off: its JSON object is not complete."
    )
    bad: list[int] = []
    assert [r.line for r in read_rows(path, skip_bad_rows=True, bad_rows=bad)] == [2]
    assert bad == [1]
