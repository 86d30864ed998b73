"""A pool of three real servers (llama-cpp-python's server with SmolLM2) on loopback ports.

One job across all three; one server killed with SIGKILL mid-job (the job finishes on the
others with every expected response once); all killed (the job stops as interrupted and
resumes when one is back); a fault-injecting proxy in front of a real server (429 with
Retry-After, 503, dropped connections, slow answers: the job completes and its log shows
the retries).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import jobs
from core.cli import main
from core.engine.endpoints import endpoints_from
from core.engine.pool import ServersUnavailable
from core.store import registry
from core.store.project import Project
from tests.generate.conftest import QUESTIONS
from tests.servers import FaultProxy, ModelServer, running_servers

pytestmark = pytest.mark.slow
SAMPLES = 3
WANTED = len(QUESTIONS) * SAMPLES


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ModelServer]]:
    with running_servers(tmp_path_factory.mktemp("pool"), 3) as started:
        yield started


@pytest.fixture
def all_up(servers: list[ModelServer]) -> Iterator[list[ModelServer]]:
    """The three servers, each started again after the test if it killed it."""
    yield servers
    for server in servers:
        if server.process is None or server.process.poll() is not None:
            server.start()


def pool_model(project: Project, urls: list[str], concurrency: int = 2) -> str:
    return registry.add_remote(project, "smol-pool", endpoints_from(urls, concurrency),
                               "smollm2").name


def config(model: str, **extra: object) -> dict[str, object]:
    return {"model": model, "samples": SAMPLES, "max_tokens": 12, "temperature": 0.0,
            "seed": 7, **extra}


def assert_complete(project: Project, model: str) -> None:
    """Every instruction has exactly its samples, each once, each a real answer."""
    rows = project.query(
        "SELECT instruction_id, sample_index, text, completion_tokens FROM responses r "
        "JOIN models m ON m.id = r.model_id WHERE m.name = ?", [model])
    keys = [(r["instruction_id"], r["sample_index"]) for r in rows]
    assert len(keys) == len(set(keys)) == WANTED
    assert {k[1] for k in keys} == set(range(SAMPLES))
    assert all(r["text"] and r["completion_tokens"] > 0 for r in rows)


def log_of(project: Project, job_id: str) -> str:
    return "\n".join(line["message"] for line in jobs.read_log(project, job_id))


def test_a_job_spreads_over_three_servers(small_project: Project,
                                          all_up: list[ModelServer]) -> None:
    model = pool_model(small_project, [s.url for s in all_up])
    record = jobs.start(small_project, "generate", config(model))
    assert record.state == "done" and record.result is not None
    assert record.result["written"] == WANTED
    servers = record.result["endpoints"]
    assert [s["endpoint"] for s in servers] == [s.url for s in all_up]
    assert all(s["requests"] > 0 and s["tokens_per_second"] > 0 for s in servers)
    # Each request answered once: the servers' answers add up to the responses written.
    assert sum(s["requests"] for s in servers) == WANTED
    assert_complete(small_project, model)


def test_a_server_killed_mid_job_leaves_its_work_to_the_others(
        small_project: Project, all_up: list[ModelServer]) -> None:
    model = pool_model(small_project, [s.url for s in all_up])
    victim = all_up[1]
    killed: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        if done >= 3 and not killed:
            killed.append(done)
            victim.kill()

    record = jobs.start(small_project, "generate", config(model), progress)
    assert killed and record.state == "done"
    assert record.result is not None and record.result["written"] == WANTED
    by_url = {s["endpoint"]: s for s in record.result["endpoints"]}
    assert by_url[victim.url]["errors"] >= 1
    assert sum(s["requests"] for s in by_url.values()) == WANTED
    assert_complete(small_project, model)
    assert f"127.0.0.1:{victim.port} set aside" in log_of(small_project, record.id)


def test_all_servers_gone_interrupts_and_the_job_resumes_when_one_is_back(
        small_project: Project, all_up: list[ModelServer]) -> None:
    model = pool_model(small_project, [s.url for s in all_up])
    killed: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        if done >= 4 and not killed:
            killed.append(done)
            for server in all_up:
                server.kill()

    with pytest.raises(ServersUnavailable, match="No server answered for 3 s"):
        jobs.start(small_project, "generate", config(model, wait_for_servers=3), progress)
    [record] = [j for j in jobs.list_jobs(small_project) if j.kind == "generate"]
    assert record.state == "interrupted" and "resume it" in (record.error or "")
    kept = small_project.scalar("SELECT count(*) FROM responses")
    assert 4 <= kept < WANTED
    assert "No server answered" in log_of(small_project, record.id)

    all_up[2].start()
    resumed = jobs.run(small_project, record.id)
    assert resumed.state == "done" and resumed.result is not None
    assert resumed.result["written"] == WANTED - kept
    assert_complete(small_project, model)


def test_a_misbehaving_server_is_retried_and_the_job_completes(
        small_project: Project, all_up: list[ModelServer]) -> None:
    faults = ["429", "pass", "503", "pass", "drop", "slow", "pass", "pass"]
    proxy = FaultProxy(all_up[0].url, lambda n: faults[(n - 1) % len(faults)])
    try:
        model = pool_model(small_project, [proxy.url], concurrency=2)
        record = jobs.start(small_project, "generate", config(model))
    finally:
        proxy.close()
    assert record.state == "done" and record.result is not None
    assert record.result["written"] == WANTED
    assert_complete(small_project, model)
    assert proxy.seen["429"] and proxy.seen["503"] and proxy.seen["drop"] and proxy.seen["slow"]
    [server] = record.result["endpoints"]
    assert server["requests"] == WANTED
    assert server["errors"] == proxy.seen["429"] + proxy.seen["503"] + proxy.seen["drop"]
    log = log_of(small_project, record.id)
    assert "answered 429" in log and "answered 503" in log and "the connection dropped" in log
    assert "trying request" in log


def test_pools_from_the_command_line(small_project: Project, all_up: list[ModelServer],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = str(small_project.path)
    a, b = all_up[0].url, all_up[1].url
    assert main(["models", "add", path, "smollm2", "--name", "pair", "--endpoint", a,
                 "--endpoint", b, "--concurrency", "3", "--concurrency", "1", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["endpoints"] == [{"url": a, "concurrency": 3}, {"url": b, "concurrency": 1}]
    assert main(["models", "endpoints", path, "pair", "--endpoint", a, "--endpoint", b,
                 "--concurrency", "2"]) == 0
    assert "2 at a time" in capsys.readouterr().out
    assert main(["generate", path, "--model", "pair", "--max-tokens", "8", "--temperature", "0",
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["written"] == len(QUESTIONS)
    assert [s["endpoint"] for s in result["endpoints"]] == [a, b]
    assert main(["generate", path, "--model", "pair", "--samples", "2", "--max-tokens", "8",
                 "--temperature", "0"]) == 0
    out = capsys.readouterr().out
    assert f"127.0.0.1:{all_up[0].port}" in out and "requests" in out
    assert main(["jobs", path, "--log", jobs.list_jobs(small_project)[-1].id]) == 0
    assert "Nothing was logged" in capsys.readouterr().out
    code = main(["models", "add", path, "x", "--endpoint", a, "--endpoint", b,
                 "--concurrency", "1", "--concurrency", "2", "--concurrency", "3"])
    assert code == 1 and "one for each of the 2 servers" in capsys.readouterr().err


def test_a_server_that_never_answers_stops_the_job_as_interrupted(
        small_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["generate", str(small_project.path), "--model", "smollm2", "--endpoint",
                 "http://127.0.0.1:9", "--max-tokens", "8", "--wait-for-servers", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("handloom: No server answered for 1 s (127.0.0.1:9: connection refused")
    assert small_project.scalar("SELECT state FROM jobs WHERE kind = 'generate'") == "interrupted"
    assert small_project.scalar("SELECT count(*) FROM responses") == 0
