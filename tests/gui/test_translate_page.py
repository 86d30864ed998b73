"""The Translate page: the language choices, the pair's prompt and glossary, translating two
demo instructions while the outputs stream (with scripted models, and with the bundled Gemma),
and the translations listed with their flags."""

from __future__ import annotations

import json
from pathlib import Path

from app.shell.window import MainWindow
from app.stages.translate.page import TranslatePage
from core.demo import ensure_demo_project
from core.store.project import Project
from core.translate import records
from tests.gui.conftest import JOB_TIMEOUT_MS, open_on_page, shot
from tests.scripted_models import ScriptedModels

GEMMA = "gemma-3-270m"
ORIGINALS_AR = "اشرح بكلمات بسيطة لماذا السماء زرقاء."
ORIGINALS_ZH = "请用简单的话解释为什么天空是蓝色的。"


def _open(qtbot, window: MainWindow, path: Path) -> TranslatePage:  # type: ignore[no-untyped-def]
    return open_on_page(qtbot, window, path, TranslatePage, "pending_shown")


def test_two_demo_instructions_are_translated_and_listed_with_their_flags(
    qtbot, window: MainWindow, tmp_path: Path, scripted_or_real: ScriptedModels | None
) -> None:
    page = _open(qtbot, window, ensure_demo_project(tmp_path / "Demo.handloom"))
    form = page.form
    assert form.model.currentData() == GEMMA  # the multilingual bundled model by default
    labels = [form.target.itemText(i) for i in range(form.target.count())]
    assert "sw — Swahili (Kiswahili)" in labels and "am — Amharic (አማርኛ)" in labels
    assert form.source.findData("en") > 0 and "13" in form.source.itemText(
        form.source.findData("en")
    )

    form.target.setCurrentIndex(form.target.findData("es"))
    form.source.setCurrentIndex(form.source.findData("en"))
    form.limit.setValue(2)
    form.parallel.setValue(2)
    form.max_tokens.setValue(16)
    with qtbot.waitSignal(page.pending_shown, timeout=JOB_TIMEOUT_MS) as counted:
        page.count_pending()
    assert counted.args == [2, 2]
    assert "<b>2</b> of 2 instructions" in page.pending.text()

    # The pair's prompt: the default, edited and saved as version 1.
    assert page.prompt.title() == "Prompt for en → es"
    assert "Translate English into Spanish" in page.prompt.editor.toPlainText()
    page.prompt.editor.setPlainText("No text placeholder here")
    page.prompt.save()
    assert "must contain {text}" in window.messages.text()
    page.prompt.use_default()
    page.prompt.editor.setPlainText(
        page.prompt.editor.toPlainText().replace("Keep the meaning", "Keep the exact meaning")
    )
    with qtbot.waitSignal(page.prompt.saved) as saved:
        page.prompt.save_button.click()
    assert saved.args == [1] and page.prompt.info.text().startswith("Version 1, saved by Test")

    # A glossary imported from CSV is listed for the pair.
    terms = tmp_path / "terms.csv"
    terms.write_text("source,target\ntomatoes,tomates\n", encoding="utf-8")
    with qtbot.waitSignal(page.glossary.terms_shown, timeout=JOB_TIMEOUT_MS) as listed:
        page.glossary.import_file(terms)
    assert listed.args == [1] and page.glossary.table.item(0, 1).text() == "tomates"

    assert not page.progress.isVisible()  # no empty box that looks like a field, until a run
    with qtbot.waitSignal(page.translation_ended, timeout=JOB_TIMEOUT_MS) as ended:
        page.start_button.click()
        assert page.cancel_button.isEnabled() and not page.start_button.isEnabled()
    assert ended.args == ["done"], window.messages.text()
    assert page.stream_view.chunks >= 1  # outputs arrived while they were being written
    assert page.status.text().startswith("Wrote 2 translations")
    assert page.progress.isVisible() and page.progress.value() == page.progress.maximum() == 2

    project = window.session.project
    rows = records.listing(project, target="es")
    assert [r["source_text"] for r in rows] == [
        "How do I keep tomatoes from cracking when it rains a lot?",
        "Write a short thank-you note to my neighbour who watered my plants while I was away.",
    ]
    settings = json.loads(
        project.scalar(
            "SELECT settings FROM translations WHERE original_id = (SELECT id FROM instructions "
            "WHERE text LIKE 'How do I keep tomatoes%')"
        )
    )
    assert settings["template_version"] == 1 and settings["glossary"] == [["tomatoes", "tomates"]]
    assert "Keep the exact meaning" in project.scalar(
        "SELECT prompt FROM translations ORDER BY rowid LIMIT 1"
    )
    if scripted_or_real is not None:  # the scripted model's words, cut at 16 tokens
        assert rows[0]["text"].startswith("A scripted answer to: ")
        assert scripted_or_real.opened == [GEMMA]

    listing = page.translations
    qtbot.waitUntil(lambda: listing.table.rowCount() == 2, timeout=JOB_TIMEOUT_MS)
    assert listing.table.item(0, 0).text().startswith("How do I keep tomatoes")
    assert listing.table.item(0, 1).text() == rows[0]["text"].split("\n", 1)[0][:200]
    assert listing.source_view.text() == rows[0]["source_text"]
    flagged = sum(bool(r["flags"]) for r in rows)
    with qtbot.waitSignal(listing.shown, timeout=JOB_TIMEOUT_MS) as filtered:
        listing.choose_flag("none")
    assert filtered.args == [2 - flagged]
    with qtbot.waitSignal(listing.shown, timeout=JOB_TIMEOUT_MS) as filtered:
        listing.choose_flag("any")
    assert filtered.args == [flagged]
    qtbot.waitUntil(lambda: "All 2 chosen" in page.pending.text(), timeout=JOB_TIMEOUT_MS)
    shot(window, "translate-page-run")


def test_translations_in_other_scripts_are_listed_in_their_direction(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.test_review_page import review_project

    path, translations = review_project(tmp_path / "scripts.handloom")
    project = Project.open(path)
    try:
        ids = [r["id"] for r in project.query("SELECT id FROM instructions ORDER BY rowid")]
        model_id = project.scalar("SELECT id FROM models WHERE name = ?", [GEMMA])
        for original, text in (
            (0, "ሰማዩ ለምን ሰማያዊ እንደሆነ በቀላል ቃላት አስረዳ።"),
            (4, "ሰማዩ ለምን ሰማያዊ እንደሆነ በቀላል ቃላት አስረዳ፤ በቻይንኛ።"),
        ):
            records.store(
                project,
                original_id=ids[original],
                source_language="en",
                target_language="am",
                model_id=model_id,
                job_id=None,
                prompt="…",
                settings={},
                text=text,
                flags={"length_ratio": "0.4"} if original else {},
                curator="Machine Run",
            )
    finally:
        project.close()
    page = _open(qtbot, window, path)
    assert page.form.target_code() == "sw"  # the default before any translate job
    listing = page.translations
    with qtbot.waitSignal(listing.shown, timeout=JOB_TIMEOUT_MS, check_params_cb=lambda n: n == 3):
        page.form.target.setCurrentIndex(page.form.target.findData("am"))
    sources = [listing.table.item(i, 0).text().strip("\u200f") for i in range(3)]
    assert sources == ["Explain in simple words why the sky is blue.", ORIGINALS_AR, ORIGINALS_ZH]
    arabic = listing.table.item(1, 0)
    assert arabic.textAlignment() & Qt.AlignmentFlag.AlignRight
    listing.table.setCurrentCell(1, 0)
    assert listing.source_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert listing.text_view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    shot(window, "translate-page")
