"""Batch files: requests written, answered by replaying each line against a real server
into OpenAI's batch output format, read back; a second read changes nothing; a cut-off
results file records what is whole; lines Handloom did not write are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.store.project import Project
from tests.generate.conftest import QUESTIONS
from tests.servers import replay_batch

pytestmark = pytest.mark.slow


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(project: Project) -> list[object]:
    return [project.query("SELECT * FROM responses ORDER BY id"),
            project.query("SELECT * FROM batch_failures ORDER BY custom_id"),
            project.query("SELECT * FROM judgements ORDER BY id")]


def test_generation_and_judging_travel_by_batch_file(
        small_project: Project, openai_server: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = str(small_project.path)
    requests, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    generate = ["generate", path, "--model", "smollm2", "--endpoint", openai_server,
                "--samples", "2", "--max-tokens", "10", "--temperature", "0", "--seed", "5"]
    code, out, err = run(capsys, *generate, "--write-batch", str(requests), "--json")
    assert code == 0, err
    wrote = json.loads(out)
    assert wrote["requests"] == 2 * len(QUESTIONS) and wrote["served_as"] == "smollm2"
    lines = [json.loads(x) for x in requests.read_text().splitlines()]
    assert {x["method"] for x in lines} == {"POST"} and {x["url"] for x in lines} == {
        "/v1/chat/completions"}
    assert len({x["custom_id"] for x in lines}) == len(lines)
    assert lines[0]["body"]["messages"][-1]["role"] == "user"
    # Written again, the same requests carry the same ids.
    again = tmp_path / "again.jsonl"
    assert run(capsys, *generate, "--write-batch", str(again))[0] == 0
    assert again.read_text() == requests.read_text()

    assert replay_batch(requests, results, openai_server, fail=3) == len(lines)
    code, out, err = run(capsys, "generate", path, "--read-batch", str(results), "--json")
    assert code == 0, err
    read = json.loads(out)
    assert (read["recorded"], read["failed"], read["already_here"]) == (len(lines) - 1, 1, 0)
    rows = small_project.query("SELECT text, settings, completion_tokens FROM responses")
    assert len(rows) == len(lines) - 1 and all(r["text"] and r["completion_tokens"] for r in rows)
    assert json.loads(rows[0]["settings"])["max_tokens"] == 10
    [failure] = small_project.query("SELECT * FROM batch_failures")
    assert failure["custom_id"] == lines[2]["custom_id"] and "fell over" in failure["error"]

    before = snapshot(small_project)
    code, out, _ = run(capsys, "generate", path, "--read-batch", str(results))
    assert code == 0 and "0 recorded" in out and f"{len(lines) - 1} already here" in out
    assert snapshot(small_project) == before

    # The failed request is all that a new batch asks for; its answer clears the failure.
    code, out, _ = run(capsys, *generate, "--write-batch", str(requests), "--json")
    assert json.loads(out)["requests"] == 1
    replay_batch(requests, results, openai_server)
    assert run(capsys, "generate", path, "--read-batch", str(results))[0] == 0
    assert small_project.scalar("SELECT count(*) FROM responses") == len(lines)
    assert small_project.scalar("SELECT count(*) FROM batch_failures") == 0
    code, out, _ = run(capsys, *generate, "--write-batch", str(requests))
    assert code == 0 and "Nothing is pending" in out

    # Judging: the unjudged responses go out with a JSON schema and come back as judgements.
    judge = ["judge", path, "--model", "smollm2", "--endpoint", openai_server, "--max-tokens",
             "64", "--no-flags"]
    code, out, err = run(capsys, *judge, "--write-batch", str(requests), "--json")
    assert code == 0, err
    asked = [json.loads(x) for x in requests.read_text().splitlines()]
    assert len(asked) == len(lines)
    schema = asked[0]["body"]["response_format"]["json_schema"]["schema"]
    assert schema["required"] == ["rationale", "score"]
    # llama-cpp-python's server refuses OpenAI's json_schema: every line comes back failed,
    # and is kept as a failed judgement that --retry-failed asks again.
    replay_batch(requests, results, openai_server)
    code, out, err = run(capsys, "judge", path, "--read-batch", str(results), "--json")
    assert code == 0, err
    assert (json.loads(out)["failed"], json.loads(out)["recorded"]) == (len(lines), 0)
    assert small_project.scalar("SELECT count(*) FROM judgements WHERE score = -1") == len(lines)
    code, out, _ = run(capsys, *judge, "--retry-failed", "--write-batch", str(requests), "--json")
    assert json.loads(out)["requests"] == len(lines)
    # Asked the way that server takes a schema, and cut off mid-line on the way back (a copy
    # that did not finish): the whole lines are recorded, and the rest stays to ask.
    adapted = [json.loads(x) for x in requests.read_text().splitlines()]
    for line in adapted:
        line["body"]["response_format"] = {"type": "json_object", "schema": schema}
    requests.write_text("".join(json.dumps(x) + "\n" for x in adapted))
    replay_batch(requests, results, openai_server)
    whole = results.read_text().splitlines(keepends=True)
    results.write_text("".join(whole[:4]) + whole[4][: len(whole[4]) // 2])
    code, out, err = run(capsys, "judge", path, "--read-batch", str(results), "--json")
    assert code == 0, err
    read = json.loads(out)
    assert read["cut_off_line"] == 5 and read["recorded"] + read["failed"] == 4
    assert read["recorded"] >= 2
    rows = small_project.query("SELECT score, raw, settings FROM judgements")
    assert len(rows) == 4
    for row in rows:
        assert json.loads(row["settings"])["schema"] is True
        # llama-cpp-python's grammar lets a raw newline into a string: read as the judge does.
        assert set(json.loads(row["raw"], strict=False)) == {"rationale", "score"}
    code, out, _ = run(capsys, *judge, "--write-batch", str(requests), "--json")
    assert json.loads(out)["requests"] == len(lines) - 4


def test_results_that_are_not_this_projects_are_refused(
        small_project: Project, openai_server: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = str(small_project.path)
    requests, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    assert run(capsys, "generate", path, "--model", "smollm2", "--endpoint", openai_server,
               "--max-tokens", "6", "--write-batch", str(requests))[0] == 0
    replay_batch(requests, results, openai_server)
    good = results.read_text().splitlines()

    def refused(lines: list[str], *words: str) -> None:
        results.write_text("\n".join(lines) + "\n")
        code, _, err = run(capsys, "generate", path, "--read-batch", str(results))
        assert code == 1 and all(w in err for w in words), err
        assert small_project.scalar("SELECT count(*) FROM responses") == 0

    other = json.loads(good[1])
    parts = other["custom_id"].split(":")  # generate:MODEL:SETTINGS:INSTRUCTION:SAMPLE
    other["custom_id"] = ":".join([*parts[:2], "0" * 16, *parts[3:]])
    refused([good[0], json.dumps(other)], "Line 2 of results.jsonl", "did not write")
    judged = json.loads(good[0])
    judged["custom_id"] = "judge:" + judged["custom_id"].split(":", 1)[1]
    refused([json.dumps(judged)], "Line 1", "judging request, not a generation request")
    stranger = json.loads(good[0])
    stranger["custom_id"] = "request-17"
    refused([json.dumps(stranger)], "Line 1", "no custom_id that Handloom wrote")
    refused([good[0], "{not json", good[1]], "Line 2", "not a JSON object")
    gone = json.loads(good[0])
    parts = gone["custom_id"].split(":")
    gone["custom_id"] = ":".join([*parts[:3], "0190aaaa-0000-7000-8000-000000000000", parts[4]])
    refused([json.dumps(gone)], "Line 1", "not in this project")
    code, _, err = run(capsys, "generate", path, "--read-batch", str(tmp_path / "none.jsonl"))
    assert code == 1 and "There is no results file" in err
