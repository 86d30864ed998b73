"""The core/Qt split is enforced here, not by good intentions (tests/test_layers.py holds
the other layers)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "core"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "app")


def test_core_never_imports_qt_or_the_window() -> None:
    offenders = []
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10, "the core package should be found"
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in QT_MODULES:
                    offenders.append(f"{path.relative_to(CORE.parent)}:{node.lineno} {name}")
    assert offenders == []
