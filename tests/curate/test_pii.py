"""Personal data: many crafted positives and, above all, negatives that must stay untouched."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.curate.pii import KINDS, PiiMatch, find_pii, pii_reason, redact

POSITIVES = [
    # e-mail
    ("Mail me at john.doe+news@example.co.uk, thanks", "Mail me at [EMAIL], thanks"),
    ("Contact: A_B-c.d@sub.example-mail.org.", "Contact: [EMAIL]."),
    ("我的邮箱是abc123@qq.com，请联系", "我的邮箱是[EMAIL]，请联系"),
    ("mailto:someone@uni.edu", "mailto:[EMAIL]"),
    # URLs
    ("See https://en.wikipedia.org/wiki/Foo_(bar). Next", "See [URL]. Next"),
    ("Visit www.example.com!", "Visit [URL]!"),
    ("(see http://example.com/a?b=1&c=2)", "(see [URL])"),
    ("my repo github.com/johndoe/project is slow", "my repo [URL] is slow"),
    ("ftp://files.example.net/pub/file.tar.gz", "[URL]"),
    ("链接：https://zh.wikipedia.org/wiki/北京。谢谢", "链接：[URL]。谢谢"),
    ("Login at https://user@host.example.com/x", "Login at [URL]"),
    # IP addresses
    ("server 192.168.1.20:8080 is down", "server [IP]:8080 is down"),
    ("ping 8.8.8.8", "ping [IP]"),
    ("block 10.0.0.0/8 please", "block [IP] please"),
    ("addr fe80::1ff:fe23:4567:890a%eth0 ok", "addr [IP] ok"),
    ("IPv6 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "IPv6 [IP]."),
    ("mapped ::ffff:192.0.2.128 here", "mapped [IP] here"),
    # phones, international
    ("+1 555 123 4567", "[PHONE]"),
    ("+44 (0)20 7946 0958", "[PHONE]"),
    ("Ring +33 6 12 34 56 78 today", "Ring [PHONE] today"),
    ("+91 98765 43210", "[PHONE]"),
    ("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧ رقمي", "[PHONE] رقمي"),  # Arabic-Indic digits
    ("+4915112345678", "[PHONE]"),
    # phones, national
    ("Call me at (555) 123-4567", "Call me at [PHONE]"),
    ("555-123-4567 is my cell", "[PHONE] is my cell"),
    ("1-800-555-0199", "[PHONE]"),
    ("020 7946 0958", "[PHONE]"),
    ("06 12 34 56 78", "[PHONE]"),
    ("090-1234-5678 に電話して", "[PHONE] に電話して"),
    ("手机 138 0013 8000", "手机 [PHONE]"),
    ("电话13800138000", "电话[PHONE]"),
    ("98765 43210 is my number", "[PHONE] is my number"),
    ("phone: 555 1234", "phone: [PHONE]"),
    ("WhatsApp me on 0712345678", "WhatsApp me on [PHONE]"),
    ("Телефон: 8 912 345-67-89", "Телефон: [PHONE]"),
    ("मेरा फ़ोन ०९८७६ ५४३२१० है", "मेरा फ़ोन [PHONE] है"),  # Devanagari digits, leading zero
    # long numbers
    ("ID 123456789", "ID [NUMBER]"),
    ("card 4111 1111 1111 1111 exp", "card [NUMBER] exp"),
    ("card 4111-1111-1111-1111", "card [NUMBER]"),
    ("amex 3782 822463 10005", "amex [NUMBER]"),
    ("SSN 123-45-6789", "SSN [NUMBER]"),
    ("order 123456789.", "order [NUMBER]."),
    ("رقم الهوية ١٢٣٤٥٦٧٨٩٠ من فضلك", "رقم الهوية [NUMBER] من فضلك"),
    ("身份证号110101199003074514", "身份证号[NUMBER]"),
]

NEGATIVES = [
    "In 2024 I paid 1,500 dollars",
    "What is 3.14159?",
    "Explain IPv4",
    "Explain IPv4 and IPv6 addressing",
    "Python 3.11.7 is out",
    "Upgrade to v1.2.3.4 now",
    "version 10.0.19041.1 of Windows",
    "Use Node.js/Express and and/or React",
    "std::vector<int> and a::b",
    "Meet at 12:30:45 today",
    "Time 10:30 to 11:45",
    "on 2024-01-15 we met",
    "15.01.2024 10 people came",
    "From 1990-2000 and 2001-2010",
    "The years 1990, 2000 and 2010",
    "Population 1 500 000 000",
    "It costs 12.345.678 euros",
    "What is 123456789 * 987654321?",
    "Compute 123456789 + 987654321",
    "$1500000000 budget",
    "0.5 0.25 0.125 0.0625",
    "2^64 = 18446744073709551616",
    "hotel 1234567",
    "call 911",
    "ISBN 978-3-16-148410-0",
    "Pi is 3.14159265358979323846",
    "a@b.T is matrix multiplication",
    "Use @decorator and @property",
    "commit 3f2a1234567890ab",
    "Score 3-2 and 4-4-2 formation",
    "Room 101, floor 12, price 99.99",
    "Matrix 3x3 with 1 2 3 4 5 6 7 8 9",
    "2000年に東京で",
    "在2023年，GDP增长了5.2%",
    "१२३ रुपये",  # 123 rupees in Devanagari
    "e.g. this, i.e. that",
    "1e10 is 10000000000.0 in float",
    "Temperature -40 to 85 degrees",
    "Write 1500-2000 words",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_personal_data_is_found_and_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert pii_reason(text) is not None


@pytest.mark.parametrize("text", NEGATIVES)
def test_everyday_numbers_are_not_personal_data(text: str) -> None:
    assert find_pii(text) == []
    assert redact(text) == text
    assert pii_reason(text) is None


def test_matches_carry_kind_and_exact_span() -> None:
    text = "Email bob@example.com or call +1 555 123 4567 from 10.1.2.3"
    matches = find_pii(text)
    assert [m.kind for m in matches] == ["EMAIL", "PHONE", "IP"]
    assert [text[m.start : m.end] for m in matches] == [
        "bob@example.com",
        "+1 555 123 4567",
        "10.1.2.3",
    ]
    assert all(isinstance(m, PiiMatch) for m in matches)
    assert pii_reason(text) == "contains personal data: email, ip, phone"


def test_a_url_containing_an_email_or_ip_is_one_url() -> None:
    text = "go to http://192.168.0.1/admin?mail=a@b.com now"
    assert [m.kind for m in find_pii(text)] == ["URL"]
    assert redact(text) == "go to [URL] now"


def test_several_of_one_kind_are_all_redacted() -> None:
    text = "a@x.org, b@y.org; c@z.org"
    assert redact(text) == "[EMAIL], [EMAIL]; [EMAIL]"


@given(st.text(max_size=300))
def test_matches_are_sorted_disjoint_and_in_range(text: str) -> None:
    matches = find_pii(text)
    for m in matches:
        assert m.kind in KINDS
        assert 0 <= m.start < m.end <= len(text)
    for a, b in zip(matches, matches[1:], strict=False):
        assert a.end <= b.start


@given(st.lists(st.sampled_from([p for p, _ in POSITIVES] + NEGATIVES), min_size=1, max_size=6))
def test_redaction_is_stable_once_done(parts: list[str]) -> None:
    once = redact(" | ".join(parts))
    assert redact(once) == once  # the placeholders themselves are not personal data


@pytest.mark.slow  # a throughput check on a large generated input
def test_speed_sanity_prints_rate() -> None:
    rng = random.Random(5)
    samples = [p for p, _ in POSITIVES] + NEGATIVES
    filler = "Please explain how photosynthesis works in plants and why it matters. "
    texts = [
        filler * rng.randint(1, 6) + (rng.choice(samples) if rng.random() < 0.3 else "")
        for _ in range(20_000)
    ]
    start = time.perf_counter()
    flagged = sum(1 for t in texts if find_pii(t))
    elapsed = time.perf_counter() - start
    print(f"\nfind_pii: {elapsed / len(texts) * 1e6:.1f} µs/row, ~{elapsed * 50:.0f} s per 1M")
    assert 0 < flagged < len(texts)
