"""The widgets several pages share: the model choice, a combo's recorded value and a
dialog's accept/Cancel row, each as the pages use it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from app.shell import i18n
from app.stages.compare.arena_runs import JudgeBox
from app.stages.generate.generate_form import GenerateForm
from app.stages.translate.translate_form import TranslateForm
from app.widgets.dialog_buttons import dialog_buttons
from app.widgets.form_fields import select_data
from app.widgets.model_choice import ModelChoice, fill_models

MODELS = [
    {"name": "smol", "kind": "gguf"},
    {"name": "folder", "kind": "hf"},  # a Hugging Face folder cannot write yet
    {"name": "gemma-3", "kind": "gguf+adapter"},
    {"name": "big", "kind": "remote"},
]


def _texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_model_choice_offers_the_models_that_write_and_keeps_the_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    choice = ModelChoice()
    qtbot.addWidget(choice)
    choice.set_models(MODELS)
    assert _texts(choice) == ["smol", "gemma-3", "big  (server)"]
    assert choice.chosen() == MODELS[0]
    choice.choose("big")
    choice.set_models(MODELS[::-1])  # refilled: the choice stays
    assert choice.currentData() == "big" and choice.chosen() == MODELS[3]
    choice.set_models(MODELS[:3], prefer=lambda m: "gemma" in m["name"])  # "big" is gone
    assert choice.chosen() == MODELS[2]
    choice.choose("no such model")  # a recorded job's model no longer there: no change
    assert choice.chosen() == MODELS[2]


def test_every_page_names_a_server_model_in_the_interface_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Generate, Translate, Judge and Compare say "(server)" with one translated string."""
    parent = QWidget()
    qtbot.addWidget(parent)
    generate, translate, arena = GenerateForm(parent), TranslateForm(parent), JudgeBox(parent)
    judge = QComboBox(parent)
    i18n.install("es")
    try:
        generate.set_models(MODELS)
        translate.set_models(MODELS)
        arena.fill(MODELS)
        fill_models(judge, MODELS)
        for combo in (generate.model, translate.model, arena.model, judge):
            assert "big  (servidor)" in _texts(combo)
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    assert translate.model.currentData() == "gemma-3"  # a multilingual model first
    assert generate.model.currentData() == "smol"


def test_a_recorded_value_no_longer_offered_is_still_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("every language", None)
    combo.addItem("sw (12)", "sw")
    select_data(combo, "sw")
    assert combo.currentIndex() == 1
    select_data(combo, "crh")  # a stopped job's language, with no rows left
    assert combo.currentText() == "crh" and combo.count() == 3
    select_data(combo, None)
    assert combo.currentIndex() == 0 and combo.count() == 3


def test_dialog_buttons_accept_and_cancel_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box, export = dialog_buttons(dialog, "Export")
    assert export.text() == "Export"
    assert box.buttonRole(export) == QDialogButtonBox.ButtonRole.AcceptRole
    with qtbot.waitSignal(dialog.accepted):
        export.click()
    with qtbot.waitSignal(dialog.rejected):
        box.button(QDialogButtonBox.StandardButton.Cancel).click()
