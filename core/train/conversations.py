"""Training rows: read the JSONL conversations, split off a held-out set, and tokenise them
with labels only on assistant tokens.

The loss is computed on what the assistant says (and the marker that ends its turn), never on
the user's instruction or the system prompt: the model learns to answer, not to imitate users.
Assistant turns are found by rendering the chat template on growing prefixes of the
conversation, so any template whose renders extend each other works, with no special tags.
"""

from __future__ import annotations

import functools
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import HandloomError, ImportFileError
from core.train.vocabulary import Vocabulary

IGNORE = -100  # the label value the loss skips
ROLES = ("system", "user", "assistant")


class ChatTemplateError(HandloomError):
    """The chat template cannot show where assistant turns start and end."""


@dataclass(frozen=True)
class TokenisedRow:
    """One conversation as token ids, with IGNORE in the labels wherever the loss is skipped."""

    input_ids: list[int]
    labels: list[int]

    @property
    def trained_tokens(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE)


def read_conversations(path: Path | str) -> list[list[dict[str, str]]]:
    """Read one {"messages": [...]} object per line (blank lines skipped), or the ``messages``
    column of a Parquet file (an exported run's rows)."""
    path = Path(path)
    conversations: list[list[dict[str, str]]] = []
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        for number, row in enumerate(pq.read_table(path, columns=["messages"]).to_pylist(), 1):
            conversations.append(_checked_messages(row, path, number))
        if not conversations:
            raise ImportFileError(path, None, "has no conversations to train on")
        return conversations
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as error:
                raise ImportFileError(path, number, f"not valid JSON ({error})") from None
            conversations.append(_checked_messages(row, path, number))
    if not conversations:
        raise ImportFileError(path, None, "has no conversations to train on")
    return conversations


def _checked_messages(row: Any, path: Path, number: int) -> list[dict[str, str]]:
    """Return the row's messages or raise an error naming the line and what is wrong."""
    messages = row.get("messages") if isinstance(row, dict) else None
    if not isinstance(messages, list) or not messages:
        raise ImportFileError(path, number, 'needs a non-empty "messages" list')
    checked = []
    for message in messages:
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise ImportFileError(
                path, number, "has a message whose role is not system, user or assistant"
            )
        if not isinstance(message.get("content"), str):
            raise ImportFileError(path, number, "has a message whose content is not text")
        checked.append({"role": message["role"], "content": message["content"]})
    if not any(m["role"] == "assistant" for m in checked):
        raise ImportFileError(path, number, "has no assistant message to learn from")
    if checked[0]["role"] == "assistant":
        raise ImportFileError(path, number, "starts with an assistant message")
    return checked


def split_held_out(
    conversations: list[list[dict[str, str]]], fraction: float, seed: int
) -> tuple[list[list[dict[str, str]]], list[list[dict[str, str]]]]:
    """Shuffle with the seed and hold out ``fraction`` of the rows (at least one when > 0)."""
    order = list(range(len(conversations)))
    random.Random(seed).shuffle(order)
    held = 0
    if fraction > 0 and len(conversations) >= 2:
        held = min(len(conversations) - 1, max(1, round(len(conversations) * fraction)))
    evaluation = [conversations[i] for i in order[:held]]
    training = [conversations[i] for i in order[held:]]
    return training, evaluation


def render(
    vocabulary: Vocabulary, messages: list[dict[str, str]], template: str, prompt: bool
) -> str:
    """Render messages with the chat template; ``prompt`` adds the assistant's opening marker."""
    return _compiled(template).render(
        messages=messages,
        add_generation_prompt=prompt,
        bos_token=vocabulary.bos_token,
        eos_token=vocabulary.eos_token,
    )


@functools.lru_cache(maxsize=8)
def _compiled(template: str) -> Any:
    """Compile a template in a sandbox with the options transformers and llama.cpp use."""
    from jinja2.exceptions import TemplateError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise ChatTemplateError(f"The chat template refused the conversation: {message}")

    environment = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"]
    )
    environment.globals["raise_exception"] = raise_exception
    try:
        return environment.from_string(template)
    except TemplateError as error:
        raise ChatTemplateError(f"The chat template is not valid Jinja: {error}.") from None


def pieces(
    vocabulary: Vocabulary, messages: list[dict[str, str]], template: str
) -> list[tuple[str, bool]]:
    """Cut the rendered conversation into (text, is_assistant) pieces, in order.

    An assistant piece runs from the end of the generation prompt to the end of its turn, so it
    holds the answer and the marker that closes it: exactly what the model must produce.
    """
    full = render(vocabulary, messages, template, prompt=False)
    result: list[tuple[str, bool]] = []
    done = 0
    for index, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        before = render(vocabulary, messages[:index], template, prompt=True)
        through = render(vocabulary, messages[: index + 1], template, prompt=False)
        if not through.startswith(before) or not full.startswith(through) or len(before) < done:
            raise ChatTemplateError(
                "The chat template renders a conversation differently as it grows, "
                "so assistant turns cannot be found; choose another template."
            )
        result.append((full[done : len(before)], False))
        result.append((full[len(before) : len(through)], True))
        done = len(through)
    result.append((full[done:], False))
    return [(text, trained) for text, trained in result if text]


def tokenise(
    vocabulary: Vocabulary, messages: list[dict[str, str]], template: str, max_len: int
) -> TokenisedRow:
    """Tokenise a conversation piece by piece, labelling only the assistant pieces.

    Each piece is tokenised on its own, as llama.cpp tokenises a prompt before generating, so
    the model learns from exactly the token boundaries it will meet at inference.
    """
    input_ids: list[int] = []
    labels: list[int] = []
    parts = pieces(vocabulary, messages, template)
    if vocabulary.add_bos and vocabulary.bos_id is not None:
        first = vocabulary.encode(parts[0][0])[:1] if parts else []
        if first != [vocabulary.bos_id]:
            input_ids.append(vocabulary.bos_id)
            labels.append(IGNORE)
    for text, trained in parts:
        ids = vocabulary.encode(text)
        input_ids.extend(ids)
        labels.extend(ids if trained else [IGNORE] * len(ids))
    return TokenisedRow(input_ids[:max_len], labels[:max_len])


def tokenise_all(
    vocabulary: Vocabulary,
    conversations: list[list[dict[str, str]]],
    template: str,
    max_len: int,
) -> list[TokenisedRow]:
    """Tokenise every conversation, dropping rows whose answer was cut off entirely."""
    rows = [tokenise(vocabulary, messages, template, max_len) for messages in conversations]
    return [row for row in rows if row.trained_tokens > 0]


def encode_prompt(
    vocabulary: Vocabulary, messages: list[dict[str, str]], template: str
) -> list[int]:
    """Token ids of a conversation up to the assistant's opening marker, BOS as in training."""
    ids = vocabulary.encode(render(vocabulary, messages, template, prompt=True))
    if vocabulary.add_bos and vocabulary.bos_id is not None and ids[:1] != [vocabulary.bos_id]:
        ids.insert(0, vocabulary.bos_id)
    return ids
