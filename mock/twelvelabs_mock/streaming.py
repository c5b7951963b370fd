"""NDJSON analysis streams, produced event by event (a 10,000-event stream is never built in memory)."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from starlette.responses import StreamingResponse

from . import generation
from .faults import Fault

CheckEvent = Callable[[dict[str, Any]], None] | None

NDJSON = "application/x-ndjson"


def ndjson_response(
    check_event: CheckEvent,
    *,
    cut_connection: Callable[[], None],
    text: str | None,
    events: int | None,
    seed: random.Random,
    max_tokens: int | None,
    generation_id: str,
    input_tokens: int | None,
    delay: float,
    fault: Fault | None,
) -> StreamingResponse:
    """Stream `text` in fragments, or exactly `events` fragments of endless generated text."""
    lines = _lines(text, events, seed, max_tokens, generation_id, input_tokens)
    return StreamingResponse(paced(check_event, lines, delay, fault, cut_connection), media_type=NDJSON)


def _lines(
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


async def paced(
    check_event: CheckEvent,
    lines: Iterator[dict[str, Any]],
    delay: float,
    fault: Fault | None,
    cut_connection: Callable[[], None],
) -> AsyncIterator[bytes]:
    for index, event in enumerate(lines):
        if fault is not None:
            if fault.stream_cut is not None and index >= fault.stream_cut:
                cut_connection()
                return
            if fault.unknown_event == index:
                yield b'{"event_type":"usage_report","metadata":{"note":"an event type this client does not know"}}\n'
            if fault.malformed_line == index:
                yield b'{"event_type": "text_generation", "text": "unterminated\n'
                continue
        if check_event is not None:
            check_event(event)
        yield json.dumps(event, separators=(",", ":")).encode() + b"\n"
        if delay:
            await asyncio.sleep(delay)
        elif index % 256 == 255:
            await asyncio.sleep(0)  # let other requests run during a long stream
