"""Bad input is caught before any request: an InvalidRequestError (a ValueError) naming field and rule."""

from __future__ import annotations

import base64
import warnings
from typing import Any

import pytest

from tests.client.conftest import ANALYZE_OK, VIDEO_URL, Recorder, json_response
from twelvelabs_client import InvalidRequestError
from twelvelabs_client.types import VideoContext_Base64String, VideoContext_Url

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
    ({"video": VIDEO, "prompt_v_2": {"input_text": "y"}}, "prompt_v_2", "pegasus1.5 or later"),
    ({"video": VIDEO, "prompt": "x", "start_time": 0, "end_time": 10}, "start_time/end_time", "pegasus1.5"),
    ({"image": [IMAGE], "prompt": "x", "model_name": "pegasus1.5"}, "image", "pegasus1.6"),
    ({"video": VIDEO, "prompt": "x", "max_tokens": 4097}, "max_tokens", "1 to 4096"),
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


@pytest.mark.parametrize(("params", "field", "rule"), SYNC_CASES, ids=[f"{c[1]}:{c[2]}" for c in SYNC_CASES])
def test_sync_analyze_rules(params: dict[str, Any], field: str, rule: str) -> None:
    recorder = Recorder(json_response(200, ANALYZE_OK))
    client = recorder.client()
    for method in (client.analyze, client.analyze_stream):
        with pytest.raises(InvalidRequestError) as raised, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # video_id cases warn, then fail validation
            method(**params)
        assert raised.value.field == field
        assert rule in raised.value.rule
        assert isinstance(raised.value, ValueError)
    assert recorder.requests == [], "nothing was sent"


def test_base64_video_over_30_mb() -> None:
    recorder = Recorder(json_response(200, ANALYZE_OK))
    big = VideoContext_Base64String(base64_string=base64.b64encode(b"\0" * (30 * 1024 * 1024 + 3)).decode())
    with pytest.raises(InvalidRequestError, match="at most 30 MB") as raised:
        recorder.client().analyze(video=big, prompt="x")
    assert raised.value.field == "video.base64_string" and recorder.requests == []


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
def test_async_task_rules(params: dict[str, Any], field: str, rule: str) -> None:
    recorder = Recorder(json_response(202, {"task_id": "t", "status": "queued"}))
    with pytest.raises(InvalidRequestError) as raised:
        recorder.client().analyze_async.tasks.create(**params)
    assert (raised.value.field, rule in raised.value.rule) == (field, True)
    assert recorder.requests == []


def test_summarize_and_gist_rules() -> None:
    recorder = Recorder(json_response(200, {}))
    client = recorder.client()
    response_format = {"type": "json_schema", "json_schema": {"type": "object"}}
    cases = [
        (lambda: client.summarize(video_id="v", type="chapter", response_format=response_format), "response_format"),
        (lambda: client.summarize(video_id="v", type="abstract"), "type"),
        (lambda: client.summarize(video_id="v", type="summary", max_tokens=5000), "max_tokens"),
        (lambda: client.gist(video_id="v", types=["title", "mood"]), "types"),
        (lambda: client.gist(video_id="v", types=[]), "types"),
    ]
    with pytest.warns(DeprecationWarning):
        for call, field in cases:
            with pytest.raises(InvalidRequestError) as raised:
                call()
            assert raised.value.field == field
    assert recorder.requests == []
