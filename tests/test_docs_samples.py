"""Code from docs/testing.md, as a user would run it with the installed pytest plugin."""

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
