"""Shared bits: statistics over repeated runs, and the bytes every peer is served."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

KEY = "tlk_bench_key"
BASE_URL = "https://api.bench.test/v1.3"
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"

ANALYZE_BODY = json.dumps(
    {"id": "4d6f2c9e-8a6b", "data": "A smartphone, earbuds and a watch are shown.", "finish_reason": "stop",
     "usage": {"output_tokens": 12, "input_tokens": 1843}}
).encode()  # fmt: skip
TASK_BODY = json.dumps(
    {"task_id": "6772b3c4d5e6f7a8b9c0d1e2", "custom_id": None, "status": "ready",
     "video_source": {"type": "url", "url": VIDEO_URL}, "created_at": "2026-11-20T10:15:00Z",
     "completed_at": "2026-11-20T10:16:42Z",
     "result": {"generation_id": "9a1f", "data": "Products are presented.", "finish_reason": "stop",
                "usage": {"output_tokens": 14}}}
).encode()  # fmt: skip


def ndjson_body(events: int) -> bytes:
    lines = [b'{"event_type":"stream_start","metadata":{"generation_id":"g-1"}}']
    lines += [json.dumps({"event_type": "text_generation", "text": f"word{i % 97} "}).encode() for i in range(events)]
    lines.append(
        b'{"event_type":"stream_end","finish_reason":"stop","metadata":{"generation_id":"g-1","usage":{"output_tokens":1}}}'
    )
    return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class Figure:
    """A measurement over repeated runs."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Figure:
        return cls(tuple(values))

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def spread(self, scale: float = 1.0, digits: int = 1) -> str:
        return f"{min(self.values) * scale:.{digits}f}-{max(self.values) * scale:.{digits}f}"
