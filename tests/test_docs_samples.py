"""Code from docs/testing.md, as a user would run it with the installed pytest plugin, and the guides' samples."""

from __future__ import annotations

from typing import Any

from twelvelabs_client import TwelveLabs


def test_survives_a_rate_limit(twelvelabs_mock: Any) -> None:
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    twelvelabs_mock.control.inject("status=429; retry_after=0", count=1, operation="analyze")
    result = client.analyze(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="x")
    assert result.data
    attempts = [r for r in twelvelabs_mock.control.requests() if r["operation"] == "analyze"]
    assert [a["status"] for a in attempts] == [429, 200]


def test_time_without_waiting(twelvelabs_mock: Any) -> None:
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    task = client.analyze_async.tasks.create(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="x")
    twelvelabs_mock.control.advance(10)
    assert client.analyze_async.tasks.retrieve(task.task_id).status == "ready"
    other = client.analyze_async.tasks.create(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="y")
    twelvelabs_mock.control.set_clock(per_poll=5)
    done = client.analyze_async.tasks.wait_for_done(other.task_id, sleep_interval=0.01)
    assert done.status == "ready"


def test_in_process_asgi_transport_with_the_async_client_as_docs_mock_md_shows() -> None:
    import asyncio

    import httpx

    from twelvelabs_client import AsyncTwelveLabs
    from twelvelabs_mock import Clock, create_app

    app = create_app(api_key="k", clock=Clock(speed=0))

    async def main() -> int:
        transport = httpx.ASGITransport(app=app)
        async with AsyncTwelveLabs(
            api_key="k", base_url="http://127.0.0.1/v1.3", http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            page = await client.indexes.list()
            return len(page.data or [])

    assert asyncio.run(main()) == 0


def test_with_block_and_close_as_docs_getting_started_shows(twelvelabs_mock: Any) -> None:
    settings = {"api_key": twelvelabs_mock.api_key, "base_url": twelvelabs_mock.base_url}
    with TwelveLabs(**settings) as client:
        assert client.indexes.list().data == []
    client = TwelveLabs(**settings)
    try:
        assert client.indexes.list().data == []
    finally:
        client.close()


def test_readme_has_no_relative_links_that_break_outside_the_repository() -> None:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert all(target.startswith(("https://", "http://", "#")) for target in targets), targets


def test_responses_as_docs_responses_md_shows(twelvelabs_mock: Any, capsys: Any) -> None:
    import asyncio

    from twelvelabs_client import AsyncTwelveLabs, StreamError
    from twelvelabs_client.types import (
        ResponseInputItem,
        ResponseStreamEvent_ResponseCompleted,
        ResponseStreamEvent_ResponseOutputTextDelta,
    )

    mock = twelvelabs_mock
    client = TwelveLabs(api_key=mock.api_key, base_url=mock.base_url)
    store = client.knowledge_stores.create(name="Product launches")

    question = ResponseInputItem(type="message", role="user", content="What is shown on stage?")
    answer = client.responses.create(knowledge_store_id=store.id, input=[question], instructions="Be brief.")
    message = answer.output[0]
    print(message.content[0].text)  # type: ignore[index]
    print(answer.status, answer.usage.output_tokens)  # type: ignore[union-attr]

    follow_up = ResponseInputItem(type="message", role="user", content="And who presents it?")
    second = client.responses.create(knowledge_store_id=store.id, session_id=answer.session_id, input=[follow_up])
    assert second.session_id == answer.session_id

    with client.responses.create_stream(knowledge_store_id=store.id, input=[question]) as stream:
        for event in stream:
            if isinstance(event, ResponseStreamEvent_ResponseOutputTextDelta):
                print(event.delta, end="", flush=True)
            elif isinstance(event, ResponseStreamEvent_ResponseCompleted):
                print("\nsession:", event.response.session_id)  # type: ignore[union-attr]
    print(stream.text)
    printed = capsys.readouterr().out
    assert printed.count(stream.text) == 2 and "session: " in printed and "completed " in printed

    async def main() -> None:
        async with AsyncTwelveLabs(api_key=mock.api_key, base_url=mock.base_url) as client:
            store = await client.knowledge_stores.create(name="Product launches")
            question = {"type": "message", "role": "user", "content": "What is shown on stage?"}
            async for event in client.responses.create_stream(knowledge_store_id=store.id, input=[question]):  # type: ignore[list-item]
                print(event)

    asyncio.run(main())
    assert "ResponseStreamResponseEvent(" in capsys.readouterr().out

    mock.control.inject("stream_cut=5", operation="createResponse")
    try:
        client.responses.create_stream(knowledge_store_id=store.id, input=[question]).get_final_text()
    except StreamError as error:
        print(error)
    assert "Stream broken: the connection failed mid-stream" in capsys.readouterr().out


def test_the_batches_guide_sample_runs_as_written(twelvelabs_mock: Any, monkeypatch: Any, capsys: Any) -> None:
    import re
    import time
    from pathlib import Path

    guide = (Path(__file__).resolve().parent.parent / "docs" / "batches.md").read_text()
    found = re.search(r"```python\n(.*?)```", guide, re.S)
    assert found is not None
    monkeypatch.setenv("TWELVELABS_BASE_URL", twelvelabs_mock.base_url)
    monkeypatch.setattr(time, "sleep", twelvelabs_mock.control.advance)  # waiting moves the simulated clock
    with TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url) as client:
        asset_ids = [client.assets.create(method="url", url=f"https://example.com/v{n}.mp4").id for n in range(2)]
    exec(found.group(1), {"API_KEY": twelvelabs_mock.api_key, "asset_ids": asset_ids})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "pending 0 of 2 ready" and printed[-3] == "completed 2 of 2 ready", printed
    assert printed[-2].startswith("video-0 ") and printed[-1].startswith("video-1 ") and len(printed[-1]) > 40


def test_large_files_as_docs_uploads_md_shows(twelvelabs_mock: Any, tmp_path: Any) -> None:
    import os

    twelvelabs_mock.app.settings.chunk_size = 64 * 1024  # the docs' file is large; this one has 4 chunks
    path = tmp_path / "keynote-4k.mp4"
    path.write_bytes(os.urandom(200_000))
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    shown: list[str] = []

    def show(progress: Any) -> None:
        shown.append(f"{progress.completed_chunks}/{progress.total_chunks} chunks ({progress.percentage:.0f}%)")

    result = client.multipart_upload.upload_file(path, progress_callback=show)
    asset = client.assets.wait_for_done(result.asset_id)
    assert shown[-1] == "4/4 chunks (100%)" and asset.status == "ready" and asset.size == 200_000

    client.multipart_upload.create(filename=path.name, type="video", total_size=200_000)  # interrupted at once
    for pending in client.multipart_upload.list_incomplete_uploads():
        assert (pending.total_size, pending.chunk_size) == (200_000, 64 * 1024)
    result = client.multipart_upload.upload_file(path, upload_id=pending.upload_id)
    done = client.multipart_upload.wait_for_upload_completion(pending.upload_id, sleep_interval=5.0)
    assert (done.status, done.completed_chunks, done.total_chunks) == ("completed", 4, 4) and result.asset_url


def test_webhooks_as_docs_async_tasks_md_shows(twelvelabs_mock: Any) -> None:
    from twelvelabs_client.types import (
        AnalyzeTaskCanceledWebhookEvent,
        AnalyzeTaskFailedWebhookEvent,
        AnalyzeTaskReadyWebhookEvent,
    )

    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    events = {
        "analyze.task.ready": AnalyzeTaskReadyWebhookEvent,
        "analyze.task.failed": AnalyzeTaskFailedWebhookEvent,
        "analyze.task.canceled": AnalyzeTaskCanceledWebhookEvent,
    }

    def on_webhook(payload: dict[str, Any]) -> str | None:
        event = events[payload["type"]].from_dict(payload)
        if event.data.status != "ready":
            return None
        task = client.analyze_async.tasks.retrieve(event.data.id)
        return task.result.data

    task = client.analyze_async.tasks.create(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="x")
    twelvelabs_mock.control.advance(10)
    done = client.analyze_async.tasks.retrieve(task.task_id)
    data = {"id": task.task_id, "custom_id": None, "created_at": "2026-11-20T10:14:30Z", "status": "ready"}
    payload = {"id": "evt_1", "created_at": "2026-11-20T10:20:02Z", "type": "analyze.task.ready", "data": data}
    assert on_webhook(payload) == done.result.data and done.result.data
    failed = {**payload, "type": "analyze.task.failed", "data": {**data, "status": "failed"}}
    assert on_webhook(failed) is None


def test_embeddings_as_docs_embeddings_md_shows(twelvelabs_mock: Any) -> None:
    from twelvelabs_client.errors import BulkCreateError
    from twelvelabs_client.types import (
        AsyncVideoInputRequest,
        MediaSource,
        TextInputRequest,
        VideoInputRequest,
        VideoSegmentation_Fixed,
        VideoSegmentationFixedFixed,
    )

    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    twelvelabs_mock.control.set_clock(per_poll=5)
    query = client.embed.v_2.create(
        input_type="text", model_name="marengo3.0", text=TextInputRequest(input_text="a dog catching a frisbee")
    )
    assert len(query.data[0].embedding) == 512
    clips = client.embed.v_2.create(
        input_type="video",
        model_name="marengo3.0",
        video=VideoInputRequest(
            media_source=MediaSource(url="https://cdn.example.com/videos/park.mp4"),
            start_sec=0,
            end_sec=30,
            segmentation=VideoSegmentation_Fixed(fixed=VideoSegmentationFixedFixed(duration_sec=10)),
            embedding_option=["visual"],
        ),
    )
    spans = [(item.embedding_scope, item.start_sec, item.end_sec, len(item.embedding)) for item in clips.data]
    assert spans == [("clip", 0, 10, 512), ("clip", 10, 20, 512), ("clip", 20, 30, 512), ("asset", 0, 30, 512)]

    task = client.embed.v_2.tasks.create(
        input_type="video",
        model_name="marengo3.0",
        video=AsyncVideoInputRequest(media_source=MediaSource(url="https://cdn.example.com/videos/park.mp4")),
    )
    done = client.embed.v_2.tasks.wait_for_done(task.id, sleep_interval=0.01)
    assert done.status == "ready" and len(done.data) > 2 and done.metadata.duration > 0

    answer = client.embed.create(model_name="marengo3.0", text="a dog", image_file=("dog.jpg", b"\xff\xd8..."))
    assert answer.text_embedding.segments[0].float_ != answer.image_embedding.segments[0].float_
    legacy = client.embed.tasks.create(
        model_name="marengo3.0",
        video_url="https://cdn.example.com/videos/park.mp4",
        video_clip_length=5,
        video_embedding_scope=["clip", "video"],
    )
    client.embed.tasks.wait_for_done(legacy.id, sleep_interval=0.01)
    visual = client.embed.tasks.retrieve(legacy.id, embedding_option=["visual"])
    segments = visual.video_embedding.segments
    assert segments[0].start_offset_sec == 0 and segments[0].end_offset_sec == 5
    assert segments[-1].embedding_scope == "video" and {s.embedding_option for s in segments} == {"visual"}

    videos = [{"video_url": "https://cdn.example.com/videos/a.mp4"}, {"video_url": "not a url"}]
    try:
        client.embed.tasks.create_bulk(model_name="marengo3.0", videos=videos)
    except BulkCreateError as error:
        assert [task.id for task in error.created] == [error.results[0].id] and list(error.failures) == [1]
    else:
        raise AssertionError("the second video cannot be created")
