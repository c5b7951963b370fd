"""Analysis batches, sync and async, end to end against the mock: the lifecycle on the simulated clock, results
streamed as JSON Lines, cancel, delete, list filters and validation."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.client.conftest import KEY, VIDEO_URL
from twelvelabs_client import AsyncTwelveLabs, BadRequestError, ConflictError, NotFoundError, StreamError, TwelveLabs
from twelvelabs_client.types import (
    BatchDefaults,
    BatchItemRequest,
    BatchPrompt,
    BatchResultItem,
    BatchVideoContext,
    CreateAnalyzeBatchResponse,
)
from twelvelabs_mock import MockServer

UNSET = BatchResultItem.from_dict({"task_id": "t", "status": "queued"}).custom_id  # a field the line leaves out
PROMPT = BatchDefaults(prompt=BatchPrompt(input_text="Summarize the video."))


def ready_assets(client: TwelveLabs, count: int) -> list[str]:
    return [client.assets.create(method="url", url=f"{VIDEO_URL}?n={n}").id for n in range(count)]


def requests_for(asset_ids: list[str]) -> list[BatchItemRequest]:
    return [
        BatchItemRequest(video=BatchVideoContext(asset_id=asset_id), custom_id=f"item-{n}")
        for n, asset_id in enumerate(asset_ids)
    ]


def create(client: TwelveLabs, count: int = 3, **options: Any) -> CreateAnalyzeBatchResponse:
    options.setdefault("defaults", PROMPT)
    return client.analyze_async.batches.create(
        model_name="pegasus1.5", analysis_mode="general", requests=requests_for(ready_assets(client, count)), **options
    )


@pytest.fixture
def batches(client: TwelveLabs) -> Iterator[Any]:
    yield client.analyze_async.batches


def counts(batch: Any) -> tuple[str, int, int, int, int, int]:
    return (
        str(batch.status),
        batch.queued_items,
        batch.processing_items,
        batch.ready_items,
        batch.failed_items,
        batch.canceled_items,
    )


def test_create_wait_then_stream_the_results(client: TwelveLabs, batches: Any, mock: MockServer) -> None:
    created = create(client)
    assert created.status == "pending" and created.total_items == 3
    assert [item.custom_id for item in created.items] == ["item-0", "item-1", "item-2"]
    # The items start one after another (analyze_queued, 0.5 s, apart) and each processes for 2 s.
    assert counts(batches.retrieve(created.batch_id)) == ("pending", 3, 0, 0, 0, 0)
    mock.control.advance(1.0)
    assert counts(batches.retrieve(created.batch_id)) == ("processing", 1, 2, 0, 0, 0)
    mock.control.advance(2.0)
    assert counts(batches.retrieve(created.batch_id)) == ("processing", 0, 1, 2, 0, 0)
    seen: list[str] = []
    done = batches.wait_for_done(created.batch_id, sleep_interval=1, callback=lambda b: seen.append(str(b.status)))
    assert counts(done) == ("completed", 0, 0, 3, 0, 0) and seen[-1] == "completed"
    assert done.completed_at is not None and done.expires_at > done.created_at
    results = batches.results(created.batch_id)
    first = next(results)  # parsed as soon as its line arrives
    assert isinstance(first, BatchResultItem) and first.custom_id == "item-0" and first.status == "ready"
    rest = list(results)
    assert [item.task_id for item in [first, *rest]] == [item.task_id for item in created.items]
    assert all(item.data.data and item.data.finish_reason == "stop" for item in [first, *rest])
    assert results.response.is_closed
    # Each item is an analysis task of its own, with the batch's id and the item's structured prompt.
    task = client.analyze_async.tasks.retrieve(created.items[0].task_id)
    assert task.batch_id == created.batch_id and task.custom_id == "item-0"
    assert task.request_params.prompt_v2.input_text == "Summarize the video."
    assert task.result.data == first.data.data  # the same generated text as the task's own result


def test_results_before_the_items_finish_show_their_status(client: TwelveLabs, batches: Any, mock: MockServer) -> None:
    created = create(client, 2)
    mock.control.advance(0.75)  # item-0 started at 0.5 s, item-1 starts at 1 s
    with batches.results(created.batch_id) as results:
        items = list(results)
    assert [(item.status, bool(item.data), bool(item.error)) for item in items] == [
        ("processing", False, False),
        ("queued", False, False),
    ]


def test_failed_items_carry_an_error(client: TwelveLabs, batches: Any, mock: MockServer) -> None:
    created = create(client, 2, request_options={"additional_headers": {"x-mock-outcome": "failed"}})
    done = batches.wait_for_done(created.batch_id, sleep_interval=1)
    assert counts(done) == ("completed", 0, 0, 0, 2, 0)  # completed is not success
    assert [(item.status, item.error.code) for item in batches.results(created.batch_id)] == [
        ("failed", "video_processing_failed")
    ] * 2


def test_cancel_stops_queued_items_and_processing_ones_finish(
    client: TwelveLabs, batches: Any, mock: MockServer
) -> None:
    created = create(client, 3)
    mock.control.advance(1.0)  # item-0 and item-1 are processing, item-2 is queued
    canceling = batches.cancel(created.batch_id)
    assert counts(canceling) == ("canceling", 0, 2, 0, 0, 1) and canceling.canceled_at is not None
    assert counts(batches.cancel(created.batch_id)) == counts(canceling)  # asking again changes nothing
    with pytest.raises(ConflictError):
        batches.delete(created.batch_id)  # not while items are processing
    done = batches.wait_for_done(created.batch_id, sleep_interval=1)
    assert counts(done) == ("canceled", 0, 0, 2, 0, 1)
    assert [item.status for item in batches.results(created.batch_id)] == ["ready", "ready", "canceled"]
    assert client.analyze_async.tasks.retrieve(created.items[2].task_id).status == "canceled"


def test_a_completed_batch_cannot_be_canceled_and_deleting_it_deletes_its_tasks(
    client: TwelveLabs, batches: Any, mock: MockServer
) -> None:
    created = create(client, 1)
    with pytest.raises(ConflictError) as conflict:
        batches.delete(created.batch_id)  # pending
    assert "cancel it" in str(conflict.value)
    batches.wait_for_done(created.batch_id, sleep_interval=1)
    with pytest.raises(ConflictError):
        batches.cancel(created.batch_id)
    batches.delete(created.batch_id)
    for gone in (
        lambda: batches.retrieve(created.batch_id),
        lambda: list(batches.results(created.batch_id)),
        lambda: client.analyze_async.tasks.retrieve(created.items[0].task_id),
    ):
        with pytest.raises(NotFoundError):
            gone()


def test_list_filters_by_repeated_status_and_analysis_mode(client: TwelveLabs, batches: Any, mock: MockServer) -> None:
    finished = create(client, 1)
    mock.control.advance(10)
    canceled = create(client, 1)
    batches.cancel(canceled.batch_id)
    segments = {"type": "segment_definitions", "segment_definitions": [{"id": "scenes", "description": "Each scene"}]}
    timed = client.analyze_async.batches.create(
        model_name="pegasus1.5",
        analysis_mode="time_based_metadata",
        defaults=BatchDefaults.from_dict({"response_format": segments}),
        requests=requests_for(ready_assets(client, 1)),
    )
    assert [b.batch_id for b in batches.list()] == [timed.batch_id, canceled.batch_id, finished.batch_id]
    assert [b.batch_id for b in batches.list(status=["completed", "canceled"])] == [
        canceled.batch_id,
        finished.batch_id,
    ]
    assert [b.batch_id for b in batches.list(status=["pending"])] == [timed.batch_id]
    assert [b.batch_id for b in batches.list(analysis_mode=["time_based_metadata"])] == [timed.batch_id]
    assert [b.batch_id for b in batches.list(page_limit=1)] == [timed.batch_id, canceled.batch_id, finished.batch_id]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"duplicate": True}, "custom_id 'same' appears more than once"),
        ({"defaults": None}, "needs a prompt"),
        ({"too_many": True}, "at most 1,000 requests"),
    ],
    ids=["unique-custom-id", "general-needs-a-prompt", "at-most-1000-requests"],
)
def test_the_document_rules_reject_bad_batches(client: TwelveLabs, change: dict[str, Any], message: str) -> None:
    asset_id = ready_assets(client, 1)[0]
    items = [BatchItemRequest(video=BatchVideoContext(asset_id=asset_id), custom_id="same") for _ in range(2)]
    if not change.get("duplicate"):
        items = [BatchItemRequest(video=BatchVideoContext(asset_id=asset_id))] * (1001 if change.get("too_many") else 2)
    with pytest.raises(BadRequestError) as raised:
        client.analyze_async.batches.create(
            model_name="pegasus1.5", analysis_mode="general", requests=items, defaults=change.get("defaults", PROMPT)
        )
    assert message in str(raised.value.api_message) or message in str(raised.value)
    assert client.analyze_async.batches.list().data == [] and client.analyze_async.tasks.list().data == []


def test_an_unknown_asset_creates_nothing(client: TwelveLabs, batches: Any) -> None:
    good = ready_assets(client, 1)[0]
    with pytest.raises(NotFoundError):
        batches.create(
            model_name="pegasus1.5",
            analysis_mode="general",
            defaults=PROMPT,
            requests=requests_for([good, "6298d673f1090f1100476d4c"]),
        )
    assert batches.list().data == [] and client.analyze_async.tasks.list().data == []


def test_a_cut_results_stream_raises_after_the_items_that_arrived(
    client: TwelveLabs, batches: Any, mock: MockServer
) -> None:
    created = create(client, 3)
    mock.control.inject("stream_cut=2", operation="retrieveAnalyzeBatchResults")
    received: list[str] = []
    with pytest.raises(StreamError, match="connection failed mid-stream"):
        for item in batches.results(created.batch_id):
            received.append(str(item.custom_id))
    assert received == ["item-0", "item-1"]
    mock.control.inject("malformed_line=1", operation="retrieveAnalyzeBatchResults")
    with pytest.raises(StreamError, match="line 2 is not JSON"):
        list(batches.results(created.batch_id))


def test_breaking_out_of_a_with_block_closes_the_connection(client: TwelveLabs, batches: Any) -> None:
    created = create(client, 3)
    with batches.results(created.batch_id) as results:
        for item in results:
            assert item.custom_id == "item-0"
            break
    assert results.response.is_closed
    results = batches.results(created.batch_id)
    next(results)
    results.close()
    assert results.response.is_closed


def test_async_batches_end_to_end(mock: MockServer) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:

            async def advance(seconds: float) -> None:
                mock.control.advance(seconds)

            client._sender.sleep = advance
            batches = client.analyze_async.batches
            assets = [await client.assets.create(method="url", url=f"{VIDEO_URL}?n={n}") for n in range(2)]
            created = await batches.create(
                model_name="pegasus1.5",
                analysis_mode="general",
                defaults=PROMPT,
                requests=requests_for([asset.id for asset in assets]),
            )
            done = await batches.wait_for_done(created.batch_id, sleep_interval=1)
            assert done.status == "completed" and done.ready_items == 2
            items = [item async for item in batches.results(created.batch_id)]  # usable directly with async for
            assert [(item.custom_id, item.status) for item in items] == [("item-0", "ready"), ("item-1", "ready")]
            async with batches.results(created.batch_id) as results:
                async for item in results:
                    assert item.data.data == items[0].data.data
                    break
            assert results.response.is_closed
            stream = await batches.results(created.batch_id)  # awaiting sends the request now
            assert [item.task_id async for item in stream] == [item.task_id for item in created.items]
            assert [b.batch_id async for b in batches.list(status=["completed"])] == [created.batch_id]
            other = await batches.create(
                model_name="pegasus1.5", analysis_mode="general", defaults=PROMPT, requests=requests_for([assets[0].id])
            )
            with pytest.raises(ConflictError):
                await batches.delete(other.batch_id)
            assert (await batches.cancel(other.batch_id)).status == "canceled"  # its only item was still queued
            await batches.delete(other.batch_id)
            mock.control.inject("stream_cut=1", operation="retrieveAnalyzeBatchResults")
            with pytest.raises(StreamError):
                [item async for item in batches.results(created.batch_id)]
            with pytest.raises(NotFoundError):
                await batches.results("6298d673f1090f1100476d4c")

    asyncio.run(run())


def test_results_parse_json_lines_from_any_transport() -> None:
    """Blank lines, CRLF and a last line without newline; a line that is not an item raises."""
    good = b'{"task_id":"t1","custom_id":"a","status":"queued"}\r\n\n{"task_id":"t2","status":"processing"}'
    bad = b'{"task_id":"t1","status":"queued"}\n{"status":"ready"}\n'
    answers = iter([good, bad])

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=next(answers), headers={"content-type": "application/jsonl"})

    client = TwelveLabs(
        api_key=KEY, base_url="https://api.test/v1.3", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    assert [(i.task_id, i.custom_id, i.status) for i in client.analyze_async.batches.results("b")] == [
        ("t1", "a", "queued"),
        ("t2", UNSET, "processing"),
    ]
    with pytest.raises(StreamError, match="line 2 is not a valid item"):
        list(client.analyze_async.batches.results("b"))


def test_the_mock_answers_results_as_documented_json_lines(client: TwelveLabs, mock: MockServer) -> None:
    from tests.contract.st_hooks import check_jsonl

    failing = {"additional_headers": {"x-mock-outcome": "failed"}}
    batch_ids = [create(client, 2).batch_id, create(client, 1, request_options=failing).batch_id]
    mock.control.advance(3.0)
    batch_ids.append(create(client, 3).batch_id)
    mock.control.advance(0.75)
    client.analyze_async.batches.cancel(batch_ids[-1])  # its first item goes on processing
    seen: set[str] = set()
    for batch_id in batch_ids:
        response = httpx.get(f"{mock.base_url}/analyze/batches/{batch_id}/results", headers={"x-api-key": KEY})
        assert response.status_code == 200 and response.headers["content-type"].startswith("application/jsonl")
        check_jsonl(response.content, {"$ref": "#/components/schemas/BatchResultItem"})
        seen |= {line["status"] for line in map(json.loads, response.content.splitlines())}
    assert seen == {"ready", "failed", "canceled", "processing"}
