"""Glossary files, their injection into the prompt, and prompt versions per language pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ImportFileError
from core.store.project import Project
from core.translate import glossary, prompt
from core.translate.glossary import GlossaryTerm


def write(tmp_path: Path, text: str, name: str = "terms.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_glossary_with_a_header_and_quoted_terms_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, 'source,target\nsoil erosion,erosión del suelo\n"farm, small",granja\n')
    assert glossary.read_csv(path) == [
        GlossaryTerm("soil erosion", "erosión del suelo"),
        GlossaryTerm("farm, small", "granja"),
    ]
    tsv = write(tmp_path, "hike\tcaminata\n", "terms.tsv")
    assert glossary.read_csv(tsv) == [GlossaryTerm("hike", "caminata")]


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("soil,suelo\nfarm,granja,extra\n", 2, "expected two columns"),
        ("soil,suelo\n\nfarm\n", 3, "expected two columns"),
        ("soil,suelo\nfarm,\n", 2, "the target term is empty"),
        ('soil,suelo\nfarm,"granja\n', 2, "not valid CSV"),
    ],
)
def test_a_bad_glossary_names_the_line(
    tmp_path: Path, content: str, line: int, problem: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        glossary.read_csv(write(tmp_path, content))
    assert str(caught.value).startswith(f"Line {line} of terms.csv: {problem}")


def test_terms_are_found_as_whole_words_ignoring_case_longest_first() -> None:
    terms = [
        GlossaryTerm("soil", "suelo"),
        GlossaryTerm("soil erosion", "erosión del suelo"),
        GlossaryTerm("farm", "granja"),
        GlossaryTerm("東京", "Tokio"),
    ]
    text = "Summarise the causes of Soil Erosion on small farms."
    assert glossary.terms_in(text, terms) == [terms[1], terms[0]]  # "farms" is not "farm"
    assert glossary.terms_in("我住在東京。", terms) == [terms[3]]  # no spaces in Chinese


def test_terms_are_stored_per_pair_and_injected_only_when_they_occur(
    project: Project, tmp_path: Path
) -> None:
    path = write(tmp_path, "soil erosion,erosión del suelo\nhike,caminata\n")
    assert glossary.import_csv(project, path, "en", "es") == 2
    glossary.save_terms(project, [GlossaryTerm("hike", "excursión")], "en", "es")  # updated
    terms = glossary.terms(project, "en", "es")
    assert terms == [
        GlossaryTerm("hike", "excursión"),
        GlossaryTerm("soil erosion", "erosión del suelo"),
    ]
    assert glossary.terms(project, "en", "sw") == []
    template = prompt.in_use(project, "en", "es")
    text = "What causes soil erosion?"
    rendered = prompt.render(template, text, glossary.terms_in(text, terms))
    assert "soil erosion = erosión del suelo" in rendered and "hike" not in rendered
    assert rendered.endswith("English: What causes soil erosion?\nSpanish:")
    plain = prompt.render(template, "Why is the sky blue?", [])
    assert "Use these" not in plain and "{glossary}" not in plain


def test_the_default_prompt_is_few_shot_where_examples_exist(project: Project) -> None:
    spanish = prompt.current_template(project, "en", "es")
    assert spanish.version == 0 and spanish.id is None
    assert "English: Where is the nearest bus stop?\nSpanish: ¿Dónde" in spanish.text
    assert prompt.answer_label(spanish) == "English:"
    yoruba = prompt.default_template("en", "yo")
    assert "Yoruba" in yoruba and "bus stop" not in yoruba and "{text}" in yoruba


def test_editing_a_prompt_makes_a_new_version(project: Project) -> None:
    first = prompt.in_use(project, "en", "sw")
    assert first.version == 1 and first.created_by == "Test Curator"
    edited = prompt.save_template(project, "en", "sw", "Kiingereza: {text}\nKiswahili:")
    assert edited.version == 2
    assert prompt.save_template(project, "en", "sw", edited.text).version == 2  # unchanged
    assert [t.version for t in prompt.versions(project, "en", "sw")] == [1, 2]
    assert prompt.current_template(project, "en", "sw").text == edited.text
    assert prompt.answer_label(edited) == "Kiingereza:"
    with pytest.raises(prompt.PromptTemplateError, match=r"\{text\}"):
        prompt.save_template(project, "en", "sw", "Translate this.")
