"""The window calls core through ``app.shell.ops`` (``read``, ``write``, ``call``), naming the core
function as a "module:function" string so that its module loads on the worker's thread.
A string is not checked by an import, so this test reads every such call in app/ from its
syntax tree and checks that the name resolves to a function that accepts the arguments the
window passes (and ``progress``/``cancel`` where it asks for them with ``reports=True``):
a renamed core function or a changed signature fails here, not when a person presses the
button."""

from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.stages import load

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ("read", "write", "call")
HELPER_KEYWORDS = ("name", "reports", "stream")  # the worker's, not the core function's


@dataclass(frozen=True)
class Operation:
    where: str
    kind: str  # read, write or call
    target: str
    positional: int | None  # arguments after the project; None when some are unpacked (*args)
    keywords: tuple[str, ...] | None  # None when some are unpacked (**kwargs)
    reports: bool


def _operation(node: ast.Call, in_ops: bool) -> str | None:
    func = node.func
    if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id == "ops" and func.attr in OPERATIONS):
        return func.attr
    if in_ops and isinstance(func, ast.Name) and func.id in OPERATIONS:
        return func.id
    return None


def operations(root: Path) -> list[Operation]:
    """Every ``ops.read/write/call`` in app/ whose target is written out as a string."""
    found = []
    for path in sorted((root / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            kind = _operation(node, path.name == "ops.py" and path.parent.name == "app")
            first = 0 if kind == "call" else 1
            if kind is None or len(node.args) <= first:
                continue
            target = node.args[first]
            if not (isinstance(target, ast.Constant) and isinstance(target.value, str)):
                continue
            rest = node.args[first + 1:]
            unpacked = any(isinstance(a, ast.Starred) for a in rest)
            keywords = [k.arg for k in node.keywords]
            reports = any(k.arg == "reports" and isinstance(k.value, ast.Constant)
                          and k.value.value is True for k in node.keywords)
            found.append(Operation(
                f"{path.relative_to(root)}:{node.lineno}", kind, target.value,
                None if unpacked else len(rest),
                None if None in keywords
                else tuple(k for k in keywords if k is not None and k not in HELPER_KEYWORDS),
                reports))
    return found


FOUND = operations(ROOT)


def test_the_window_calls_core_through_its_operations() -> None:
    assert len(FOUND) >= 40
    assert {o.kind for o in FOUND} == set(OPERATIONS)


@pytest.mark.parametrize("operation", FOUND, ids=[f"{o.where} {o.target}" for o in FOUND])
def test_each_operation_names_a_core_function_that_takes_its_arguments(
    operation: Operation,
) -> None:
    module, _, name = operation.target.partition(":")
    assert module.startswith("core.") and name, operation.where
    function = load(operation.target)
    assert callable(function), operation.where
    if operation.positional is None or operation.keywords is None:
        return
    signature = inspect.signature(function)
    project = [None] if operation.kind != "call" else []
    told = {"progress": None, "cancel": None} if operation.reports else {}
    signature.bind(*project, *[None] * operation.positional,
                   **dict.fromkeys(operation.keywords), **told)


def test_a_misnamed_or_mismatched_operation_is_caught(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "page.py").write_text(
        "from app.shell import ops\n\n"
        "def reads(path):\n"
        "    return ops.read(path, 'core.store.instructions:no_such_thing', name='x')\n\n"
        "def counts(path):\n"
        "    return ops.read(path, 'core.store.instructions:count', 1, 2, 3, name='x')\n\n"
        "def reports(path):\n"
        "    return ops.write(path, 'core.store.instructions:stats', name='x', reports=True)\n",
        encoding="utf-8")
    misnamed, too_many, no_progress = operations(tmp_path)
    with pytest.raises(AttributeError):
        test_each_operation_names_a_core_function_that_takes_its_arguments(misnamed)
    for wrong in (too_many, no_progress):
        with pytest.raises(TypeError):
            test_each_operation_names_a_core_function_that_takes_its_arguments(wrong)
