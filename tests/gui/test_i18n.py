"""Interface languages: complete translations, kept placeholders, a switcher in Settings,
the choice remembered, and a mirrored window in Arabic (with a screenshot to look at)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.shell import i18n
from app.shell.settings_dialog import SettingsDialog, apply_language
from app.shell.window import MainWindow
from app.stages.curate.page import CuratePage
from core.curator import read_user_settings
from tests.gui.bulk import project_with
from tests.gui.conftest import shot
from tools.i18n_report import coverage, placeholders, read_ts, table

LANGUAGES = ("ja", "sw", "ar", "hi", "es", "fr", "id")
PAGES = ("ImportPage", "CuratePage", "ModelsPage", "TranslatePage", "GeneratePage",
         "JudgePage", "ReviewPage", "PublishPage")
PAGE_TITLES = {  # the sidebar, as a speaker of each language reads it
    "en": ["Import", "Curate", "Models", "Translate", "Generate", "Judge", "Review", "Publish"],
    "sw": ["Ingiza", "Chuja", "Modeli", "Tafsiri", "Zalisha", "Tathmini", "Kagua", "Chapisha"],
    "ar": ["استيراد", "التنقية", "النماذج", "الترجمة", "التوليد", "تحكيم", "المراجعة", "النشر"],
    "hi": ["आयात", "छाँटें", "मॉडल", "अनुवाद", "जनरेट करें", "मूल्यांकन", "समीक्षा", "प्रकाशित करें"],
}


def _switch(window: MainWindow, code: str, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """Choose ``code`` in File ▸ Settings and press OK, as a person would."""
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    box = dialog.language
    box.setCurrentIndex(box.findData(code))
    dialog.accept()
    fresh = apply_language(window) if i18n.current_language() != code else _newest_window()
    qtbot.addWidget(fresh)
    return fresh


def _newest_window() -> MainWindow:
    from app.shell.settings_dialog import _windows

    return _windows[-1]


def _sidebar(window: MainWindow) -> list[str]:
    """The sidebar's titles of the stages this test knows, in their order."""
    titles = {type(page).__name__: window.sidebar.item(i).text()
              for i, page in enumerate(window.pages)}
    return [titles[name] for name in PAGES]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_of_the_window_is_translated(code: str) -> None:
    """Strings are extracted afresh from app/, so a new untranslated string fails here."""
    result = coverage(code, fresh=True)
    print(table([result]))
    missing = [f"{context}: {source!r}" for context, source in result.missing]
    broken = [f"{context}: {source!r} -> {tr!r}" for context, source, tr in result.broken]
    assert result.total > 400
    assert not missing, f"{len(missing)} strings untranslated in {code}:\n" + "\n".join(missing)
    assert not broken, "placeholders differ:\n" + "\n".join(broken)
    assert result.percent == 100.0


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders_and_accelerators(code: str) -> None:
    rows = read_ts(i18n.ts_path(code))
    checked = 0
    for context, source, translation in rows:
        if translation is None:
            continue
        assert placeholders(translation) == placeholders(source), (context, source, translation)
        assert translation.strip(), (context, source)
        checked += 1
    assert checked > 400
    # The accelerators really are there, and no translation is the English left in place
    # for the menu (a sign of a copy instead of a translation).
    menu = {source: tr for context, source, tr in rows if context == "MainWindow"}
    assert menu["&File"] != "&File" and menu["&File"].count("&") == 1


def test_the_placeholder_check_sees_what_a_translator_could_break() -> None:
    assert placeholders("Wrote {0:,} of {1} (%p%)") == ["%p", "{0:,}", "{1}"]
    assert placeholders("{1} na {0:,}") == placeholders("{0:,} and {1}")
    assert placeholders("Open &recent") != placeholders("Fungua ya karibuni")
    assert placeholders("R&&D &Quit") == ["&"]


def test_switching_to_swahili_shows_swahili_pages(qtbot, window: MainWindow) -> None:
    assert _sidebar(window) == PAGE_TITLES["en"]
    swahili = _switch(window, "sw", qtbot)
    assert swahili is not window and not window.isVisible() and swahili.isVisible()
    assert i18n.current_language() == "sw"
    assert _sidebar(swahili) == PAGE_TITLES["sw"]
    assert swahili.menuBar().actions()[0].text() == "&Faili"
    curate = swahili.page(CuratePage)
    assert curate.search.placeholderText() == "Tafuta maagizo…"
    # Qt's own strings come from qtbase_xx.qm where PySide6 ships one; Swahili has none,
    # so the Settings dialog's OK and Cancel come from Handloom's catalogue (qt_strings).
    settings = swahili.open_settings()
    assert isinstance(settings, SettingsDialog)
    buttons = {b.text().replace("&", "") for b in settings.findChildren(QPushButton)}
    assert {"Sawa", "Ghairi"} <= buttons and not {"OK", "Cancel"} & buttons
    settings.reject()
    assert read_user_settings()[i18n.SETTING] == "sw"
    swahili.close()


def test_each_page_is_titled_as_its_stage_in_the_registry(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A page's title is written once, in core/stages.py (marked for lupdate in the "Page"
    context); the sidebar shows it translated, in Arabic as in English."""
    from PySide6.QtCore import QCoreApplication

    from app.stages import stage_of
    from core.stages import STAGES

    assert [stage_of(type(page)) for page in window.pages] == list(STAGES)
    assert [page.title for page in window.pages] == [stage.title for stage in STAGES]
    arabic = _switch(window, "ar", qtbot)
    shown = [arabic.sidebar.item(i).text() for i in range(arabic.sidebar.count())]
    assert shown == [QCoreApplication.translate("Page", stage.title) for stage in STAGES]
    assert not set(shown) & {stage.title for stage in STAGES}  # every one in Arabic
    assert [t for t in shown if t in PAGE_TITLES["ar"]] == PAGE_TITLES["ar"]
    arabic.close()


def test_the_choice_is_remembered_for_the_next_start(window: MainWindow) -> None:
    assert i18n.chosen_language() == ""  # nobody chose: follow the system
    assert i18n.effective_language() == i18n.system_language()
    i18n.choose_language("hi")
    assert read_user_settings()[i18n.SETTING] == "hi"
    assert i18n.install() == "hi"  # what main() calls at start, before any widget
    fresh = MainWindow()
    try:
        assert _sidebar(fresh) == PAGE_TITLES["hi"]
        assert fresh.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        fresh.close()
        fresh.deleteLater()
    i18n.choose_language("")  # back to the system's language
    assert i18n.effective_language() == i18n.system_language()


def test_a_language_handloom_does_not_speak_falls_back_to_english() -> None:
    i18n.choose_language("xx")
    assert i18n.chosen_language() == ""
    assert i18n.install("zz") in i18n.LANGUAGES


def test_arabic_mirrors_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = project_with(
        tmp_path / "mirror.handloom",
        [("كيف أطبخ الأرز لأربعة أشخاص؟", "ar", "Arab"), ("Habari ya asubuhi?", "sw", "Latn")],
    )
    assert window.open_project(path)
    arabic = _switch(window, "ar", qtbot)
    arabic.resize(1280, 800)
    qtbot.waitUntil(lambda: arabic.session.path == path)
    QApplication.processEvents()

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.sidebar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _sidebar(arabic) == PAGE_TITLES["ar"]
    assert arabic.windowTitle() == "mirror.handloom — Handloom"
    # Mirrored: the page list sits on the right of the page, the File menu on the right.
    sidebar_x = arabic.sidebar.mapTo(arabic, QPoint(0, 0)).x()
    stack_x = arabic.stack.mapTo(arabic, QPoint(0, 0)).x()
    assert sidebar_x > stack_x
    assert sidebar_x + arabic.sidebar.width() > arabic.width() * 0.8
    menu = arabic.menuBar()
    file_menu = menu.actionGeometry(menu.actions()[0])
    assert file_menu.left() > menu.width() / 2
    assert menu.actions()[0].text() == "&ملف"

    png = tmp_path / "handloom-arabic.png"
    assert arabic.grab().save(str(png))
    assert png.stat().st_size > 10_000
    shot(arabic, "i18n-arabic")  # /tmp/handloom-shots/ for a person to look at
    arabic.close()


def test_english_is_left_to_right_again(qtbot, window: MainWindow) -> None:
    arabic = _switch(window, "ar", qtbot)
    english = _switch(arabic, "en", qtbot)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _sidebar(english) == PAGE_TITLES["en"]
    english.close()


def test_missing_strings_can_be_listed_and_filled(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The lead's loop after new pages land: --todo lists, --fill writes, placeholders guarded."""
    from tools.i18n_tool import fill, todo

    (tmp_path / "i18n").mkdir()
    text = i18n.ts_path("sw").read_text(encoding="utf-8")
    done = "<translation>{0} imeunganishwa.</translation>"
    assert text.count(done) == 1
    text = text.replace(done, '<translation type="unfinished"></translation>')
    (tmp_path / "i18n" / "handloom_sw.ts").write_text(text, encoding="utf-8")
    monkeypatch.setenv("HANDLOOM_RESOURCES", str(tmp_path))
    assert todo("sw") == {"Merged {0}.": ""}
    written, refused = fill("sw", {"Merged {0}.": "Imeunganishwa."})  # lost its {0}
    assert (written, refused) == (0, ["Merged {0}."])
    written, refused = fill("sw", {"Merged {0}.": "{0} imeunganishwa."})
    assert (written, refused) == (1, [])
    assert todo("sw") == {}
    assert ("MergeDialog", "Merged {0}.", "{0} imeunganishwa.") in read_ts(i18n.ts_path("sw"))


def test_the_system_language_is_matched_to_one_handloom_speaks() -> None:
    assert i18n.match_language(["sw-KE", "en-US"]) == "sw"
    assert i18n.match_language(["de-DE", "pt-BR", "ar_EG"]) == "ar"
    assert i18n.match_language(["de-DE"]) == "en"
    assert i18n.match_language(["ja_JP"]) == "ja"


_START = """
import sys
from PySide6.QtWidgets import QApplication, QPushButton
from PySide6.QtCore import Qt
app = QApplication([])
from app.shell import i18n
code = i18n.install()
from app.shell.window import MainWindow
window = MainWindow()
rtl = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
sys.stdout.write(f"{code} {rtl} {window.sidebar.item(0).text()}")
"""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("sw_KE.UTF-8", "sw False Muhtasari"), ("ar_EG.UTF-8", "ar True نظرة عامة"),
     ("de_DE.UTF-8", "en False Overview")],
)
def test_a_first_start_follows_the_system_language(lang: str, expected: str, tmp_path: Path) -> None:
    """What main() does at start, in a fresh process whose system speaks ``lang``."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"LANG": lang, "QT_QPA_PLATFORM": "offscreen",
                "HANDLOOM_CONFIG_DIR": str(tmp_path / "config")})
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _START], cwd=root, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout == expected, out.stderr


def test_every_count_in_the_code_is_extracted_as_a_plural(tmp_path: Path) -> None:
    """Each text with a count (%Ln, %n) in app/ reaches the catalogues as a plural message.

    PySide6 6.11's lupdate skips a translate() call whose count is not a plain name and writes
    QCoreApplication.translate(…, None, n) as a singular message; a dropped or singular
    message shows English or one form at run time."""
    import re
    import shutil

    from tools.i18n_report import plural_forms
    from tools.i18n_tool import ROOT, extract, sources

    copy = tmp_path / "handloom_ar.ts"
    shutil.copyfile(i18n.ts_path("ar"), copy)
    extract([copy])
    plurals = set(plural_forms(copy))
    literal = re.compile(r"""(["'])((?:(?!\1).)*%L?n(?:(?!\1).)*)\1""")
    missing = []
    for source in sources(ROOT):
        if source.name.startswith("i18n"):  # the translation tools' own docstrings
            continue
        for found in literal.finditer(source.read_text(encoding="utf-8")):
            piece = found.group(2).encode().decode("unicode_escape").encode("latin-1").decode()
            if not any(piece in plural for plural in plurals):
                missing.append(f"{source.name}: {piece}")
    assert not missing, missing
    assert all(len(forms) == 6 for forms in plural_forms(copy).values())  # Arabic's six forms
