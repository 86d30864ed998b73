"""Fuzzing the command line: the real argparse parser and commands, run in-process.

Argument lists are generated from the parser itself (every subcommand, its options, their
types and choices) with valid, borderline and hostile values, and run through
``core.cli.main`` against a real project. Every case must end with exit status 0, a typed
error (status 1 and one sentence) or argparse's usage error (status 2 and a message) —
never another exception, a traceback, or a case past its deadline.

Commands that load a language model get a model name that is not registered, so each case
stays within seconds; the model paths themselves are exercised by the engine's tests.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import os
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cli import build_parser, main
from core.store.project import Project
from tests.reliability import hostile
from tests.reliability.conftest import scale

_counter = itertools.count()
PARSER = build_parser()
SUBCOMMANDS: dict[str, argparse.ArgumentParser] = next(
    a for a in PARSER._actions if isinstance(a, argparse._SubParsersAction)
).choices
MODEL_COMMANDS = {"generate", "judge", "followup", "translate", "arena", "train", "recipe"}
MODEL_OPTIONS = {"--model", "--models", "--judge", "--base"}
PATH_DESTS = {"files", "path", "other", "out_dir", "rubric", "glossary", "prompt_file", "prompts",
              "csv", "export", "set"}

argv_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=20,
)
hostile_words = st.sampled_from([
    "", "-", "--", "-1", "0", "1e309", "nan", "inf", "-inf", "x" * 300, "../..", "/",
    "<b>bold</b>", "\x1b[2J", "\u202eevil", "owner/name", "a/b:c", "instruction=", "=x",
    "instruction=prompt", "language=lang", "(a+)+$", "[", "*", "%s%s%n", "{0}", "NULL",
    "'; DROP TABLE instructions; --", "sw", "en", "xx-YY", "included", "all", "left",
])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A real project with a few instructions, and files the arguments can point at."""
    from core.projects import new_project

    folder = tmp_path_factory.mktemp("fuzz-cli")
    project_path = folder / "fuzz.handloom"
    new_project(project_path).close()
    good = folder / "prompts.csv"
    good.write_text("instruction,language\nHabari ya asubuhi?,sw\nWhat is rain?,en\n"
                    + "a" * 40 + "!,en\n", encoding="utf-8")
    assert main(["import", str(project_path), str(good)]) == 0
    bad = folder / "bad.jsonl"
    bad.write_bytes(b'{"instruction": "ok"}\n{"instruction": \n\xff\xfe')
    other = hostile.other_app_database(folder / "places.sqlite")
    folder_path = folder / "a-folder"
    folder_path.mkdir()
    paths = [str(p) for p in (good, bad, other, folder_path, project_path)]
    paths += [str(folder / "missing.csv"), str(folder / "missing.handloom")]
    yield {"folder": folder, "project": project_path, "paths": paths}


def _value(draw: st.DrawFn, action: argparse.Action, world: dict[str, Any]) -> str:
    """One value for ``action``: usually plausible, sometimes hostile."""
    if action.dest in PATH_DESTS or action.dest in ("dataset",) and action.option_strings == []:
        fresh = str(world["folder"] / f"new-{next(_counter)}")
        return draw(st.one_of(st.sampled_from(world["paths"]), st.just(fresh), argv_text))
    if action.choices is not None:
        valid = st.sampled_from([str(c) for c in action.choices])
        return draw(st.one_of(valid, valid, valid, hostile_words))
    kind = getattr(action.type, "__name__", None)
    if kind == "int":
        small = st.integers(-2, 50).map(str)
        return draw(st.one_of(small, small, small, st.integers().map(str), hostile_words))
    if kind == "float":
        small = st.floats(-2, 12).map(str)
        return draw(st.one_of(small, small, small, st.floats().map(str), hostile_words))
    return draw(st.one_of(hostile_words, argv_text))


@st.composite
def argument_lists(draw: st.DrawFn, world: dict[str, Any]) -> list[str]:
    name = draw(st.sampled_from(sorted(SUBCOMMANDS)))
    parser = SUBCOMMANDS[name]
    argv = [name]
    for action in parser._actions:
        if action.option_strings or isinstance(action, argparse._HelpAction):
            continue
        if action.dest == "project":
            argv.append(draw(st.one_of(st.just(str(world["project"])) , st.just(
                str(world["project"])), st.sampled_from(world["paths"]), argv_text)))
        elif action.nargs == "?" and draw(st.booleans()):
            continue
        else:
            count = draw(st.integers(1, 3)) if action.nargs in ("+", "*") else 1
            argv += [_value(draw, action, world) for _ in range(count)]
    options = [a for a in parser._actions if a.option_strings
               and not isinstance(a, argparse._HelpAction | argparse._VersionAction)]
    chosen = draw(st.lists(st.sampled_from(options), max_size=5)) if options else []
    if name in MODEL_COMMANDS:
        chosen += [a for a in options if set(a.option_strings) & MODEL_OPTIONS]
    for action in chosen:
        argv.append(draw(st.sampled_from(action.option_strings)))
        if set(action.option_strings) & MODEL_OPTIONS:
            argv.append(draw(st.sampled_from(["no-such-model", "nope,also-nope", "<i>x</i>",
                                              "", "SmolLM2", "gemma"])))
        elif action.nargs == 0:
            continue
        elif action.nargs in ("+", "*"):
            argv += [_value(draw, action, world) for _ in range(draw(st.integers(1, 2)))]
        elif action.nargs == "?":
            if draw(st.booleans()):
                argv.append(_value(draw, action, world))
        else:
            argv.append(_value(draw, action, world))
    if draw(st.integers(0, 9)) == 0:  # a stray token somewhere: argparse must say why
        argv.insert(draw(st.integers(1, len(argv))), draw(st.one_of(hostile_words, argv_text)))
    if draw(st.integers(0, 19)) == 0:
        argv.append("--help")
    return argv


def test_fuzz_command_line(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
                           tmp_path: Path,
                           reliability_table: Callable[[str, list[str], list[object]], None]
                           ) -> None:
    # No case may reach the real Hub or use a stored login.
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr("huggingface_hub.constants.ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr("huggingface_hub.constants.HF_TOKEN_PATH", str(tmp_path / "no-login"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.chdir(world["folder"])
    tally = hostile.Tally()
    usage = 0
    commands: set[str] = set()

    cases = int(os.environ.get("HANDLOOM_FUZZ_CASES", "0")) or scale(150, 3000)

    @settings(max_examples=cases, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(argv=argument_lists(world))
    def case(argv: list[str]) -> None:
        nonlocal usage
        out, err = io.StringIO(), io.StringIO()
        commands.add(argv[0])
        with tally.case():
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                        hostile.deadline():
                    status = main(argv)
            except SystemExit as e:
                status = e.code if isinstance(e.code, int) else 1
                if status == 2 and "error:" not in err.getvalue():
                    tally.failures.append(f"{argv!r}: exit 2 without a message")
            except hostile.Hang as e:
                tally.failures.append(f"{argv!r}: {e}")
                return
            except BaseException:
                tally.failures.append(f"{argv!r}: {traceback.format_exc(limit=-5)}")
                return
        if "Traceback" in err.getvalue() or "Traceback" in out.getvalue():
            tally.failures.append(f"{argv!r}: printed a traceback\n{err.getvalue()[-2000:]}")
        elif status == 0:
            tally.successes += 1
        elif status == 1:
            sentence = err.getvalue().strip()
            if not sentence.startswith("handloom: ") or len(sentence) < 15:
                tally.failures.append(f"{argv!r}: status 1 without a sentence: {sentence!r}")
            else:
                tally.typed += 1
        elif status == 2:
            usage += 1
        else:
            tally.failures.append(f"{argv!r}: exit status {status!r}")

    case()
    reliability_table("Fuzzed command lines", [*hostile.TABLE_COLUMNS, "usage errors (2)",
                                               "commands"],
                      [*tally.row("handloom CLI"), usage, len(commands)])
    project = Project.open(world["project"])
    try:
        assert project.integrity_ok()
    finally:
        project.close()
    assert not tally.failures, "\n\n".join(tally.failures[:5])
    assert tally.successes and tally.typed and usage
