"""Handloom's own language identifier for the languages beside a big neighbour.

CLD2 and lid.176 read Crimean Tatar as Turkish, Low German as German, Asturian and
Aragonese as Spanish, Maithili as Hindi, Walloon as French, Bosnian as Croatian: their
models never saw enough of the smaller language, or cannot tell close standards apart on
a short sentence. This model does not name a text's language on its own; the cascade
(``core.curate.language``) asks it to choose among a few *candidates* (the others'
answers and the smaller neighbours of a big one, ``core.curate.neighbours.NEIGHBOURS``)
when they are unsure.

It is naive Bayes over character 4-grams of the lower-cased text (words padded with a
space): for each language the ``KEPT_PER_LANGUAGE`` most frequent 4-grams with their log
probability, every other 4-gram at the language's floor, quantised to a byte. Trained on
text translators wrote, none of us: the translated messages of the programs on a Debian
machine (``tools/build_language_model.py``, which anyone can run again; the benchmark's
programs are held out, see ``tests/benchmarks/translated_sentences.py``). The file,
``resources/langid/ngrams.npz`` (about 1.5 MB), is read once per process, on first use;
one that cannot be read raises ``NgramModelUnreadable`` and the cascade goes on without it.

Cost: one dictionary look-up per 4-gram of the text's first 160 bytes (about 20-40 µs a
text), paid only for the texts CLD2 is unsure of or names as a big neighbour weakly.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from core.errors import HandloomError
from core.resources import resource

ORDER = 4  # characters per n-gram: 3-grams confuse close neighbours, 5-grams cost more
KEPT_PER_LANGUAGE = 3000
FORMAT = 1


def model_path() -> Path:
    """Where the model shipped with Handloom is."""
    return resource("langid", "ngrams.npz")


class NgramModelUnreadable(HandloomError):
    """The n-gram model file is missing or damaged; the cascade works without it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"Handloom's model for languages beside a big neighbour ({path}) could not be "
            f"read ({reason}); languages are identified without it, so more labels are "
            "marked uncertain."
        )
        self.path = path


def text_for_ngrams(text: str) -> str:
    """The text as the model reads it: lower case, single spaces, padded with a space."""
    return " " + " ".join(text.lower().split()) + " "


def ngrams(text: str) -> list[str]:
    """Every 4-gram of ``text`` as the model reads it, in order (repeats kept)."""
    padded = text_for_ngrams(text)
    return [padded[i:i + ORDER] for i in range(len(padded) - ORDER + 1)]


class Choice(NamedTuple):
    """The n-gram model's choice among candidates (see ``NgramModel.choose``)."""

    code: str
    margin: float
    coverage: float


@dataclass(frozen=True, eq=False)
class NgramModel:
    """Log probabilities of 4-grams per language, quantised to bytes."""

    languages: tuple[str, ...]
    grams: dict[str, int]  # 4-gram -> row of ``weights``
    weights: np.ndarray  # (4-grams, languages) uint8; log probability = low + value * step
    floors: np.ndarray  # (languages,) uint8: the weight of a 4-gram a language does not use
    step: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "_column", {code: i for i, code in enumerate(self.languages)})

    @property
    def known(self) -> dict[str, int]:
        """The model's languages (a dictionary, for a fast ``in``)."""
        return self._column  # type: ignore[attr-defined,no-any-return]

    def choose(
        self, text: str, candidates: Sequence[str], bias: Mapping[str, float] = {},  # noqa: B006
    ) -> Choice | None:
        """The candidate whose 4-grams fit ``text`` best and its *margin*: how much more
        likely each known 4-gram is under it than under the runner-up (natural log, per
        4-gram; 0.1 is clear, 0.01 a coin toss), and its *coverage*: the share of the
        text's 4-grams that are among the chosen language's known ones (a text in none of
        the candidates has a low coverage whichever is chosen). ``bias`` is added to a
        language's score per 4-gram (the cascade's per-language corrections, tuned on
        held-out text).

        None when fewer than two candidates are languages of the model (there is nothing
        to choose), or the text has no 4-gram the model knows.
        """
        column: dict[str, int] = self._column  # type: ignore[attr-defined]
        known = [code for code in dict.fromkeys(candidates) if code in column]
        if len(known) < 2:
            return None
        find = self.grams.get
        padded = text_for_ngrams(text)
        rows = [
            row for row in map(find, [padded[i:i + ORDER] for i in range(len(padded) - ORDER + 1)])
            if row is not None
        ]
        if not rows:
            return None
        columns = [column[c] for c in known]
        found = self.weights.take(rows, axis=0)[:, columns]
        sums = found.sum(axis=0, dtype=np.int64)
        scale = self.step / len(rows)
        scores = sorted(
            ((float(total) * scale + bias.get(code, 0.0), i)
             for i, (code, total) in enumerate(zip(known, sums.tolist(), strict=True))),
            reverse=True,
        )
        best = scores[0][1]
        used = int(np.count_nonzero(found[:, best] > self.floors[columns[best]]))
        return Choice(known[best], scores[0][0] - scores[1][0], used / (len(padded) - ORDER + 1))


def load_ngram_model(path: Path | None = None) -> NgramModel:
    """The model in ``path`` (the shipped one by default), read once per process."""
    return _read(path or model_path())


@lru_cache(maxsize=4)
def _read(path: Path) -> NgramModel:
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["format"]) != FORMAT:
                raise NgramModelUnreadable(path, f"format {int(data['format'])}, not {FORMAT}")
            languages = tuple(bytes(data["languages"]).decode("ascii").split("\n"))
            grams = bytes(data["grams"]).decode("utf-8").split("\n")
            low, step = (float(x) for x in data["scale"])
            weights = np.empty((len(grams), len(languages)), dtype=np.uint8)
            floors = np.asarray(data["floors"], dtype=np.uint8)
            weights[:] = floors
            weights[data["columns"], data["rows"]] = data["values"]
    except NgramModelUnreadable:
        raise
    except FileNotFoundError:
        raise NgramModelUnreadable(path, "the file is missing") from None
    except (OSError, ValueError, KeyError, IndexError, UnicodeDecodeError,
            zipfile.BadZipFile) as error:
        raise NgramModelUnreadable(path, f"damaged: {error}") from error
    del low  # the common offset cancels out when candidates are compared
    return NgramModel(
        languages, {gram: i for i, gram in enumerate(grams)}, weights, floors, step,
    )


def save_ngram_model(
    path: Path, counts: dict[str, dict[str, int]], kept: int = KEPT_PER_LANGUAGE,
) -> int:
    """Write a model from 4-gram counts per language; returns the file's size in bytes.

    Each language keeps its ``kept`` most frequent 4-grams (ties by the 4-gram, so a build
    is repeatable) with add-½ smoothed log probabilities over the union of kept 4-grams;
    the rest get the language's floor.
    """
    languages = sorted(counts)
    top = {
        code: sorted(counts[code].items(), key=lambda item: (-item[1], item[0]))[:kept]
        for code in languages
    }
    grams = sorted({gram for code in languages for gram, _ in top[code]})
    index = {gram: i for i, gram in enumerate(grams)}
    alpha, size = 0.5, len(grams)
    rows, columns, logs, floors = [], [], [], []
    for row, code in enumerate(languages):
        total = sum(counts[code].values()) + alpha * size
        floors.append(np.log(alpha / total))
        for gram, count in top[code]:
            rows.append(row)
            columns.append(index[gram])
            logs.append(np.log((count + alpha) / total))
    # One floor for every language: a 4-gram none of the candidates is known to use says
    # nothing about which it is. (Each language's own smoothed floor would make the
    # languages with little text win every text of another domain, whose words none of
    # them saw: everyday German read as Low German.)
    floors = [float(np.mean(floors))] * len(languages)
    low = float(min(floors + logs))
    step = (float(max(logs)) - low) / 255
    quantise = lambda x: np.round((np.asarray(x) - low) / step).astype(np.uint8)  # noqa: E731
    np.savez_compressed(
        path,
        format=np.int32(FORMAT),
        languages=np.frombuffer("\n".join(languages).encode("ascii"), dtype=np.uint8),
        grams=np.frombuffer("\n".join(grams).encode("utf-8"), dtype=np.uint8),
        rows=np.asarray(rows, dtype=np.uint8),
        columns=np.asarray(columns, dtype=np.uint32),
        values=quantise(logs),
        floors=quantise(floors),
        scale=np.asarray([low, step], dtype=np.float64),
    )
    return path.stat().st_size
