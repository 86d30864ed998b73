"""The window in other languages, beyond its own sentences: plural forms through Qt's
translator, numbers and dates as each language writes them, Qt's own buttons, every job
kind and stored code in words, charts that follow the palette and a colour-blind-safe
heatmap, and a language switch that keeps what the person set on the pages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.shell import i18n, theme
from app.shell.jobs_panel import KIND_NAMES, kind_name
from app.shell.numbers import day, fill, moment, number
from app.shell.settings_dialog import SettingsDialog, apply_language
from app.shell.window import MainWindow
from app.stages.compare.winrate_heatmap import WinRateHeatmap, colour
from app.stages.publish.export_options import describe_preview
from app.stages.review.review_item_view import ReviewItemView
from app.stages.train.loss_chart import LossChart
from app.stages.train.page import TrainPage
from core.jobs import JOB_KINDS
from tests.gui.bulk import project_with
from tools.i18n_report import plural_forms, read_ts

COUNTS = (0, 1, 2, 3, 11, 100)


def rows(n: int) -> str:
    """What the Publish preview says for ``n`` rows (through the installed translator)."""
    return QCoreApplication.translate("ExportOptions", "%Ln row(s)", None, n)


def test_english_says_one_row_and_two_rows() -> None:
    i18n.install("en")
    assert [rows(n) for n in (0, 1, 2, 1234)] == ["0 rows", "1 row", "2 rows", "1,234 rows"]


def test_arabic_uses_its_six_plural_forms() -> None:
    """Arabic has a form for none, one, two, a few (3–10), many (11–99) and the rest;
    the counts come in Arabic-Indic digits."""
    i18n.install("ar")
    shown = [rows(n) for n in COUNTS]
    assert shown == ["لا صفوف", "صف واحد", "صفان", "٣ صفوف", "١١ صفًا", "١٠٠ صف"]
    assert len(set(shown)) == len(COUNTS)  # six different forms, not "n row(s)"
    forms = plural_forms(i18n.ts_path("ar"))
    assert forms and all(len(f) == 6 and all(f) for f in forms.values())


def test_french_treats_zero_and_one_as_singular() -> None:
    i18n.install("fr")
    assert [rows(n) for n in (0, 1, 2, 11)] == ["0 ligne", "1 ligne", "2 lignes", "11 lignes"]
    response = QCoreApplication.translate("ExportOptions", "%Ln response(s)", None, 1)
    assert response == "1 réponse"


def test_every_language_has_every_plural_form_filled() -> None:
    for code in i18n.CATALOGUES:
        forms = plural_forms(i18n.ts_path(code))
        assert len(forms) >= 5, code
        assert all(all(f) for f in forms.values()), code


def test_numbers_follow_the_interface_language() -> None:
    i18n.install("ar")
    assert number(1234567) == QLocale("ar").toString(1234567)
    assert "١" in number(1234567) and "1" not in number(1234567)
    assert fill("{0:,} / {1:.1f}", 2500, 0.5) == f"{QLocale('ar').toString(2500)} / ٠٫٥"
    i18n.install("fr")
    assert number(0.25, 2) == "0,25"
    assert number(1234567).replace("\u202f", " ").replace("\xa0", " ") == "1 234 567"
    i18n.install("hi")
    assert number(1234567) == QLocale("hi").toString(1234567)
    i18n.install("en")
    assert number(1234567) == "1,234,567" and fill("{0:+.2f}", 0.5) == "+0.50"


def test_moments_are_local_and_written_by_the_language() -> None:
    stamp = "2026-12-06T14:05:00+00:00"
    i18n.install("ar")
    arabic = moment(stamp)
    assert "٢٠٢٦" in arabic or "٦" in arabic  # Arabic digits, not the stored ISO text
    assert day(stamp) == QLocale("ar").toString(QDate(2026, 12, 6), QLocale.FormatType.ShortFormat)
    i18n.install("en")
    assert moment(datetime(2026, 12, 6, 14, 5, tzinfo=UTC)) == moment(stamp) != stamp


def test_qt_buttons_speak_every_language() -> None:
    """OK and Cancel come from Qt's catalogue where PySide6 ships one (Arabic), else from
    Handloom's (Swahili, Hindi, Indonesian)."""
    expected = {"sw": ("Sawa", "Ghairi"), "hi": ("ठीक है", "रद्द करें"), "id": ("OK", "Batal")}
    for code, (ok, cancel) in expected.items():
        i18n.install(code)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        shown = (box.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", ""),
                 box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""))
        assert shown == (ok, cancel), code
        box.deleteLater()
    i18n.install("ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() not in ("Cancel", "")
    box.deleteLater()


def test_every_job_kind_has_a_name_in_every_language() -> None:
    assert set(JOB_KINDS) == set(KIND_NAMES)
    for code in i18n.TRANSLATED:  # each stage's, marked in core.stages, seen by lupdate
        done = {source for context, source, tr in read_ts(i18n.ts_path(code))
                if context == "JobsPanel" and tr}
        assert set(KIND_NAMES.values()) <= done, (code, set(KIND_NAMES.values()) - done)
    english = {kind: kind_name(kind) for kind in JOB_KINDS}
    assert english["arena_answers"] == "Comparison answers"
    for code in ("sw", "ar"):
        i18n.install(code)
        for kind in JOB_KINDS:
            assert kind_name(kind) != english[kind], (code, kind)
            assert "_" not in kind_name(kind)


def test_lupdate_finds_the_job_names_in_core(tmp_path: Path) -> None:
    """The names are marked once, in core/stages.py: refreshing a catalogue keeps every one
    (the refresh drops a message no source holds), so none needs a second list in app/."""
    import shutil

    from tools.i18n_tool import extract

    copy = tmp_path / "handloom_sw.ts"
    shutil.copyfile(i18n.ts_path("sw"), copy)
    extract([copy])
    found = {source for context, source, tr in read_ts(copy) if context == "JobsPanel" and tr}
    assert set(KIND_NAMES.values()) <= found


def test_every_flag_and_export_filter_core_names_has_window_words() -> None:
    from core.curate.reasons import REASONS
    from core.judge.flags import RULE_FLAGS
    from core.publish.dataset_rows import FILTERS
    from core.translate.checks import FLAGS

    i18n.install("sw")
    codes = (*REASONS, *RULE_FLAGS, *FLAGS, *FILTERS, "train", "test", "done", "running", "queued")
    for code in codes:
        assert i18n.code_label(code) != code.replace("_", " "), code


def test_the_publish_preview_and_review_history_speak_swahili() -> None:
    """Stored codes (an export filter, a split, a review action) shown in window words."""
    i18n.install("sw")
    preview = {"rows": 9, "splits": {"train": 9}, "languages": {}, "language_names": {},
               "removed": {"rejected in review": 2, "not the selected response": 0},
               "licence": {"name": "x", "licence": "mit", "uses": [], "problems": []}}
    html = describe_preview(preview)
    for english in ("rejected in review", "train", "test", "rows", "responses"):
        assert english not in html, english
    view = ReviewItemView()
    words = [view.action_words(a) for a in ("accept", "reject", "edit", "note")]
    assert words == ["limekubaliwa", "limekataliwa", "limehaririwa", "dokezo"]
    assert view.action_words("rate", 4) == "limepewa nyota 4"
    view.deleteLater()
    assert i18n.code_label("done") == "imekamilika"


def test_arabic_lists_use_the_arabic_comma_and_the_rubric_version_arabic_digits(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen on a walk through the window in Arabic: "تدريب ٠, اختبار ٠" (a Latin comma) in
    the publish preview, and "الإصدار 1 من 1" (Latin digits) under Judge's rubric."""
    from app.stages.judge.judge_controls import RubricEditor

    i18n.install("ar")
    preview = {"rows": 9, "splits": {"train": 7, "test": 2}, "languages": {"sw": 5, "ar": 4},
               "language_names": {"sw": "Kiswahili", "ar": "العربية"}, "removed": {},
               "licence": {"name": "x", "licence": "mit", "uses": [], "problems": []}}
    html = describe_preview(preview)
    assert "تدريب ٧، اختبار ٢" in html and "(sw) ٥، " in html and ", " not in html
    rubric = RubricEditor()
    qtbot.addWidget(rubric)
    rubric.show_rubric({"text": "Score it.", "version": 2, "created_by": "Amina"}, 3)
    assert rubric.version.text() == "الإصدار ٢ من ٣، بواسطة Amina"
    i18n.install("ja")
    japanese = describe_preview(preview)
    assert "訓練 7、" in japanese and ", " not in japanese


def test_the_heatmap_is_blue_and_orange_not_red_and_green() -> None:
    for palette in (theme.light_palette(), theme.dark_palette()):
        lose, even, win = (colour(rate, palette) for rate in (0.0, 0.5, 1.0))
        assert 15 <= lose.hslHue() <= 40, lose.name()  # orange
        assert 195 <= win.hslHue() <= 225, win.name()  # blue
        assert even == palette.color(QPalette.ColorRole.Base)
        for end in (lose, win):  # no red and no green anywhere on the scale
            for rate in (0.0, 0.2, 0.4, 0.6, 0.8, 1.0):
                hue = colour(rate, palette).hslHue()
                assert not (hue < 12 or hue > 340 or 75 <= hue <= 165) or hue == -1, rate
            assert theme.ink_on(end).lightness() != end.lightness()


def _colours(widget) -> set[str]:  # type: ignore[no-untyped-def]
    image: QImage = widget.grab().toImage()
    return {image.pixelColor(QPoint(x, y)).name()
            for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_charts_follow_a_dark_palette(qtbot) -> None:
    """The loss curve's series come from the palette it is given, and stand out from it."""
    drawn = {}
    for name, palette in (("light", theme.light_palette()), ("dark", theme.dark_palette())):
        chart = LossChart()
        qtbot.addWidget(chart)
        chart.setPalette(palette)
        chart.resize(480, 260)
        chart.set_total(10)
        for step in range(1, 11):
            chart.add_loss(step, 3.0 - step * 0.2)
            chart.add_eval(step, 3.2 - step * 0.2)
        train, held_out = chart.colours()
        assert train == palette.color(QPalette.ColorRole.Highlight)
        window = palette.color(QPalette.ColorRole.Window)
        assert abs(held_out.lightness() - window.lightness()) > 60
        pixels = _colours(chart)
        assert train.name() in pixels and held_out.name() in pixels
        drawn[name] = (train.name(), held_out.name())
        heatmap = WinRateHeatmap()
        qtbot.addWidget(heatmap)
        heatmap.setPalette(palette)
        heatmap.set_matrix({"models": ["a", "b"], "win_rate": [[None, 1.0], [0.0, None]],
                            "votes": [[0, 4], [4, 0]]})
        heatmap.resize(heatmap.sizeHint())
        assert colour(1.0, palette).name() in _colours(heatmap)
    assert drawn["light"] != drawn["dark"]


def test_chart_room_follows_the_font(qtbot) -> None:
    chart = LossChart()
    qtbot.addWidget(chart)
    small = chart.margins()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    assert all(big > little for big, little in zip(chart.margins(), small, strict=True))
    heatmap = WinRateHeatmap()
    qtbot.addWidget(heatmap)
    cell = heatmap.cell()
    heatmap.setFont(font)
    assert heatmap.cell() > cell


def test_switching_language_keeps_the_pages_settings_and_loss_curve(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = project_with(tmp_path / "keep.handloom", [("Habari ya asubuhi?", "sw", "Latn")])
    assert window.open_project(path)
    page = window.page(TrainPage)
    window.show_page(page)
    page.form.max_steps.setValue(4)
    for step in (1, 2, 3):  # what a training run reports, as the page receives it
        page._event({"event": "step", "step": step, "total_steps": 4, "loss": 2.0 - step / 10})
    page._event({"event": "eval", "step": 2, "eval_loss": 1.95})
    curve = (list(page.chart.train_points), list(page.chart.eval_points))

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.accept()
    arabic = apply_language(window) if i18n.current_language() != "ar" else _newest()
    qtbot.addWidget(arabic)
    fresh = arabic.page(TrainPage)
    qtbot.waitUntil(lambda: bool(fresh.count.text()), timeout=30_000)  # its refresh is done
    QApplication.processEvents()
    assert arabic.pages.index(fresh) == arabic.sidebar.currentRow()
    assert fresh.form.max_steps.value() == 4
    assert (fresh.chart.train_points, fresh.chart.eval_points) == curve
    assert fresh.chart.total_steps == 4
    arabic.close()


def _newest() -> MainWindow:
    from app.shell.settings_dialog import _windows

    return _windows[-1]


def test_the_translation_tool_lists_and_writes_plural_forms(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--todo`` gives a plural string one slot per form of the language; ``--fill``
    writes them in order and refuses forms that lose a placeholder."""
    import re

    from tools import i18n_tool

    copy = tmp_path / "handloom_ar.ts"
    text = i18n.ts_path("ar").read_text(encoding="utf-8")
    blank = '<translation type="unfinished">' + "<numerusform></numerusform>" * 6 + "</translation>"
    for source in ("%Ln row(s)", "%Ln term(s) for {0}."):
        text = re.sub(r"(<source>" + re.escape(source) + r"</source>\s*)<translation>.*?</translation>",
                      lambda m: m.group(1) + blank, text, count=1, flags=re.S)
    copy.write_text(text, encoding="utf-8")
    monkeypatch.setattr(i18n_tool, "ts_path", lambda code: copy)
    missing = i18n_tool.todo("ar")
    assert missing == {"%Ln row(s)": [""] * 6, "%Ln term(s) for {0}.": [""] * 6}
    forms = ["لا صفوف", "صف واحد", "صفان", "%Ln صفوف", "%Ln صفًا", "%Ln صف"]
    lost = ["لا مصطلحات", *["%Ln مصطلح"] * 5]  # "{0}" is gone
    written, refused = i18n_tool.fill("ar", {"%Ln row(s)": forms, "%Ln term(s) for {0}.": lost})
    assert (written, refused) == (1, ["%Ln term(s) for {0}."])
    assert plural_forms(copy)["%Ln row(s)"] == forms
    assert i18n_tool.todo("ar") == {"%Ln term(s) for {0}.": [""] * 6}
