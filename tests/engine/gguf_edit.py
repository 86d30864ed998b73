"""Copy a real GGUF with its metadata changed: keys renamed, string values set or added.

The tensor table and the tensor data are copied byte for byte (the data realigned after the
new header), so the copy is the same model under new metadata, the way gguf-py's
``gguf_new_metadata.py`` makes one, without reading the weights into memory.
"""

from __future__ import annotations

import shutil
import struct
from collections.abc import Callable, Mapping
from pathlib import Path

import gguf

from core.engine.gguf_header import HeaderCursor, read_value


def _string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def _aligned(position: int, alignment: int) -> int:
    return -(-position // alignment) * alignment


def copy_with_metadata(source: Path, target: Path, *,
                       rename: Callable[[str], str] = lambda key: key,
                       strings: Mapping[str, str] | None = None) -> Path:
    """Write ``source`` to ``target`` with every key passed through ``rename`` and the string
    values in ``strings`` set (added when the key is new)."""
    strings = dict(strings or {})
    with source.open("rb") as file:
        size = source.stat().st_size
        cur = HeaderCursor(file, size, source.name)
        cur.pos = 8  # magic and version
        tensors, kvs = cur.u64("tensors"), cur.u64("keys")
        entries: list[bytes] = []
        alignment = gguf.GGUF_DEFAULT_ALIGNMENT
        for _ in range(kvs):
            key = cur.string("a key")
            start = cur.pos
            kind = cur.u32("a type")
            value = read_value(cur, kind, key, None)
            if key == gguf.Keys.General.ALIGNMENT:
                alignment = int(value)  # type: ignore[call-overload]
            new_key = rename(key)
            if new_key in strings:
                continue  # written below with its new value
            file.seek(start)
            entries.append(_string(new_key) + file.read(cur.pos - start))
        entries += [_string(key) + struct.pack("<I", gguf.GGUFValueType.STRING) + _string(value)
                    for key, value in strings.items()]
        table_start = cur.pos
        for _ in range(tensors):
            cur.string("a tensor name")
            dims = cur.u32("dimensions")
            cur.skip(8 * dims + 4 + 8, "a tensor")
        file.seek(table_start)
        table = file.read(cur.pos - table_start)
        data_start = _aligned(cur.pos, alignment)
        file.seek(0)
        magic_and_version = file.read(8)
        header = magic_and_version + struct.pack("<QQ", tensors, len(entries))
        header += b"".join(entries) + table
        with target.open("wb") as out:
            out.write(header + b"\0" * (_aligned(len(header), alignment) - len(header)))
            file.seek(data_start)
            shutil.copyfileobj(file, out, 1 << 22)
    return target
