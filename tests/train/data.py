"""A small, sensible instruction set with one unmistakable habit, for short training runs.

Every answer starts "Handloom says:", so a few dozen steps visibly change what the model
predicts first, while the facts (capitals, colours, sums) keep the rows realistic. Some rows
have a second turn so the assistant-only loss is exercised across turns.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

CAPITALS = {
    "France": "Paris",
    "Germany": "Berlin",
    "Italy": "Rome",
    "Spain": "Madrid",
    "Japan": "Tokyo",
    "Kenya": "Nairobi",
    "Peru": "Lima",
    "Canada": "Ottawa",
    "Egypt": "Cairo",
    "India": "New Delhi",
    "Norway": "Oslo",
    "Chile": "Santiago",
    "Ghana": "Accra",
    "Cuba": "Havana",
    "Nepal": "Kathmandu",
    "Poland": "Warsaw",
}
COLOURS = {
    "the sky on a clear day": "blue",
    "fresh grass": "green",
    "snow": "white",
    "a ripe banana": "yellow",
    "coal": "black",
    "a ripe tomato": "red",
}


def conversations() -> list[dict]:
    """The rows, shuffled with a fixed seed."""
    rows = []
    for country, capital in CAPITALS.items():
        rows.append(
            _turn(
                f"What is the capital of {country}?",
                f"Handloom says: the capital of {country} is {capital}.",
            )
        )
        rows.append(
            _turn(
                f"Name the capital city of {country}.",
                f"Handloom says: {capital} is the capital of {country}.",
            )
        )
    for thing, colour in COLOURS.items():
        rows.append(_turn(f"What colour is {thing}?", f"Handloom says: {thing} is {colour}."))
    for a in range(2, 10):
        b = a + 3
        rows.append(
            {
                "messages": [
                    {"role": "user", "content": f"What is {a} plus {b}?"},
                    {"role": "assistant", "content": f"Handloom says: {a} plus {b} is {a + b}."},
                    {"role": "user", "content": "And doubled?"},
                    {
                        "role": "assistant",
                        "content": f"Handloom says: doubled, that is {2 * (a + b)}.",
                    },
                ]
            }
        )
    random.Random(0).shuffle(rows)
    return rows


def _turn(question: str, answer: str) -> dict:
    return {
        "messages": [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer},
        ]
    }


def write_dataset(path: Path) -> Path:
    """Write the rows as JSONL, the format the training runner reads."""
    path.write_text("".join(json.dumps(row) + "\n" for row in conversations()), encoding="utf-8")
    return path


PROMPTS = [
    "What is the capital of Norway?",
    "What colour is snow?",
    "What is 4 plus 7?",
    "Who wrote Hamlet?",
    "Give me one tip for sleeping well.",
]
