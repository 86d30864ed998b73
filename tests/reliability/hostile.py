"""Builders for the hostile half of the reliability suite.

Fuzzed import files (valid-ish files with random mutations, and raw bytes), GGUF model
files that attack the engine, and project files that attack ``open`` and ``merge``. Every
builder writes real files: the tests hand them to the real code.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

# -- a per-case deadline -------------------------------------------------------------------

CASE_SECONDS = 10.0  # "a few seconds" on a 2-core machine shared with seven test suites


class Hang(BaseException):
    """Raised into a case that ran past its deadline (a BaseException, so no reader's
    ``except Exception`` can swallow it)."""


@contextmanager
def deadline(seconds: float = CASE_SECONDS) -> Iterator[None]:
    """Interrupt the block with ``Hang`` when it runs longer than ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"the case ran for more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Tally:
    """Counts the outcomes of one reader's cases for the printed table."""

    def __init__(self) -> None:
        self.cases = 0
        self.successes = 0
        self.typed = 0
        self.failures: list[str] = []
        self.slowest = 0.0

    @contextmanager
    def case(self) -> Iterator[None]:
        self.cases += 1
        began = time.perf_counter()
        try:
            yield
        finally:
            self.slowest = max(self.slowest, time.perf_counter() - began)

    def row(self, name: str) -> list[object]:
        return [name, self.cases, self.successes, self.typed, len(self.failures),
                f"{self.slowest:.2f}"]


TABLE_COLUMNS = ["reader", "cases", "successes", "typed errors", "other failures", "slowest s"]


# -- text that readers find hard --------------------------------------------------------------

_NASTY = [
    "", " ", "\x00", "a\x00b", "\ufeff", "\u202e evil \u202c", "\r", "\r\n", "\n\n\n", '"', '""',
    "'", ",", ";", "\t", "|", "\\", "{", "[", "]}", "null", "NaN", "1e999", "-0", "🧵" * 3,
    "\ud7ff", "\uffff", "<img src=x onerror=alert(1)>", "\x1b[31mred\x1b[0m", "é" * 50,
    "ሰላም ለዓለም", "Habari ya asubuhi?", "日本語の文", "a" * 3000,
]
nasty_text = st.one_of(
    st.sampled_from(_NASTY),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
)
column_names = st.one_of(
    st.sampled_from(["instruction", "prompt", "text", "question", "input", "language", "lang",
                     "author", "licence", "id", "conversations", "messages", "conversation",
                     "context", "response", "inputs", "targets", "output", ""]),
    st.text(max_size=12),
)
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        nasty_text)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(column_names, inner, max_size=4)),
    max_leaves=12,
)
row_dicts = st.dictionaries(column_names, json_value, min_size=0, max_size=6)


def _turns(role_key: str, text_key: str, roles: list[str]) -> st.SearchStrategy[Any]:
    turn = st.fixed_dictionaries({role_key: st.sampled_from(roles),
                                  text_key: st.one_of(nasty_text, nasty_text, json_value)})
    return st.one_of(st.lists(turn, min_size=1, max_size=4), st.lists(turn, max_size=4),
                     json_value)


chat_rows = st.one_of(
    st.fixed_dictionaries({"conversations": _turns("from", "value", ["human", "gpt", "system"])}),
    st.fixed_dictionaries({"messages": _turns("role", "content", ["user", "assistant", "x"])}),
    st.fixed_dictionaries({
        "conversation": _turns("role", "content", ["user", "assistant"]),
        "language": nasty_text,
        "openai_moderation": st.one_of(json_value, st.lists(st.fixed_dictionaries(
            {"flagged": json_value, "categories": json_value}), max_size=3)),
        "redacted": json_value,
        "model": nasty_text,
    }),
    row_dicts,
)


# -- serialising rows into each container ---------------------------------------------------

def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def to_delimited(rows: list[dict[str, Any]], delimiter: str) -> str:
    names = list(dict.fromkeys(k for r in rows for k in r)) or ["instruction"]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(names)
    for r in rows:
        writer.writerow([_text(r.get(n, "")) for n in names])
    return out.getvalue()


def to_jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def to_json(rows: list[dict[str, Any]], wrap: int) -> str:
    if wrap == 1:
        return json.dumps({"train": rows, "test": rows[:1]}, ensure_ascii=False, indent=1)
    if wrap == 2:
        return "\n".join(json.dumps(r, ensure_ascii=False, indent=2) for r in rows)
    return json.dumps(rows, ensure_ascii=False)


def to_text(rows: list[dict[str, Any]], blocks: bool) -> str:
    texts = [_text(v) for r in rows for v in list(r.values())[:1]]
    return ("\n\n" if blocks else "\n").join(texts)


# -- mutations --------------------------------------------------------------------------------

_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252",
              "utf-32", "shift_jis"]


@st.composite
def mutate(draw: st.DrawFn, text: str) -> bytes:
    """Encode ``text`` somehow, then apply a few random damages to its bytes."""
    encoding = draw(st.sampled_from(["utf-8"] * 8 + _ENCODINGS))
    data = text.encode(encoding, errors="replace")
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 1, 2, 3]))):
        kind = draw(st.sampled_from(["none", "truncate", "flip", "insert", "bom", "nul", "huge",
                                     "cr", "delete"]))
        where = draw(st.integers(0, len(data)))
        if kind == "truncate":
            data = data[:where]
        elif kind == "flip" and data:
            i = min(where, len(data) - 1)
            data = data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1:]
        elif kind == "insert":
            data = data[:where] + draw(st.binary(min_size=1, max_size=8)) + data[where:]
        elif kind == "bom":
            data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data
        elif kind == "nul":
            data = data[:where] + b"\x00" * draw(st.integers(1, 4)) + data[where:]
        elif kind == "huge":
            # a line over the readers' 1 MB limit, or just under it
            size = draw(st.sampled_from([1 << 20, (1 << 20) + 1, 1 << 19]))
            data = data[:where] + b"x" * size + data[where:]
        elif kind == "cr":
            data = data.replace(b"\n", b"\r")
        elif kind == "delete" and data:
            data = data[:where] + data[where + draw(st.integers(1, 16)):]
    return data


raw_bytes = st.one_of(st.binary(max_size=512),
                      st.binary(max_size=64).map(lambda b: b"PAR1" + b + b"PAR1"),
                      st.just(b""))


@st.composite
def delimited_file(draw: st.DrawFn, delimiter: str) -> bytes:
    if draw(st.integers(0, 9)) == 0:
        return draw(raw_bytes)
    rows = draw(st.lists(row_dicts, min_size=1, max_size=8))
    return draw(mutate(to_delimited(rows, delimiter)))


@st.composite
def deep_record(draw: st.DrawFn) -> str:
    """A record whose other column nests hundreds of levels (past orjson's 254)."""
    depth = draw(st.sampled_from([100, 260, 600, 1100]))
    key = draw(st.sampled_from(["instruction", "conversations", "messages", "extra"]))
    return f'{{"instruction": "Habari?", "{key}": {"[" * depth}{"]" * depth}}}'


@st.composite
def jsonl_file(draw: st.DrawFn, chats: bool = False) -> bytes:
    if draw(st.integers(0, 9)) == 0:
        return draw(raw_bytes)
    if draw(st.integers(0, 14)) == 0:
        return (draw(deep_record()) + "\n").encode()
    rows = draw(st.lists(chat_rows if chats else row_dicts, min_size=1, max_size=8))
    return draw(mutate(to_jsonl(rows)))


@st.composite
def json_file(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 9)) == 0:
        return draw(raw_bytes)
    if draw(st.integers(0, 14)) == 0:
        return f"[{draw(deep_record())}]".encode()
    if draw(st.integers(0, 9)) == 0:
        nested = draw(st.integers(100, 5000))  # deeply nested JSON
        return (b"[" * nested) + (b"]" * draw(st.sampled_from([0, nested])))
    rows = draw(st.lists(st.one_of(row_dicts, chat_rows), min_size=1, max_size=8))
    return draw(mutate(to_json(rows, draw(st.integers(0, 2)))))


@st.composite
def text_file(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 9)) == 0:
        return draw(raw_bytes)
    rows = draw(st.lists(row_dicts, min_size=1, max_size=8))
    return draw(mutate(to_text(rows, draw(st.booleans()))))


_ARROW_KINDS = ["string", "int", "float", "list", "struct", "binary", "null", "bool", "large"]


def _arrow_column(kind: str, values: list[Any]) -> Any:
    import pyarrow as pa

    n = len(values)
    if kind == "string":
        return pa.array([None if v is None else _text(v) for v in values], pa.string())
    if kind == "large":
        return pa.array([_text(v) for v in values], pa.large_string())
    if kind == "int":
        return pa.array(list(range(n)), pa.int64())
    if kind == "float":
        return pa.array([float(i) / 3 for i in range(n)], pa.float64())
    if kind == "list":
        return pa.array([[_text(v)] for v in values], pa.list_(pa.string()))
    if kind == "struct":
        return pa.array([{"role": "user", "content": _text(v)} for v in values])
    if kind == "binary":
        return pa.array([_text(v).encode() for v in values], pa.binary())
    if kind == "bool":
        return pa.array([bool(i % 2) for i in range(n)], pa.bool_())
    return pa.nulls(n)


@st.composite
def arrow_table(draw: st.DrawFn) -> Any:
    import pyarrow as pa

    n = draw(st.integers(0, 6))
    names = draw(st.lists(column_names, min_size=1, max_size=4, unique=True))
    columns = {}
    if draw(st.booleans()):  # half the tables have a plain instruction column to find
        names = ["instruction", *[x for x in names if x != "instruction"]]
    for name in names:
        values = draw(st.lists(nasty_text, min_size=n, max_size=n))
        kind = "string" if name == "instruction" and draw(st.booleans()) else \
            draw(st.sampled_from(_ARROW_KINDS))
        columns[name] = _arrow_column(kind, values)
    return pa.table(columns)


@st.composite
def parquet_file(draw: st.DrawFn) -> bytes:
    import pyarrow.parquet as pq

    if draw(st.integers(0, 9)) == 0:
        return draw(raw_bytes)
    out = io.BytesIO()
    pq.write_table(draw(arrow_table()), out)
    data = out.getvalue()
    if draw(st.booleans()):
        for _ in range(draw(st.integers(1, 3))):
            if not data:
                break
            where = draw(st.integers(0, len(data) - 1))
            if draw(st.booleans()):
                data = data[:where] + bytes([data[where] ^ draw(st.integers(1, 255))]) + \
                    data[where + 1:]
            else:
                data = data[:where] + b"PAR1"[: draw(st.integers(0, 4))]
    return data


@st.composite
def saved_dataset(draw: st.DrawFn) -> Callable[[Path], None]:
    """A writer of a ``save_to_disk`` folder, maybe damaged afterwards."""
    table = draw(arrow_table())
    as_dict = draw(st.booleans())
    damage = draw(st.sampled_from(["none", "none", "flip", "truncate", "json", "delete",
                                   "extra"]))
    seed = draw(st.integers(0, 1 << 30))

    def write(folder: Path) -> None:
        import random

        import datasets
        import pyarrow as pa

        datasets.disable_progress_bars()
        # datasets cannot write a column named "" or holding NUL (Parquet can: that
        # reader's fuzzing sees those names)
        names: list[str] = []
        for name in table.column_names:
            name = name.replace("\x00", "_") or "unnamed"
            names.append(name if name not in names else f"{name}_{len(names)}")
        dataset = datasets.Dataset(pa.Table.from_arrays(table.columns, names=names))
        if as_dict:
            datasets.DatasetDict({"train": dataset}).save_to_disk(str(folder))
        else:
            dataset.save_to_disk(str(folder))
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        rng = random.Random(seed)
        target = rng.choice(files)
        data = target.read_bytes()
        if damage == "flip" and data:
            i = rng.randrange(len(data))
            target.write_bytes(data[:i] + bytes([data[i] ^ 0xA5]) + data[i + 1:])
        elif damage == "truncate":
            target.write_bytes(data[: rng.randrange(len(data) + 1)])
        elif damage == "json":
            json_files = [p for p in files if p.suffix == ".json"]
            rng.choice(json_files).write_text(
                rng.choice(["{", "[]", "null", '{"splits": 7}', '{"_data_files": [{}]}']))
        elif damage == "delete":
            target.unlink()
        elif damage == "extra":
            (folder / "state.json").write_text('{"_data_files": [{"filename": "../x.arrow"}]}')

    return write


# -- GGUF model files -------------------------------------------------------------------------

HOSTILE_TEMPLATES: dict[str, str] = {
    "class walk": "{{ messages.__class__.__mro__[1].__subclasses__() }}",
    "globals walk": "{{ raise_exception.__globals__['os'].system('touch pwned') }}",
    "string format": "{{ '{0.__class__.__mro__}'.format(messages) }}",
    "cycler escape": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "joiner escape": "{{ joiner.__init__.__globals__['__builtins__']['open']('/etc/passwd') }}",
    "namespace escape": "{% set ns = namespace() %}{{ ns.__init__.__globals__ }}",
    "lipsum escape": "{{ lipsum.__globals__['os'].listdir('/') }}",
    "self escape": "{{ self._TemplateReference__context.cycler.__init__.__globals__.os }}",
    "attr filter": "{{ messages|attr('__class__')|attr('__base__') }}",
    "mutate list": "{% set x = messages.append({'role': 'user'}) %}{{ messages }}",
    "huge loop": "{% for i in range(1000000000) %}{{ i }}{% endfor %}",
    "nested loops": "{% for a in range(100000) %}{% for b in range(100000) %}.{% endfor %}"
                    "{% endfor %}",
    "exponential string": "{% set ns = namespace(s='ab') %}{% for i in range(64) %}"
                          "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}",
    "string repeat": "{{ 'x' * 100000000000 }}",
    "wide format": "{{ '%999999999d' % 1 }}",
    "center": "{{ 'x'|center(999999999999) }}",
    "power": "{{ 2 ** 100000000 }}",
    "power tower": "{% set n = 256 %}{{ (((n ** n) ** n) ** n) ** n }}",
    "square chain": "{% set ns = namespace(x=3) %}{% for i in range(40) %}"
                    "{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x % 7 }}",
    "recursion": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "import": "{% import 'os' as os %}{{ os }}",
    "include": "{% include '/etc/passwd' %}",
}


def copy_gguf(source: Path, target: Path, *, template: str | None = None,
              context_length: int | None = None) -> Path:
    """A copy of a real model with its chat template or context length replaced."""
    import gguf
    import numpy as np

    reader = gguf.GGUFReader(str(source))
    arch_field = reader.fields[gguf.Keys.General.ARCHITECTURE]
    arch = bytes(arch_field.parts[arch_field.data[0]]).decode()
    writer = gguf.GGUFWriter(str(target), arch=arch, endianess=reader.endianess)
    alignment = reader.fields.get(gguf.Keys.General.ALIGNMENT)
    if alignment is not None:
        writer.data_alignment = int(alignment.parts[-1][0])
    context_key = gguf.Keys.LLM.CONTEXT_LENGTH.format(arch=arch)
    for field in reader.fields.values():
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        if field.name == gguf.Keys.Tokenizer.CHAT_TEMPLATE and template is not None:
            continue
        kind = field.types[0]
        if field.name == context_key and context_length is not None:
            if context_length < 1 << 32:
                writer.add_uint32(context_key, context_length)
            else:
                writer.add_uint64(context_key, context_length)
            continue
        sub = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(field.name, field.contents(), kind, sub_type=sub)
    if template is not None:
        writer.add_chat_template(template)
    for tensor in reader.tensors:
        writer.add_tensor_info(tensor.name, tensor.data.shape, tensor.data.dtype,
                               tensor.data.nbytes, tensor.tensor_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for tensor in reader.tensors:
        writer.write_tensor_data(np.asarray(tensor.data))
    writer.close()
    return target


def tiny_gguf(path: Path, *, template: str | None = None, context_length: int = 2048,
              arch: str = "llama") -> Path:
    """A small GGUF with plausible metadata and one tensor (not loadable by llama.cpp)."""
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_name("hostile")
    writer.add_uint64(gguf.Keys.LLM.CONTEXT_LENGTH.format(arch=arch), context_length)
    if template is not None:
        writer.add_chat_template(template)
    writer.add_tensor("token_embd.weight", np.zeros((8, 32), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def absurd_tensor_count(path: Path, count: int = (1 << 63) + 5) -> Path:
    """A GGUF header that claims ``count`` tensors and then ends."""
    import struct

    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, count, 0))
    return path


# -- project files -----------------------------------------------------------------------------

def file_hash(path: Path) -> str:
    """sha256 of a file and its WAL companion (what a person's project consists of)."""
    digest = hashlib.sha256()
    for p in (path, Path(f"{path}-wal")):
        if p.exists():
            digest.update(p.read_bytes())
    return digest.hexdigest()


def content_hash(conn: sqlite3.Connection, tables: tuple[str, ...] = (
        "instructions", "exclusions", "responses", "models")) -> str:
    """sha256 over every row of the tables a failed import or merge must not touch."""
    digest = hashlib.sha256()
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):  # noqa: S608
            digest.update(repr(row).encode())
    return digest.hexdigest()


def other_app_database(path: Path) -> Path:
    """A valid SQLite database of another application (a browser history, say)."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT, title TEXT);"
        "INSERT INTO moz_places(url, title) VALUES ('https://example.org', 'Example');"
        "CREATE TABLE instructions(id TEXT, text TEXT);"
        "INSERT INTO instructions VALUES ('x', 'not ours');"
    )
    conn.close()
    return path


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so the file alone is the whole project."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def newer_schema(path: Path) -> Path:
    """Mark a closed project as written by a future Handloom (an unknown migration)."""
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                 "SELECT migration_set, '9999_from_the_future', applied_at "
                 "FROM _sqlite_migrations LIMIT 1")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version + 1}")
    conn.commit()
    conn.close()
    return path


def truncate_mid_page(path: Path, fraction: float = 0.6) -> Path:
    """Cut a closed project file in the middle of a page, as an interrupted copy would."""
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big") or 65536
    cut = max(page + page // 2, int(len(data) * fraction) // page * page + page // 2)
    path.write_bytes(data[: min(cut, len(data) - 1)])
    return path
