"""Rendering prompts from chat templates, and refusing hostile ones."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from core.engine.chat_template import (
    NAMED_TEMPLATES,
    TRAINING_TEMPLATES,
    ChatTemplate,
    template_for_model,
    training_template,
)
from core.engine.errors import ChatTemplateError
from core.engine.gguf_info import read_model_info


def test_smollm2_renders_its_own_template(smollm2_path: Path) -> None:
    info = read_model_info(smollm2_path)
    template = template_for_model(
        info.chat_template, bos_token=info.bos_token, eos_token=info.eos_token
    )
    prompt = template.render([{"role": "user", "content": "Name a river."}])
    assert prompt.endswith("<|im_start|>user\nName a river.<|im_end|>\n<|im_start|>assistant\n")
    assert prompt.startswith("<|im_start|>system\n")  # the template adds its default system turn


def test_a_model_without_template_gets_plain_completion(gemma_path: Path) -> None:
    info = read_model_info(gemma_path)
    template = template_for_model(info.chat_template, bos_token=info.bos_token)
    assert template.render([{"role": "user", "content": "Once upon a time"}]) == "Once upon a time"


@pytest.mark.parametrize("choice", sorted(TRAINING_TEMPLATES))
def test_training_writes_rows_with_the_template_the_tuned_model_generates_with(
        choice: str) -> None:
    """One set of named templates: a training row renders exactly as the engine prompts the
    tuned model, and each trained answer ends where generation must stop."""
    from core.train.conversations import render

    class Tokens:
        bos_token, eos_token = "<bos>", "<eos>"

    messages = [{"role": "system", "content": "Answer briefly."},
                {"role": "user", "content": "Why is the sky blue?"},
                {"role": "assistant", "content": "Scattering."},
                {"role": "user", "content": "And at sunset?"}]
    engine = template_for_model(None, choice=TRAINING_TEMPLATES[choice], bos_token="<bos>",
                                eos_token="<eos>")
    row = render(Tokens(), messages, training_template(choice), True)  # type: ignore[arg-type]
    assert row == engine.render(messages)
    answer = row[row.index("Scattering."):]
    assert any(answer.startswith("Scattering." + end) for end in ("<eos>", *engine.stop)), answer


@pytest.mark.parametrize("name", sorted(NAMED_TEMPLATES))
def test_named_templates_keep_the_instruction(name: str) -> None:
    template = template_for_model(None, choice=name, bos_token="<bos>")
    prompt = template.render(
        [
            {"role": "system", "content": "Answer briefly."},
            {"role": "user", "content": "Why is the sky blue?"},
        ]
    )
    assert "Why is the sky blue?" in prompt and "Answer briefly." in prompt


def test_unknown_named_template() -> None:
    with pytest.raises(ChatTemplateError, match="no chat template named 'vicuna'"):
        template_for_model(None, choice="vicuna")


def test_template_helpers_work() -> None:
    source = (
        "{{ messages | tojson }}|{{ strftime_now('%Y') | length }}|"
        "{% for m in messages %}{% if m.role == 'tool' %}{{ raise_exception('no tools') }}{% endif %}"
        "{% endfor %}"
    )
    assert ChatTemplate(source).render([{"role": "user", "content": "é"}]) == (
        '[{"role": "user", "content": "é"}]|4|'
    )
    with pytest.raises(ChatTemplateError, match="refused the conversation: no tools"):
        ChatTemplate(source).render([{"role": "tool", "content": "x"}])


HOSTILE = {
    "class walk": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals": "{{ raise_exception.__globals__ }}",
    "cycler globals": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "mutation": "{% set x = messages.append(1) %}",
    "nested ranges": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "nested strings": "{% set s = 'x' * 3000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
    "repeat bomb": "{{ 'a' * 1000000000 }}",
    "doubling": "{% set ns = namespace(s='a') %}{% for i in range(64) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}",
    "ljust bomb": "{{ 'a'.ljust(1000000000) }}",
    "center filter bomb": "{{ 'a' | center(1000000000) }}",
    "percent format bomb": "{{ '%999999999d' % 1 }}",
    "format bomb": "{{ '{:>999999999}'.format(1) }}",
    "power bomb": "{{ 9 ** 99999999 }}",
    "endless macro": "{% macro f(x) %}{{ f(x) }}{% endmacro %}{{ f(1) }}",
    "endless recursive loop": "{% for m in [[1]] recursive %}{{ loop([m]) }}{% endfor %}",
    "syntax error": "{% for %}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_templates_are_refused_quickly(name: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ChatTemplateError):
        ChatTemplate(HOSTILE[name]).render([{"role": "user", "content": "hi"}])
    assert time.perf_counter() - started < 5
