"""Build ``resources/langid/ngrams.npz``, Handloom's n-gram model for languages beside a
big neighbour (``core.curate.ngram_model``), from text translators wrote.

The text is the translated messages of the programs installed on a Debian machine
(``/usr/share/locale/*/LC_MESSAGES/*.mo``), less the programs the language benchmark reads
(``tests.benchmarks.translated_sentences.training_sentences``: split by program, not by
sentence). Nothing is downloaded; the same machine image gives the same file.

Run from the repository's root::

    python -m tools.build_language_model            # writes resources/langid/ngrams.npz
    python -m tools.build_language_model --out /tmp/ngrams.npz
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from core.curate.ngram_model import KEPT_PER_LANGUAGE, model_path, ngrams, save_ngram_model
from tests.benchmarks.translated_sentences import LOCALE, training_sentences

# A language needs this many training sentences to be learnt (fewer give a model that
# claims every text with that language's few words).
MIN_SENTENCES = 80


def build(out: Path, locale: Path = LOCALE) -> None:
    counts: dict[str, dict[str, int]] = {}
    skipped: list[str] = []
    for code, sentences in training_sentences(locale).items():
        if len(sentences) < MIN_SENTENCES:
            skipped.append(f"{code} ({len(sentences)})")
            continue
        counts[code] = Counter(gram for sentence in sentences for gram in ngrams(sentence))
    out.parent.mkdir(parents=True, exist_ok=True)
    size = save_ngram_model(out, counts, KEPT_PER_LANGUAGE)
    print(f"{out}: {len(counts)} languages, {size / 1e6:.2f} MB")
    print("Too few training sentences, left out: " + ", ".join(skipped))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=model_path())
    parser.add_argument("--locale", type=Path, default=LOCALE)
    args = parser.parse_args()
    build(args.out, args.locale)


if __name__ == "__main__":
    main()
