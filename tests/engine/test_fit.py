"""Tokenizer fit: the two bundled models on instructions in English, Amharic, Tigrinya, Hindi,
Chinese and Swahili (tests/data/fit_instructions.jsonl: the same everyday requests in each
language), checked against llama.cpp's own tokenizer called directly."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from core import fit, jobs
from core.cli import main as cli
from core.engine.bundled import locate
from core.engine.vocabulary import Vocabulary
from core.errors import JobCancelled
from core.ingest.config import import_config
from core.store import registry
from core.store.project import Project
from tests.conftest import write_jsonl

pytestmark = pytest.mark.model  # the bundled models' own vocabularies, read by llama.cpp

DATA = Path(__file__).parent.parent / "data" / "fit_instructions.jsonl"
SMOL, GEMMA = "SmolLM2-135M-Instruct", "gemma-3-270m"


def _texts(language: str) -> list[str]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [r["instruction"] for r in rows if r["language"] == language]


def _project(path: Path, data: Path = DATA) -> Project:
    from core.projects import new_project

    project = new_project(path)
    jobs.start(project, "import", import_config([str(data)], licence="CC0-1.0"))
    return project


@pytest.fixture
def fit_project(tmp_path: Path):  # type: ignore[no-untyped-def]
    project = _project(tmp_path / "fit.handloom")
    yield project
    project.close()


@pytest.fixture(scope="module")
def direct() -> dict[str, object]:
    """llama.cpp's high-level tokenizer, loaded vocabulary-only, per bundled model."""
    import llama_cpp

    return {
        name: llama_cpp.Llama(str(locate(key)), vocab_only=True, verbose=False)
        for name, key in ((SMOL, "smollm2"), (GEMMA, "gemma3-270m"))
    }


def _by_language(report: fit.FitReport, model: str) -> dict[str, fit.LanguageFit]:
    return {f.language: f for f in report.model(model).languages}


def test_the_counts_are_what_llama_cpp_tokenizes(fit_project: Project, direct) -> None:  # type: ignore[no-untyped-def]
    report = fit.report(fit_project)
    assert report.languages == ["am", "en", "hi", "sw", "zh", "ti"]
    assert report.reference == {"source": "project", "instructions": 12, "words": 137}
    for model in (SMOL, GEMMA):
        llm = direct[model]
        for language, result in _by_language(report, model).items():
            texts = _texts(language)
            tokens = [llm.tokenize(t.encode(), add_bos=False, special=False) for t in texts]
            assert result.instructions == len(texts)
            assert result.tokens == sum(len(t) for t in tokens), (model, language)
            assert result.characters == sum(len("".join(t.split())) for t in texts)
            if language != "zh":
                assert result.words == sum(len(t.split()) for t in texts)
            pieces = [llm.detokenize([i]) for ids in tokens for i in ids]
            assert result.tokens_per_character == pytest.approx(result.tokens / result.characters)
            if model == SMOL:  # byte-level BPE: pieces that are not whole UTF-8 characters
                broken = sum(1 for p in pieces if not _is_utf8(p))
                assert result.byte_tokens == broken, language
    english = _by_language(report, SMOL)["en"]
    assert english.cost_vs_english == english.per_character_vs_english == 1.0
    assert report.model(SMOL).vocabulary == "byte-level BPE"
    assert report.model(GEMMA).vocabulary == "SentencePiece"


def _is_utf8(piece: bytes) -> bool:
    try:
        piece.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_smollm2_is_a_poor_fit_for_ethiopic_and_gemma_much_better(fit_project: Project) -> None:
    report = fit.report(fit_project)
    smol, gemma = _by_language(report, SMOL), _by_language(report, GEMMA)
    for language in ("am", "ti"):
        # SmolLM2's English vocabulary spells Ethiopic syllables byte by byte (3 bytes each).
        assert smol[language].tokens_per_character > 2.5
        assert smol[language].byte_share > 0.9
        assert smol[language].tokens_per_character > 3 * gemma[language].tokens_per_character
        assert smol[language].poor_fit and "byte pieces" in (smol[language].reason or "")
        assert gemma[language].byte_share == 0  # Gemma has every syllable as a token
    assert gemma["am"].cost_vs_english < smol["am"].cost_vs_english / 3
    # Hindi and Chinese: SmolLM2 poor, Gemma fine; Chinese is judged per character.
    assert smol["hi"].poor_fit and smol["zh"].poor_fit
    assert not gemma["hi"].poor_fit and not gemma["zh"].poor_fit
    assert gemma["hi"].cost_vs_english < 1.5
    assert not smol["zh"].spaced and smol["zh"].tokens_per_word is None
    assert smol["zh"].cost_vs_english == pytest.approx(smol["zh"].per_character_vs_english / 3)
    # Swahili is Latin script: no byte pieces in either, but SmolLM2 needs over twice English.
    assert smol["sw"].byte_share == gemma["sw"].byte_share == 0
    assert smol["sw"].poor_fit and not gemma["sw"].poor_fit
    assert smol["sw"].cost_vs_english == pytest.approx(smol["sw"].per_word_vs_english)
    assert not smol["en"].poor_fit and not gemma["en"].poor_fit


def test_results_are_cached_per_model_language_and_sample(fit_project: Project) -> None:
    first = fit.report(fit_project)
    rows = fit_project.scalar("SELECT COUNT(*) FROM tokenizer_fit")
    assert rows == 2 * 6  # two models, six languages (English is the reference)
    assert fit.report(fit_project, compute=False) == first  # read without llama.cpp

    # The cache is what is read: a doctored row shows through.
    smol_sha = registry.get(fit_project, SMOL).sha256
    with fit_project.write() as conn:
        conn.execute(
            "UPDATE tokenizer_fit SET counts = json_set(counts, '$.tokens', 9999) "
            "WHERE model_sha256 = ? AND language = 'hi'",
            [smol_sha],
        )
    assert _by_language(fit.report(fit_project), SMOL)["hi"].tokens == 9999

    # A new Swahili instruction changes the sample: only Swahili is measured again.
    extra = write_jsonl(
        fit_project.path.parent / "more.jsonl",
        [{"instruction": "Nifundishe jinsi ya kupanda miti ya matunda.", "language": "sw"}],
    )
    jobs.start(fit_project, "import", import_config([str(extra)], licence="CC0-1.0"))
    waiting = fit.report(fit_project, compute=False)
    assert waiting.missing == 2
    assert "sw" not in _by_language(waiting, SMOL)
    again = fit.report(fit_project)
    assert _by_language(again, SMOL)["sw"].instructions == 13
    assert _by_language(again, SMOL)["hi"].tokens == 9999  # not measured again
    assert fit_project.scalar("SELECT COUNT(*) FROM tokenizer_fit") == rows

    # A smaller sample is another key.
    small = fit.report(fit_project, sample=5, model=GEMMA)
    assert {f.instructions for f in small.model(GEMMA).languages} == {5}
    assert small.reference["source"] == "shipped"  # five English instructions are too few
    assert fit_project.scalar("SELECT COUNT(*) FROM tokenizer_fit") == rows + 7


def test_a_project_without_english_uses_the_shipped_reference(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    data = write_jsonl(
        tmp_path / "ethiopic.jsonl", [r for r in rows if r["language"] in ("am", "ti")]
    )
    project = _project(tmp_path / "ethiopic.handloom", data)
    try:
        report = fit.report(project)
    finally:
        project.close()
    assert report.reference["source"] == "shipped" and report.reference["instructions"] == 60
    assert report.languages == ["am", "ti"]
    assert _by_language(report, SMOL)["am"].poor_fit
    english = report.model(SMOL).english
    assert english is not None and 1.0 < english["tokens_per_word"] < 1.6


def test_remote_models_are_skipped_with_the_reason(fit_project: Project) -> None:
    registry.add_remote(fit_project, "gpu-box", "http://127.0.0.1:9/v1", "qwen2.5-7b")
    report = fit.report(fit_project)
    box = report.model("gpu-box")
    assert box.languages == [] and box.skipped and "server" in box.skipped
    assert len(report.model(SMOL).languages) == 6


def test_a_cancelled_check_keeps_what_it_measured(fit_project: Project) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if done == 3:
            cancel.set()

    with pytest.raises(JobCancelled):
        fit.report(fit_project, progress=progress, cancel=cancel)
    assert fit_project.scalar("SELECT COUNT(*) FROM tokenizer_fit") == 3
    assert fit.report(fit_project, compute=False).missing == 9


def test_sentencepiece_byte_tokens_count_as_byte_fallback() -> None:
    import llama_cpp

    with Vocabulary(locate("gemma3-270m")) as vocabulary:
        ids = vocabulary.tokenize("𓀀𓀁")  # Egyptian hieroglyphs: not in Gemma's vocabulary
        texts = [llama_cpp.llama_vocab_get_text(vocabulary._vocab, i) for i in ids]
        assert all(t.startswith(b"<0x") for t in texts) and len(ids) == 8
        assert vocabulary.count("𓀀𓀁").byte_tokens == 8
        assert vocabulary.count("ሰላም").byte_tokens == 0


def test_the_command_line_prints_the_report(fit_project: Project, capsys) -> None:  # type: ignore[no-untyped-def]
    path = str(fit_project.path)
    assert cli(["models", "fit", path, "--model", GEMMA, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["model"] for m in data["models"]] == [GEMMA]
    rows = {f["language"]: f for f in data["models"][0]["languages"]}
    assert set(rows) == {"am", "en", "hi", "sw", "zh", "ti"}
    assert rows["ti"]["tokens"] > 0 and rows["hi"]["poor_fit"] is False
    assert data["reference"]["source"] == "project" and data["threshold"] == 2.0

    assert cli(["models", "fit", path]) == 0
    text = capsys.readouterr().out
    assert "SmolLM2-135M-Instruct (byte-level BPE)" in text
    assert "POOR: needs 10.3× as many tokens per word as English" in text

    assert cli(["models", "fit", path, "--model", "nope"]) == 1
    assert "There is no model called 'nope'" in capsys.readouterr().err


# Four of the English requests above, in Thai and Japanese (written without spaces).
PARALLEL = {
    "en": [
        "How do I keep tomatoes from cracking when it rains a lot?",
        "Explain in simple words why the sky is blue.",
        "What is the difference between a virus and bacteria?",
        "Tell me a short story about a clever hare and a lion.",
    ],
    "th": [
        "ฉันจะป้องกันไม่ให้มะเขือเทศแตกเมื่อฝนตกหนักได้อย่างไร",
        "อธิบายด้วยคำง่ายๆ ว่าทำไมท้องฟ้าถึงเป็นสีฟ้า",
        "ความแตกต่างระหว่างไวรัสกับแบคทีเรียคืออะไร",
        "เล่านิทานสั้นๆ เกี่ยวกับกระต่ายฉลาดกับสิงโตให้ฟังหน่อย",
    ],
    "ja": [
        "雨がたくさん降るとき、トマトが割れないようにするにはどうすればいいですか？",
        "空がなぜ青いのか、簡単な言葉で説明してください。",
        "ウイルスと細菌の違いは何ですか？",
        "賢いウサギとライオンの短いお話をしてください。",
    ],
}


def test_scripts_without_spaces_are_judged_per_character_close_to_parallel_text() -> None:
    from core.curate.scripts import script_of
    from core.engine.fit_verdict import measure, verdict

    for key, fits in (("smollm2", False), ("gemma3-270m", True)):
        with Vocabulary(locate(key)) as vocabulary:
            english = measure(vocabulary, PARALLEL["en"])
            for language in ("th", "ja"):
                counts = measure(vocabulary, PARALLEL[language])
                result = verdict(language, script_of(" ".join(PARALLEL[language])), counts, english)
                assert not result.spaced and result.tokens_per_word is None
                assert result.poor_fit is not fits, (key, language)
                # The estimate is near the real ratio of tokens for the same requests.
                parallel = counts.tokens / english.tokens
                assert 0.75 * parallel < result.cost_vs_english < 1.25 * parallel, (key, language)


def test_llama_cpp_chatter_is_silenced_but_its_errors_are_not(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from core.errors import HandloomError

    with Vocabulary(locate("smollm2")) as vocabulary:
        assert vocabulary.size > 0
    assert capfd.readouterr().err == ""  # loading a vocabulary says nothing
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(HandloomError, match="could not read the vocabulary of broken.gguf"):
        Vocabulary(broken)
    assert "failed to load model" in capfd.readouterr().err  # why, for the log
