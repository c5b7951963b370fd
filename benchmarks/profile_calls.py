"""Where a call's time goes, with pyinstrument: `python benchmarks/profile_calls.py [analyze|retrieve|stream]`.

The tool to reach for when a figure in RESULTS.md misses its target: it profiles our client over the
same in-process MockTransport the benchmark uses and prints the call tree.
"""

from __future__ import annotations

import sys

import httpx
from _common import ANALYZE_BODY, BASE_URL, KEY, TASK_BODY, VIDEO_URL, ndjson_body
from bench_calls import transport
from pyinstrument import Profiler

from twelvelabs_client import TwelveLabs
from twelvelabs_client.types import VideoContext_Url


def main(which: str) -> None:
    body, content_type = {"analyze": (ANALYZE_BODY, "application/json"), "retrieve": (TASK_BODY, "application/json"),
                          "stream": (ndjson_body(10_000), "application/x-ndjson")}[which]  # fmt: skip
    client = TwelveLabs(
        api_key=KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport(body, content_type))
    )
    video = VideoContext_Url(url=VIDEO_URL)
    profiler = Profiler(interval=0.0001)
    with profiler:
        for _ in range(3 if which == "stream" else 2000):
            if which == "analyze":
                client.analyze(video=video, prompt="Describe")
            elif which == "retrieve":
                client.analyze_async.tasks.retrieve("t1")
            else:
                client.analyze_stream(video=video, prompt="x").until_done()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "analyze")
