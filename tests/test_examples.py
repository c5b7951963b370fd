"""The documentation's programs (examples/), with only the import line changed, run against the mock."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from twelvelabs_mock import MockServer, Timings, create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"
EXPECTED = {
    "analyze_async_task.py": ["Created asset: id=", "Task ID:", "Task completed"],
    "analyze_stream.py": ["Created asset: id="],
    "analyze_sync.py": ["Result ID:", "Generated Text:", "Finish reason: stop", "Output tokens:"],
    "analyze_response_format.py": ["Title:", "Topics:", "Hashtags: #"],
    "gist.py": ["Created index: id=", "Status=ready", "Upload complete.", "Title=", "Topics=[", "Hashtags=["],
    "summarize.py": ["Summary:", "Chapters:", "Chapter 1:", "Highlights:", "Output tokens:"],
    "analyze_video_id.py": ["Generated Text:", "Stream started", "Stream ended", "Metadata:"],
    "analyze_concurrently.py": ["?part=8"],
    "search.py": ["6 matches; first page: 2, more pages: True", "rank 6: video"],
    "analyze_batch.py": ["Created batch: id=", "items=3", "Status=completed ready=3 failed=0 of 3", "part-3: "],
    "multipart_upload.py": ["chunk 5/5 (100%)", "Uploaded: asset id=", "Asset status: ready"],
    "embeddings.py": ["Query embedding: 512 dimensions", "Task ID:", "Status=ready", "best match: ", "Similarity: "],
}


@pytest.fixture(scope="module")
def fast_mock() -> Iterator[MockServer]:
    """Statuses settle at once, so the programs' 5-second polling never has to wait."""
    app = create_app(timings=Timings(0, 0, 0, 0, 0, 0, 0), self_check=True)
    with MockServer(app) as server:
        yield server
    assert not app.violations, app.violations


def test_every_example_is_listed() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_against_the_mock(fast_mock: MockServer, name: str) -> None:
    env = {
        **os.environ,
        "TWELVELABS_API_KEY": fast_mock.api_key,
        "TWELVELABS_BASE_URL": fast_mock.base_url,
        "TWELVELABS_VIDEO_URL": VIDEO_URL,
        "PYTHONWARNINGS": "default",
    }
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    for expected in EXPECTED[name]:
        assert expected in result.stdout, f"{expected!r} missing from:\n{result.stdout}"
    if name == "analyze_stream.py":  # the streamed fragments flow as one paragraph after the asset line
        lines = result.stdout.splitlines()
        assert len(lines) == 2 and lines[1].count(". ") >= 3, result.stdout
    if name in ("gist.py", "summarize.py", "analyze_video_id.py"):
        assert "DeprecationWarning" in result.stderr
        assert f"examples/{name}" in result.stderr.replace(os.sep, "/"), "the warning points at the program's line"


def test_seed_imports_differ_from_the_official_package_only_by_name() -> None:
    for path in EXAMPLES.glob("*.py"):
        for line in path.read_text().splitlines():
            assert not line.startswith(("from twelvelabs ", "import twelvelabs")), f"{path.name}: {line}"
