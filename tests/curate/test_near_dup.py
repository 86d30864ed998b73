"""Near-duplicates by MinHash over character 5-grams: found, first kept, tunable, cancellable."""

from __future__ import annotations

import random
import threading
import time

import pytest

from core.curate.dedup import normalise_text
from core.curate.near_dup import NUM_PERM, find_near_duplicates, lsh_shape
from core.errors import JobCancelled

WORDS = (
    "river stone garden window market teacher bread morning letter village music doctor "
    "winter basket candle forest engine ladder mirror pocket rabbit silver tunnel violin"
).split()


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of character 5-gram sets: what the sketches estimate."""

    def grams(t: str) -> set[str]:
        t = normalise_text(t)
        t = t if len(t) >= 5 else t + "\0" * (5 - len(t))
        return {t[i : i + 5] for i in range(len(t) - 4)}

    x, y = grams(a), grams(b)
    return len(x & y) / len(x | y)


def sentence(rng: random.Random, n: int) -> list[str]:
    """``n`` words with numbers attached, so that no two sentences share much by chance."""
    return [f"{rng.choice(WORDS)}{rng.randint(0, 999)}" for _ in range(n)]


def edited(words: list[str], at: int, count: int, tag: str) -> list[str]:
    """Copy of ``words`` with ``count`` words from ``at`` replaced."""
    out = list(words)
    out[at : at + count] = [f"{tag}{i}" for i in range(count)]
    return out


def test_small_edit_is_a_near_duplicate_and_the_first_is_kept() -> None:
    rng = random.Random(1)
    a = sentence(rng, 60)
    rows = [
        ("a", " ".join(a)),
        ("other", " ".join(sentence(rng, 60))),
        ("b", " ".join(edited(a, 30, 2, "new"))),
    ]
    pairs = list(find_near_duplicates(rows))
    assert [(dup, kept) for dup, kept, _ in pairs] == [("b", "a")]
    similarity = pairs[0][2]
    assert abs(similarity - jaccard(rows[0][1], rows[2][1])) < 0.1
    # reversed order: now "b" comes first and is the one kept
    flipped = [(dup, kept) for dup, kept, _ in find_near_duplicates(rows[::-1])]
    assert flipped == [("a", "b")]


def test_unrelated_and_short_everyday_questions_are_not_near_duplicates() -> None:
    rows = [
        ("1", "What is the capital of France?"),
        ("2", "What is the capital of Kenya?"),
        ("3", "What is the capital of Peru?"),
        ("4", "Write a poem about the sea."),
        ("5", "Write a poem about the moon."),
    ]
    assert all(jaccard(rows[0][1], t) < 0.8 for _, t in rows[1:])
    assert list(find_near_duplicates(rows, 0.8)) == []


def test_writing_without_spaces_is_compared_too() -> None:
    chinese = "请帮我写一封信给我的老师，感谢她这一年来对我的耐心指导和无私帮助，我学到了很多东西。"
    thai = "ช่วยเขียนจดหมายถึงครูของฉันเพื่อขอบคุณสำหรับความช่วยเหลือตลอดทั้งปีที่ผ่านมาด้วยนะครับ"
    rows = [
        ("zh1", chinese),
        ("th1", thai),
        ("zh2", chinese.replace("老师", "教授")),
        ("th2", thai.replace("ครับ", "ค่ะ")),
    ]
    found = {(dup, kept) for dup, kept, _ in find_near_duplicates(rows, 0.7)}
    assert found == {("zh2", "zh1"), ("th2", "th1")}


def test_threshold_moves_the_line() -> None:
    rng = random.Random(2)
    a = sentence(rng, 50)
    b = edited(a, 20, 10, "swap")
    rows = [("a", " ".join(a)), ("b", " ".join(b))]
    exact = jaccard(rows[0][1], rows[1][1])
    assert 0.6 < exact < 0.8  # the pair sits between the two thresholds below
    assert [p[:2] for p in find_near_duplicates(rows, threshold=exact - 0.15)] == [("b", "a")]
    assert list(find_near_duplicates(rows, threshold=min(1.0, exact + 0.15))) == []


def test_a_row_like_only_a_dropped_row_is_kept() -> None:
    # a ~ b and b ~ c, but a and c are too far apart: b goes, c stays (it is unlike a).
    rng = random.Random(7)
    a = sentence(rng, 60)
    b = edited(a, 10, 6, "changed")
    c = edited(b, 40, 6, "altered")
    ta, tb, tc = (" ".join(w) for w in (a, b, c))
    threshold = (min(jaccard(ta, tb), jaccard(tb, tc)) + jaccard(ta, tc)) / 2
    assert min(jaccard(ta, tb), jaccard(tb, tc)) - threshold > 0.05
    assert threshold - jaccard(ta, tc) > 0.05
    pairs = [
        (dup, kept)
        for dup, kept, _ in find_near_duplicates([("a", ta), ("b", tb), ("c", tc)], threshold)
    ]
    assert pairs == [("b", "a")]


def test_the_most_similar_kept_row_is_named() -> None:
    # k1 and k2 are both kept (unlike each other); r is like both, and more like k2.
    rng = random.Random(4)
    base = sentence(rng, 80)
    k1, k2, r = (" ".join(w) for w in (edited(base, 0, 22, "x"), edited(base, 56, 14, "y"), base))
    threshold = 0.575
    assert jaccard(k1, k2) < threshold - 0.08
    assert threshold + 0.08 < jaccard(r, k1) < jaccard(r, k2)
    pairs = list(find_near_duplicates([("k1", k1), ("k2", k2), ("r", r)], threshold))
    assert [(d, k) for d, k, _ in pairs] == [("r", "k2")]


def test_exact_duplicates_come_back_with_similarity_one() -> None:
    rows = [
        ("a", "Tell me a story about a brave little toaster"),
        ("b", "tell me a story about a brave little toaster!"),
    ]
    assert list(find_near_duplicates(rows)) == [("b", "a", 1.0)]


def test_empty_and_single_inputs() -> None:
    assert list(find_near_duplicates([])) == []
    assert list(find_near_duplicates([("only", "one row")])) == []
    assert list(find_near_duplicates(iter([("x", ""), ("y", "abc")]))) == []


def test_broken_text_does_not_stop_the_job() -> None:
    broken = "half of a surrogate pair \ud83d in a long enough instruction text"
    rows = [("a", broken), ("b", broken.upper()), ("c", "\x00\x00 nul bytes \x00")]
    assert [p[:2] for p in find_near_duplicates(rows)] == [("b", "a")]


def test_invalid_threshold_is_refused() -> None:
    for bad in (0.0, -0.5, 1.5):
        with pytest.raises(ValueError):
            list(find_near_duplicates([("a", "b")], threshold=bad))


def test_lsh_shape_uses_all_slots_sensibly() -> None:
    shapes = [lsh_shape(t) for t in (0.5, 0.7, 0.8, 0.9, 0.95)]
    assert all(bands * rows <= NUM_PERM for bands, rows in shapes)
    rows_per_band = [rows for _, rows in shapes]
    assert rows_per_band == sorted(rows_per_band)  # stricter threshold, longer bands
    bands, rows = lsh_shape(0.8)
    # a pair at the threshold becomes a candidate most of the time
    assert 1 - (1 - 0.8**rows) ** bands > 0.8


def many_rows(n: int, seed: int = 0) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """``n`` rows of which about 5% are edited copies of an earlier row (copy id -> source id)."""
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    planted: dict[str, str] = {}
    for i in range(n):
        if rows and rng.random() < 0.05:
            source_id, source = rows[rng.randrange(len(rows))]
            words = source.split()
            words[rng.randrange(len(words))] = "edited"
            rows.append((f"r{i}", " ".join(words)))
            planted[f"r{i}"] = source_id
        else:
            rows.append((f"r{i}", " ".join(sentence(rng, rng.randint(12, 40)))))
    return rows, planted


@pytest.mark.slow  # thousands of rows, with the speed printed
def test_finds_planted_near_duplicates_at_scale_and_prints_speed() -> None:
    rows, planted = many_rows(30_000)
    text = dict(rows)
    calls: list[tuple[int, int]] = []
    start = time.perf_counter()
    pairs = list(find_near_duplicates(rows, 0.8, progress=lambda d, t: calls.append((d, t))))
    elapsed = time.perf_counter() - start
    print(
        f"\nnear-dup: {len(rows)} rows in {elapsed:.2f} s, ~{elapsed / len(rows) * 1e6:.0f} s per 1M"
    )
    found = {dup for dup, _, _ in pairs}
    clear = [r for r, src in planted.items() if jaccard(text[r], text[src]) >= 0.9]
    recall = sum(r in found for r in clear) / len(clear)
    assert recall > 0.97
    assert all(jaccard(text[d], text[k]) > 0.7 for d, k, _ in pairs)  # estimates, not guesses
    assert all(s >= 0.8 for _, _, s in pairs)
    assert calls[-1] == (len(rows), len(rows))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancel_stops_between_batches() -> None:
    rows, _ = many_rows(25_000, seed=1)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()  # ask to stop once the first batch is done

    with pytest.raises(JobCancelled):
        list(find_near_duplicates(rows, progress=progress, cancel=cancel))
    assert seen and seen[0] < len(rows)
    already = threading.Event()
    already.set()
    with pytest.raises(JobCancelled):
        list(find_near_duplicates(rows[:10], cancel=already))
