"""An analysis's events, produced one by one (a 10,000-event stream is never built in memory); the engine's
`event_stream` frames and paces them."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

from . import generation


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
