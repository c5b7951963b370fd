"""Event streams, produced event by event (a 10,000-event stream is never built in memory) and framed as the
operation's `x-fern-streaming` says: NDJSON lines, or Server-Sent Events ending with its terminator."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from starlette.responses import StreamingResponse

from . import generation

if TYPE_CHECKING:
    from .engine import Context

STREAM_DELAY_HEADER = "x-mock-stream-delay"  # seconds between events


def event_stream(ctx: Context, events: Iterator[dict[str, Any]]) -> StreamingResponse:
    """`events` paced by the stream delay, with the request's stream faults (`stream_cut`, ...)."""
    framing = ctx.operation.extensions["x-fern-streaming"]
    delay = float(ctx.headers.get(STREAM_DELAY_HEADER) or ctx.settings.stream_delay)
    media = "text/event-stream" if framing.get("format") == "sse" else "application/x-ndjson"
    return StreamingResponse(_paced(ctx, events, framing, delay), media_type=media)


def analysis_events(
    text: str | None,
    events: int | None,
    seed: random.Random,
    max_tokens: int | None,
    generation_id: str,
    input_tokens: int | None,
) -> Iterator[dict[str, Any]]:
    yield {"event_type": "stream_start", "metadata": {"generation_id": generation_id}}
    if text is not None:
        result = generation.limit(text, max_tokens)
        pieces: Iterator[str] = generation.fragments(result.text, seed)
        tokens, finish = result.output_tokens, result.finish_reason
    else:
        pieces = itertools.islice(_endless(seed), events or 0)
        tokens, finish = 0, "stop"
    for piece in pieces:
        if text is None:
            tokens += piece.count(" ")
        yield {"event_type": "text_generation", "text": piece}
    usage: dict[str, int] = {"output_tokens": tokens}
    if input_tokens is not None:
        usage["input_tokens"] = input_tokens
    end: dict[str, Any] = {
        "event_type": "stream_end",
        "finish_reason": finish,
        "metadata": {"generation_id": generation_id, "usage": usage},
    }
    if finish == "length":
        end["error"] = {"code": "max_tokens_reached", "message": "The output reached max_tokens and was cut."}
    yield end


def _endless(seed: random.Random) -> Iterator[str]:
    while True:
        yield from generation.fragments(generation.free_text(seed, target_words=60) + " ", seed)


async def _paced(ctx: Context, events: Iterator[dict[str, Any]], framing: Any, delay: float) -> AsyncIterator[bytes]:
    key, fault = ctx.engine.spec.resolve(framing["response-stream"])["discriminator"]["propertyName"], ctx.fault
    sse = framing.get("format") == "sse"

    def frame(kind: str, data: str) -> bytes:
        return f"event: {kind}\ndata: {data}\n\n".encode() if sse else data.encode() + b"\n"

    for index, event in enumerate(events):
        if fault is not None:
            if fault.stream_cut is not None and index >= fault.stream_cut:
                ctx.cut_connection()
                return
            if fault.unknown_event == index:
                yield frame("usage_report", json.dumps({key: "usage_report", "note": "a new event type"}))
            if fault.malformed_line == index:
                yield frame("text_generation", f'{{"{key}": "text_generation", "text": "unterminated')
                continue
        if ctx.check_event is not None:
            ctx.check_event(event)
        yield frame(event[key], json.dumps(event, separators=(",", ":")))
        if delay:
            await asyncio.sleep(delay)
        elif index % 256 == 255:
            await asyncio.sleep(0)  # let other requests run during a long stream
    if "terminator" in framing:
        yield f"data: {framing['terminator']}\n\n".encode()
