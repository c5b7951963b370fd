"""Time to first event: the mock sends stream_start, then waits 1 s before the rest."""

from __future__ import annotations

import json
import time

import httpx
import twelvelabs as official
from _common import KEY, VIDEO_URL, Figure
from _mock_process import mock_process
from twelvelabs.types import VideoContext_Url as OfficialUrl

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import VideoContext_Url

SLOW = {"x-mock-stream-delay": "1", "x-mock-stream-events": "1"}


def measure(repeats: int = 5) -> dict[str, Figure]:
    with mock_process() as base_url:
        raw = httpx.Client(base_url=base_url, headers={"x-api-key": KEY, **SLOW}, timeout=30)
        ours = TwelveLabs(api_key=KEY, base_url=base_url)
        theirs = official.TwelveLabs(api_key=KEY, base_url=base_url)
        body = {"video": {"type": "url", "url": VIDEO_URL}, "prompt": "x", "stream": True}

        def first_raw() -> float:
            started = time.perf_counter()
            with raw.stream("POST", "/analyze", json=body) as response:
                for line in response.iter_lines():
                    if line:
                        json.loads(line)
                        return time.perf_counter() - started
            raise RuntimeError("no event")

        def first_ours() -> float:
            started = time.perf_counter()
            stream = ours.analyze_stream(
                video=VideoContext_Url(url=VIDEO_URL), prompt="x", request_options={"additional_headers": SLOW}
            )
            next(iter(stream))
            elapsed = time.perf_counter() - started
            stream.close()
            return elapsed

        def first_official() -> float:
            started = time.perf_counter()
            events = theirs.analyze_stream(
                video=OfficialUrl(url=VIDEO_URL), prompt="x", request_options={"additional_headers": SLOW}
            )
            next(iter(events))
            elapsed = time.perf_counter() - started
            events.close()  # type: ignore[attr-defined]
            return elapsed

        results: dict[str, list[float]] = {"raw httpx": [], "ours": [], "official": []}
        runners = dict(zip(results, (first_raw, first_ours, first_official), strict=True))
        for run in runners.values():
            run()  # warm the connection
        for _ in range(repeats):
            for name, run in runners.items():
                results[name].append(run())
    return {name: Figure.of(values) for name, values in results.items()}
