"""Photograph every page of the window on the demo project, in light and in dark.

``python -m tests.gui.screenshots OUT_DIR [PAGE…]`` starts the window as ``handloom`` does (fonts,
theme, high-DPI policy), opens the demo project, and saves ``NN-page-SCHEME.png`` for each
page of ``app.stages.PAGES`` (so a new page is photographed without changing this file),
plus the welcome screen, the keyboard shortcuts overlay, the Settings dialog and a table
holding one instruction in each of the seventeen scripts issue #9 names. It prints one JSON
line per picture. Run under Xvfb when there is one, else Qt's offscreen platform.

``python -m tests.gui.screenshots OUT_DIR --languages sw,ar`` takes instead every page (and
the welcome screen and Settings) once in light in each of those interface languages, with
the window built after the language's translations are installed as ``handloom`` builds it:
``NN-page-light-CODE.png``. The person's stored language choice is left alone.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

SCHEMES = ("light", "dark")


def _settle(app: QApplication, seconds: float = 0.6) -> None:
    """Let the page's background readers finish and the result paint."""
    from app.shell.worker import thread_pool

    deadline = time.monotonic() + 20
    end = time.monotonic() + seconds
    while time.monotonic() < end or (
        thread_pool().activeThreadCount() and time.monotonic() < deadline
    ):
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def _save(widget: QWidget, path: Path, **facts: object) -> None:
    widget.grab().save(str(path))
    print(json.dumps({"path": str(path), **facts}), flush=True)


def _scripts(curate: QWidget) -> None:
    """Scroll the Curate table to its end and open its first Arabic instruction."""
    model, table = curate.model, curate.table  # type: ignore[attr-defined]
    rows = [r for r in range(model.rowCount()) if (model.row(r) or {}).get("language") == "ar"]
    if rows:
        table.selectRow(rows[0])
    table.scrollToBottom()


def _unscroll(curate: QWidget) -> None:
    """Back to the table's top with nothing selected, so each picture is its own."""
    curate.table.clearSelection()  # type: ignore[attr-defined]
    curate.table.scrollToTop()  # type: ignore[attr-defined]


# One instruction in each of the seventeen scripts issue #9 names, with its language.
SCRIPT_ROWS = (
    ("Latin", "yo", "Ẹ kú àárọ̀! Báwo ni mo ṣe lè gbin ẹ̀gẹ́?"),
    ("Cyrillic", "ru", "Как вырастить помидоры на балконе?"),
    ("Greek", "el", "Πώς φυτεύω ντομάτες στο μπαλκόνι;"),
    ("Arabic", "ar", "كيف أزرع الطماطم على الشرفة؟"),
    ("Hebrew", "he", "איך מגדלים עגבניות במרפסת?"),
    ("Devanagari", "hi", "बालकनी में टमाटर कैसे उगाएँ?"),
    ("Bengali", "bn", "বারান্দায় টমেটো কীভাবে চাষ করব?"),
    ("Tamil", "ta", "பால்கனியில் தக்காளி எப்படி வளர்ப்பது?"),
    ("Ethiopic", "am", "በረንዳ ላይ ቲማቲም እንዴት ማብቀል እችላለሁ?"),
    ("Thai", "th", "ปลูกมะเขือเทศที่ระเบียงอย่างไร"),
    ("Khmer", "km", "តើខ្ញុំដាំប៉េងប៉ោះយ៉ាងដូចម្តេច?"),
    ("Myanmar", "my", "ဝရန်တာမှာ ခရမ်းချဉ်သီး ဘယ်လိုစိုက်ရမလဲ။"),
    ("CJK", "zh", "如何在阳台上种番茄？"),
    ("Hangul", "ko", "베란다에서 토마토를 어떻게 키우나요?"),
    ("Tifinagh", "zgh", "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ, ⵎⴰⵏⵉⴽ ⴰⴷ ⵙⵎⵖⵔⵖ ⵜⵉⵎⴰⵟⵉⵛ?"),
    ("N'Ko", "nqo", "ߒߞߏ ߞߊ߲ ߦߋ߫ ߛߓߍߛߎ߲ ߘߌ߫"),
    ("Canadian syllabics", "cr", "ᓀᐦᐃᔭᐍᐏᐣ ᑕᓂᓯ ᑭᑖᐦᑕᒥᓇᐚᐤ"),
)


def _scripts_project(folder: Path) -> Path:
    """A project holding one instruction per script of ``SCRIPT_ROWS``."""
    from core import jobs
    from core.ingest.config import import_config
    from core.projects import new_project

    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "scripts.jsonl"
    data.write_text("".join(
        json.dumps({"instruction": text, "language": code, "author": script},
                   ensure_ascii=False) + "\n"
        for script, code, text in SCRIPT_ROWS), encoding="utf-8")  # fmt: skip
    path = folder / "Scripts.handloom"
    project = new_project(path)
    try:
        jobs.start(project, "import", import_config([str(data)], format="jsonl",
                                                    licence="CC0-1.0"))  # fmt: skip
    finally:
        project.close()
    return path


def shoot(out: Path, only: tuple[str, ...] = ()) -> None:
    """Save the pictures to ``out``; ``only`` names the pages to take (in light only), as
    the high-DPI run does."""
    if QApplication.instance() is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(["handloom"])
    assert isinstance(app, QApplication)
    from app.shell import fonts, shortcuts, theme
    from app.shell.settings_dialog import SettingsDialog
    from app.shell.window import MainWindow
    from core.demo import ensure_demo_project

    out.mkdir(parents=True, exist_ok=True)
    fonts.register_fonts()
    theme.apply_theme("light")
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    _settle(app)
    suffix = "-hidpi" if only else ""
    if not only:
        _save(window, out / "00-welcome-light.png", page="welcome", scheme="light")
    assert window.open_project(ensure_demo_project())
    for scheme in SCHEMES[:1] if only else SCHEMES:
        theme.apply_theme(scheme)
        for index, page in enumerate(window.pages):
            name = page.objectName()  # the stage key: curate, import…
            if only and name not in only:
                continue
            if name == "curate":
                _unscroll(page)
            window.sidebar.setCurrentRow(index)
            _settle(app)
            path = out / f"{index + 1:02d}-{name}-{scheme}{suffix}.png"
            _save(window, path, page=name, scheme=scheme, ratio=window.devicePixelRatioF())
            if name == "curate":  # the other scripts: the table's end, an Arabic row open
                _scripts(page)
                _settle(app, 0.3)
                _save(window, out / f"{index + 1:02d}b-scripts-{scheme}{suffix}.png",
                      page="scripts", scheme=scheme)  # fmt: skip
                _unscroll(page)
        if only:
            continue
        overlay = shortcuts.show_overlay(window)
        _settle(app, 0.2)
        _save(overlay, out / f"90-shortcuts-{scheme}.png", page="shortcuts", scheme=scheme)
        overlay.close()
        settings = SettingsDialog(window)
        settings.show()
        _settle(app, 0.2)
        _save(settings, out / f"91-settings-{scheme}.png", page="settings", scheme=scheme)
        settings.close()
    if not only:  # a table with one row in each of the seventeen scripts, light and dark
        import tempfile

        from app.stages.curate.page import CuratePage

        with tempfile.TemporaryDirectory() as folder:
            assert window.open_project(_scripts_project(Path(folder)))
            curate = window.page(CuratePage)
            index = window.pages.index(curate)
            for scheme in SCHEMES:
                theme.apply_theme(scheme)
                window.sidebar.setCurrentRow(index)
                _unscroll(curate)
                _settle(app)
                _save(window, out / f"{index + 1:02d}c-all-scripts-{scheme}.png",
                      page="all-scripts", scheme=scheme, rows=curate.model.rowCount())  # fmt: skip
            window.close()
    window.close()


def shoot_languages(out: Path, codes: tuple[str, ...]) -> None:
    """One light picture of the welcome screen, every page and Settings in each language of
    ``codes``, at 1280×800, for a person to look for clipped or untranslated text."""
    app = QApplication.instance() or QApplication(["handloom"])
    assert isinstance(app, QApplication)
    from app.shell import fonts, i18n, theme
    from app.shell.settings_dialog import SettingsDialog
    from app.shell.window import MainWindow
    from core.demo import ensure_demo_project

    out.mkdir(parents=True, exist_ok=True)
    fonts.register_fonts()
    theme.apply_theme("light")
    try:
        for code in codes:
            assert i18n.install(code) == code, code  # before any widget, as main() does
            window = MainWindow()
            window.resize(1280, 800)
            window.show()
            _settle(app)
            facts = {"scheme": "light", "language": code}
            _save(window, out / f"00-welcome-light-{code}.png", page="welcome", **facts)
            assert window.open_project(ensure_demo_project())
            for index, page in enumerate(window.pages):
                name = page.objectName()  # the stage key: curate, import…
                window.sidebar.setCurrentRow(index)
                _settle(app)
                _save(window, out / f"{index + 1:02d}-{name}-light-{code}.png", page=name,
                      direction=window.layoutDirection().name, **facts)  # fmt: skip
            settings = SettingsDialog(window)
            settings.show()
            _settle(app, 0.2)
            _save(settings, out / f"91-settings-light-{code}.png", page="settings", **facts)
            settings.close()
            window.close()
            _settle(app, 0.1)
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)


if __name__ == "__main__":
    if sys.argv[2:3] == ["--languages"]:
        if QApplication.instance() is None:
            QApplication.setHighDpiScaleFactorRoundingPolicy(
                Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
            )
        shoot_languages(Path(sys.argv[1]), tuple(sys.argv[3].split(",")))
    else:
        shoot(Path(sys.argv[1]), tuple(sys.argv[2:]))
