"""Bad input through the client: the API's rules live in the document and the server (here the mock)
enforces them, so each case comes back as a BadRequestError (status 400) that names the field, and
nothing is created. Only what must be checked locally (files, the stream flag) fails before sending."""

from __future__ import annotations

import base64
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from tests.client.conftest import KEY
from twelvelabs_client import APIStatusError, BadRequestError, InvalidRequestError, TwelveLabs
from twelvelabs_client.types import VideoContext_Base64String, VideoContext_Url
from twelvelabs_mock import Clock, MockServer, create_app

VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"
VIDEO = VideoContext_Url(url=VIDEO_URL)
IMAGE = {"name": "logo", "url": "https://cdn.example.com/logo.png"}
SOURCE = {"name": "s", "media_type": "image", "url": "https://cdn.example.com/s.png"}

SYNC_CASES: list[tuple[dict[str, Any], str, str]] = [
    ({"prompt": "x"}, "video/video_id/image", "exactly one"),
    ({"video": VIDEO, "video_id": "v1", "prompt": "x"}, "video/video_id/image", "got video and video_id"),
    ({"video": VIDEO}, "prompt", "required"),
    (
        {"video": VIDEO, "prompt": "x", "prompt_v_2": {"input_text": "y"}, "model_name": "pegasus1.5"},
        "prompt/prompt_v_2",
        "not both",
    ),
    ({"video": VIDEO, "prompt": "x", "temperature": 1.5}, "temperature", "0 to 1"),
    ({"video": VIDEO, "prompt": "x", "temperature": -0.1}, "temperature", "0 to 1"),
    ({"video": VIDEO, "prompt": "x", "model_name": "pegasus9"}, "model_name", "must be one of"),
    ({"video_id": "v1", "prompt": "x", "model_name": "pegasus1.5"}, "video_id", "only with model_name pegasus1.2"),
    (
        {"video": VIDEO, "prompt_v_2": {"input_text": "y"}, "model_name": "pegasus1.2"},
        "prompt_v_2",
        "pegasus1.5 or later",
    ),
    (
        {"video": VIDEO, "prompt": "x", "start_time": 0, "end_time": 10, "model_name": "pegasus1.2"},
        "start_time/end_time",
        "pegasus1.5",
    ),
    ({"image": [IMAGE], "prompt": "x", "model_name": "pegasus1.5"}, "image", "pegasus1.6"),
    ({"video": VIDEO, "prompt": "x", "max_tokens": 4097, "model_name": "pegasus1.2"}, "max_tokens", "1 to 4096"),
    ({"video": VIDEO, "prompt": "x", "max_tokens": 100}, "max_tokens", "512 to 65536"),  # the default: pegasus1.5
    ({"video": VIDEO, "prompt": "x", "max_tokens": 100, "model_name": "pegasus1.5"}, "max_tokens", "512 to 65536"),
    ({"video": VIDEO, "prompt": "x", "model_name": "pegasus1.5", "start_time": 5, "end_time": 7}, "end_time", ">= 4 s"),
    (
        {"video": VIDEO, "prompt": "x", "model_name": "pegasus1.5", "start_time": 9, "end_time": 3},
        "end_time",
        "greater than start_time",
    ),
    (
        {"video": VIDEO, "prompt_v_2": {"input_text": "y", "media_sources": [SOURCE] * 5}, "model_name": "pegasus1.5"},
        "prompt_v_2.media_sources",
        "at most 4",
    ),
    (
        {
            "video": VIDEO,
            "prompt_v_2": {"input_text": "y", "media_sources": [{"name": "s", "media_type": "image"}]},
            "model_name": "pegasus1.5",
        },
        "prompt_v_2.media_sources[0]",
        "exactly one of url",
    ),
    ({"image": [IMAGE, IMAGE], "prompt": "x", "model_name": "pegasus1.6"}, "image", "unique"),
    ({"video": {"type": "file"}, "prompt": "x"}, "video.type", "must be one of"),
    ({"video": 42, "prompt": "x"}, "video", "expected VideoContext_Url"),
]


@pytest.fixture(scope="module")
def client() -> Iterator[TwelveLabs]:
    app = create_app(api_key=KEY, clock=Clock(speed=0.0), self_check=True)
    with MockServer(app) as server, TwelveLabs(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        yield client
    assert not app.violations, app.violations


def named(field: str) -> str:
    """The first field a case names, as the API's message spells it."""
    return field.split("/")[0].split(".")[0].split("[")[0].replace("prompt_v_2", "prompt_v2")


@pytest.mark.parametrize(("params", "field", "rule"), SYNC_CASES, ids=[f"{c[1]}:{c[2]}" for c in SYNC_CASES])
def test_sync_analyze_rules(client: TwelveLabs, params: dict[str, Any], field: str, rule: str) -> None:
    for method in (client.analyze, client.analyze_stream):
        with pytest.raises(BadRequestError) as raised, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # video_id cases warn, then fail validation
            method(**params)
        assert raised.value.status_code == 400
        assert named(field) in raised.value.message, raised.value.message


def test_base64_video_over_30_mb(client: TwelveLabs) -> None:
    big = VideoContext_Base64String(base64_string=base64.b64encode(b"\0" * (30 * 1024 * 1024 + 3)).decode())
    with pytest.raises(APIStatusError) as raised:
        client.analyze(video=big, prompt="x")
    assert raised.value.status_code in (400, 413) and "base64" in raised.value.message


ASYNC_CASES: list[tuple[dict[str, Any], str, str]] = [
    ({"prompt": "x"}, "video/image", "exactly one"),
    ({"video": VIDEO, "prompt": "x", "model_name": "pegasus1.2"}, "model_name", "must be one of"),
    ({"video": VIDEO, "prompt": "x", "max_tokens": 100}, "max_tokens", "512 to 98304"),
    ({"video": VIDEO, "prompt": "x", "max_tokens": "unlimited"}, "max_tokens", "'unlimited' needs"),
    ({"video": VIDEO, "prompt": "x", "custom_id": "has space"}, "custom_id", "1-64"),
    ({"video": VIDEO, "analysis_mode": "time_based_metadata", "prompt": "x"}, "prompt", "takes no prompt"),
    ({"video": VIDEO, "analysis_mode": "time_based_metadata"}, "response_format", "segment_definitions"),
    ({"video": VIDEO, "prompt": "x", "start_time": 3, "end_time": 3.5}, "end_time", ">= 1 s"),
]


@pytest.mark.parametrize(("params", "field", "rule"), ASYNC_CASES, ids=[f"{c[1]}:{c[2]}" for c in ASYNC_CASES])
def test_async_task_rules(client: TwelveLabs, params: dict[str, Any], field: str, rule: str) -> None:
    with pytest.raises(BadRequestError) as raised:
        client.analyze_async.tasks.create(**params)
    assert named(field) in raised.value.message, raised.value.message
    assert list(client.analyze_async.tasks.list()) == [], "nothing was created"


def test_summarize_and_gist_rules(client: TwelveLabs) -> None:
    response_format = {"type": "json_schema", "json_schema": {"type": "object"}}
    cases: list[tuple[Any, str]] = [
        (lambda: client.summarize(video_id="v", type="chapter", response_format=response_format), "response_format"),
        (lambda: client.summarize(video_id="v", type="abstract"), "type"),
        (lambda: client.summarize(video_id="v", type="summary", max_tokens=5000), "max_tokens"),
        (lambda: client.gist(video_id="v", types=["title", "mood"]), "types"),
        (lambda: client.gist(video_id="v", types=[]), "types"),
    ]
    with pytest.warns(DeprecationWarning):
        for call, field in cases:
            with pytest.raises(BadRequestError) as raised:
                call()
            assert field in raised.value.message, raised.value.message


def test_the_stream_method_always_streams(client: TwelveLabs) -> None:
    with pytest.raises(InvalidRequestError, match="always streams"):
        client.analyze_stream(video=VIDEO, prompt="x", stream=False)  # type: ignore[arg-type]
