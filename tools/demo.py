"""`make demo`: the whole analysis workflow against the embedded mock, no API key needed.

Starts the mock on a free loopback port and runs every program in examples/ against it as a user would
(TWELVELABS_API_KEY / TWELVELABS_BASE_URL set), then the command-line tool; exits non-zero if anything
failed. The mock runs on simulated time: when a program waits (`time.sleep(5)` between polls, or
`wait_for_done`), the demo moves the mock's clock forward by that much instead of sleeping, as
`twelvelabs-openapi --mock` does, so the whole story takes seconds.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

from twelvelabs_mock import Clock, MockServer, create_app

ROOT = Path(__file__).resolve().parent.parent
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"
STEPS = [
    ("analyze_async_task.py", "Upload an asset and analyze it asynchronously"),
    ("analyze_stream.py", "Stream an analysis as it is generated"),
    ("analyze_sync.py", "Analyze a 10-second clip with pegasus1.5 and a token limit"),
    ("analyze_response_format.py", "Ask for structured JSON with response_format"),
    ("gist.py", "Index a video, wait for its task, then a gist (deprecated API)"),
    ("summarize.py", "Summary, chapters and highlights (deprecated API)"),
    ("analyze_video_id.py", "Analyze and stream by video_id (the older request shape)"),
    ("search.py", "Search two indexed videos, page by page"),
    ("analyze_concurrently.py", "Eight videos with AsyncTwelveLabs, four at a time"),
    ("analyze_batch.py", "Analyze several assets in one batch and stream its results"),
    ("multipart_upload.py", "A large file in chunks: resumable, retried, one progress line per chunk"),
    ("embeddings.py", "Embed a text query and a video's clips, then find the best match"),
]
# Runs one example with `time.sleep` moving the mock's simulated clock instead of waiting.
RUNNER = """
import os, runpy, sys, time
from twelvelabs_mock import MockControl
control = MockControl(os.environ["DEMO_MOCK_ROOT"])
time.sleep = control.advance
path = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(path))
runpy.run_path(path, run_name="__main__")
"""


def heading(number: int, text: str) -> None:
    line = f"{number}. {text}"
    print(f"\n\033[1m{line}\033[0m" if sys.stdout.isatty() else f"\n{line}\n{'-' * len(line)}", flush=True)


def run(command: list[str], env: dict[str, str]) -> bool:
    """Runs a program, showing its output; its warnings only if it fails."""
    result = subprocess.run(command, env=env, stderr=subprocess.PIPE, text=True, check=False, timeout=300)
    if result.returncode != 0:
        sys.stdout.write(result.stderr)
        print(f"!!! exited {result.returncode}", flush=True)
    return result.returncode == 0


def main() -> int:
    failures: list[str] = []
    started = time.monotonic()
    with MockServer(create_app(clock=Clock(speed=0.0), stream_delay=0.005)) as mock:
        print(f"A mock TwelveLabs API is running on {mock.base_url}; every program below talks to it.")
        env = {**os.environ, "TWELVELABS_API_KEY": mock.api_key, "TWELVELABS_BASE_URL": mock.base_url}
        env.update(TWELVELABS_VIDEO_URL=VIDEO_URL, DEMO_MOCK_ROOT=mock.base_url.rsplit("/", 1)[0])
        env["PYTHONWARNINGS"] = "ignore::DeprecationWarning"  # the two deprecated APIs say so in their heading
        for number, (name, title) in enumerate(STEPS, 1):
            heading(number, f"{title}  (examples/{name})")
            if not run([sys.executable, "-c", RUNNER, str(ROOT / "examples" / name)], env):
                failures.append(name)
        cli = str(Path(sys.executable).parent / "twelvelabs-openapi")
        command = [cli, "analyze", "Which products are shown?", "--url", VIDEO_URL, "--model", "pegasus1.5"]
        heading(len(STEPS) + 1, "The command-line tool")
        print("$ " + shlex.join(["twelvelabs-openapi", *command[1:]]), flush=True)
        if not run(command, env):
            failures.append("twelvelabs-openapi analyze")
    elapsed = time.monotonic() - started
    if failures:
        print(f"\nFAILED: {', '.join(failures)} ({elapsed:.1f} s)")
        return 1
    print(f"\nAll {len(STEPS) + 1} programs ran against the mock in {elapsed:.1f} s (simulated waits, no sleeping).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
