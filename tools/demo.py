"""`make demo`: the whole analysis workflow against the embedded mock, no API key needed.

Starts the mock on a free loopback port (real-time clock, so statuses change as you watch), runs every
program in examples/ against it as a user would (TWELVELABS_API_KEY / TWELVELABS_BASE_URL set), then
the command-line tool, and exits non-zero if anything failed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

from twelvelabs_mock import MockServer, create_app

ROOT = Path(__file__).resolve().parent.parent
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"
STEPS = [
    ("analyze_async_task.py", "Upload an asset and analyze it asynchronously (seed 002)"),
    ("analyze_stream.py", "Stream an analysis as it is generated (seed 002)"),
    ("analyze_sync.py", "Sync analysis: pegasus1.5, a 10-second clip, a token limit (seed 001)"),
    ("analyze_response_format.py", "Structured JSON with response_format (replaces gist/summarize)"),
    ("gist.py", "Index a video, wait for the task, titles/topics/hashtags (seed 003, deprecated)"),
    ("summarize.py", "Summary, chapters and highlights (seeds 000/004, deprecated)"),
    ("analyze_video_id.py", "Analyze and stream by video_id (seed 000, older shape)"),
    ("analyze_concurrently.py", "Eight videos with AsyncTwelveLabs, four at a time"),
]


def banner(text: str) -> None:
    print(f"\n\033[1m=== {text}\033[0m" if sys.stdout.isatty() else f"\n=== {text}", flush=True)


def main() -> int:
    failures: list[str] = []
    started = time.monotonic()
    with MockServer(create_app(stream_delay=0.03)) as mock:
        print(f"Mock TwelveLabs API on {mock.base_url} (key {mock.api_key})", flush=True)
        env = {**os.environ, "TWELVELABS_API_KEY": mock.api_key, "TWELVELABS_BASE_URL": mock.base_url}
        env["TWELVELABS_VIDEO_URL"] = VIDEO_URL
        for name, title in STEPS:
            banner(f"examples/{name}: {title}")
            result = subprocess.run([sys.executable, str(ROOT / "examples" / name)], env=env, check=False, timeout=300)
            if result.returncode != 0:
                failures.append(name)
                print(f"!!! examples/{name} exited {result.returncode}", flush=True)
        cli = str(Path(sys.executable).parent / "twelvelabs-openapi")
        banner("twelvelabs-openapi analyze (the command-line tool)")
        command = [cli, "analyze", "Which products are shown?", "--url", VIDEO_URL, "--model", "pegasus1.5"]
        print("$ " + shlex.join(["twelvelabs-openapi", *command[1:]]), flush=True)
        if subprocess.run(command, env=env, check=False, timeout=120).returncode != 0:
            failures.append("twelvelabs-openapi analyze")
    elapsed = time.monotonic() - started
    if failures:
        print(f"\nFAILED: {', '.join(failures)} ({elapsed:.0f}s)")
        return 1
    print(f"\nAll {len(STEPS) + 1} programs ran against the mock in {elapsed:.0f}s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
