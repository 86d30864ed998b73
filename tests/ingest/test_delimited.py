"""CSV and TSV: delimiters, quoted multi-line fields, encodings and broken records."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from core.errors import ImportFileError
from core.ingest.formats import read_rows

MULTILINE_CSV = (
    "id,prompt,language\n"
    '1,"Write a short letter to my landlord\n'
    "asking to fix the heating.\n"
    'Keep it polite.",en\n'
    "2,Explique-moi la photosynthèse simplement,fr\n"
    "\n"
    '3,"Quote ""this"" for me, please",en\n'
    '4,"Two\r\nlines",en\n'
)


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_multiline_records_start_on_the_right_line(tmp_path: Path) -> None:
    rows = list(read_rows(_write(tmp_path / "prompts.csv", MULTILINE_CSV)))
    assert [row.line for row in rows] == [2, 5, 7, 8]
    assert rows[0].fields == {
        "id": "1",
        "prompt": "Write a short letter to my landlord\nasking to fix the heating.\nKeep it polite.",
        "language": "en",
    }
    assert rows[2].fields["prompt"] == 'Quote "this" for me, please'
    assert rows[3].fields["prompt"] == "Two\r\nlines"


def test_tsv_by_extension(tmp_path: Path) -> None:
    text = "prompt\tauthor\nHow do I patch a bike tyre?\tAmina\nWhat rhymes with orange?\tJo\n"
    rows = list(read_rows(_write(tmp_path / "prompts.tsv", text)))
    assert [(r.line, r.fields["prompt"], r.fields["author"]) for r in rows] == [
        (2, "How do I patch a bike tyre?", "Amina"),
        (3, "What rhymes with orange?", "Jo"),
    ]


def test_semicolon_delimiter_is_sniffed(tmp_path: Path) -> None:
    text = "prompt;language\nWie spät ist es in Tokio, wenn es hier 9 Uhr ist?;de\n"
    rows = list(read_rows(_write(tmp_path / "excel.csv", text)))
    assert rows[0].fields == {
        "prompt": "Wie spät ist es in Tokio, wenn es hier 9 Uhr ist?",
        "language": "de",
    }


def test_tab_separated_file_named_csv_is_sniffed(tmp_path: Path) -> None:
    text = "prompt\tlanguage\nHello, how are you?\ten\n"
    rows = list(read_rows(_write(tmp_path / "tabs.csv", text)))
    assert rows[0].fields == {"prompt": "Hello, how are you?", "language": "en"}


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "prompt\nQu'est-ce qu'un haïku ?\n".encode())
    rows = list(read_rows(path))
    assert rows[0].fields == {"prompt": "Qu'est-ce qu'un haïku ?"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "excel.csv"
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-16-le": codecs.BOM_UTF16_LE}.get(encoding, b"")
    path.write_bytes(bom + MULTILINE_CSV.encode(encoding))
    rows = list(read_rows(path))
    assert [row.line for row in rows] == [2, 5, 7, 8]
    assert rows[1].fields["prompt"] == "Explique-moi la photosynthèse simplement"


def test_old_mac_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b'prompt,language\r"Two\rlines",en\rOne line,en\r')
    rows = list(read_rows(path))
    assert [(r.line, r.fields["prompt"]) for r in rows] == [(2, "Two\nlines"), (4, "One line")]


def test_duplicate_and_empty_header_names_are_made_unique(tmp_path: Path) -> None:
    rows = list(read_rows(_write(tmp_path / "h.csv", "text,text,\na,b,c\n")))
    assert rows[0].fields == {"text": "a", "text_2": "b", "column_3": "c"}


def test_short_rows_are_padded_and_empty_trailing_fields_tolerated(tmp_path: Path) -> None:
    rows = list(read_rows(_write(tmp_path / "p.csv", "prompt,language\nHi there\nHello,en,,\n")))
    assert rows[0].fields == {"prompt": "Hi there", "language": None}
    assert rows[1].fields == {"prompt": "Hello", "language": "en"}


def test_unclosed_quote_names_the_line_where_the_record_starts(tmp_path: Path) -> None:
    text = 'prompt,language\nFine,en\n"Broken here,en\nthis line is swallowed,en\n'
    path = _write(tmp_path / "broken.csv", text)
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 3 of broken.csv: a quoted field that starts in this record is never closed "
        "(the file ends inside the quotes)."
    )
    assert caught.value.line == 3


def test_unclosed_quote_is_not_skippable(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.csv", 'prompt\nFine\n"Broken\nmore\n')
    with pytest.raises(ImportFileError, match="Line 3 of broken.csv"):
        list(read_rows(path, skip_bad_rows=True, bad_rows=[]))


def test_row_with_more_fields_than_the_header(tmp_path: Path) -> None:
    text = "prompt,language\nFine,en\nWhere is Lima, Peru?,es\nAlso fine,en\n"
    path = _write(tmp_path / "extra.csv", text)
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 3 of extra.csv: this record has 3 fields but the header has 2; "
        "a field with a delimiter in it probably needs quotes."
    )
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [r.fields["prompt"] for r in rows] == ["Fine", "Also fine"]
    assert bad == [3]


def test_text_after_a_closing_quote_is_a_bad_record(tmp_path: Path) -> None:
    text = 'prompt,language\n"Fine",en\n"Quoted"tail,en\nNext,en\n'
    path = _write(tmp_path / "tail.csv", text)
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 3 of tail.csv: this record is not valid CSV: a closing quote is followed by more "
        'text (a quote inside a quoted field must be doubled, "").'
    )
    bad: list[int] = []
    assert [r.line for r in read_rows(path, skip_bad_rows=True, bad_rows=bad)] == [2, 4]
    assert bad == [3]


def test_invalid_utf8_names_the_line_even_inside_a_multiline_record(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b'prompt,language\nFine,en\n"Starts fine\nthen caf\xe9",fr\nNext,en\n')
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 4 of latin1.csv: the text is not valid UTF-8 (byte 0xE9 at column 9); "
        "save the file as UTF-8 and import it again."
    )
    bad: list[int] = []
    rows = list(read_rows(path, skip_bad_rows=True, bad_rows=bad))
    assert [r.line for r in rows] == [2, 5]
    assert bad == [3]


def test_a_runaway_quote_stops_at_the_record_limit(tmp_path: Path) -> None:
    body = "".join(f"instruction number {i},en\n" for i in range(60_000))
    path = _write(tmp_path / "runaway.csv", 'prompt,language\nOk,en\n"oops,en\n' + body)
    with pytest.raises(ImportFileError) as caught:
        list(read_rows(path))
    assert str(caught.value) == (
        "Line 3 of runaway.csv: the record that starts here is over 1 MB long; "
        "a quoted field is probably never closed."
    )
