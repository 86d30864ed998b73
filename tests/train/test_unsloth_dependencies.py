"""Unsloth goes in with ``--no-deps`` (core/train/requirements-unsloth.txt), so pip never checks
what it needs: this test does. Every dependency that the pinned Unsloth and unsloth_zoo declare
for this platform must be installed at a version they accept, and be asked for, directly or
through another package, by the project's own files (pyproject.toml and
core/train/requirements.txt), so that a fresh ``make .venv`` installs it too. And every package
requirements.txt lists as one of Unsloth's own dependencies must still be one.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
UNSLOTH_FILE = ROOT / "core" / "train" / "requirements-unsloth.txt"
TRAINING_FILE = ROOT / "core" / "train" / "requirements.txt"
# Declared by Unsloth, left as they are on purpose (the comments in requirements.txt say why).
NOT_INSTALLED = {"torchvision": "PyPI's build does not load beside the CPU torch"}


def _lines(text: str) -> list[str]:
    """The requirement lines of a requirements file's text, comments dropped."""
    return [line.split("#")[0].strip() for line in text.splitlines()
            if line.split("#")[0].strip()]


def _applies(requirement: Requirement) -> bool:
    """Whether a requirement holds here without extras (what pip would install)."""
    return requirement.marker is None or requirement.marker.evaluate({"extra": ""})


def _requirements_of(name: str) -> list[Requirement]:
    return [r for r in map(Requirement, metadata.requires(name) or []) if _applies(r)]


def _closure(roots: list[Requirement]) -> set[str]:
    """Every installed distribution that ``roots`` bring in, extras included, by name."""
    seen: set[str] = set()
    todo = [(canonicalize_name(r.name), set(r.extras)) for r in roots if _applies(r)]
    while todo:
        name, extras = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            declared = [Requirement(text) for text in metadata.requires(name) or []]
        except metadata.PackageNotFoundError:
            continue
        for requirement in declared:
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": e}) for e in extras | {""}):
                todo.append((canonicalize_name(requirement.name), set(requirement.extras)))
    return seen


def _unsloth_requirements() -> dict[str, Requirement]:
    pinned = [Requirement(line) for line in _lines(UNSLOTH_FILE.read_text())]
    assert {canonicalize_name(r.name) for r in pinned} == {"unsloth", "unsloth-zoo"}
    found: dict[str, Requirement] = {}
    for package in pinned:
        assert metadata.version(package.name) in package.specifier, package
        for requirement in _requirements_of(package.name):
            found.setdefault(canonicalize_name(requirement.name), requirement)
    return found


def test_every_unsloth_dependency_is_installed_at_a_version_it_accepts() -> None:
    wrong = []
    for name, requirement in _unsloth_requirements().items():
        if name in NOT_INSTALLED:
            continue
        try:
            version = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            wrong.append(f"{requirement} is not installed")
            continue
        if not requirement.specifier.contains(version, prereleases=True):
            wrong.append(f"{requirement} is not met by the installed {name} {version}")
    assert not wrong, "Add these to core/train/requirements.txt: " + "; ".join(wrong)


def test_every_unsloth_dependency_is_asked_for_by_the_project() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    roots = [Requirement(text) for text in project["dependencies"]]
    roots += [Requirement(line) for line in _lines(TRAINING_FILE.read_text())]
    asked = _closure(roots)
    needed = set(_unsloth_requirements()) - set(NOT_INSTALLED) - {"unsloth-zoo"}
    assert not needed - asked, (
        "Unsloth needs these, but neither pyproject.toml nor core/train/requirements.txt "
        f"asks for them: {sorted(needed - asked)}")


def test_requirements_lists_only_what_unsloth_still_needs() -> None:
    text = TRAINING_FILE.read_text()
    own = text[text.index("# Unsloth's own dependencies"):]
    listed = {canonicalize_name(re.split(r"[=<>!~\[; ]", line)[0]) for line in _lines(own)}
    unsloth = _unsloth_requirements()
    brought = _closure(list(unsloth.values()))
    assert not listed - brought, (
        f"requirements.txt lists these as Unsloth's, but it no longer needs them: "
        f"{sorted(listed - brought)}")

