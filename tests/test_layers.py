"""The layers contract, held by a test: every module's imports (at the top or inside a
function) are read from its syntax tree.

    app            the window: calls core, holds no SQL; its shared widgets know no stage
    core/cli       the command line
    core/<stage>   one folder per stage (core.stages lists them), over
    core/store     the project file (and the model registry), over
    core/engine    model files, processes, templates; never the project file

core never imports app or Qt; the engine never imports the store or a stage; the store
never imports a stage; app never imports sqlite3, runs SQL (``execute``, a project's
``query`` or ``scalar``) nor holds an SQL statement: it calls core functions that do;
app/widgets never imports app/stages; and app/shell imports no stage's folder
(app/stages/<key>/): it reaches the pages through the registry (``app.stages``) and the
``Page`` interface (``app.stages.base``).
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6")
# core's subpackages that are not stages: the layers under them and the command line over them
NOT_STAGES = ("store", "engine", "cli")
# Calls that run SQL: a connection's, and the project's own helpers.
SQL_CALLS = ("execute", "executemany", "executescript", "query", "scalar")
# An SQL statement in a string: its keywords in capitals, as Handloom writes them (a window
# sentence such as "Select the best response" is not one).
SQL_TEXT = re.compile(r"\b(SELECT\b.+\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|"
                      r"DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIEW)|DROP\s+TABLE|PRAGMA)\b", re.S)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _parsed(text: str) -> ast.Module:
    return ast.parse(text)


def syntax_tree(path: Path) -> ast.Module:
    """``path``'s syntax tree, parsed once per text: the cases below check a copy of the
    code again and again with one file changed (each parse of the whole tree took ~2 s)."""
    return _parsed(path.read_text(encoding="utf-8"))


def imports(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in ``path``, relative ones resolved."""
    tree = syntax_tree(path)
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:  # "from core.store import registry" imports a module
                yield node.lineno, f"{module}.{alias.name}" if module else alias.name


def stage_packages(root: Path) -> set[str]:
    return {p.parent.name for p in (root / "core").glob("*/__init__.py")} - set(NOT_STAGES)


def stage_folder(target: str, root: Path) -> bool:
    """Whether ``target`` is in a stage's folder of the window (app.stages.<key>), not the
    registry (``app.stages``, whose names such as ``page_target`` are no folders) or the
    pages' base classes."""
    parts = target.split(".")
    return parts[:2] == ["app", "stages"] and len(parts) > 2 and (
        root / "app" / "stages" / parts[2]).is_dir()


def within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def violations(root: Path) -> list[str]:
    """Every import (and SQL call in app) that breaks the contract, as "file:line what"."""
    stages = tuple(f"core.{s}" for s in sorted(stage_packages(root)))
    found: list[str] = []
    for path in sorted((root / "core").rglob("*.py")):
        name = module_name(path, root)
        for line, target in imports(path, root):
            where = f"{path.relative_to(root)}:{line} imports {target}"
            if within(target, "app", *QT):
                found.append(f"{where} (core never imports the window or Qt)")
            if within(name, "core.engine") and within(target, "core.store", *stages):
                found.append(f"{where} (the engine never touches the project file or a stage)")
            if within(name, "core.store") and within(target, *stages):
                found.append(f"{where} (the store never imports a stage)")
    for path in sorted((root / "app").rglob("*.py")):
        name = module_name(path, root)
        for line, target in imports(path, root):
            if within(target, "sqlite3"):
                found.append(f"{path.relative_to(root)}:{line} imports sqlite3 (no SQL in app)")
            if within(name, "app.widgets") and within(target, "app.stages"):
                found.append(f"{path.relative_to(root)}:{line} imports {target}"
                             " (a shared widget knows no stage)")
            if within(name, "app.shell") and stage_folder(target, root):
                found.append(f"{path.relative_to(root)}:{line} imports {target}"
                             " (the shell knows no stage's folder; pages come through "
                             "app.stages and the Page interface)")
        for node in ast.walk(syntax_tree(path)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SQL_CALLS):
                found.append(f"{path.relative_to(root)}:{node.lineno} runs SQL "
                             f"({node.func.attr}; no SQL in app)")
            elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and SQL_TEXT.search(node.value)):
                found.append(f"{path.relative_to(root)}:{node.lineno} holds an SQL statement "
                             "(no SQL in app)")
    return found


def test_the_code_keeps_its_layers() -> None:
    assert len(list((ROOT / "core").rglob("*.py"))) > 100
    assert {"generate", "judge", "fit", "compare"} <= stage_packages(ROOT)
    assert violations(ROOT) == []


@pytest.fixture(scope="module")
def copy_of_the_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("code")
    for folder in ("core", "app"):
        for path in (ROOT / folder).rglob("*.py"):
            copy = root / path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return root


@pytest.mark.parametrize(("module", "line", "broken"), [
    ("core/jobs.py", "from app.shell.window import MainWindow", "core never imports the window"),
    ("core/jobs.py", "from PySide6 import QtCore", "core never imports the window or Qt"),
    ("core/engine/batch.py", "from core.store import registry", "the engine never touches"),
    ("core/engine/batch.py", "from ..generate import job", "the engine never touches"),
    ("core/store/ids.py", "from core.judge.settings import JudgeSettings",
     "the store never imports a stage"),
    ("app/shell/numbers.py", "import sqlite3", "no SQL in app"),
    ("app/shell/numbers.py", "project.conn.execute('SELECT 1')", "runs SQL"),
    ("app/shell/numbers.py", "project.query(sql)", "runs SQL (query"),
    ("app/shell/numbers.py", "project.scalar(sql, [1])", "runs SQL (scalar"),
    ("app/shell/numbers.py", "sql = 'SELECT language FROM instructions'", "holds an SQL statement"),
    ("app/shell/numbers.py", "sql = f'DELETE FROM {table} WHERE id = ?'", "holds an SQL statement"),
    ("app/shell/numbers.py", "sql = ('UPDATE models '\n        'SET name = ?')", "holds an SQL"),
    ("app/widgets/text_editor.py", "from app.stages.review import page", "knows no stage"),
    ("app/shell/window.py", "from app.stages.review.reviewer_bar import ReviewerBar",
     "the shell knows no stage's folder"),
    ("app/shell/page_state.py", "import app.stages.train.loss_chart",
     "the shell knows no stage's folder"),
])
def test_a_forbidden_import_is_caught(copy_of_the_code: Path, module: str, line: str,
                                      broken: str) -> None:
    target = copy_of_the_code / module
    original = target.read_text(encoding="utf-8")
    target.write_text(original + f"\n\ndef _added():\n    {line}\n", encoding="utf-8")
    try:
        (found,) = violations(copy_of_the_code)
    finally:
        target.write_text(original, encoding="utf-8")
    assert found.startswith(module) and broken in found
