"""`responses.create` and `responses.create_stream` on httpx.MockTransport: Server-Sent Events parsed into the
document's event models, unknown events kept, broken streams raising, connections closed, SSE framing edge cases."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.client.conftest import Recorder, json_response
from twelvelabs_client import AsyncStream, StreamError, UnknownStreamEvent
from twelvelabs_client.types import (
    ResponseInputItem,
    ResponseObject,
    ResponseStreamEvent_ResponseCompleted,
    ResponseStreamEvent_ResponseOutputTextDelta,
)

STORE = "6791a1b2c3d4e5f6a7b8c9d0"
INPUT = [ResponseInputItem(type="message", role="user", content="What happens after the fumble?")]
RESPONSE = {
    "id": "resp_1",
    "type": "response",
    "object": "response",
    "status": "completed",
    "incomplete_details": None,
    "session_id": "sess_1",
    "knowledge_store_id": STORE,
    "output": [
        {
            "type": "message",
            "id": "msg_1",
            "status": "completed",
            "role": "assistant",
            "phase": "final_answer",
            "content": [{"type": "output_text", "text": "Hello world", "annotations": []}],
        }
    ],
    "usage": {"input_tokens": 10, "output_tokens": 2},
    "created_at": "2026-11-20T11:05:00Z",
}


def event(kind: str, number: int, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "sequence_number": number, **fields}


def delta(number: int, text: str) -> dict[str, Any]:
    return event("response.output_text.delta", number, item_id="msg_1", output_index=0, content_index=0, delta=text)


def frame(data: dict[str, Any] | str, newline: str = "\n") -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data)
    kind = "" if isinstance(data, str) else f"event: {data['type']}{newline}"
    return f"{kind}data: {payload}{newline}{newline}".encode()


CREATED = event("response.created", 0, response={**RESPONSE, "status": "in_progress", "output": []})
COMPLETED = event("response.completed", 3, response=RESPONSE)
DONE = frame("[DONE]")
WHOLE = (frame(CREATED), frame(delta(1, "Hello")), frame(delta(2, " world")), frame(COMPLETED), DONE)


def sse(*chunks: bytes) -> httpx.Response:
    return httpx.Response(200, content=iter(chunks), headers={"content-type": "text/event-stream"})


def whole(*chunks: bytes) -> httpx.Response:
    return httpx.Response(200, content=b"".join(chunks), headers={"content-type": "text/event-stream"})


def stream(recorder: Recorder) -> Any:
    return recorder.client().responses.create_stream(knowledge_store_id=STORE, input=INPUT)


def test_create_sends_stream_false_and_returns_the_response_object() -> None:
    recorder = Recorder(json_response(200, RESPONSE))
    answer = recorder.client().responses.create(knowledge_store_id=STORE, input=INPUT, instructions="Be brief.")
    assert isinstance(answer, ResponseObject) and answer.session_id == "sess_1"
    assert answer.output[0].content[0].text == "Hello world"  # type: ignore[index]
    sent = json.loads(recorder.bodies[0])
    assert sent["stream"] is False and sent["instructions"] == "Be brief."
    assert sent["input"] == [{"type": "message", "role": "user", "content": "What happens after the fumble?"}]


def test_events_arrive_in_order_as_models_with_the_accumulated_text() -> None:
    recorder = Recorder(sse(*WHOLE))
    with stream(recorder) as result:
        events = list(result)
    assert json.loads(recorder.bodies[0])["stream"] is True
    assert [e.type_ for e in events] == [
        "response.created",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.completed",
    ]
    assert isinstance(events[1], ResponseStreamEvent_ResponseOutputTextDelta) and events[1].delta == "Hello"
    assert isinstance(events[3], ResponseStreamEvent_ResponseCompleted) and events[3].response.usage.output_tokens == 2  # type: ignore[union-attr]
    assert result.text == "Hello world"
    assert stream(Recorder(sse(*WHOLE))).get_final_text() == "Hello world"


def test_unknown_event_types_are_passed_through() -> None:
    unknown = {"type": "response.reasoning.delta", "sequence_number": 2, "delta": "hmm"}
    events = list(stream(Recorder(sse(frame(CREATED), frame(unknown), frame(delta(3, "Hi")), DONE))))
    assert isinstance(events[1], UnknownStreamEvent)
    assert events[1].event_type == "response.reasoning.delta" and events[1].data["delta"] == "hmm"
    assert len(events) == 3


def test_a_stream_cut_before_done_raises() -> None:
    with pytest.raises(StreamError, match=r"ended before its \[DONE\]"):
        list(stream(Recorder(sse(frame(CREATED), frame(delta(1, "Hel"))))))


def cut_after(*chunks: bytes) -> Iterator[bytes]:
    yield from chunks
    raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def test_a_connection_lost_mid_stream_raises_and_is_not_retried() -> None:
    chunks = cut_after(frame(CREATED), frame(delta(1, "Hel")))
    recorder = Recorder(
        lambda request: httpx.Response(200, content=chunks, headers={"content-type": "text/event-stream"})
    )
    received = []
    with pytest.raises(StreamError, match="connection failed mid-stream"):
        for item in stream(recorder):
            received.append(item)
    assert len(received) == 2 and len(recorder.requests) == 1


@pytest.mark.parametrize(
    "bad",
    [
        frame('{"type": "response.output_text.delta", "delta": "unterminated'),
        frame("[1, 2]"),
        frame('{"delta": "no type"}'),
        frame('{"type": "response.output_text.delta", "sequence_number": 1}'),  # no delta
    ],
)
def test_malformed_data_raises(bad: bytes) -> None:
    with pytest.raises(StreamError, match="line 2"):
        list(stream(Recorder(sse(frame(CREATED), bad, DONE))))


def test_a_body_that_is_not_an_event_stream_raises() -> None:
    with pytest.raises(StreamError, match="text/event-stream"):
        list(stream(Recorder(json_response(200, RESPONSE))))


def test_crlf_multi_line_data_comments_ids_and_events_split_across_chunks() -> None:
    text = json.dumps(delta(1, "Hello"))
    body = (
        b": keep-alive comment\r\n\r\n",
        b"retry: 3000\r\nid: 7\r\nevent: response.created\r\ndata: " + json.dumps(CREATED).encode()[:30],
        json.dumps(CREATED).encode()[30:] + b"\r\n\r\n",
        # one event's JSON split over several data: lines (joined with newlines, which JSON allows)
        ("data:" + text.replace(", ", ",\ndata: ") + "\n\n").encode(),
        b":\n\n",  # a comment after an id: no empty event
        frame(delta(2, " world"), "\r\n"),
        frame(event("keepalive", 3), "\r"),
        b"data: [DONE]\r\n\r\n",
    )
    result = stream(Recorder(sse(*body)))
    kinds = [e.type_ for e in result]
    assert kinds == ["response.created", "response.output_text.delta", "response.output_text.delta", "keepalive"]
    assert result.text == "Hello world"


class Tracking(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield frame(CREATED)
        for number in range(1, 100):
            yield frame(delta(number, "x"))
        yield DONE

    def close(self) -> None:
        self.closed = True


def test_break_and_with_block_close_the_connection() -> None:
    body = Tracking()
    result = stream(Recorder(httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"})))
    for _ in result:
        break
    result.close()
    assert body.closed
    body = Tracking()
    with stream(Recorder(httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"}))) as result:
        next(iter(result))
    assert body.closed


class AsyncTracking(httpx.AsyncByteStream):
    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


def test_async_create_and_create_stream() -> None:
    async def run() -> None:
        recorder = Recorder(json_response(200, RESPONSE))
        async with recorder.async_client() as client:
            answer = await client.responses.create(knowledge_store_id=STORE, input=INPUT)
            assert answer.id == "resp_1" and json.loads(recorder.bodies[0])["stream"] is False
            unknown = frame({"type": "response.reasoning.delta", "sequence_number": 9})
            recorder.answers = [whole(frame(CREATED), unknown, *WHOLE[1:])]
            # `async for` directly on the call: the request is sent on first use
            events = [e async for e in client.responses.create_stream(knowledge_store_id=STORE, input=INPUT)]
            assert isinstance(events[1], UnknownStreamEvent) and len(events) == 5
            assert json.loads(recorder.bodies[-1])["stream"] is True
            recorder.answers = [whole(*WHOLE)]
            async with client.responses.create_stream(knowledge_store_id=STORE, input=INPUT) as result:
                assert isinstance(result, AsyncStream)
                assert await result.get_final_text() == "Hello world"
            body = AsyncTracking(*WHOLE)
            recorder.answers = [httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"})]
            async with client.responses.create_stream(knowledge_store_id=STORE, input=INPUT) as opened:
                async for _ in opened:
                    break
            assert body.closed
            for broken, message in [(WHOLE[:2], r"\[DONE\]"), ((frame(CREATED), frame("{oops"), DONE), "line 2")]:
                recorder.answers = [whole(*broken)]
                with pytest.raises(StreamError, match=message):
                    async with client.responses.create_stream(knowledge_store_id=STORE, input=INPUT) as opened:
                        async for _ in opened:
                            pass

    asyncio.run(run())
