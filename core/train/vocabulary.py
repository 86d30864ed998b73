"""The tokeniser training rows are cut with: llama.cpp's own for a GGUF base, the Hugging Face
one for a folder.

A GGUF base is read by llama.cpp after training, so its rows must be tokenised exactly as
llama.cpp does; transformers' GGUF tokeniser conversion differs for some models (Gemma 3 splits
"Hello world" into four tokens where llama.cpp has two), which would teach the model token
sequences it never sees at inference.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from core.engine.vocabulary import Vocabulary as GgufVocabulary


class Vocabulary(Protocol):
    """What row building needs from a tokeniser."""

    bos_token: str
    eos_token: str
    bos_id: int | None
    eos_id: int
    add_bos: bool
    chat_template: str | None

    def encode(self, text: str) -> list[int]:
        """Token ids for text, special-token markup parsed, no BOS added."""
        ...

    def decode(self, ids: list[int]) -> str:
        """Text for token ids, special tokens written out."""
        ...


@dataclass
class LlamaCppVocabulary:
    """The vocabulary of a GGUF file, loaded without weights through llama.cpp."""

    vocabulary: GgufVocabulary
    bos_token: str
    eos_token: str
    bos_id: int | None
    eos_id: int
    add_bos: bool
    chat_template: str | None

    @classmethod
    def open(cls, gguf_path: Path | str) -> LlamaCppVocabulary:
        """Load only the vocabulary and metadata of a GGUF model (well under a second)."""
        vocabulary = GgufVocabulary(Path(gguf_path))
        bos, eos = vocabulary.bos_id, vocabulary.eos_id
        add_bos = (vocabulary.metadata("tokenizer.ggml.add_bos_token") or "false").lower()
        return cls(
            vocabulary=vocabulary,
            bos_token=_text(vocabulary, [bos]) if bos is not None else "",
            eos_token=_text(vocabulary, [eos]),
            bos_id=bos,
            eos_id=eos,
            add_bos=add_bos == "true",
            chat_template=vocabulary.metadata("tokenizer.chat_template"),
        )

    def encode(self, text: str) -> list[int]:
        if not text:
            return []
        return self.vocabulary.tokenize(text, special=True)

    def decode(self, ids: list[int]) -> str:
        return _text(self.vocabulary, ids)


def _text(vocabulary: GgufVocabulary, ids: list[int]) -> str:
    """The text of tokens with special tokens written out (llama.cpp hides them by default);
    the bytes are joined before decoding, so a character split across tokens stays whole."""
    pieces = b"".join(vocabulary.piece(token, special=True) for token in ids)
    return pieces.decode("utf-8", errors="replace")


@dataclass
class HuggingFaceVocabulary:
    """The tokeniser saved in a Hugging Face model folder."""

    tokenizer: Any
    bos_token: str
    eos_token: str
    bos_id: int | None
    eos_id: int
    add_bos: bool
    chat_template: str | None

    @classmethod
    def open(cls, folder: Path | str) -> HuggingFaceVocabulary:
        """Load the folder's tokeniser with transformers."""
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(folder))
        probe = tokenizer("a", add_special_tokens=True)["input_ids"]
        bos_id = tokenizer.bos_token_id
        return cls(
            tokenizer=tokenizer,
            bos_token=tokenizer.bos_token or "",
            eos_token=tokenizer.eos_token or "",
            bos_id=bos_id,
            eos_id=tokenizer.eos_token_id,
            add_bos=bos_id is not None and bool(probe) and probe[0] == bos_id,
            chat_template=tokenizer.chat_template,
        )

    def encode(self, text: str) -> list[int]:
        if not text:
            return []
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def decode(self, ids: list[int]) -> str:
        return str(self.tokenizer.decode(ids, skip_special_tokens=False))


def open_vocabulary(base_model: Path | str) -> Vocabulary:
    """The vocabulary to tokenise training rows with for this base model."""
    if str(base_model).lower().endswith(".gguf"):
        return LlamaCppVocabulary.open(base_model)
    return HuggingFaceVocabulary.open(base_model)
