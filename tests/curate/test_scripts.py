"""The dominant script of real text, as an ISO 15924 code."""

from __future__ import annotations

import langcodes
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.curate.scripts import script_codes, script_of


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Where is the market?", "Latn"),
        ("Báwo ni o ṣe wà?", "Latn"),  # Yoruba: tone marks are combining characters
        ("Ẹ kú àárọ̀, ṣé ẹ sùn dáadáa?", "Latn"),
        ("Sara tarpuyta yachachiway.", "Latn"),
        ("Где находится рынок?", "Cyrl"),
        ("Пойдём на базар, там дешевле.", "Cyrl"),
        ("Πού είναι η αγορά;", "Grek"),
        ("أين السوق؟", "Arab"),
        ("بازار کجاست؟", "Arab"),
        ("בוא נלך לשוק מחר.", "Hebr"),
        ("बाज़ार कहाँ है?", "Deva"),
        ("बजार कहाँ छ?", "Deva"),
        ("বাজারটা কোথায়?", "Beng"),
        ("சந்தை எங்கே இருக்கிறது?", "Taml"),
        ("ገበያው የት ነው?", "Ethi"),
        ("ከመይ ኣለኻ?", "Ethi"),
        ("ตลาดอยู่ที่ไหน", "Thai"),
        ("ផ្សារនៅឯណា?", "Khmr"),
        ("ဈေးဘယ်မှာလဲ", "Mymr"),
        ("ຕະຫຼາດຢູ່ໃສ?", "Laoo"),
        ("市场在哪里？", "Hani"),
        ("市場在哪裡？", "Hani"),
        ("市場はどこですか？", "Jpan"),
        ("お元気ですか？", "Jpan"),
        ("パンと牛乳を買いたいです。", "Jpan"),
        ("カタカナ", "Jpan"),
        ("시장이 어디에 있어요?", "Kore"),
        ("韓國語 한국어", "Kore"),
        ("ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴰⵏⴰⵡⴰⵢⵜ", "Tfng"),
        ("ߒߞߏ ߞߊ߲", "Nkoo"),
        ("ᐃᓄᒃᑎᑐᑦ", "Cans"),
        ("ދިވެހި ބަސް", "Thaa"),
        ("სად არის ბაზარი?", "Geor"),
        ("Որտե՞ղ է շուկան:", "Armn"),
        ("ਬਾਜ਼ਾਰ ਕਿੱਥੇ ਹੈ?", "Guru"),
        ("બજાર ક્યાં છે?", "Gujr"),
        ("ବଜାର କେଉଁଠି ଅଛି?", "Orya"),
        ("మార్కెట్ ఎక్కడ ఉంది?", "Telu"),
        ("ಮಾರುಕಟ್ಟೆ ಎಲ್ಲಿದೆ?", "Knda"),
        ("ചന്ത എവിടെയാണ്?", "Mlym"),
        ("වෙළඳපොළ කොහෙද?", "Sinh"),
        ("བོད་ཡིག", "Tibt"),
        ("ᠮᠣᠩᠭᠣᠯ", "Mong"),
        ("ꆈꌠꁱꂷ", "Yiii"),
        ("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "Cher"),
        ("𞤀𞤣𞤤𞤢𞤥", "Adlm"),
    ],
)
def test_script_of_real_text(text: str, script: str) -> None:
    assert script_of(text) == script


@pytest.mark.parametrize("text", ["", "   ", "123 456", "?!.,;:", "😀🎉", "ー・", "\u0301\u0300"])
def test_text_without_letters_has_no_script(text: str) -> None:
    assert script_of(text) is None


def test_digits_punctuation_and_emoji_do_not_count() -> None:
    assert script_of("2024-05-01 12:30 !!! 😀 Привет") == "Cyrl"


def test_the_script_with_most_letters_wins() -> None:
    assert script_of("Hello Привет мир") == "Cyrl"
    assert script_of("Translate into Amharic: ሰላም") == "Latn"
    assert script_of("ሰላም እንዴት ነህ ዛሬ? ok") == "Ethi"


def test_a_tie_goes_to_the_script_seen_first() -> None:
    assert script_of("ΑΒΓ abc") == "Grek"
    assert script_of("abc ΑΒΓ") == "Latn"


def test_japanese_with_a_little_latin_is_still_japanese() -> None:
    assert script_of("Pythonでファイルを読む方法を教えてください") == "Jpan"


def test_code_points_outside_the_basic_plane_are_classified() -> None:
    assert script_of("𐌰𐌱𐌲𐌳𐌴 𐌰𐌱") == "Goth"


def test_broken_surrogates_and_controls_do_not_crash() -> None:
    assert script_of("\ud800 abc\x00") == "Latn"


def test_every_code_is_a_valid_iso_15924_script() -> None:
    codes = script_codes()
    assert {"Latn", "Cyrl", "Arab", "Ethi", "Jpan", "Kore", "Hani", "Tfng"} <= codes
    assert not {"Hira", "Kana", "Hang"} & codes  # always named as the writing system
    for code in codes:
        assert len(code) == 4 and code.isascii() and code.istitle(), code
    # The IANA registry inside langcodes lags Unicode by a version or two (no Kawi yet).
    registered = {code for code in codes if langcodes.Language.get(f"und-{code}").is_valid()}
    assert len(registered) >= len(codes) - 10


@given(st.text(max_size=60))
def test_any_text_gives_a_known_code_or_none(text: str) -> None:
    script = script_of(text)
    assert script is None or script in script_codes()
