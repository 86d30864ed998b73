"""Turn a conversation into a model's prompt with the model's own chat template.

A GGUF's ``tokenizer.chat_template`` is Jinja written by whoever published the
file, so it is compiled and rendered in the sandbox of ``template_sandbox``: a
template that walks to ``__class__``/``__globals__``, loops forever or builds a
gigantic value is refused with a sentence instead of hanging or eating memory.

A model without a template (Gemma 3 270M base) gets one the user picks from
``NAMED_TEMPLATES`` or a plain completion prompt. ``NAMED_TEMPLATES`` is also what training
writes its rows with (``TRAINING_TEMPLATES``), so a tuned model is prompted exactly as it
was taught.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jinja2

from core.engine.errors import ChatTemplateError
from core.engine.template_sandbox import (
    MAX_TEMPLATE_CHARS,
    MAX_TEXT_CHARS,
    SANDBOX,
    SecurityError,
    render_budget,
)


class ChatTemplate:
    """A compiled chat template that renders conversations into prompt text."""

    def __init__(
        self,
        source: str,
        *,
        name: str = "chat template",
        bos_token: str = "",
        eos_token: str = "",
        stop: Sequence[str] = (),
    ) -> None:
        if len(source) > MAX_TEMPLATE_CHARS:
            raise ChatTemplateError(f"The {name} is implausibly long ({len(source):,} characters)")
        try:
            self._template = SANDBOX.from_string(source)
        except jinja2.TemplateSyntaxError as error:
            raise ChatTemplateError(
                f"The {name} is not valid Jinja (line {error.lineno}: {error.message})"
            ) from None
        self.source = source
        self.name = name
        self.bos_token = bos_token
        self.eos_token = eos_token
        self.stop = tuple(stop)

    def render(
        self,
        messages: Sequence[Mapping[str, str]],
        *,
        add_generation_prompt: bool = True,
        **extra: Any,
    ) -> str:
        """Render a conversation (dicts with ``role`` and ``content``) into the prompt text."""
        variables = {
            "messages": [dict(m) for m in messages],
            "add_generation_prompt": add_generation_prompt,
            "bos_token": self.bos_token,
            "eos_token": self.eos_token,
            **extra,
        }
        parts: list[str] = []
        size = 0
        try:
            with render_budget():
                for part in self._template.generate(variables):
                    size += len(part)
                    if size > MAX_TEXT_CHARS:
                        raise ChatTemplateError(
                            "The chat template writes a prompt too large to use"
                        )
                    parts.append(part)
            return "".join(parts)
        except ChatTemplateError:
            raise
        except SecurityError as error:
            raise ChatTemplateError(
                f"The {self.name} tried something the sandbox forbids: {error}"
            ) from None
        except RecursionError:
            raise ChatTemplateError(f"The {self.name} recurses without end") from None
        except (
            jinja2.TemplateError,
            TypeError,
            ValueError,
            KeyError,
            IndexError,
            AttributeError,
            OverflowError,
            ZeroDivisionError,
        ) as error:
            raise ChatTemplateError(f"The {self.name} failed: {error}") from None


@dataclass(frozen=True)
class NamedTemplate:
    """A template shipped with Handloom for models whose file has none."""

    name: str
    title: str
    source: str
    stop: tuple[str, ...] = ()


NAMED_TEMPLATES: dict[str, NamedTemplate] = {
    t.name: t
    for t in [
        NamedTemplate(
            "chatml",
            "ChatML (<|im_start|>), used by Qwen, SmolLM and many fine-tunes",
            "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
            "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}",
            ("<|im_end|>", "<|im_start|>"),
        ),
        NamedTemplate(
            "gemma",
            "Gemma (<start_of_turn>); a system message joins the first user turn",
            "{{ bos_token }}{% set ns = namespace(system='') %}{% for m in messages %}"
            "{% if m.role == 'system' %}{% set ns.system = m.content + '\n\n' %}{% else %}"
            "<start_of_turn>{{ 'model' if m.role == 'assistant' else 'user' }}\n"
            "{% if m.role == 'user' %}{{ ns.system }}{% set ns.system = '' %}{% endif %}"
            "{{ m.content | trim }}<end_of_turn>\n{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}",
            ("<end_of_turn>", "<start_of_turn>"),
        ),
        NamedTemplate(
            "llama3",
            "Llama 3 (<|start_header_id|>)",
            "{{ bos_token }}{% for m in messages %}<|start_header_id|>{{ m.role }}<|end_header_id|>"
            "\n\n{{ m.content | trim }}<|eot_id|>{% endfor %}"
            "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}",
            ("<|eot_id|>", "<|start_header_id|>"),
        ),
        NamedTemplate(
            "instruction-response",
            "### Instruction / ### Response, for base models",
            "{% for m in messages %}{% if m.role == 'system' %}{{ m.content }}\n\n"
            "{% elif m.role == 'user' %}### Instruction:\n{{ m.content }}\n\n"
            # the end-of-text token closes each answer, so a model trained on it stops
            "{% else %}### Response:\n{{ m.content }}{{ eos_token }}\n\n{% endif %}"
            "{% endfor %}"
            "{% if add_generation_prompt %}### Response:\n{% endif %}",
            ("### Instruction:",),
        ),
        NamedTemplate(
            "completion",
            "Plain completion: the text is given to the model as it is",
            "{% for m in messages %}{{ m.content }}{% if not loop.last %}\n\n{% endif %}{% endfor %}",
        ),
    ]
}


# The named templates a training run may write its rows with, by the names the command line
# and the Train page give them; the tuned model then generates with the same template.
TRAINING_TEMPLATES: dict[str, str] = {
    "gemma": "gemma",
    "chatml": "chatml",
    "plain": "instruction-response",
}


def training_template(choice: str | None) -> str | None:
    """The Jinja text of a training template name (or of the text itself); None keeps the
    base model's own template."""
    if not choice:
        return None
    named = TRAINING_TEMPLATES.get(choice)
    return NAMED_TEMPLATES[named].source if named else choice


def template_for_model(
    model_template: str | None,
    *,
    choice: str | None = None,
    bos_token: str | None = None,
    eos_token: str | None = None,
) -> ChatTemplate:
    """The template to use: the user's named choice, else the model's own, else plain completion."""
    if choice is not None:
        if choice not in NAMED_TEMPLATES:
            names = ", ".join(NAMED_TEMPLATES)
            raise ChatTemplateError(
                f"There is no chat template named '{choice}' (choose one of {names})"
            )
        named = NAMED_TEMPLATES[choice]
        return ChatTemplate(
            named.source,
            name=f"'{named.name}' template",
            bos_token=bos_token or "",
            eos_token=eos_token or "",
            stop=named.stop,
        )
    if model_template:
        return ChatTemplate(
            model_template,
            name="model's chat template",
            bos_token=bos_token or "",
            eos_token=eos_token or "",
        )
    return template_for_model(None, choice="completion", bos_token=bos_token, eos_token=eos_token)
