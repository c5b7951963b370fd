"""Every client method, sync and async, end to end against the mock over loopback HTTP."""

from __future__ import annotations

import asyncio
import json
import warnings
from pathlib import Path

import pytest

from tests.client.conftest import KEY, VIDEO_URL
from twelvelabs_client import (
    AsyncTwelveLabs,
    ConflictError,
    NotFoundError,
    StreamError,
    TwelveLabs,
    UnprocessableEntityError,
)
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem
from twelvelabs_client.tasks import TasksRetrieveResponse
from twelvelabs_client.types import VideoContext_AssetId, VideoContext_Url
from twelvelabs_mock import MockServer

VIDEO = VideoContext_Url(url=VIDEO_URL)
SCHEMA = {
    "type": "object",
    "properties": {"title": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}},
    "required": ["title", "tags"],
}


def pegasus_index(client: TwelveLabs, name: str = "lib") -> str:
    model = IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual", "audio"])
    return str(client.indexes.create(index_name=name, models=[model]).id)


def test_analyze_sync_json_and_structured(client: TwelveLabs, mock: MockServer) -> None:
    result = client.analyze(video=VIDEO, prompt="Describe", temperature=0.2)
    assert result.id and result.data and result.finish_reason == "stop" and result.usage.output_tokens > 0
    structured = client.analyze(
        model_name="pegasus1.5", video=VIDEO, prompt="Title and tags",
        response_format={"type": "json_schema", "json_schema": SCHEMA}, max_tokens=1024, start_time=0, end_time=10,
    )  # fmt: skip
    assert set(json.loads(structured.data)) == {"title", "tags"}
    sent = mock.control.requests()[-1]
    assert sent["operation"] == "analyze" and sent["headers"]["x-api-key"] == "<redacted>"
    with pytest.raises(UnprocessableEntityError) as raised:
        client.analyze(
            video=VIDEO,
            prompt="x",
            response_format={"type": "json_schema", "json_schema": {"type": "string", "minLength": 2}},
        )
    assert raised.value.code == "response_format_invalid" and raised.value.request_id


def test_analyze_stream_against_the_mock(client: TwelveLabs, mock: MockServer) -> None:
    with client.analyze_stream(video=VIDEO, prompt="Describe", stream=True) as stream:
        events = list(stream)
    assert events[0].event_type == "stream_start" and events[-1].event_type == "stream_end"
    assert stream.text == client.analyze(video=VIDEO, prompt="Describe").data
    cut = client.analyze_stream(
        video=VIDEO, prompt="Describe", request_options={"additional_headers": {"x-mock-fault": "stream_cut=3"}}
    )
    with pytest.raises(StreamError):
        list(cut)
    assert [r["operation"] for r in mock.control.requests()].count("analyze") == 3, "the cut stream was not retried"


def test_legacy_video_id_gist_and_summarize(client: TwelveLabs, mock: MockServer) -> None:
    index_id = pegasus_index(client)
    task = client.tasks.create(index_id=index_id, video_url=VIDEO_URL)
    statuses: list[str] = []

    def on_update(task: TasksRetrieveResponse) -> None:
        statuses.append(str(task.status))

    done = client.tasks.wait_for_done(task_id=task.id, sleep_interval=1, callback=on_update)
    assert done.status == "ready" and statuses[0] == "pending" and statuses[-1] == "ready"
    with pytest.warns(DeprecationWarning, match="video_id"):
        assert client.analyze(video_id=done.video_id, prompt="x").data
    with pytest.warns(DeprecationWarning, match="2026-02-15"):
        gist = client.gist(video_id=done.video_id, types=["title", "topic", "hashtag"])
    assert gist.title and gist.topics and gist.hashtags and gist.usage.output_tokens > 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        summary = client.summarize(video_id=done.video_id, type="summary", prompt="Two sentences", temperature=0.2)
        chapters = client.summarize(video_id=done.video_id, type="chapter")
        highlights = client.summarize(video_id=done.video_id, type="highlight")
    assert summary.summary and not hasattr(summary, "chapters")
    duration = done.system_metadata.duration
    for chapter in chapters.chapters:
        assert 0 <= chapter.start_sec < chapter.end_sec <= duration and chapter.chapter_title
    assert all(h.highlight and h.start_sec < h.end_sec for h in highlights.highlights)


def test_analyze_tasks_lifecycle(client: TwelveLabs, mock: MockServer) -> None:
    tasks = client.analyze_async.tasks
    created = tasks.create(video=VIDEO, prompt="Describe", custom_id="run-1", max_tokens=1024)
    assert created.status == "queued"
    seen: list[str] = []
    done = tasks.wait_for_done(created.task_id, sleep_interval=0.5, callback=lambda t: seen.append(str(t.status)))
    assert done.status == "ready" and done.result.data and done.custom_id == "run-1"
    # Polls at 0, 0.5, 1.25, 2.375 and 4.06 simulated seconds (interval x1.5 each time).
    assert seen == ["queued", "pending", "processing", "processing", "ready"]
    other = tasks.create(video=VIDEO, prompt="Other")
    assert tasks.cancel(other.task_id).status == "canceled"
    with pytest.raises(ConflictError):
        tasks.cancel(other.task_id)
    listed = list(tasks.list(page_limit=1))
    assert [t.task_id for t in listed] == [other.task_id, created.task_id]
    pages = list(tasks.list(page_limit=1).iter_pages())
    assert len(pages) == 2 and pages[0].page_info.total_page == 2, "no extra request past the last page"
    tasks.delete(created.task_id)
    with pytest.raises(NotFoundError) as raised:
        tasks.retrieve(created.task_id)
    assert raised.value.code == "resource_not_exist"


def test_assets_indexes_and_indexed_assets(client: TwelveLabs, mock: MockServer, tmp_path: Path) -> None:
    mock.control.configure(timings={"asset_processing": 2})
    video_file = tmp_path / "clip.mp4"
    video_file.write_bytes(b"\x00\x00\x00\x18ftypmp42" * 4096)
    asset = client.assets.create(method="direct", file=video_file)
    assert asset.status == "processing" and asset.filename == "clip.mp4"
    ready = client.assets.wait_for_done(asset.id, sleep_interval=1)
    assert ready.status == "ready" and ready.size == video_file.stat().st_size
    logged = next(r for r in mock.control.requests() if r["operation"] == "createAsset")
    assert logged["files"]["file"]["size"] == video_file.stat().st_size
    assert [a.id for a in client.assets.list(filename="clip")] == [asset.id]

    index_id = pegasus_index(client, "library")
    client.indexes.update(index_id, index_name="renamed")
    assert client.indexes.retrieve(index_id).index_name == "renamed"
    assert [i.id for i in client.indexes.list()] == [index_id]
    indexed = client.indexes.indexed_assets.create(index_id, asset_id=asset.id)
    mock.control.advance(10)
    assert client.indexes.indexed_assets.retrieve(index_id, indexed.id).status == "ready"
    assert [v.id for v in client.indexes.indexed_assets.list(index_id)] == [indexed.id]
    client.indexes.indexed_assets.delete(index_id, indexed.id)
    client.assets.delete(asset.id)
    client.indexes.delete(index_id)
    with pytest.raises(NotFoundError):
        client.indexes.retrieve(index_id)


def test_indexing_task_with_a_file_and_delete(client: TwelveLabs, tmp_path: Path) -> None:
    index_id = pegasus_index(client)
    path = tmp_path / "lecture.mov"
    path.write_bytes(b"mov" * 1000)
    task = client.tasks.create(index_id=index_id, video_file=path, user_metadata={"course": "101"})
    with pytest.raises(ConflictError):
        client.tasks.delete(task.id)
    done = client.tasks.wait_for_done(task.id, sleep_interval=5)
    assert done.system_metadata.filename == "lecture.mov"
    assert [t.id for t in client.tasks.list(index_id=index_id)] == [task.id]
    client.tasks.delete(task.id)


def test_async_client_covers_every_method(mock: MockServer, tmp_path: Path) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:

            async def advance(seconds: float) -> None:
                mock.control.advance(seconds)

            client._sender.sleep = advance
            asset = await client.assets.create(method="url", url=VIDEO_URL)
            assert (await client.assets.wait_for_done(asset.id)).status == "ready"
            assert [a.id async for a in client.assets.list()] == [asset.id]
            video = VideoContext_AssetId(asset_id=asset.id)
            assert (await client.analyze(video=video, prompt="x")).data
            stream = await client.analyze_stream(video=video, prompt="x")
            assert await stream.get_final_text()
            task = await client.analyze_async.tasks.create(video=video, prompt="x")
            done = await client.analyze_async.tasks.wait_for_done(task.task_id, sleep_interval=1)
            assert done.status == "ready"
            assert [t.task_id async for t in client.analyze_async.tasks.list()] == [task.task_id]
            other = await client.analyze_async.tasks.create(video=video, prompt="y")
            assert (await client.analyze_async.tasks.cancel(other.task_id)).status == "canceled"
            await client.analyze_async.tasks.delete(other.task_id)
            model = IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual"])
            index = await client.indexes.create(index_name="a", models=[model])
            await client.indexes.update(index.id, index_name="b")
            assert (await client.indexes.retrieve(index.id)).index_name == "b"
            assert [i.id async for i in client.indexes.list()] == [index.id]
            indexed = await client.indexes.indexed_assets.create(index.id, asset_id=asset.id)
            assert (await client.indexes.indexed_assets.retrieve(index.id, indexed.id)).asset_id == asset.id
            assert [v.id async for v in client.indexes.indexed_assets.list(index.id)] == [indexed.id]
            path = tmp_path / "a.mp4"
            path.write_bytes(b"a" * 100)
            indexing = await client.tasks.create(index_id=index.id, video_file=path)
            finished = await client.tasks.wait_for_done(indexing.id)
            assert [t.id async for t in client.tasks.list()] == [indexing.id]
            with pytest.warns(DeprecationWarning):
                gist = await client.gist(video_id=finished.video_id, types=["title"])
            assert gist.title
            with pytest.warns(DeprecationWarning):
                summary = await client.summarize(video_id=finished.video_id, type="highlight")
            assert summary.highlights
            await client.tasks.delete(indexing.id)
            await client.indexes.indexed_assets.delete(index.id, indexed.id)
            await client.assets.delete(asset.id)
            await client.indexes.delete(index.id)

    asyncio.run(run())


def test_retries_against_injected_faults(client: TwelveLabs, mock: MockServer) -> None:
    mock.control.inject("status=503", count=2, operation="analyze")
    assert client.analyze(video=VIDEO, prompt="x").data
    attempts = [r for r in mock.control.requests() if r["operation"] == "analyze"]
    assert [a["status"] for a in attempts] == [503, 503, 200]
    mock.control.inject("drop", count=1, operation="listAssets")
    assert list(client.assets.list()) == []
