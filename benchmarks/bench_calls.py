"""Per-call overhead and stream parsing over one in-process httpx.MockTransport serving the same bytes
to raw httpx (+ json.loads), ours and the official package."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import httpx
import twelvelabs as official
from _common import ANALYZE_BODY, BASE_URL, KEY, TASK_BODY, VIDEO_URL, Figure, ndjson_body
from twelvelabs.types import VideoContext_Url as OfficialUrl

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import VideoContext_Url

STREAM_EVENTS = 10_000


def transport(body: bytes, content_type: str = "application/json") -> httpx.MockTransport:
    headers = {"content-type": content_type, "x-request-id": "req_1"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))


def peers(body: bytes, content_type: str = "application/json") -> tuple[httpx.Client, TwelveLabs, official.TwelveLabs]:
    raw = httpx.Client(transport=transport(body, content_type), base_url=BASE_URL, headers={"x-api-key": KEY})
    ours = TwelveLabs(api_key=KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport(body, content_type)))
    theirs = official.TwelveLabs(
        api_key=KEY, base_url=BASE_URL, httpx_client=httpx.Client(transport=transport(body, content_type))
    )
    return raw, ours, theirs


def per_call(calls: dict[str, Callable[[], object]], n: int, repeats: int) -> dict[str, Figure]:
    for call in calls.values():
        for _ in range(50):
            call()  # warm-up
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(repeats):
        for name, call in calls.items():
            started = time.perf_counter()
            for _ in range(n):
                call()
            times[name].append((time.perf_counter() - started) / n)
    return {name: Figure.of(values) for name, values in times.items()}


def analyze_overhead(n: int = 1000, repeats: int = 7) -> dict[str, Figure]:
    raw, ours, theirs = peers(ANALYZE_BODY)
    body = {"video": {"type": "url", "url": VIDEO_URL}, "prompt": "Describe the video.", "stream": False}
    return per_call(
        {
            "raw httpx + json.loads": lambda: json.loads(raw.post("/analyze", json=body).content),
            "ours": lambda: ours.analyze(video=VideoContext_Url(url=VIDEO_URL), prompt="Describe the video."),
            "official": lambda: theirs.analyze(video=OfficialUrl(url=VIDEO_URL), prompt="Describe the video."),
        },
        n,
        repeats,
    )


def retrieve_overhead(n: int = 1000, repeats: int = 7) -> dict[str, Figure]:
    raw, ours, theirs = peers(TASK_BODY)
    return per_call(
        {
            "raw httpx + json.loads": lambda: json.loads(raw.get("/analyze/tasks/6772b3c4d5e6f7a8b9c0d1e2").content),
            "ours": lambda: ours.analyze_async.tasks.retrieve("6772b3c4d5e6f7a8b9c0d1e2"),
            "official": lambda: theirs.analyze_async.tasks.retrieve("6772b3c4d5e6f7a8b9c0d1e2"),
        },
        n,
        repeats,
    )


def stream_parsing(repeats: int = 5) -> dict[str, Figure]:
    """Events per second through a 10,000-event NDJSON body."""
    body = ndjson_body(STREAM_EVENTS)
    raw, ours, theirs = peers(body, "application/x-ndjson")
    total = STREAM_EVENTS + 2

    def raw_stream() -> int:
        with raw.stream("POST", "/analyze", json={"prompt": "x", "stream": True}) as response:
            return sum(1 for line in response.iter_lines() if line and json.loads(line))

    def ours_stream() -> int:
        return sum(1 for _ in ours.analyze_stream(video=VideoContext_Url(url=VIDEO_URL), prompt="x"))

    def official_stream() -> int:
        return sum(1 for _ in theirs.analyze_stream(video=OfficialUrl(url=VIDEO_URL), prompt="x"))

    rates: dict[str, list[float]] = {"raw iter_lines + json.loads": [], "ours": [], "official": []}
    runners = dict(zip(rates, (raw_stream, ours_stream, official_stream), strict=True))
    for _ in range(repeats):
        for name, run in runners.items():
            started = time.perf_counter()
            count = run()
            elapsed = time.perf_counter() - started
            assert count == total, f"{name} yielded {count} of {total} events"
            rates[name].append(total / elapsed)
    return {name: Figure.of(values) for name, values in rates.items()}
