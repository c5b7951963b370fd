"""`with_raw_response`: the parsed answer with its HTTP status and headers, on the client and on each group,
sync and async, as the official package gives it; errors still raise their typed class."""

from __future__ import annotations

import asyncio

import pytest

from tests.client.conftest import ANALYZE_OK, TASK_OK, VIDEO_URL, Recorder, json_response
from twelvelabs_client import NotFoundError
from twelvelabs_client.types import VideoContext_Url


def test_sync_raw_response_carries_status_headers_and_the_parsed_answer() -> None:
    recorder = Recorder(json_response(200, ANALYZE_OK, {"x-request-id": "req-7"}))
    raw = recorder.client().with_raw_response.analyze(video=VideoContext_Url(url=VIDEO_URL), prompt="What?")
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-7"
    assert raw.data.data == "A keynote." and raw.data.finish_reason == "stop"
    assert repr(raw).startswith("HttpResponse(status_code=200, data=")
    raw.close()


def test_async_raw_response_on_a_group() -> None:
    recorder = Recorder(json_response(200, TASK_OK, {"x-request-id": "req-8"}))

    async def main() -> None:
        async with recorder.async_client() as client:
            raw = await client.analyze_async.tasks.with_raw_response.retrieve("t1")
            assert (raw.status_code, raw.headers["x-request-id"]) == (200, "req-8")
            assert raw.data.task_id == "t1" and raw.data.status == "ready"

    asyncio.run(main())
    assert recorder.requests[0].url.path == "/v1.3/analyze/tasks/t1"


def test_raw_response_errors_raise_the_typed_error() -> None:
    recorder = Recorder(json_response(404, {"code": "resource_not_exist", "message": "No task t9."}))
    with pytest.raises(NotFoundError) as caught:
        recorder.client().analyze_async.tasks.with_raw_response.retrieve("t9")
    assert caught.value.code == "resource_not_exist"
