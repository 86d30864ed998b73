"""Chat templates a user can pick for a base model that ships none (Gemma 3 270M base).

The chosen template is rendered into the training rows, saved with the adapter and written
into the GGUF adapter's metadata, so generation after training formats prompts the same way.
"""

from __future__ import annotations

# Gemma's own turn markers; a system message is folded into the first user turn as Gemma does.
GEMMA = (
    "{{ bos_token }}"
    "{% if messages and messages[0]['role'] == 'system' %}"
    "{% set system = messages[0]['content'] + '\n\n' %}{% set messages = messages[1:] %}"
    "{% else %}{% set system = '' %}{% endif %}"
    "{% for message in messages %}"
    "{% set role = 'model' if message['role'] == 'assistant' else 'user' %}"
    "<start_of_turn>{{ role }}\n"
    "{% if loop.first %}{{ system }}{% endif %}"
    "{{ message['content'] | trim }}<end_of_turn>\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)

# ChatML, for tokenizers whose vocabulary has <|im_start|> / <|im_end|>.
CHATML = (
    "{% for message in messages %}"
    "<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

# Plain text headings that work with any vocabulary; the end-of-text token closes each answer.
# No BOS here: the tokeniser adds one for models that expect it.
PLAIN = (
    "{% for message in messages %}"
    "{% if message['role'] == 'user' %}### Instruction:\n{{ message['content'] }}\n\n"
    "{% elif message['role'] == 'assistant' %}### Response:\n{{ message['content'] }}"
    "{{ eos_token }}\n\n"
    "{% else %}{{ message['content'] }}\n\n{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}### Response:\n{% endif %}"
)

TEMPLATES: dict[str, str] = {"gemma": GEMMA, "chatml": CHATML, "plain": PLAIN}


def resolve_chat_template(choice: str | None) -> str | None:
    """Return the Jinja text for a template name, the text itself, or None to keep the model's."""
    if choice is None or choice == "":
        return None
    return TEMPLATES.get(choice, choice)
