"""The review queue: filters, moving through it, progress, and memory per reviewer."""

from __future__ import annotations

import json

import pytest

from core import jobs
from core.cli import main
from core.errors import HandloomError
from core.review import actions
from core.review.queue import QueueFilters, ReviewQueue
from core.review.stats import review_stats
from tests.review.conftest import Translated


def test_filters_select_translations_by_language_flag_and_score(translated: Translated) -> None:
    p = translated.project
    everything = ReviewQueue(p)
    assert everything.count() == 5
    assert everything.ids() == translated.originals + translated.translations
    swahili = ReviewQueue(p, QueueFilters(language="sw"))
    assert swahili.ids() == translated.translations
    only = ReviewQueue(p, QueueFilters(translations_only=True, flag="wrong_language"))
    assert only.ids() == translated.translations[:1]
    assert (
        ReviewQueue(p, QueueFilters(translations_only=True, flag="none")).ids()
        == translated.translations[1:]
    )
    assert ReviewQueue(p, QueueFilters(flag="any")).ids() == translated.translations[:1]
    assert ReviewQueue(p, QueueFilters(min_score=50)).ids() == translated.translations[1:]
    assert ReviewQueue(p, QueueFilters(model="gemma-3-270m")).count() == 2
    assert ReviewQueue(p, QueueFilters(source="o.jsonl")).count() == 5
    actions.reject(p, "instruction", translated.originals[0])
    assert ReviewQueue(p, QueueFilters(status="excluded")).ids() == translated.originals[:1]
    assert ReviewQueue(p, QueueFilters(verdict="reject")).ids() == translated.originals[:1]


def test_walking_the_unreviewed_list_never_skips_an_item(translated: Translated) -> None:
    p = translated.project
    queue = ReviewQueue(p, QueueFilters(verdict="unreviewed"))
    assert queue.progress().text == "0 of 5 reviewed"
    seen = []
    item = queue.current()
    while item is not None and len(seen) < 10:
        seen.append(item.id)
        actions.accept(p, item.kind, item.id)  # it leaves the list; the next slides in
        item = queue.current()
    assert seen == translated.originals + translated.translations
    assert queue.progress().text == "5 of 5 reviewed" and queue.count() == 0


def test_next_previous_and_go_to(translated: Translated) -> None:
    queue = ReviewQueue(translated.project)
    ids = queue.ids()
    assert queue.current().id == ids[0] and queue.index() == 0
    assert queue.previous().id == ids[0]  # stays at the start
    assert queue.next().id == ids[1] and queue.next().id == ids[2]
    assert queue.previous().id == ids[1]
    assert queue.go_to(4).id == ids[4] and queue.index() == 4
    assert queue.next().id == ids[4]  # stays at the end


def test_filters_and_position_are_remembered_per_reviewer(translated: Translated) -> None:
    p = translated.project
    amina = ReviewQueue(p, reviewer="Amina")
    amina.set_filters(QueueFilters(language="sw"))
    amina.next()
    baraka = ReviewQueue.restore(p, reviewer="Baraka")
    baraka.go_to(2)
    again = ReviewQueue.restore(p, reviewer="Amina")
    assert again.filters == QueueFilters(language="sw")
    assert again.current().id == translated.translations[1] and again.index() == 1
    assert ReviewQueue.restore(p, reviewer="Baraka").current().id == translated.originals[2]
    assert ReviewQueue.restore(p, reviewer="Chidi").filters == QueueFilters()


def test_a_bad_filter_is_refused_with_a_sentence() -> None:
    with pytest.raises(HandloomError, match="instructions or responses"):
        QueueFilters(kind="models")


def test_responses_are_reviewed_beside_their_instruction_and_siblings(
    translated: Translated, capsys: pytest.CaptureFixture[str]
) -> None:
    p = translated.project
    jobs.start(
        p,
        "generate",
        {
            "model": "SmolLM2-135M-Instruct",
            "samples": 2,
            "max_tokens": 6,
            "limit": 2,
            "parallel": 2,
            "seed": 1,
        },
    )
    queue = ReviewQueue(p, QueueFilters(kind="response"))
    assert queue.count() == 4
    item = queue.current()
    assert item.kind == "response" and item.model == "SmolLM2-135M-Instruct"
    assert item.instruction["text"] == "Explain in simple words why the sky is blue."
    assert [r["id"] for r in item.responses] == queue.ids()[:2]
    actions.accept(p, "response", item.id, reviewer="Amina")
    actions.rate(p, "response", item.id, 5, reviewer="Amina")
    second = queue.next()
    assert second.responses[0]["state"]["verdict"] == "accept"
    assert second.responses[0]["state"]["rating"] == 5
    actions.edit(p, "response", second.id, "Because air scatters blue light most.")
    assert queue.current().text == "Because air scatters blue light most."
    stats = review_stats(p)
    assert stats["by_kind"]["response"] == {"reviewed": 2, "total": 4}
    assert stats["by_reviewer"]["Amina"]["accept"] == 1
    assert (
        main(
            ["review-queue", str(p.path), "--kind", "response", "--verdict", "unreviewed", "--json"]
        )
        == 0
    )
    listed = json.loads(capsys.readouterr().out)
    assert listed["count"] == 2 and listed["progress"]["text"] == "2 of 4 reviewed"
    assert all(i["instruction"]["text"] == "What do bees make?" for i in listed["items"])
