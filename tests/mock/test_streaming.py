"""Real NDJSON streaming: chunked, incremental, lazily generated, with faults mid-stream."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.mock.conftest import VIDEO_URL, Api

BODY = {"video": {"type": "url", "url": VIDEO_URL}, "prompt": "Describe the video."}


def stream_lines(api: Api, headers: dict[str, str] | None = None, body: dict[str, object] | None = None) -> list[str]:
    with api.http.stream("POST", "/analyze", json=body or BODY, headers=headers or {}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/x-ndjson")
        assert response.headers.get("transfer-encoding") == "chunked"
        return list(response.iter_lines())


def test_stream_has_start_fragments_and_end(api: Api) -> None:
    events = [json.loads(line) for line in stream_lines(api)]
    assert events[0]["event_type"] == "stream_start"
    assert events[-1]["event_type"] == "stream_end"
    assert {e["event_type"] for e in events[1:-1]} == {"text_generation"}
    assert len(events) > 5
    assert events[-1]["metadata"]["generation_id"] == events[0]["metadata"]["generation_id"]
    assert events[-1]["finish_reason"] == "stop"
    text = "".join(e["text"] for e in events[1:-1])
    non_stream = api.post("/analyze", {**BODY, "stream": False}).json()
    assert text == non_stream["data"], "the same settings generate the same text"
    assert any(not e["text"].endswith((" ", ".")) for e in events[1:-1]), "fragments split mid-word"


def test_max_tokens_cuts_with_finish_reason_length(api: Api) -> None:
    body = {**BODY, "model_name": "pegasus1.2", "max_tokens": 5, "stream": False}
    answer = api.post("/analyze", body).json()
    assert answer["finish_reason"] == "length" and answer["usage"]["output_tokens"] == 5
    assert len(answer["data"].split()) == 5 and answer["error"]["message"]
    events = [
        json.loads(line) for line in stream_lines(api, body={**BODY, "model_name": "pegasus1.2", "max_tokens": 5})
    ]
    assert events[-1]["finish_reason"] == "length"


def test_events_arrive_as_they_are_generated(api: Api) -> None:
    headers = {"x-mock-stream-delay": "0.2", "x-mock-stream-events": "3"}
    arrivals = []
    started = time.monotonic()
    with api.http.stream("POST", "/analyze", json=BODY, headers=headers) as response:
        for _ in response.iter_lines():
            arrivals.append(time.monotonic() - started)
    assert len(arrivals) == 5
    assert arrivals[0] < 0.5 < arrivals[-1], "the first event is not held back until the end"


def test_ten_thousand_events_stream_lazily(api: Api) -> None:
    lines = stream_lines(api, headers={"x-mock-stream-events": "10000"})
    assert len(lines) == 10002
    assert json.loads(lines[-1])["metadata"]["usage"]["output_tokens"] > 0


def test_stream_cut_after_k_events(api: Api) -> None:
    received = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        api.http.stream("POST", "/analyze", json=BODY, headers={"x-mock-fault": "stream_cut=3"}) as response,
    ):
        for line in response.iter_lines():
            received.append(line)
    assert len(received) == 3


def test_malformed_line_and_unknown_event(api: Api) -> None:
    lines = stream_lines(api, headers={"x-mock-fault": "malformed_line=2; unknown_event=1"})
    assert json.loads(lines[1])["event_type"] == "usage_report"
    with pytest.raises(json.JSONDecodeError):
        json.loads(lines[3])
    assert json.loads(lines[-1])["event_type"] == "stream_end"
