"""Hostile GGUF files: refused with a sentence, or contained in time and memory.

Files are built with the ``gguf`` library: a chat template that tries to leave the Jinja
sandbox or to run away, an absurd context length, an absurd tensor count, a truncated
file and a text file named ``.gguf``. They go through the real registry, header reader,
template sandbox, engine and command line, and through the window's Models page.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core import jobs
from core.cli import main
from core.engine import bundled
from core.engine.chat_template import template_for_model
from core.engine.errors import ChatTemplateError, ModelFileError
from core.engine.process import LocalEngine
from core.errors import HandloomError
from core.projects import new_project
from core.store import registry
from core.store.project import Project
from tests.reliability import hostile

RENDER_SECONDS = 5.0  # the sandbox's own deadline is 2 s; a loaded machine gets slack
RENDER_BYTES = 64 << 20
MODELS_TABLE = "Hostile model files"
MODEL_COLUMNS = ["file", "where", "outcome", "seconds", "peak MB"]
THREADS = int(os.environ.get("HANDLOOM_ENGINE_THREADS", "1"))


@pytest.fixture(scope="module")
def smollm2() -> Path:
    return bundled.locate("smollm2")


@pytest.fixture(scope="module")
def runaway_smollm2(smollm2: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real SmolLM2 weights carrying a string-doubling template and the largest
    context length the header reader accepts."""
    from core.engine.gguf_header import MAX_CONTEXT_LENGTH

    return hostile.copy_gguf(
        smollm2, tmp_path_factory.mktemp("hostile-models") / "runaway.gguf",
        template=hostile.HOSTILE_TEMPLATES["exponential string"],
        context_length=MAX_CONTEXT_LENGTH)


@pytest.fixture
def empty_project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "models.handloom")
    yield project
    project.close()


def _bounded(call: Callable[[], object]) -> tuple[BaseException | None, float, float]:
    """Run ``call``; return what it raised, the seconds and the peak MB it allocated."""
    tracemalloc.start()
    began = time.perf_counter()
    raised: BaseException | None = None
    try:
        with hostile.deadline(RENDER_SECONDS * 2):
            call()
    except BaseException as e:  # noqa: BLE001 - the test inspects what came out
        raised = e
    seconds = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return raised, seconds, peak / 1e6


@pytest.mark.parametrize("name", sorted(hostile.HOSTILE_TEMPLATES))
def test_hostile_chat_templates_are_contained(
    name: str, empty_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    path = hostile.tiny_gguf(tmp_path / "template.gguf", template=hostile.HOSTILE_TEMPLATES[name])
    record = registry.add_gguf(empty_project, path, name=name)
    assert record.chat_template == hostile.HOSTILE_TEMPLATES[name]

    def render() -> None:
        template = template_for_model(record.chat_template, bos_token="<s>", eos_token="</s>")
        template.render([{"role": "user", "content": "Habari?"}])

    raised, seconds, peak = _bounded(render)
    reliability_table(MODELS_TABLE, MODEL_COLUMNS,
                      [f"template: {name}", "chat template sandbox",
                       type(raised).__name__ if raised else "rendered", f"{seconds:.2f}",
                       f"{peak:.1f}"])
    assert isinstance(raised, ChatTemplateError), f"{name}: {raised!r}"
    assert "chat template" in str(raised) and "Traceback" not in str(raised)
    assert seconds < RENDER_SECONDS and peak < RENDER_BYTES / 1e6
    assert list(workdir.iterdir()) == [], "the template touched the file system"


def _file_cases(tmp_path: Path, smollm2: Path) -> dict[str, Path]:
    truncated = tmp_path / "truncated.gguf"
    with smollm2.open("rb") as f:
        truncated.write_bytes(f.read(smollm2.stat().st_size // 3))
    header_only = tmp_path / "header-only.gguf"
    with smollm2.open("rb") as f:
        header_only.write_bytes(f.read(100_000))
    notes = tmp_path / "notes.gguf"
    notes.write_text("these are my notes, not a model\n" * 50, encoding="utf-8")
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    return {
        "absurd context length": hostile.tiny_gguf(tmp_path / "context.gguf",
                                                   context_length=1 << 40),
        "absurd tensor count": hostile.absurd_tensor_count(tmp_path / "tensors.gguf"),
        "plausible tensor count, no tensors": hostile.absurd_tensor_count(
            tmp_path / "few.gguf", 60_000),
        "truncated model": truncated,
        "only the header": header_only,
        "text named .gguf": notes,
        "empty file": empty,
    }


def test_hostile_files_are_refused_with_a_sentence(
    empty_project: Project, tmp_path: Path, smollm2: Path,
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    for label, path in _file_cases(tmp_path, smollm2).items():
        for where, call in (
            ("registry.add_gguf",
             lambda p=path, n=label: registry.add_gguf(empty_project, p, name=n)),
            ("LocalEngine", lambda p=path: LocalEngine(p, n_parallel=1, n_ctx_per_seq=64,
                                                       n_threads=THREADS)),
        ):
            raised, seconds, peak = _bounded(call)
            reliability_table(MODELS_TABLE, MODEL_COLUMNS,
                              [label, where, type(raised).__name__ if raised else "accepted",
                               f"{seconds:.2f}", f"{peak:.1f}"])
            assert isinstance(raised, ModelFileError), f"{label} via {where}: {raised!r}"
            assert path.name in str(raised) and "Traceback" not in str(raised)
            assert seconds < RENDER_SECONDS and peak < 64
    assert registry.list_models(empty_project) == []


def test_a_real_model_with_a_runaway_template_fails_its_job_with_a_sentence(
    runaway_smollm2: Path, tmp_path: Path,
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    """``handloom models add`` keeps it (its header is sound); generating fails in seconds
    with the sandbox's sentence, the job is recorded as failed, and nothing is written."""
    path = tmp_path / "tales.handloom"
    new_project(path).close()
    prompts = tmp_path / "prompts.csv"
    prompts.write_text("instruction\nHabari ya asubuhi?\nWhat is rain?\n", encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(["import", str(path), str(prompts)]) == 0
        assert main(["models", "add", str(path), str(runaway_smollm2), "--name", "runaway"]) == 0
        began = time.perf_counter()
        with hostile.deadline(60):
            status = main(["generate", str(path), "--model", "runaway", "--max-tokens", "4",
                           "--parallel", "1"])
        seconds = time.perf_counter() - began
    reliability_table(MODELS_TABLE, MODEL_COLUMNS,
                      ["SmolLM2 + string-doubling template", "handloom generate",
                       f"exit {status}", f"{seconds:.2f}", "-"])
    assert status == 1
    assert "chat template" in err.getvalue() and "Traceback" not in err.getvalue()
    project = Project.open(path)
    try:
        assert project.scalar("SELECT count(*) FROM responses") == 0
        [job] = [j for j in jobs.list_jobs(project) if j.kind == "generate"]
        assert job.state == "failed" and "chat template" in (job.error or "")
    finally:
        project.close()


def test_the_largest_declared_context_does_not_size_the_engine(
    runaway_smollm2: Path,
    reliability_table: Callable[[str, list[str], list[object]], None],
) -> None:
    """A header declaring 67M tokens of context loads with the context the job asks for:
    the KV cache follows the request, not the file's claim."""
    began = time.perf_counter()
    with LocalEngine(runaway_smollm2, n_parallel=1, n_ctx_per_seq=256,
                     n_threads=THREADS) as engine:
        memory = dict(engine.memory)
        assert engine.info.context_length == 1 << 26
    seconds = time.perf_counter() - began
    peak = max((v for k, v in memory.items() if "mb" in k.lower() or "rss" in k.lower()),
               default=0.0)
    reliability_table(MODELS_TABLE, MODEL_COLUMNS,
                      ["SmolLM2 declaring 67M-token context", "LocalEngine", "loaded, 256 ctx",
                       f"{seconds:.2f}", f"{peak:.0f}"])
    assert memory, "the engine reports its memory"
    assert peak < 1500, memory


def test_the_window_survives_registering_hostile_files(
    qtbot, tmp_path: Path, smollm2: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from app.shell.window import MainWindow
    from app.stages.models.page import ModelsPage

    monkeypatch.setenv("HANDLOOM_HOME", str(tmp_path / "projects"))
    path = tmp_path / "window.handloom"
    new_project(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.page(ModelsPage)
    with qtbot.waitSignal(page.models_shown, timeout=60_000):
        assert window.open_project(path)
    window.show_page(page)
    for label, file in _file_cases(tmp_path, smollm2).items():
        with qtbot.waitSignal(window.session.error, timeout=60_000) as error:
            page.add_gguf(file, name=label)
        assert file.name in error.args[0], label
        assert window.messages.text() == error.args[0] and window.isVisible()
    assert page.table.rowCount() == 2

    # A hostile template is stored (its header is sound) and its name is shown as text.
    name = "<img src=x onerror=alert(1)><b>bold</b>"
    hostile_file = hostile.tiny_gguf(tmp_path / "template.gguf",
                                     template=hostile.HOSTILE_TEMPLATES["globals walk"])
    with qtbot.waitSignal(page.model_changed, timeout=60_000):
        page.add_gguf(hostile_file, name=name)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=60_000)
    page.table.selectRow(2)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    shown = page.detail.text()
    if page.detail.textFormat() != Qt.TextFormat.PlainText:
        document = QTextDocument()
        document.setHtml(shown)
        shown = document.toPlainText()
    assert name in shown, "the name must appear literally, not as markup"
    window.close()


def test_header_limits_are_sentences_not_exceptions() -> None:
    """A sanity check that the refusal types are the ones the window and CLI show."""
    assert issubclass(ModelFileError, HandloomError)
    assert issubclass(ChatTemplateError, HandloomError)
