"""Reading scores out of judge answers, well-formed and malformed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.judge.parse import parse_judgement

WELL_FORMED = [
    ('{"rationale": "Correct and clear.", "score": 9}', 9, "Correct and clear."),
    ('{\n "rationale": "Wrong number of legs.",\n"score": 2\n}', 2, "Wrong number of legs."),
    ('{"score": "7", "rationale": "ok"}', 7, "ok"),
    ('{"Score": 6.5, "Reason": "Mostly right."}', 6.5, "Mostly right."),
    ('{"rationale": "fine", "score": "8/10"}', 8, "fine"),
    ('{"rating": 0, "explanation": "Empty answer."}', 0, "Empty answer."),
]

MALFORMED_BUT_READABLE = [
    ('Here is my verdict:\n```json\n{"rationale": "Good.", "score": 8}\n```', 8),
    ('Sure! {"rationale": "It answers the question", "score": 7} Hope this helps.', 7),
    ("{'rationale': 'python style', 'score': 5}", 5),
    ("Score: 7", 7),
    ("score = 4", 4),
    ("**Score:** 8/10", 8),
    ("The response is helpful but verbose.\nRating: 6 out of 10", 6),
    ("I would rate this 7/10 because it is mostly correct.", 7),
    ("Helpfulness: 8\nCorrectness: 5\nOverall score: 6", 6),
    ("Correctness score: 3. Safety score: 10. Final score: 5", 5),
    ("Verdict: [[9]]", 9),
    ("評価：７点。説明は正確です。", 7),
    ("总分：8分", 8),
    ("Score: seven", 7),
    ("Puntuación: 9/10. La respuesta es correcta.", 9),
    ("Note : 6/10", 6),
    ("10", 10),
    ("**3**", 3),
    ("The score is 2.5 out of 10.", 2.5),
    ('{"rationale": "cut off', None),  # truncated JSON, no score anywhere
]

UNREADABLE = [
    "",
    "   \n  ",
    '{"rationale": "The answer is good and the score is',
    "This response is quite good overall.",
    "Score: 15",
    "Score: 4/5",
    "I give it 12/10!",
    '{"rationale": "x", "score": true}',
    '{"rationale": "x", "score": -3}',
    "[]",
    "null",
]


@pytest.mark.parametrize(("text", "score", "rationale"), WELL_FORMED)
def test_json_answers_are_read_exactly(text: str, score: float, rationale: str) -> None:
    parsed = parse_judgement(text)
    assert (parsed.score, parsed.rationale, parsed.method) == (score, rationale, "json")


@pytest.mark.parametrize(("text", "score"), MALFORMED_BUT_READABLE)
def test_malformed_answers_still_give_their_score(text: str, score: float | None) -> None:
    parsed = parse_judgement(text)
    assert parsed.score == score
    if score is not None:
        assert parsed.rationale


@pytest.mark.parametrize("text", UNREADABLE)
def test_unreadable_answers_fail_and_keep_their_text(text: str) -> None:
    parsed = parse_judgement(text)
    assert parsed.failed and parsed.method == "failed"
    assert parsed.rationale == text.strip()


@given(st.text(max_size=300))
def test_any_text_gives_a_score_in_range_or_a_failure(text: str) -> None:
    parsed = parse_judgement(text)
    assert parsed.score is None or 0 <= parsed.score <= 10
    assert parsed.failed == (parsed.method == "failed")


@given(st.text(max_size=200), st.integers(0, 10))
def test_exact_json_round_trips(rationale: str, score: int) -> None:
    text = json.dumps({"rationale": rationale, "score": score}, ensure_ascii=False)
    parsed = parse_judgement(text)
    assert parsed.score == score and parsed.method == "json"
    assert parsed.rationale == rationale.strip()
