"""A model's tokenizer, read from its GGUF file by llama.cpp without loading the weights.

The Tokenizer fit check counts with it, and training cuts its rows with it
(``core.train.vocabulary``), so both see exactly the tokens llama.cpp will.

llama.cpp is asked for the vocabulary only (``vocab_only``): a few hundred milliseconds and
a few megabytes even for a 262k-token vocabulary, so the Tokenizer fit check can run in the
window's process. llama_cpp is imported here, inside the function that opens a vocabulary,
never when the window or the command line starts.
"""

from __future__ import annotations

import ctypes
import re
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from core.errors import HandloomError

# llama.cpp's vocabulary types, named the way people know them.
_VOCAB_KINDS = {
    1: "SentencePiece",
    2: "byte-level BPE",
    3: "WordPiece",
    4: "Unigram",
    5: "RWKV",
    6: "PLaMo-2",
}

_quiet_logs: Any = None  # the ctypes callback must outlive every llama.cpp call
_recent_errors: deque[str] = deque(maxlen=16)  # llama.cpp's last error lines, for sentences


_ERROR = 4  # ggml's log levels: 1 debug, 2 info, 3 warning, 4 error, 5 continues the last line


def _silence(llama_cpp: Any) -> None:
    """Keep llama.cpp's loading chatter out of the terminal and the window's log, but not its
    errors: the log callback is the whole process's, and a training process's log must still
    say why llama.cpp refused a file."""
    global _quiet_logs
    if _quiet_logs is None:
        last = [0]

        @llama_cpp.llama_log_callback  # type: ignore[untyped-decorator]
        def quiet(level: int, text: bytes, user_data: Any) -> None:
            if level != 5:
                last[0] = level
            if last[0] >= _ERROR:
                line = text.decode("utf-8", errors="replace")
                _recent_errors.append(line)
                sys.stderr.write(line)
            return None

        _quiet_logs = quiet
        llama_cpp.llama_log_set(_quiet_logs, ctypes.c_void_p(0))
        llama_cpp.llama_backend_init()


@dataclass(frozen=True)
class TokenCount:
    """How one text was tokenized."""

    tokens: int
    byte_tokens: int


class Vocabulary:
    """The tokenizer of one GGUF file. Use as a context manager; not shared between threads."""

    def __init__(self, path: Path) -> None:
        try:
            import llama_cpp
        except ModuleNotFoundError:
            raise HandloomError(
                "llama-cpp-python is not installed, so Handloom cannot read model vocabularies."
            ) from None
        self._llama = llama_cpp
        _silence(llama_cpp)
        params = llama_cpp.llama_model_default_params()
        params.vocab_only = True
        self._model = llama_cpp.llama_model_load_from_file(str(path).encode(), params)
        if not self._model:
            raise HandloomError(f"llama.cpp could not read the vocabulary of {path.name}.")
        self._vocab = llama_cpp.llama_model_get_vocab(self._model)
        self.kind = _VOCAB_KINDS.get(int(llama_cpp.llama_vocab_type(self._vocab)), "other")
        self.size = int(llama_cpp.llama_vocab_n_tokens(self._vocab))
        self._is_byte: dict[int, bool] = {}
        self._piece_buffer = ctypes.create_string_buffer(256)

    def __enter__(self) -> Vocabulary:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._model:
            self._llama.llama_model_free(self._model)
            self._model = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown: llama.cpp may be gone
            pass

    @property
    def bos_id(self) -> int | None:
        """The beginning-of-sequence token, if the vocabulary has one."""
        token = int(self._llama.llama_vocab_bos(self._vocab))
        return token if token >= 0 else None

    @property
    def eos_id(self) -> int:
        return int(self._llama.llama_vocab_eos(self._vocab))

    def metadata(self, key: str) -> str | None:
        """One metadata value of the GGUF file as text (``tokenizer.chat_template``, say)."""
        room = 256
        while True:
            buffer = ctypes.create_string_buffer(room)
            n = self._llama.llama_model_meta_val_str(self._model, key.encode(), buffer, room)
            if n < 0:
                return None
            if n < room:
                return buffer.value.decode("utf-8", errors="replace")
            room = n + 1

    def tokenize(self, text: str, *, special: bool = False) -> list[int]:
        """The token ids of ``text`` as the model reads it inside a prompt: no BOS. Text that
        looks like a special token (``<|im_start|>``) is read as plain text, or with
        ``special`` as that token (as a chat template's markup is)."""
        data = text.encode("utf-8")
        room = len(data) + 16
        while True:
            ids = (self._llama.llama_token * room)()
            n = self._llama.llama_tokenize(self._vocab, data, len(data), ids, room, False,
                                           special)
            if n >= 0:
                return list(ids[:n])
            room = -n

    def piece(self, token: int, *, special: bool = False) -> bytes:
        """The bytes ``token`` stands for in text; with ``special``, control tokens are
        written out (``<end_of_turn>``) instead of left empty."""
        buffer = self._piece_buffer
        n = self._llama.llama_token_to_piece(self._vocab, token, buffer, len(buffer), 0,
                                             special)
        if n < 0:
            buffer = ctypes.create_string_buffer(-n)
            n = self._llama.llama_token_to_piece(self._vocab, token, buffer, -n, 0, special)
        return bytes(buffer.raw[:n])

    def is_byte_fallback(self, token: int) -> bool:
        """Whether ``token`` is a piece of a character rather than whole characters.

        Two kinds count: a byte token of the vocabulary (SentencePiece's ``<0xNN>``, which
        llama.cpp marks with the BYTE attribute), and, for byte-level BPE vocabularies (GPT-2
        style, where every token is a string of bytes), a token whose bytes are not valid
        UTF-8 on their own because it starts or ends inside a multi-byte character.
        """
        known = self._is_byte.get(token)
        if known is None:
            attributes = int(self._llama.llama_vocab_get_attr(self._vocab, token))
            known = bool(attributes & self._llama.LLAMA_TOKEN_ATTR_BYTE)
            if not known:
                try:
                    self.piece(token).decode("utf-8")
                except UnicodeDecodeError:
                    known = True
            self._is_byte[token] = known
        return known

    def count(self, text: str) -> TokenCount:
        """Tokens of ``text`` and how many of them are byte fallback."""
        ids = self.tokenize(text)
        return TokenCount(len(ids), sum(1 for t in ids if self.is_byte_fallback(t)))


def llama_cpp_refusal(path: Path) -> str | None:
    """Why the bundled llama.cpp will not load ``path`` (its own words), or None if it will.

    A vocabulary-only load runs llama.cpp's checks of the architecture, its hyperparameters
    and the tokenizer without reading the weights, so llama.cpp itself, not a list kept
    beside it, decides which architectures Handloom accepts.
    """
    _recent_errors.clear()
    try:
        Vocabulary(path).close()
    except HandloomError:
        said = " ".join(line.strip() for line in _recent_errors if line.strip())
        # "llama_model_load: error loading model: error loading model architecture: unknown
        # model architecture: 'x'" -> "unknown model architecture: 'x'"
        reason = re.split(r"error loading model[\w ]*: ", said.split(" llama_")[0])[-1]
        return reason.strip() or "it could not read the file"
    return None
