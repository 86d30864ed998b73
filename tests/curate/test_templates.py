"""Templated families: one sentence with names, numbers and chemicals swapped, thousands of times."""

from __future__ import annotations

import random
import time

import pytest

from core.curate.templates import MIN_LITERAL_WORDS, SLOT, find_templated, literal_words, skeleton

CHEMICALS = [
    "2-chloro-5-methylpyridine",
    "4-Pyrimidinecarboxylic acid, 2-chloro-, methyl ester",
    "Ethyl 3-aminocrotonate",
    "methylpyridine",
    "sodium chloride",
    "Benzene",
    "3-Bromo-2-fluoroaniline",
    "ethanol",
    "N,N-Dimethylformamide",
    "Acetic acid",
]
COMPANIES = [
    ("Shandong Jinyang Chemical Co., Ltd.", "Shandong, China"),
    ("Acme Polymers", "Ohio, USA"),
    ("BASF SE", "Ludwigshafen"),
    ("Zhejiang NHU", "Zhejiang"),
    ("Reliance Industries", "Mumbai, India"),
    ("Sasol", "Johannesburg"),
]


def test_chemical_article_requests_share_one_skeleton() -> None:
    skeletons = {
        skeleton(f"Write an article about the production of {c} in the chemical industry")
        for c in CHEMICALS
    }
    assert skeletons == {
        f"write an article about the production of {SLOT} in the chemical industry"
    }


def test_company_introductions_share_one_skeleton() -> None:
    skeletons = {
        skeleton(
            f"Give me an introduction over {n} words for {name}, a chemical company in {place}"
        )
        for (name, place), n in zip(COMPANIES, [200, 300, 200, 500, 250, 1500], strict=True)
    }
    assert len(skeletons) == 1
    assert literal_words(skeletons.pop()) >= MIN_LITERAL_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What is 3.14 times 2?", f"what is {SLOT} times {SLOT}"),
        ('Translate "good morning" into French', f"translate {SLOT} into {SLOT}"),
        ("Translate 'good morning' into Yoruba", f"translate {SLOT} into {SLOT}"),
        ("Explain «la vie en rose» please", f"explain {SLOT} please"),
        ("Explain ```x = 1``` briefly", f"explain {SLOT} briefly"),
        (
            "Can I use MySQL on my iPhone? I don't know.",
            f"can i use {SLOT} on my {SLOT} i don t know",
        ),
        ("Tell me about New York City and Paris.", f"tell me about {SLOT} and {SLOT}"),
        ("Hello. How are you?", "hello how are you"),  # sentence starts are kept
        ("NASA launched it", "nasa launched it"),  # a capital at the very start is kept
        ("the ethical and hydraulic methods", "the ethical and hydraulic methods"),
        (
            "写一篇关于2-氯-5-甲基吡啶生产的文章，2000字",
            f"写一篇关于{SLOT}氯{SLOT}甲基吡啶生产的文章{SLOT}字",
        ),
        ("東京の人口は1400万人ですか？", f"東京の人口は{SLOT}万人ですか"),
        ("اكتب مقالا عن 2-كلورو في 2000 كلمة", f"اكتب مقالا عن {SLOT} في {SLOT} كلمة"),
    ],
)
def test_skeleton_masks_what_varies(text: str, expected: str) -> None:
    assert skeleton(text) == expected


def test_literal_words_estimates_words_of_unspaced_writing() -> None:
    assert literal_words(f"write an article about {SLOT} in chemical industry") == 7
    assert literal_words(f"写一篇关于{SLOT}的文章") == 4  # 8 Han characters, about 4 words
    assert literal_words(SLOT) == 0


def test_find_templated_flags_every_member_of_a_big_family() -> None:
    rows = [
        (f"chem{i}", f"Write an article about the production of {c} in the chemical industry")
        for i, c in enumerate(CHEMICALS)
    ]
    rows += [("q1", "How do I bake sourdough bread at home?"), ("q2", "Why is the sky blue?")]
    found = find_templated(rows, min_group=5)
    assert set(found) == {f"chem{i}" for i in range(len(CHEMICALS))}  # the first one too
    assert set(found.values()) == {skeleton(rows[0][1])}


def test_min_group_is_the_family_size_that_counts() -> None:
    rows = [
        (
            f"c{i}",
            f"Give me an introduction over {200 + i} words for {name}, a chemical company in {place}",
        )
        for i, (name, place) in enumerate(COMPANIES)
    ]
    assert len(find_templated(rows, min_group=6)) == 6
    assert find_templated(rows, min_group=7) == {}
    assert len(find_templated(rows[:2], min_group=2)) == 2


def test_everyday_question_families_are_not_templates() -> None:
    countries = ["France", "Kenya", "Peru", "Japan", "Chile", "Egypt", "Norway", "Vietnam"]
    rows = [(f"cap{i}", f"What is the capital of {c}?") for i, c in enumerate(countries)]
    rows += [(f"joke{i}", f"Tell me a joke about {c}.") for i, c in enumerate(countries)]
    assert find_templated(rows, min_group=5) == {}
    # but the same family with a long fixed frame is a script
    long_rows = [
        (f"s{i}", f"Please write a detailed travel guide with hotels and restaurants for {c}.")
        for i, c in enumerate(countries)
    ]
    assert len(find_templated(long_rows, min_group=5)) == len(countries)


def test_a_family_needs_at_least_two_members() -> None:
    with pytest.raises(ValueError):
        find_templated([("a", "Write about Paris")], min_group=1)


def test_identical_rows_without_masks_are_left_to_deduplication() -> None:
    rows = [
        (str(i), "please write me a long story about a dragon and a small brave knight")
        for i in range(10)
    ]
    assert find_templated(rows) == {}


def test_unrelated_instructions_make_no_families() -> None:
    rng = random.Random(9)
    vocab = [f"word{i}" for i in range(3000)]
    rows = [(str(i), " ".join(rng.choices(vocab, k=12)) + f" Paris {i}") for i in range(2000)]
    assert find_templated(rows) == {}


@pytest.mark.slow  # a throughput check on a large generated input
def test_speed_sanity_prints_rate() -> None:
    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(5000)]
    rows: list[tuple[str, str]] = []
    for i in range(50_000):
        if i % 20 == 0:
            text = f"Write an article about the production of {rng.choice(CHEMICALS)} {i} in the chemical industry"
        else:
            text = " ".join(rng.choices(vocab, k=rng.randint(5, 60))).capitalize() + " for Alice?"
        rows.append((str(i), text))
    start = time.perf_counter()
    found = find_templated(rows)
    elapsed = time.perf_counter() - start
    print(f"\nfind_templated: {elapsed / len(rows) * 1e6:.1f} µs/row, ~{elapsed * 20:.0f} s per 1M")
    assert len(found) == 50_000 // 20
