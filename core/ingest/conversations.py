"""Taking a conversation apart: the first user turn is the instruction, the rest is kept.

ShareGPT (``from``/``value``), OpenAI/HF ``messages`` and LMSYS-Chat-1M (``role``/``content``)
differ only in key names and role names, so one function handles all three. Turns kept in the
provenance use the OpenAI shape (``role`` in user/assistant/system/tool, ``content``).
"""

from __future__ import annotations

from typing import Any

ROLES = {
    "human": "user",
    "user": "user",
    "prompter": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "model": "assistant",
    "bot": "assistant",
    "chatgpt": "assistant",
    "bard": "assistant",
    "bing": "assistant",
    "system": "system",
    "tool": "tool",
    "function": "tool",
    "observation": "tool",
}


class NotAConversation(ValueError):
    """A row whose turns are not a list of turns with a user turn; carries the problem."""


def turn_text(content: Any) -> str | None:
    """The text of a turn's content: a string, or the text parts of an OpenAI content list."""
    if content is None or isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [
            part if isinstance(part, str) else part.get("text")
            for part in content
            if isinstance(part, str)
            or (isinstance(part, dict) and part.get("type", "text") == "text")
        ]
        return "\n".join(p for p in parts if isinstance(p, str))
    if isinstance(content, int | float):
        return str(content)
    raise NotAConversation(f"a turn's content is {type(content).__name__}, not text")


def split_conversation(turns: Any, column: str) -> tuple[str | None, dict[str, Any]]:
    """Return the first user turn's text and the provenance of the rest of the conversation.

    The provenance has ``turns`` (every turn after the instruction), ``system`` (a system
    prompt before it, if any) and ``preamble`` (other turns before it, rare). Raises
    NotAConversation when ``turns`` is not a list of turns or has no user turn.
    """
    if not isinstance(turns, list):
        what = "missing" if turns is None else f"a {type(turns).__name__}, not a list of turns"
        raise NotAConversation(f"the {column!r} field is {what}")
    for index, turn in enumerate(turns):
        if not isinstance(turn, dict):
            raise NotAConversation(f"turn {index + 1} of {column!r} is not an object")
        role = turn.get("from", turn.get("role"))
        if ROLES.get(str(role).lower()) != "user":
            continue
        text = turn_text(turn.get("value", turn.get("content")))
        extra: dict[str, Any] = {}
        before = [_normalised(t) for t in turns[:index]]
        system = [t["content"] for t in before if t["role"] == "system" and t["content"]]
        if system:
            extra["system"] = "\n\n".join(system)
        preamble = [t for t in before if t["role"] != "system"]
        if preamble:
            extra["preamble"] = preamble
        rest = [_normalised(t) for t in turns[index + 1 :]]
        if rest:
            extra["turns"] = rest
        return text, extra
    raise NotAConversation(f"the conversation in {column!r} has no user turn")


def _normalised(turn: Any) -> dict[str, Any]:
    """A turn in the OpenAI shape; unknown role names are kept as they are."""
    if not isinstance(turn, dict):
        raise NotAConversation("a turn of the conversation is not an object")
    role = turn.get("from", turn.get("role"))
    return {
        "role": ROLES.get(str(role).lower(), role),
        "content": turn_text(turn.get("value", turn.get("content"))),
    }
