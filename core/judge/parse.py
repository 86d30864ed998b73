"""Reading a score and a rationale out of a judge's answer.

A local judge is constrained by ``prompt.judgement_grammar`` and answers with exact JSON.
A remote endpoint may ignore the grammar, so the same parser also accepts JSON inside
prose or code fences, ``Score: 7``, ``**Rating:** 8/10``, ``[[6]]``, ``7点`` and the like.
What it cannot read is a failed judgement (``FAILED_SCORE``), kept with its raw text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

FAILED_SCORE = -1.0
MAX_RATIONALE_CHARS = 2000

# Words that label a score, in the languages judges are most often prompted in.
_LABELS = (
    r"score|rating|grade|verdict|mark|note|punteggio|puntuaci[oó]n|pontua[cç][aã]o|"
    r"bewertung|punktzahl|оценка|балл|スコア|評価|点数|得点|得分|分数|评分|점수|alama"
)
_NUMBER = r"(?P<n>\d{1,3}(?:[.,]\d+)?)"
_OUT_OF = r"(?:\s*(?:/|out\s+of|of|sur|de|von|из|中)\s*(?P<d>\d{1,3}))?"
_LABELLED = re.compile(
    rf"(?P<final>overall|final|total|global|gesamt|итог\w*|総合|总)?\W{{0,3}}"
    rf"(?:{_LABELS})\s*(?:\([^)]{{0,20}}\))?\s*[*_]*\s*(?:is|of|=|:|-|：|は|为|是)?\s*[*_]*\s*"
    rf"(?:a\s+)?{_NUMBER}{_OUT_OF}",
    re.IGNORECASE,
)
_FRACTION = re.compile(rf"(?<![\d.]){_NUMBER}\s*(?:/|out\s+of)\s*(?P<d>10)(?![\d.])", re.I)
_BRACKETED = re.compile(r"\[\[\s*(?P<n>\d{1,2}(?:\.\d+)?)\s*\]\]")
_POINTS = re.compile(r"(?<![\d.])(?P<n>\d{1,2})\s*(?:点|分|점)")
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_WORD_SCORE = re.compile(rf"(?:{_LABELS})\s*(?:is|of|=|:)?\s*(?P<w>{'|'.join(_WORDS)})\b", re.I)
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S | re.I)


@dataclass(frozen=True)
class ParsedJudgement:
    """A score 0-10 (None when none could be read), the rationale, and how it was read."""

    score: float | None
    rationale: str
    method: str  # "json", "pattern" or "failed"

    @property
    def failed(self) -> bool:
        return self.score is None


def parse_judgement(text: str) -> ParsedJudgement:
    """Read a judge's answer: strict JSON, then JSON embedded anywhere, then score patterns."""
    raw = (text or "").strip()
    if not raw:
        return ParsedJudgement(None, "", "failed")
    # JSON is read from the text as written, so the rationale keeps its characters;
    # patterns are matched after NFKC so that full-width digits ("７点") count.
    clean = unicodedata.normalize("NFKC", raw)
    for candidate in [*_json_candidates(raw), *_json_candidates(clean)]:
        found = _from_json(candidate)
        if found is not None:
            return found
    score = _from_patterns(clean)
    if score is None:
        return ParsedJudgement(None, _trim(raw), "failed")
    return ParsedJudgement(score, _trim(_rationale_from_prose(raw)), "pattern")


def _json_candidates(text: str) -> list[str]:
    """The whole text, fenced blocks, then every balanced {...} span, outermost first."""
    candidates = [text]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    depth = 0
    start = -1
    for i, ch in enumerate(text):
        if ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                candidates.append(text[start : i + 1])
    return candidates


def _from_json(candidate: str) -> ParsedJudgement | None:
    """A judgement from one JSON-looking string, or None if it is not one."""
    if not candidate.startswith("{"):
        return None
    try:
        data = json.loads(candidate)
    except ValueError:
        # Python-style dicts ({'score': 7}) are common in small models' prose.
        try:
            data = json.loads(re.sub(r"'([^'\\]*)'", r'"\1"', candidate))
        except ValueError:
            return None
    if not isinstance(data, dict):
        return None
    fields = {str(k).strip().lower(): v for k, v in data.items()}
    value = next((fields[k] for k in ("score", "rating", "grade", "overall", "overall_score",
                                      "final_score") if k in fields), None)
    score = _score_value(value)
    if score is None:
        return None
    rationale = next((fields[k] for k in ("rationale", "reason", "reasoning", "explanation",
                                          "justification", "comment") if k in fields), "")
    return ParsedJudgement(score, _trim(str(rationale or "")), "json")


def _score_value(value: object) -> float | None:
    """A JSON score value (7, 7.5, "7", "7/10") as a number in 0-10."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _in_range(float(value))
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _WORDS:
            return float(_WORDS[text])
        match = re.fullmatch(rf"{_NUMBER}{_OUT_OF}", text)
        if match:
            return _matched(match)
    return None


def _from_patterns(text: str) -> float | None:
    """A score written in prose; an "overall"/"final" score wins over per-criterion ones."""
    labelled = [m for m in _LABELLED.finditer(text) if _matched(m) is not None]
    if labelled:
        finals = [m for m in labelled if m.group("final")]
        return _matched((finals or labelled)[-1])
    for pattern in (_BRACKETED, _FRACTION, _POINTS):
        scores = [s for m in pattern.finditer(text) if (s := _matched(m)) is not None]
        if scores:
            return scores[-1]
    words = list(_WORD_SCORE.finditer(text))
    if words:
        return float(_WORDS[words[-1].group("w").lower()])
    bare = re.fullmatch(r"[*_\s]*(\d{1,2}(?:\.\d+)?)[*_.\s]*", text)
    return _in_range(float(bare.group(1))) if bare else None


def _matched(match: re.Match[str]) -> float | None:
    """The score of a match: a number over 10 (or no denominator), within 0-10."""
    denominator = match.groupdict().get("d")
    if denominator is not None and int(denominator) != 10:
        return None
    return _in_range(float(match.group("n").replace(",", ".")))


def _in_range(value: float) -> float | None:
    return round(value, 2) if 0 <= value <= 10 else None


def _rationale_from_prose(text: str) -> str:
    """The prose around a score, without markdown emphasis."""
    return re.sub(r"[*_#`]+", "", text).strip()


def _trim(text: str) -> str:
    text = text.strip()
    return text if len(text) <= MAX_RATIONALE_CHARS else text[: MAX_RATIONALE_CHARS - 1] + "…"
