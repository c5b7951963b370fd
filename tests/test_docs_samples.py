"""Code from docs/testing.md, as a user would run it with the installed pytest plugin."""

from __future__ import annotations

from typing import Any

from twelvelabs_client import TwelveLabs


def test_survives_a_rate_limit(twelvelabs_mock: Any) -> None:
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    twelvelabs_mock.control.inject("status=429; retry_after=0", count=1, operation="analyze")
    result = client.analyze(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="x")
    assert result.data
    attempts = [r for r in twelvelabs_mock.control.requests() if r["operation"] == "analyze"]
    assert [a["status"] for a in attempts] == [429, 200]


def test_time_without_waiting(twelvelabs_mock: Any) -> None:
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    task = client.analyze_async.tasks.create(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="x")
    twelvelabs_mock.control.advance(10)
    assert client.analyze_async.tasks.retrieve(task.task_id).status == "ready"
    other = client.analyze_async.tasks.create(video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="y")
    twelvelabs_mock.control.set_clock(per_poll=5)
    done = client.analyze_async.tasks.wait_for_done(other.task_id, sleep_interval=0.01)
    assert done.status == "ready"


def test_in_process_asgi_transport_with_the_async_client_as_docs_mock_md_shows() -> None:
    import asyncio

    import httpx

    from twelvelabs_client import AsyncTwelveLabs
    from twelvelabs_mock import Clock, create_app

    app = create_app(api_key="k", clock=Clock(speed=0))

    async def main() -> int:
        transport = httpx.ASGITransport(app=app)
        async with AsyncTwelveLabs(
            api_key="k", base_url="http://127.0.0.1/v1.3", http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            page = await client.indexes.list()
            return len(page.data or [])

    assert asyncio.run(main()) == 0


def test_with_block_and_close_as_docs_getting_started_shows(twelvelabs_mock: Any) -> None:
    settings = {"api_key": twelvelabs_mock.api_key, "base_url": twelvelabs_mock.base_url}
    with TwelveLabs(**settings) as client:
        assert client.indexes.list().data == []
    client = TwelveLabs(**settings)
    try:
        assert client.indexes.list().data == []
    finally:
        client.close()


def test_readme_has_no_relative_links_that_break_outside_the_repository() -> None:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert all(target.startswith(("https://", "http://", "#")) for target in targets), targets


def test_large_files_as_docs_uploads_md_shows(twelvelabs_mock: Any, tmp_path: Any) -> None:
    import os

    twelvelabs_mock.app.settings.chunk_size = 64 * 1024  # the docs' file is large; this one has 4 chunks
    path = tmp_path / "keynote-4k.mp4"
    path.write_bytes(os.urandom(200_000))
    client = TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url)
    shown: list[str] = []

    def show(progress: Any) -> None:
        shown.append(f"{progress.completed_chunks}/{progress.total_chunks} chunks ({progress.percentage:.0f}%)")

    result = client.multipart_upload.upload_file(path, progress_callback=show)
    asset = client.assets.wait_for_done(result.asset_id)
    assert shown[-1] == "4/4 chunks (100%)" and asset.status == "ready" and asset.size == 200_000

    client.multipart_upload.create(filename=path.name, type="video", total_size=200_000)  # interrupted at once
    for pending in client.multipart_upload.list_incomplete_uploads():
        assert (pending.total_size, pending.chunk_size) == (200_000, 64 * 1024)
    result = client.multipart_upload.upload_file(path, upload_id=pending.upload_id)
    done = client.multipart_upload.wait_for_upload_completion(pending.upload_id, sleep_interval=5.0)
    assert done.status == "completed" and done.chunks_completed == 4 and result.asset_url
