"""Refusal and "as an AI" boilerplate in several languages.

Phrases are matched case-insensitively after Unicode normalisation (so curly and straight
apostrophes and full-width letters meet) near the start of a response, where refusals sit;
"as an AI language model" is looked for everywhere.
"""

from __future__ import annotations

import re
import unicodedata

# How much of the start of a response is searched for a refusal.
HEAD_CHARS = 400

_ANYWHERE = [
    "as an ai language model", "as a language model", "as an ai assistant",
    "en tant que modèle de langage", "en tant qu'ia", "como modelo de lenguaje",
    "como un modelo de lenguaje", "como um modelo de linguagem", "als ki-sprachmodell",
    "als sprachmodell", "come modello linguistico", "come modello di linguaggio",
    "как языковая модель", "как модель искусственного интеллекта", "ai言語モデルとして",
    "言語モデルとして", "作为一个人工智能", "作为人工智能语言模型", "作为一个ai", "作为ai语言模型",
    "作为一个语言模型", "ai 언어 모델로서", "kama modeli ya lugha", "sebagai model bahasa",
    "với tư cách là một mô hình ngôn ngữ", "كنموذج لغوي", "एक एआई भाषा मॉडल के रूप में",
]

_AT_START = [
    # English
    "i'm sorry, but i can't", "i am sorry, but i cannot", "i'm sorry, but i cannot",
    "i cannot help with that", "i can't help with that", "i can't assist with that",
    "i cannot assist with that", "i can't assist with this", "i cannot fulfill",
    "i can't fulfill", "i'm unable to help", "i am unable to help", "i am unable to provide",
    "i'm not able to help", "i won't be able to help", "i cannot provide", "i can't provide",
    "i must decline", "sorry, i can't", "sorry, but i can't",
    # French
    "je ne peux pas vous aider", "je suis désolé, mais je ne peux pas",
    "désolé, mais je ne peux pas", "je ne suis pas en mesure de",
    # Spanish
    "lo siento, pero no puedo", "no puedo ayudarte con eso", "no puedo ayudar con eso",
    "no puedo proporcionar", "no puedo cumplir",
    # Portuguese
    "desculpe, mas não posso", "não posso ajudar com isso", "não posso fornecer",
    # German
    "es tut mir leid, aber ich kann", "ich kann dir dabei nicht helfen",
    "ich kann ihnen dabei nicht helfen", "ich kann keine",
    # Italian
    "mi dispiace, ma non posso", "non posso aiutarti", "non posso fornire",
    # Russian
    "извините, но я не могу", "я не могу помочь", "я не могу предоставить",
    # Japanese, Chinese, Korean
    "お手伝いできません", "お答えできません", "提供できません", "抱歉，我无法", "抱歉,我无法",
    "我不能帮助", "我无法提供", "我不能提供", "죄송하지만", "도와드릴 수 없습니다",
    # Swahili, Indonesian
    "samahani, siwezi", "siwezi kusaidia", "maaf, saya tidak bisa", "saya tidak dapat membantu",
]


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("，", ",")
    return re.sub(r"\s+", " ", text)


_ANYWHERE_N = [_normal(p) for p in _ANYWHERE]
_AT_START_N = [_normal(p) for p in _AT_START]


def find_refusal(text: str) -> str | None:
    """The boilerplate phrase found in ``text``, or None."""
    normal = _normal(text or "")
    for phrase in _ANYWHERE_N:
        if phrase in normal:
            return phrase
    head = normal[:HEAD_CHARS]
    for phrase in _AT_START_N:
        if phrase in head:
            return phrase
    return None
