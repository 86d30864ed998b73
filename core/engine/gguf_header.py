"""A bounds-checked walk over a GGUF header: the reading half of ``gguf_info``.

Every count and length read from the file is checked against hard limits and
against the bytes left in the file before anything is allocated or skipped, so
a hostile or damaged file is refused with a sentence, never trusted.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

import gguf

from core.engine.errors import ModelFileError

MAX_TENSORS = 1 << 16
MAX_METADATA_KEYS = 1 << 16
MAX_STRING_BYTES = 1 << 26
MAX_ARRAY_ITEMS = 1 << 28
MAX_CONTEXT_LENGTH = 1 << 26
MAX_DIMENSIONS = 4
_CHUNK = 1 << 20
_SMALL_ARRAY = 4096  # arrays up to this many items are kept (languages, tags)

_V = gguf.GGUFValueType
_SCALARS: dict[int, struct.Struct] = {
    _V.UINT8: struct.Struct("<B"),
    _V.INT8: struct.Struct("<b"),
    _V.UINT16: struct.Struct("<H"),
    _V.INT16: struct.Struct("<h"),
    _V.UINT32: struct.Struct("<I"),
    _V.INT32: struct.Struct("<i"),
    _V.FLOAT32: struct.Struct("<f"),
    _V.BOOL: struct.Struct("<?"),
    _V.UINT64: struct.Struct("<Q"),
    _V.INT64: struct.Struct("<q"),
    _V.FLOAT64: struct.Struct("<d"),
}
_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")


class HeaderCursor:
    """Sequential little-endian reads over a file, refusing to pass its end."""

    def __init__(self, file: BinaryIO, size: int, label: str) -> None:
        self._file = file
        self.size = size
        self.label = label
        self.pos = 0
        self._buf = b""
        self._buf_start = 0

    def truncated(self, what: str) -> ModelFileError:
        return ModelFileError(
            f"{self.label} is truncated: it ends at byte {self.size:,} in the middle of {what} "
            "(was the download or copy interrupted?)"
        )

    def _window(self, n: int, what: str) -> int:
        if self.pos + n > self.size:
            raise self.truncated(what)
        offset = self.pos - self._buf_start
        if offset < 0 or offset + n > len(self._buf):
            self._file.seek(self.pos)
            self._buf = self._file.read(max(n, _CHUNK))
            self._buf_start = self.pos
            offset = 0
            if len(self._buf) < n:
                raise self.truncated(what)
        self.pos += n
        return offset

    def unpack(self, shape: struct.Struct, what: str) -> object:
        offset = self._window(shape.size, what)
        return shape.unpack_from(self._buf, offset)[0]

    def u32(self, what: str) -> int:
        return int(self.unpack(_U32, what))  # type: ignore[call-overload]

    def u64(self, what: str) -> int:
        return int(self.unpack(_U64, what))  # type: ignore[call-overload]

    def string_bytes(self, what: str) -> bytes:
        length = self.u64(what)
        if length > MAX_STRING_BYTES:
            raise ModelFileError(
                f"{self.label} declares a {length:,}-byte string in {what}, which is not plausible"
            )
        offset = self._window(length, what)
        return self._buf[offset : offset + length]

    def string(self, what: str) -> str:
        return self.string_bytes(what).decode("utf-8", errors="replace")

    def skip_string(self, what: str) -> None:
        length = self.u64(what)
        self.skip(length, what)

    def skip(self, n: int, what: str) -> None:
        if self.pos + n > self.size:
            raise self.truncated(what)
        self.pos += n


def read_value(cur: HeaderCursor, kind: int, key: str, token_offsets: list[int] | None) -> object:
    """Read one metadata value; big arrays are skipped and stand as their length."""
    if kind in _SCALARS:
        return cur.unpack(_SCALARS[kind], f"the value of {key}")
    if kind == _V.STRING:
        return cur.string(f"the value of {key}")
    if kind != _V.ARRAY:
        raise ModelFileError(f"{cur.label} uses an unknown value type {kind} for {key}")
    item_kind = cur.u32(f"the array type of {key}")
    count = cur.u64(f"the array length of {key}")
    min_item = 8 if item_kind == _V.STRING else getattr(_SCALARS.get(item_kind), "size", 1)
    if count > MAX_ARRAY_ITEMS or count * min_item > cur.size - cur.pos:
        if count <= MAX_ARRAY_ITEMS:
            raise cur.truncated(f"the array {key}")
        raise ModelFileError(
            f"{cur.label} declares {count:,} items in {key}, which is not plausible"
        )
    if item_kind == _V.ARRAY:
        raise ModelFileError(
            f"{cur.label} has a nested array in {key}, which llama.cpp cannot read"
        )
    if item_kind in _SCALARS and count > _SMALL_ARRAY:
        cur.skip(count * _SCALARS[item_kind].size, f"the array {key}")
        return count
    if item_kind == _V.STRING and count > _SMALL_ARRAY:
        for _ in range(count):
            if token_offsets is not None:
                token_offsets.append(cur.pos)
            cur.skip_string(f"the array {key}")
        return count
    return [read_value(cur, item_kind, key, None) for _ in range(count)]


def string_at(cur: HeaderCursor, offset: int) -> str:
    cur.pos = offset
    return cur.string("a token")
