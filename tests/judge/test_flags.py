"""Rule flags on crafted responses, and recomputing them over a project."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.curate.language import LanguageIdentifier
from core.judge.flags import detect
from core.store.project import Project
from tests.judge.conftest import add_response, instruction_ids

_identifier = LanguageIdentifier()


def identify(text: str) -> tuple[str | None, float]:
    return _identifier.identify([text])[0]


def names(text: str, finish: str = "stop", language: str | None = "en") -> set[str]:
    return {f.name for f in detect(text, finish, language, identify)}


GOOD_ANSWERS = [
    ("The capital of France is Paris, which is also its largest city.", "en"),
    ("1. Red\n2. Orange\n3. Yellow\n4. Green\n5. Blue\n6. Indigo\n7. Violet", "en"),
    ("Here is how:\n```python\nfor i in range(3):\n    print(i)\n```\nIt prints 0, 1 and 2.", "en"),
    ("Oui.", "en"),  # too short to name a language: not called wrong
    ("Paris.", "fr"),
    ("Mji mkuu wa Ufaransa ni Paris, ambao pia ndio mji mkubwa zaidi nchini humo.", "sw"),
    ("フランスの首都はパリです。パリはフランスで最も大きな都市でもあります。", "ja"),
    ("Step one: mix the flour and the water. Step two: knead the dough for ten minutes. "
     "Step three: let it rest for an hour before baking it.", "en"),
    ("I'm sorry to hear that your cat is ill; a vet can tell you what is wrong.", "en"),
    ("Print it three times:\n```python\nprint(\"hello world\")\nprint(\"hello world\")\n"
     "print(\"hello world\")\n```\nEach call writes one line.", "en"),
]


@pytest.mark.parametrize(("text", "language"), GOOD_ANSWERS)
def test_good_answers_carry_no_flag(text: str, language: str) -> None:
    assert names(text, language=language) == set()


def test_empty_and_truncated() -> None:
    assert names("") == {"empty"}
    assert names("  \n ... ") == {"empty"}
    assert names("The rainbow has seven colours: red, orange, yellow", "length") == {"truncated"}


LOOPS = [
    "The sea is big. " * 12,
    "I love the sea and the sea loves me and the waves are blue and " * 4,
    "Paris is nice.\nParis is lovely.\nThe end of the story.\nThe end of the story.\n"
    "The end of the story.\nThe end of the story.",
    "Hello!" + "!" * 40,
    "海はとても広くて青いです。" * 6,
    "The answer is 4. " + "Let me explain again why the answer is four, " * 5,
]


@pytest.mark.parametrize("text", LOOPS)
def test_looping_text_is_flagged_as_repetition(text: str) -> None:
    language = "ja" if "海" in text else "en"
    flags = detect(text, "stop", language, identify)
    assert "repetition" in {f.name for f in flags}
    assert all(f.detail for f in flags)


def test_wrong_language_needs_enough_text_and_confidence() -> None:
    french = ("La capitale de la France est Paris, une ville connue dans le monde entier pour "
              "la tour Eiffel et ses musées.")
    assert names(french, language="en") == {"wrong_language"}
    assert names(french, language="fr") == set()
    assert names("Bonjour!", language="en") == set()
    # An instruction without a known language is never called wrong.
    assert names(french, language=None) == set()
    # Code does not count as prose in another language.
    code = "```\nSELECT name, count(*) FROM users GROUP BY name ORDER BY count(*) DESC;\n```"
    assert names(code, language="sw") == set()
    detail = next(f.detail for f in detect(french, "stop", "en", identify))
    assert "fr" in detail and "en" in detail


REFUSALS = [
    ("As an AI language model, I do not have personal opinions about the sea.", "en"),
    ("I'm sorry, but I can't help with that request.", "en"),
    ("I’m sorry, but I can’t assist with that.", "en"),  # curly apostrophes
    ("I cannot help with that.", "en"),
    ("Lo siento, pero no puedo ayudarte con eso.", "es"),
    ("Je suis désolé, mais je ne peux pas répondre à cette question.", "fr"),
    ("Es tut mir leid, aber ich kann dabei nicht helfen.", "de"),
    ("Извините, но я не могу помочь с этим запросом.", "ru"),
    ("申し訳ありませんが、その質問にはお答えできません。", "ja"),
    ("抱歉，我无法提供这方面的帮助。", "zh"),
    ("Samahani, siwezi kukusaidia na ombi hilo.", "sw"),
    ("Desculpe, mas não posso ajudar com isso.", "pt"),
]


@pytest.mark.parametrize(("text", "language"), REFUSALS)
def test_refusal_boilerplate_in_several_languages(text: str, language: str) -> None:
    assert "refusal" in names(text, language=language)


def test_flags_are_stored_and_recomputed(judge_project: Project,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    project = judge_project
    ids = instruction_ids(project)
    looping = add_response(project, ids[0], "Paris is the capital. " * 10)
    cut = add_response(project, ids[1], "A spider has eight", finish_reason="length")
    fine = add_response(project, ids[2], "The sea is wide, deep and full of life.")
    empty = add_response(project, ids[3], "")
    path = str(project.path)
    assert main(["flag", path, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["responses"] == 4
    assert result["flags"] == {"empty": 1, "truncated": 1, "repetition": 1,
                               "wrong_language": 0, "refusal": 0}
    stored = {(r["response_id"], r["flag"]) for r in project.query(
        "SELECT response_id, flag FROM response_flags")}
    assert stored == {(looping, "repetition"), (cut, "truncated"), (empty, "empty")}
    assert not any(r == fine for r, _ in stored)
    # A person fixes the looping response; recomputing drops its flag and duplicates nothing.
    with project.write() as conn:
        conn.execute("UPDATE responses SET text = 'Paris.' WHERE id = ?", [looping])
    assert main(["flag", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["flags"]["repetition"] == 0
    assert project.scalar("SELECT count(*) FROM response_flags") == 2
