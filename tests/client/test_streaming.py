"""NDJSON streams on httpx.MockTransport: parsing, errors, closing, and no retry once events flowed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from tests.client.conftest import VIDEO_URL, Recorder, json_response
from twelvelabs_client import InternalServerError, StreamError, UnknownStreamEvent
from twelvelabs_client.types import VideoContext_Url

START = b'{"event_type":"stream_start","metadata":{"generation_id":"g1"}}'
END = (
    b'{"event_type":"stream_end","finish_reason":"stop","metadata":{"generation_id":"g1","usage":{"output_tokens":4}}}'
)


def text(fragment: str) -> bytes:
    return b'{"event_type":"text_generation","text":"' + fragment.encode() + b'"}'


def ndjson(*chunks: bytes) -> httpx.Response:
    return httpx.Response(200, content=iter(chunks), headers={"content-type": "application/x-ndjson"})


def stream(recorder: Recorder) -> object:
    return recorder.client().analyze_stream(video=VideoContext_Url(url=VIDEO_URL), prompt="Describe", stream=True)


def test_events_parse_across_chunks_blank_lines_crlf_and_a_last_line_without_newline() -> None:
    body = (
        START + b"\r\n\r\n" + text("Hel")[:20],
        text("Hel")[20:] + b"\n" + text("lo w") + b"\r\n\n" + text("orld") + b"\n" + END,
    )
    events = list(stream(Recorder(ndjson(*body))))  # type: ignore[call-overload]
    assert [e.event_type for e in events] == [
        "stream_start",
        "text_generation",
        "text_generation",
        "text_generation",
        "stream_end",
    ]


def test_accumulated_text_and_stream_end_helpers() -> None:
    result = stream(Recorder(ndjson(START + b"\n", text("Hel") + b"\n" + text("lo") + b"\n", END + b"\n")))
    assert result.get_final_text() == "Hello"  # type: ignore[attr-defined]
    assert result.stream_end.finish_reason == "stop"  # type: ignore[attr-defined]
    assert result.stream_end.metadata.usage.output_tokens == 4  # type: ignore[attr-defined]
    assert result.generation_id == "g1"  # type: ignore[attr-defined]


def test_unknown_event_types_are_yielded_not_dropped() -> None:
    events = list(stream(Recorder(ndjson(START + b"\n", b'{"event_type":"usage_report","n":1}\n', END))))  # type: ignore[call-overload]
    unknown = events[1]
    assert isinstance(unknown, UnknownStreamEvent) and unknown.event_type == "usage_report" and unknown.data["n"] == 1


@pytest.mark.parametrize("bad", [b"{not json", b"[1, 2]", b'{"text": "no type"}', b'{"event_type":"text_generation"}'])
def test_a_malformed_line_raises_stream_error(bad: bytes) -> None:
    result = stream(Recorder(ndjson(START + b"\n", bad + b"\n", END)))
    with pytest.raises(StreamError, match="line 2"):
        list(result)  # type: ignore[call-overload]


def test_a_stream_without_stream_end_is_never_complete() -> None:
    with pytest.raises(StreamError, match="ended before its stream_end"):
        list(stream(Recorder(ndjson(START + b"\n", text("partial") + b"\n"))))  # type: ignore[call-overload]


def cut_after(*chunks: bytes) -> Iterator[bytes]:
    yield from chunks
    raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def test_a_connection_cut_mid_stream_raises_and_is_not_retried() -> None:
    cut = cut_after(START + b"\n", text("par") + b"\n")
    recorder = Recorder(
        lambda request: httpx.Response(200, content=cut, headers={"content-type": "application/x-ndjson"})
    )
    received = []
    with pytest.raises(StreamError, match="connection failed mid-stream"):
        for event in stream(recorder):  # type: ignore[attr-defined]
            received.append(event)
    assert len(received) == 2 and len(recorder.requests) == 1


def test_opening_a_stream_is_retried_but_errors_surface_at_the_call() -> None:
    recorder = Recorder(json_response(503, {}), ndjson(START + b"\n", END))
    assert len(list(stream(recorder))) == 2  # type: ignore[call-overload]
    assert len(recorder.requests) == 2
    with pytest.raises(InternalServerError):
        stream(Recorder(json_response(500, {"code": "internal_error", "message": "boom"})))


class Tracking(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield START + b"\n"
        for _ in range(100):
            yield text("x") + b"\n"
        yield END

    def close(self) -> None:
        self.closed = True


class AsyncTracking(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in Tracking():
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


def test_break_and_with_block_close_the_connection() -> None:
    body = Tracking()
    result = stream(Recorder(httpx.Response(200, stream=body)))
    for _event in result:  # type: ignore[attr-defined]
        break
    assert body.closed, "a break closes the connection, though the stream is still referenced"
    body = Tracking()
    with stream(Recorder(httpx.Response(200, stream=body))) as result:  # type: ignore[attr-defined]
        next(iter(result))
    assert body.closed


def test_async_break_closes_the_connection() -> None:
    async def run() -> AsyncTracking:
        body = AsyncTracking()
        recorder = Recorder(httpx.Response(200, stream=body))
        async with recorder.async_client() as client:
            result = client.analyze_stream(video=VideoContext_Url(url=VIDEO_URL), prompt="x")
            async for _event in result:
                break
            for _ in range(3):  # the event loop finalizes the abandoned loop's generator in a task of its own
                await asyncio.sleep(0)
            assert body.closed, "a break closes the connection, though the stream is still referenced"
            return body

    asyncio.run(run())


def test_async_stream() -> None:
    async def run() -> None:
        whole = START + b"\n" + text("Hi") + b"\n" + END
        recorder = Recorder(httpx.Response(200, content=whole, headers={"content-type": "application/x-ndjson"}))
        async with recorder.async_client() as client:
            result = await client.analyze_stream(video=VideoContext_Url(url=VIDEO_URL), prompt="x")
            kinds = [event.event_type async for event in result]
            assert kinds == ["stream_start", "text_generation", "stream_end"] and result.text == "Hi"
            recorder.answers = [httpx.Response(200, content=START)]
            broken = await client.analyze_stream(video=VideoContext_Url(url=VIDEO_URL), prompt="x")
        with pytest.raises(StreamError):
            async with broken:
                async for _ in broken:
                    pass

    asyncio.run(run())


def test_stream_flag_must_be_true() -> None:
    from twelvelabs_client import InvalidRequestError

    with pytest.raises(InvalidRequestError, match="analyze_stream"):
        Recorder(ndjson(END)).client().analyze_stream(video=VideoContext_Url(url=VIDEO_URL), prompt="x", stream=False)  # type: ignore[arg-type]
