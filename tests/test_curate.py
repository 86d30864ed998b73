"""Curating a project: every filter records a reason, counts, and can be lifted."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import jobs
from core.demo import demo_file
from core.errors import HandloomError
from core.ingest.config import import_config
from core.store import instructions
from core.store.project import Project
from tests.conftest import write_jsonl


def _import_texts(
    project: Project, tmp_path: Path, texts: list[str], name: str = "a.jsonl"
) -> None:
    f = write_jsonl(tmp_path / name, [{"instruction": t, "language": "en"} for t in texts])
    jobs.start(
        project,
        "import",
        import_config([str(f)]),
    )


def _curate(project: Project, **config: object) -> dict:
    return jobs.start(project, "curate", dict(config)).result or {}


def _status(project: Project) -> dict[str, str]:
    return {r["text"]: r["status"] for r in project.query("SELECT text, status FROM instructions")}


def test_demo_duplicate_is_marked_keeping_the_first(project: Project) -> None:
    jobs.start(
        project,
        "import",
        {
            "files": [str(demo_file())],
            "format": None,
            "columns": {},
            "language": None,
            "licence": "CC0-1.0",
            "skip_bad_rows": False,
            "again": False,
        },
    )
    result = _curate(project, dedup=True)
    assert result["excluded_by_reason"] == {"duplicate": 1}
    status = _status(project)
    assert status["Explain in simple words why the sky is blue."] == "included"
    assert status["explain in simple words why the sky is blue."] == "excluded"
    assert instructions.stats(project)["included"] == 39


def test_near_duplicates_respect_the_threshold(project: Project, tmp_path: Path) -> None:
    _import_texts(
        project,
        tmp_path,
        [
            "How can I store rainwater safely for drinking at home during the dry season?",
            "How can I store rain water safely for drinking at home during the dry season?",
            "What is the best way to teach a child to ride a bicycle without training wheels?",
        ],
    )
    _curate(project, near_dup=0.7)
    assert instructions.stats(project)["excluded_by_reason"] == {"near_duplicate": 1}
    assert (
        _status(project)[
            "How can I store rain water safely for drinking at home during the dry season?"
        ]
        == "excluded"
    )
    _curate(project, near_dup=0.99)  # a stricter run replaces the looser one's marks
    assert instructions.stats(project)["excluded_by_reason"] == {}


def test_pii_exclude_redact_and_restore(project: Project, tmp_path: Path) -> None:
    email = "Please write to amina.odhiambo@example.org about the seeds."
    _import_texts(
        project,
        tmp_path,
        [email, "Call me on +254 712 345 678 tomorrow.", "In 2024 I paid 1,500 shillings."],
    )
    _curate(project, pii="exclude")
    assert instructions.stats(project)["excluded_by_reason"] == {"pii": 2}
    _curate(project, pii="redact")
    texts = [r["text"] for r in project.query("SELECT text FROM instructions ORDER BY rowid")]
    assert "amina.odhiambo@example.org" not in texts[0] and "[EMAIL]" in texts[0]
    assert "[PHONE]" in texts[1]
    assert texts[2] == "In 2024 I paid 1,500 shillings."
    assert instructions.stats(project)["excluded_by_reason"] == {}
    assert instructions.count(project, instructions.Filters(search="amina")) == 0
    _curate(project, clear=["pii"])
    assert project.scalar("SELECT text FROM instructions ORDER BY rowid LIMIT 1") == email


def test_length_language_and_regex_filters_are_reversible(project: Project, tmp_path: Path) -> None:
    _import_texts(
        project,
        tmp_path,
        ["Hi", "Tell me a story about a clever tortoise.", "Write code: print('x')"],
    )
    _curate(project, min_chars=5, regex=r"\bcode\b")
    assert instructions.stats(project)["excluded_by_reason"] == {"length": 1, "regex": 1}
    _curate(project, languages=["sw"])
    assert instructions.stats(project)["excluded_by_reason"]["language"] == 3
    _curate(project, clear=["length", "regex", "language"])
    assert instructions.stats(project)["included"] == 3


def test_an_invalid_regex_is_a_sentence(project: Project) -> None:
    with pytest.raises(HandloomError, match="not a valid regular expression"):
        _curate(project, regex="([unclosed")


def test_templated_prompts_are_found(project: Project, tmp_path: Path) -> None:
    chemicals = [
        "2-chloro-5-methylpyridine",
        "4-aminobenzoic acid",
        "3-bromophenol",
        "Ethyl acetate",
        "1,4-dioxane",
        "2-naphthol",
        "5-fluorouracil",
    ]
    templated = [
        f"Write an article about the Production Process of {c} 2000 words in chemical industry"
        for c in chemicals
    ]
    _import_texts(project, tmp_path, templated + ["How do I mend a torn fishing net?"])
    _curate(project, templates=True)
    assert instructions.stats(project)["excluded_by_reason"] == {"template": len(chemicals)}
    assert _status(project)["How do I mend a torn fishing net?"] == "included"


def test_curate_without_a_filter_says_so(project: Project) -> None:
    with pytest.raises(HandloomError, match="choose at least one filter"):
        _curate(project)
