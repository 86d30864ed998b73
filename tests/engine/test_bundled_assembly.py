"""The bundled Gemma is assembled once into the models folder, even when several threads of
the window (the Models page, the Overview's read, a job) ask for it at the same moment on a
first start: before, each wrote the same ``.partial`` file and all but one rename failed
with FileNotFoundError, shown as an unexpected error."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from core.engine import bundled


@pytest.mark.slow  # assembles Gemma (250 MB) from its parts
def test_threads_asking_for_gemma_at_once_all_get_the_assembled_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HANDLOOM_MODELS_DIR", str(tmp_path / "models"))
    with ThreadPoolExecutor(4) as threads:
        paths = list(threads.map(lambda _: bundled.locate("gemma3-270m"), range(4)))
    assert len(set(paths)) == 1 and paths[0].stat().st_size > 100_000_000
    assert [p.name for p in paths[0].parent.iterdir()] == [paths[0].name]  # no partial left
