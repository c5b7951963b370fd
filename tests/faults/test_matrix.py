"""Each injectable fault x each call path, sync and async: success after retries, or the typed error.

Attempts come from the mock's request log and waits from an injected clock (the client's sleep is
recorded, never slept), so nothing here depends on wall time.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any

import pytest

from tests.faults.conftest import KEY
from tests.faults.matrix import FAULTS, PATHS, STREAM_FAULTS, Fault, Path
from twelvelabs_client import APIStatusError, AsyncTwelveLabs, StreamError, TwelveLabs, UnknownStreamEvent
from twelvelabs_mock import MockServer

VIDEO = {"type": "url", "url": "https://cdn.example.com/videos/keynote.mp4"}
pytestmark = pytest.mark.timeout(60)


@dataclass
class Context:
    file: FilePath
    task_id: str
    options: dict[str, Any]


def prepare(mock: MockServer, tmp_path: FilePath, fault: Fault | None) -> Context:
    file = tmp_path / "upload.mp4"
    file.write_bytes(bytes(range(256)) * 2048)  # 512 KiB
    with TwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
        task_id = client.analyze_async.tasks.create(video=VIDEO, prompt="setup").task_id
    mock.control.advance(10)  # the task is ready: wait_for_done needs one successful retrieve
    mock.control.clear_requests()
    options = {"timeout_in_seconds": fault.timeout} if fault and fault.timeout else {}
    return Context(file, task_id, options)


def run_sync(path: Path, client: TwelveLabs, ctx: Context) -> Any:
    options: Any = ctx.options
    if path.name == "analyze":
        return client.analyze(video=VIDEO, prompt="x", request_options=options).data
    if path.name == "analyze_stream":
        return client.analyze_stream(video=VIDEO, prompt="x", request_options=options).get_final_text()
    if path.name.startswith("assets.create"):
        return client.assets.create(method="direct", file=ctx.file, request_options=options).id
    if path.name == "analyze_async.tasks.create":
        return client.analyze_async.tasks.create(video=VIDEO, prompt="x", request_options=options).task_id
    return client.analyze_async.tasks.wait_for_done(ctx.task_id, sleep_interval=1, request_options=options).status


async def run_async(path: Path, client: AsyncTwelveLabs, ctx: Context) -> Any:
    options: Any = ctx.options
    if path.name == "analyze":
        return (await client.analyze(video=VIDEO, prompt="x", request_options=options)).data
    if path.name == "analyze_stream":
        return await (await client.analyze_stream(video=VIDEO, prompt="x", request_options=options)).get_final_text()
    if path.name.startswith("assets.create"):
        return (await client.assets.create(method="direct", file=ctx.file, request_options=options)).id
    if path.name == "analyze_async.tasks.create":
        return (await client.analyze_async.tasks.create(video=VIDEO, prompt="x", request_options=options)).task_id
    return (
        await client.analyze_async.tasks.wait_for_done(ctx.task_id, sleep_interval=1, request_options=options)
    ).status


def call(mode: str, path: Path, mock: MockServer, ctx: Context) -> tuple[Any, list[float]]:
    """Run the path; return its result (or raise) and the waits the client asked for."""
    sleeps: list[float] = []
    if mode == "sync":
        with TwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
            client._sender.sleep = sleeps.append
            return run_sync(path, client, ctx), sleeps

    async def main() -> Any:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:

            async def record(seconds: float) -> None:
                sleeps.append(seconds)

            client._sender.sleep = record
            return await run_async(path, client, ctx)

    return asyncio.run(main()), sleeps


def attempts(mock: MockServer, operation: str) -> list[dict[str, Any]]:
    return [r for r in mock.control.requests() if r["operation"] == operation]


CASES = [(f, p, m) for f in FAULTS for p in PATHS for m in ("sync", "async")]
IDS = [f"{f.name}|{p.name}|{m}" for f, p, m in CASES]


@pytest.mark.parametrize(("fault", "path", "mode"), CASES, ids=IDS)
def test_a_fault_once_is_retried_to_success(
    mock: MockServer, tmp_path: FilePath, fault: Fault, path: Path, mode: str
) -> None:
    ctx = prepare(mock, tmp_path, fault)
    mock.control.inject(fault.spec, count=1, operation=path.operation)
    if not path.retries(fault):
        with pytest.raises(fault.error, match="Not retried: the API may have acted on it"):
            call(mode, path, mock, ctx)
        assert len(attempts(mock, path.operation)) == 1, "a create that may have happened is not sent again"
        return
    result, sleeps = call(mode, path, mock, ctx)
    assert result
    tries = attempts(mock, path.operation)
    assert len(tries) == 2
    assert tries[0].get("fault") and not tries[1].get("fault")
    assert fault.wait[0] <= sleeps[0] <= fault.wait[1]
    if path.name.startswith("assets.create"):
        sent = tries[-1]["files"]["file"]
        original = ctx.file.read_bytes()
        assert (sent["size"], sent["sha256"]) == (len(original), hashlib.sha256(original).hexdigest())
    if path.name == "analyze_async.tasks.create":
        tasks = [r for r in mock.control.requests() if r["operation"] == "createAnalyzeTask"]
        assert len({t["headers"].get("idempotency-key") for t in tasks}) == 1, "one key across retries"


@pytest.mark.parametrize(("fault", "path", "mode"), CASES, ids=IDS)
def test_a_persistent_fault_gives_the_typed_error(
    mock: MockServer, tmp_path: FilePath, fault: Fault, path: Path, mode: str
) -> None:
    ctx = prepare(mock, tmp_path, fault)
    mock.control.inject(fault.spec, count=3, operation=path.operation)
    if path.name.endswith("wait_for_done"):
        result, sleeps = call(mode, path, mock, ctx)
        assert result == "ready", "polling goes on through transient errors"
        assert len(attempts(mock, path.operation)) == 4
        assert 1 in sleeps, "one poll interval between the exhausted retries and the next poll"
        return
    with pytest.raises(fault.error) as raised:
        call(mode, path, mock, ctx)
    tries = attempts(mock, path.operation)
    assert len(tries) == (3 if path.retries(fault) else 1) and all(t.get("fault") for t in tries)
    error = raised.value
    if fault.status is not None:
        assert isinstance(error, APIStatusError)
        assert error.status_code == fault.status and error.code == fault.code
        assert error.request_id == tries[-1]["request_id"]
        assert str(fault.status) in str(error)
        if fault.code:
            assert error.api_message


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(STREAM_FAULTS))
def test_stream_faults(mock: MockServer, tmp_path: FilePath, name: str, mode: str) -> None:
    ctx = prepare(mock, tmp_path, None)
    mock.control.inject(STREAM_FAULTS[name], count=1, operation="analyze")
    received: list[Any] = []

    def consume_sync() -> None:
        with TwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
            for event in client.analyze_stream(video=VIDEO, prompt="x"):
                received.append(event)

    async def consume_async() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
            async for event in await client.analyze_stream(video=VIDEO, prompt="x"):
                received.append(event)

    def consume() -> None:
        consume_sync() if mode == "sync" else asyncio.run(consume_async())

    if name == "unknown event type":
        consume()
        assert isinstance(received[1], UnknownStreamEvent) and received[-1].event_type == "stream_end"
    else:
        with pytest.raises(StreamError):
            consume()
        assert all(getattr(e, "event_type", None) != "stream_end" for e in received), "never ends as if complete"
        if name.startswith("stream cut"):
            assert len(received) == 3
    assert len(attempts(mock, "analyze")) == 1, "a stream that started is never retried"
    del ctx
