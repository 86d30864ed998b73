"""Plain text: one instruction per line, or per block of lines between blank lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ImportFileError
from core.ingest.formats import read_rows


def test_one_instruction_per_line(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text(
        "Name three birds that live in the Andes.\n"
        "\n"
        "Kumbuka: andika barua fupi kwa mwalimu wako.\r\n"
        "   \n"
        "What should I pack for a week of hiking?"
    )
    rows = list(read_rows(path))
    assert [(r.line, r.fields) for r in rows] == [
        (1, {"text": "Name three birds that live in the Andes."}),
        (3, {"text": "Kumbuka: andika barua fupi kwa mwalimu wako."}),
        (5, {"text": "What should I pack for a week of hiking?"}),
    ]


def test_blocks_separated_by_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "blocks.txt"
    path.write_text(
        "Rewrite this paragraph so a child can follow it:\n"
        "The committee deferred the decision pending further review.\n"
        "\n"
        "\n"
        "Give me a recipe for dinner.\n"
        "\n"
        "Translate into Yoruba:\n"
        "Good morning, how did you sleep?\n"
    )
    rows = list(read_rows(path))
    assert [(r.line, r.fields["text"]) for r in rows] == [
        (
            1,
            "Rewrite this paragraph so a child can follow it:\n"
            "The committee deferred the decision pending further review.",
        ),
        (5, "Give me a recipe for dinner."),
        (7, "Translate into Yoruba:\nGood morning, how did you sleep?"),
    ]


def test_invalid_utf8_in_a_block_skips_that_block(tmp_path: Path) -> None:
    path = tmp_path / "blocks.txt"
    path.write_bytes(b"First block\nstill first\n\nSecond caf\xe9\nblock\n\nThird\nblock\n")
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value).startswith("Line 4 of blocks.txt: the text is not valid UTF-8")
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [r.line for r in rows] == [1, 7]
    assert bad == [4]


def test_invalid_utf8_line_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_bytes(b"Fine\nna\xefve\nAlso fine\n")
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [r.fields["text"] for r in rows] == ["Fine", "Also fine"]
    assert bad == [2]
