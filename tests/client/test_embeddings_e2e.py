"""Embeddings end to end, sync and async: the generated facade against the document-driven mock over
loopback HTTP. Vectors are deterministic unit vectors of the model's size, cut into clips for video and
audio; tasks move processing -> ready on the simulated clock (the client's waits advance it)."""

from __future__ import annotations

import asyncio
import math
from typing import Any

import pytest

from tests.client.conftest import KEY, VIDEO_URL
from twelvelabs_api.models import (
    AsyncAudioInputRequest,
    AsyncVideoInputRequest,
    MediaSource,
    MultiInputRequest,
    TextInputRequest,
    VideoInputRequest,
    VideoSegmentationFixed,
    VideoSegmentationFixedFixed,
)
from twelvelabs_client import AsyncTwelveLabs, BadRequestError, BulkCreateError, InternalServerError, TwelveLabs
from twelvelabs_mock import MockServer

IMAGE_URL = "https://cdn.example.com/images/stage.jpg"


def norm(vector: list[float]) -> float:
    return math.sqrt(sum(value * value for value in vector))


def creates(mock: MockServer, operation: str) -> int:
    return sum(1 for request in mock.control.requests() if request["operation"] == operation)


def test_embed_create_text_image_file_and_audio(client: TwelveLabs, mock: MockServer) -> None:
    first = client.embed.create(model_name="marengo3.0", text="a keynote", image_file=("stage.jpg", b"\xff\xd8jpeg"))
    assert first.model_name == "marengo3.0" and not first.audio_embedding
    text = first.text_embedding.segments[0].float_
    image = first.image_embedding.segments[0].float_
    assert len(text) == len(image) == 512 and text != image
    assert abs(norm(text) - 1) < 1e-4
    again = client.embed.create(model_name="marengo3.0", text="a keynote", audio_url=VIDEO_URL)
    assert again.text_embedding.segments[0].float_ == text, "the same input gives the same vector"
    assert len(again.audio_embedding.segments[0].float_) == 512
    older = client.embed.create(model_name="Marengo-retrieval-2.7", text="a keynote")
    assert len(older.text_embedding.segments[0].float_) == 1024
    uploads = next(r for r in mock.control.requests() if r["operation"] == "createEmbedding")["files"]
    assert list(uploads) == ["image_file"] and uploads["image_file"]["size"] == 6
    with pytest.raises(BadRequestError):
        client.embed.create(model_name="marengo3.0")  # nothing to embed


def test_video_embedding_task_status_wait_and_options(client: TwelveLabs, mock: MockServer) -> None:
    tasks = client.embed.tasks
    task = tasks.create(
        model_name="marengo3.0",
        video_file=("clip.mp4", b"\x00\x00\x00\x18ftypmp42" * 100),
        video_start_offset_sec=0,
        video_end_offset_sec=20,
        video_clip_length=5,
        video_embedding_scope=["clip", "video"],
    )
    assert tasks.status(task.id).status == "processing"
    seen: list[str] = []
    done = tasks.wait_for_done(task.id, sleep_interval=1, callback=lambda state: seen.append(str(state.status)))
    assert (done.status, seen[0], seen[-1]) == ("ready", "processing", "ready")
    full = tasks.retrieve(task.id).video_embedding.segments
    assert {s.embedding_option for s in full} == {"visual", "audio"}, "every option when none is asked"
    visual = tasks.retrieve(task.id, embedding_option=["visual"]).video_embedding.segments
    assert {s.embedding_option for s in visual} == {"visual"}
    clips = [(s.start_offset_sec, s.end_offset_sec) for s in visual if s.embedding_scope == "clip"]
    assert clips == [(0, 5), (5, 10), (10, 15), (15, 20)]
    assert [(s.start_offset_sec, s.end_offset_sec) for s in visual if s.embedding_scope == "video"] == [(0, 20)]
    assert not tasks.status(task.id).video_embedding, "the status carries no embeddings"
    other = tasks.create(model_name="marengo3.0", video_url=VIDEO_URL)
    assert [t.id for t in tasks.list()] == [other.id, task.id]
    assert [t.id for t in tasks.list(status="ready")] == [task.id]
    created = tasks.retrieve(task.id).created_at.isoformat()
    assert [t.id for t in tasks.list(started_at="2000-01-01T00:00:00Z", ended_at=created)] == [task.id]
    assert list(tasks.list(ended_at="2000-01-01T00:00:00Z")) == []


def test_embed_v2_at_once(client: TwelveLabs) -> None:
    v2 = client.embed.v_2
    text = v2.create(input_type="text", model_name="marengo3.0", text=TextInputRequest(input_text="a keynote"))
    assert [(d.embedding_option, d.embedding_scope, len(d.embedding)) for d in text.data] == [("text", "asset", 512)]
    fixed = VideoSegmentationFixed(fixed=VideoSegmentationFixedFixed(duration_sec=4))
    video = VideoInputRequest(media_source=MediaSource(url=VIDEO_URL), start_sec=2, end_sec=12, segmentation=fixed)
    clips = v2.create(input_type="video", model_name="marengo3.0", video=video)
    visual = [(d.embedding_scope, d.start_sec, d.end_sec) for d in clips.data if d.embedding_option == "visual"]
    assert visual == [("clip", 2, 6), ("clip", 6, 10), ("clip", 10, 12), ("asset", 2, 12)]
    assert clips.metadata.input_type == "video" and clips.metadata.embedding_options == ["visual", "audio"]
    query = MultiInputRequest(input_text="a keynote")
    full = v2.create(input_type="multi_input", model_name="marengo3.5", multi_input=query).data[0].embedding
    short = v2.create(
        input_type="multi_input", model_name="marengo3.5", multi_input=query, embedding_dimension=256,
        embedding_uncertainty=True,
    ).data[0]  # fmt: skip
    assert len(full) == 512 and short.embedding == full[:256], "a shorter embedding is the full one's start"
    assert len(short.embedding_uncertainty) == 256
    with pytest.raises(BadRequestError, match=r"marengo3\.5"):
        v2.create(input_type="multi_input", model_name="marengo3.0", multi_input=query, embedding_dimension=256)
    with pytest.raises(BadRequestError, match="multi_input"):
        v2.create(input_type="text", model_name="marengo3.5", text=TextInputRequest(input_text="x"))


def test_embed_v2_tasks(client: TwelveLabs, mock: MockServer) -> None:
    tasks = client.embed.v_2.tasks
    audio = AsyncAudioInputRequest(media_source=MediaSource(url=VIDEO_URL), embedding_scope=["asset"])
    task = tasks.create(input_type="audio", model_name="marengo3.5", audio=audio, embedding_dimension=128)
    assert task.status == "processing" and not tasks.retrieve(task.id).data
    done = tasks.wait_for_done(task.id, sleep_interval=1)
    assert done.status == "ready" and [len(d.embedding) for d in done.data] == [128]
    assert done.metadata.input_type == "audio" and done.metadata.duration > 0
    mock.control.configure(outcome="failed")
    video = AsyncVideoInputRequest(media_source=MediaSource(url=VIDEO_URL))
    broken = tasks.create(input_type="video", model_name="marengo3.0", video=video)
    failed = tasks.wait_for_done(broken.id, sleep_interval=1)
    assert failed.status == "failed" and failed.error.message
    assert [t.id for t in tasks.list(status="failed")] == [broken.id]
    assert [t.id for t in tasks.list()] == [broken.id, task.id]
    assert [t.id for t in client.embed.tasks.list()] == [], "v1 and v2 tasks are kept apart"


def test_create_bulk_returns_every_created_task(client: TwelveLabs, mock: MockServer) -> None:
    videos: list[Any] = [
        {"video_url": VIDEO_URL, "video_embedding_scope": ["clip", "video"]},
        {"video_file": ("b.mp4", b"bytes"), "video_clip_length": 4},
    ]
    made = client.embed.tasks.create_bulk(model_name="marengo3.0", videos=videos)
    assert len(made) == 2 and len({task.id for task in made}) == 2
    assert [t.id for t in client.embed.tasks.list()] == [made[1].id, made[0].id]
    index = client.indexes.create(index_name="bulk", models=[{"model_name": "marengo3.0", "model_options": ["visual"]}])
    indexing = client.tasks.create_bulk(index_id=index.id, video_files=[("a.mp4", b"a")], video_urls=[VIDEO_URL])
    assert [t.video_id is not None for t in indexing] == [True, True]
    assert creates(mock, "createTask") == 2


def test_create_bulk_keeps_what_was_created_when_one_fails(client: TwelveLabs, mock: MockServer) -> None:
    mock.control.inject("status=500", count=1, operation="createEmbeddingTask")  # the first create fails
    videos: list[Any] = [{"video_url": VIDEO_URL}, {"video_url": VIDEO_URL}, {"video_url": "not a url"}]
    with pytest.raises(BulkCreateError) as raised:
        client.embed.tasks.create_bulk(model_name="marengo3.0", videos=videos)
    error = raised.value
    assert sorted(error.failures) == [0, 2]
    assert isinstance(error.failures[0], InternalServerError) and isinstance(error.failures[2], BadRequestError)
    assert error.results[0] is None and error.results[2] is None and error.created == [error.results[1]]
    assert [t.id for t in client.embed.tasks.list()] == [error.results[1].id]
    assert creates(mock, "createEmbeddingTask") == 3, "a create that may have been made is not sent again"
    assert "2 of 3 creates failed" in str(error)


def test_the_async_client_embeds(mock: MockServer) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:

            async def advance(seconds: float) -> None:
                mock.control.advance(seconds)

            client._sender.sleep = advance
            legacy = await client.embed.create(model_name="marengo3.0", audio_file=("a.wav", b"RIFF"), text="x")
            assert len(legacy.audio_embedding.segments[0].float_) == 512 and legacy.text_embedding
            task = await client.embed.tasks.create(model_name="marengo3.0", video_file=("v.mp4", b"video"))
            assert (await client.embed.tasks.wait_for_done(task.id, sleep_interval=1)).status == "ready"
            retrieved = await client.embed.tasks.retrieve(task.id, embedding_option=["audio"])
            assert {s.embedding_option for s in retrieved.video_embedding.segments} == {"audio"}
            assert [t.id async for t in client.embed.tasks.list(status="ready")] == [task.id]
            text = TextInputRequest(input_text="a keynote")
            answer = await client.embed.v_2.create(input_type="text", model_name="marengo3.0", text=text)
            assert len(answer.data[0].embedding) == 512
            video = AsyncVideoInputRequest(media_source=MediaSource(url=VIDEO_URL), embedding_option=["visual"])
            v2 = await client.embed.v_2.tasks.create(input_type="video", model_name="marengo3.0", video=video)
            done = await client.embed.v_2.tasks.wait_for_done(v2.id, sleep_interval=1)
            assert done.status == "ready" and {d.embedding_option for d in done.data} == {"visual"}
            assert [t.id async for t in client.embed.v_2.tasks.list()] == [v2.id]
            made = await client.embed.tasks.create_bulk(model_name="marengo3.0", videos=[{"video_url": VIDEO_URL}])
            assert len(made) == 1
            with pytest.raises(BulkCreateError) as raised:
                await client.embed.tasks.create_bulk(
                    model_name="marengo3.0", videos=[{"video_url": VIDEO_URL}, {"video_url": "bad"}]
                )
            assert list(raised.value.failures) == [1] and len(raised.value.created) == 1

    asyncio.run(run())
