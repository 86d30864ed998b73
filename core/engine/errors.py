"""Typed errors of the inference engine, each carrying one sentence for the user.

They live beside the engine rather than in ``core/errors.py`` so that the engine
can be read on its own; all of them are ``HandloomError``s, so the window and the
command line show them like any other expected failure.
"""

from __future__ import annotations

from core.errors import HandloomError


class ModelFileError(HandloomError):
    """A model or adapter file cannot be used: not GGUF, truncated, absurd or unsupported."""


class ChatTemplateError(HandloomError):
    """A chat template is broken, hostile, or asks for something the sandbox refuses."""


class ModelLoadError(HandloomError):
    """llama.cpp refused to load a model or adapter; the sentence says why."""


class EngineCrashed(HandloomError):
    """The model process died (signal, abort, out of memory); carries its last log lines."""

    def __init__(self, message: str, *, exit_code: int | None = None, log_tail: str = "") -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.log_tail = log_tail
