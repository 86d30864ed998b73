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
``resources/langid/ngrams.npz`` (1.1 MB), is read once per process, on first use; one
that cannot be read raises ``NgramModelUnreadable`` and the cascade goes on without it.

Cost: a batch of texts is scored at once (``choose_many``): every 4-gram of every text
becomes one 64-bit key (16 bits a character), all keys are found in the model's sorted
keys with one search, and each text's candidates' weights are gathered and summed in a
few NumPy calls (about 5-15 µs a text, against 35-70 µs for a dictionary look-up per
4-gram), paid only for the texts CLD2 is unsure of or names weakly.
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


def _keys(points: np.ndarray) -> np.ndarray:
    """The 4-gram starting at each position of ``points`` (code points) as one integer:
    16 bits a character, exact for every character of Unicode's first plane (the rest, emoji
    and rare ideographs, all read as U+FFFF). The last three positions read past the end as 0."""
    points = np.minimum(points, 0xFFFF).astype(np.uint64)
    padded = np.concatenate([points, np.zeros(ORDER - 1, dtype=np.uint64)])
    n = len(points)
    keys = padded[:n] << np.uint64(48)
    keys |= padded[1:n + 1] << np.uint64(32)
    keys |= padded[2:n + 2] << np.uint64(16)
    keys |= padded[3:n + 3]
    return keys


class Choice(NamedTuple):
    """The n-gram model's choice among candidates (see ``NgramModel.choose``)."""

    code: str
    margin: float
    coverage: float


@dataclass(frozen=True, eq=False)
class NgramModel:
    """Log probabilities of 4-grams per language, quantised to bytes."""

    languages: tuple[str, ...]
    keys: np.ndarray  # (4-grams,) uint64, sorted: each 4-gram's key (``_keys``)
    weights: np.ndarray  # (languages, 4-grams) uint8 in ``keys``' order; log p = low + value * step
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
        return self.choose_many([text], [candidates], bias)[0]

    def choose_many(
        self, texts: Sequence[str], candidates: Sequence[Sequence[str]],
        bias: Mapping[str, float] = {},  # noqa: B006
    ) -> list[Choice | None]:
        """``choose`` for many texts at once, each among its own candidates.

        One pass of NumPy for the whole batch (every text's 4-grams hashed into one array,
        one sorted search, one gather, one sum per text), so that a batch costs a few
        microseconds a text instead of a dictionary look-up per 4-gram.
        """
        column: dict[str, int] = self._column  # type: ignore[attr-defined]
        wanted = [[column[c] for c in dict.fromkeys(codes) if c in column] for codes in candidates]
        asked = [i for i, cols in enumerate(wanted) if len(cols) >= 2]
        choices: list[Choice | None] = [None] * len(texts)
        if not asked:
            return choices
        padded = [text_for_ngrams(texts[i]) for i in asked]
        lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
        grams = np.maximum(lengths - ORDER + 1, 0)
        points = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32)
        # Start of every 4-gram that lies inside one text, and the text it belongs to.
        text_of = np.repeat(np.arange(len(asked)), grams)
        first = np.cumsum(grams) - grams
        starts = np.arange(int(grams.sum())) - np.repeat(first, grams) + np.repeat(
            np.cumsum(lengths) - lengths, grams)
        keys = _keys(points)[starts]
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        found = self.keys[at] == keys
        rows, text_of = at[found], text_of[found]
        known = np.bincount(text_of, minlength=len(asked))
        # Each text's candidate languages, one slot each (-1: no candidate in that slot).
        width = max(len(wanted[i]) for i in asked)
        candidate = np.full((len(asked), width), -1, dtype=np.int64)
        for j, i in enumerate(asked):
            candidate[j, : len(wanted[i])] = wanted[i]
        columns = np.maximum(candidate, 0)
        # One gather per slot of every known 4-gram's weight under its text's candidate in
        # that slot, summed per text: the work grows with the candidates, not the languages.
        flat = self.weights.ravel()
        grams_in_model = self.weights.shape[1]
        slot_weights = [flat.take(columns[text_of, k] * grams_in_model + rows) for k in range(width)]
        totals = np.stack([np.bincount(text_of, weights=w, minlength=len(asked))
                           for w in slot_weights], axis=1)
        bias_of = np.array([bias.get(code, 0.0) for code in self.languages])
        scale = self.step / np.maximum(known, 1)
        scores = np.where(candidate >= 0, totals * scale[:, None] + bias_of[columns], -np.inf)
        # Best first; among equal scores the later candidate, as a sort of (score, place) would.
        order = np.argsort(-scores[:, ::-1], axis=1, kind="stable")
        best = width - 1 - order[:, 0]
        second = width - 1 - order[:, 1]
        rows_of = np.arange(len(asked))
        margins = scores[rows_of, best] - scores[rows_of, second]
        best_column = columns[rows_of, best]
        # Coverage: the chosen language's known 4-grams among each text's 4-grams.
        chosen = best_column[text_of]
        used = flat.take(chosen * grams_in_model + rows) > self.floors[chosen]
        used_per_text = np.bincount(text_of, weights=used, minlength=len(asked))
        for j in np.flatnonzero(known).tolist():
            choices[asked[j]] = Choice(
                self.languages[best_column[j]], float(margins[j]),
                float(used_per_text[j]) / int(grams[j]),
            )
        return choices


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
            weights = np.empty((len(languages), len(grams)), dtype=np.uint8)
            floors = np.asarray(data["floors"], dtype=np.uint8)
            weights[:] = floors[:, None]
            weights[data["rows"], data["columns"]] = data["values"]
    except NgramModelUnreadable:
        raise
    except FileNotFoundError:
        raise NgramModelUnreadable(path, "the file is missing") from None
    except (OSError, ValueError, KeyError, IndexError, UnicodeDecodeError,
            zipfile.BadZipFile) as error:
        raise NgramModelUnreadable(path, f"damaged: {error}") from error
    del low  # the common offset cancels out when candidates are compared
    if any(len(gram) != ORDER for gram in grams):
        raise NgramModelUnreadable(path, f"damaged: not every n-gram has {ORDER} characters")
    points = np.frombuffer("".join(grams).encode("utf-32-le"), dtype=np.uint32)
    keys = _keys(points)[::ORDER]
    order = np.argsort(keys, kind="stable")
    keys, first = np.unique(keys[order], return_index=True)  # astral 4-grams may share a key
    return NgramModel(languages, keys, np.ascontiguousarray(weights[:, order[first]]), floors, step)


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
