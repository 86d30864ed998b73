"""Macro-languages and variants: one stored code per language, the variant kept beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import jobs
from core.curate.language import LanguageIdentifier
from core.languages import language_variant, normalise_language
from core.store.project import Project
from tests.conftest import write_jsonl


@pytest.mark.parametrize(
    ("label", "code", "variant"),
    [
        # Kurdish: Kurmanji, Sorani and Southern Kurdish are stored as ku, the member kept.
        ("kmr", "ku", "kmr"),
        ("ckb", "ku", "ckb"),
        ("sdh", "ku", "sdh"),
        ("__label__ckb", "ku", "ckb"),
        ("ku", "ku", None),
        ("Kurdish", "ku", None),
        # Serbo-Croatian: the standards keep their codes; the whole is sh, not Serbian.
        ("hr", "hr", None),
        ("bs", "bs", None),
        ("sr", "sr", None),
        ("sr-Latn", "sr", "Latn"),
        ("sr@latin", "sr", "Latn"),
        ("sr-Cyrl-RS", "sr", "Cyrl"),
        ("sh", "sh", None),
        ("hbs", "sh", None),
        # Norwegian: Bokmål is stored as no (what identifiers say), Nynorsk keeps nn.
        ("nb", "no", "nb"),
        ("nob", "no", "nb"),
        ("nb_NO", "no", "nb"),
        ("no", "no", None),
        ("nn", "nn", None),
        ("nno", "nn", None),
        # Malay and Indonesian stay two languages; Standard Malay is plain Malay.
        ("ms", "ms", None),
        ("zsm", "ms", None),
        ("id", "id", None),
        ("ind", "id", None),
        # Chinese: one code, the script (or Cantonese) as the variant.
        ("zh", "zh", None),
        ("cmn", "zh", None),
        ("zh-Hant", "zh", "Hant"),
        ("zh-Hans", "zh", "Hans"),
        ("zh-TW", "zh", "Hant"),
        ("zh_HK", "zh", "Hant"),
        ("zh-CN", "zh", "Hans"),
        ("yue", "zh", "yue"),
    ],
)
def test_variants_map_consistently(label: str, code: str, variant: str | None) -> None:
    assert normalise_language(label) == code
    assert language_variant(label) == variant


def test_the_script_tells_kurmanji_from_sorani() -> None:
    assert language_variant("ku", "Latn") == "kmr"
    assert language_variant("ku", "Arab") == "ckb"
    assert language_variant("ku", None) is None


def test_identified_kurdish_and_chinese_keep_their_variant(tmp_path: Path) -> None:
    rows = [
        {"instruction": "Zarokên min dixwazin bi min re biçin bazarê û fêkiyan bikirin."},  # Kurmanji
        {"instruction": "من دەمەوێت نان و شیر بکڕم. بازاڕ لە کوێیە؟"},  # Sorani
        {"instruction": "我想買麵包和牛奶。市場在哪裡？"},  # traditional characters
        {"instruction": "我想买面包和牛奶。市场在哪里？"},  # simplified characters
        {"instruction": "Where is the market?", "language": "nb-NO"},  # given by the source
    ]
    source = write_jsonl(tmp_path / "rows.jsonl", rows)
    project = Project.create(tmp_path / "variants.handloom")
    try:
        config = {"files": [str(source)], "format": None, "columns": {}, "language": None,
                  "licence": None, "skip_bad_rows": False, "again": False}
        assert jobs.start(project, "import", config).state == "done"
        found = [
            (r["language"], r["language_variant"])
            for r in project.query(
                "SELECT language, language_variant FROM instructions ORDER BY source_line"
            )
        ]
    finally:
        project.close()
    assert found == [("ku", "kmr"), ("ku", "ckb"), ("zh", "Hant"), ("zh", "Hans"), ("no", "nb")]


def test_identifiers_answers_are_stored_codes() -> None:
    supported = LanguageIdentifier().supported_languages()
    assert {"ku", "no", "nn", "ms", "id", "zh", "hr", "bs", "sr"} <= supported
    assert not {"kmr", "ckb", "nb", "cmn", "zsm"} & supported
