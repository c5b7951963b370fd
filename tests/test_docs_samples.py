"""Code from docs/testing.md, as a user would run it with the installed pytest plugin, and the guides' samples."""

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


def test_responses_as_docs_responses_md_shows(twelvelabs_mock: Any, capsys: Any) -> None:
    import asyncio

    from twelvelabs_client import AsyncTwelveLabs, StreamError
    from twelvelabs_client.types import (
        ResponseInputItem,
        ResponseStreamEvent_ResponseCompleted,
        ResponseStreamEvent_ResponseOutputTextDelta,
    )

    mock = twelvelabs_mock
    client = TwelveLabs(api_key=mock.api_key, base_url=mock.base_url)
    store = client.knowledge_stores.create(name="Product launches")

    question = ResponseInputItem(type="message", role="user", content="What is shown on stage?")
    answer = client.responses.create(knowledge_store_id=store.id, input=[question], instructions="Be brief.")
    message = answer.output[0]
    print(message.content[0].text)  # type: ignore[index]
    print(answer.status, answer.usage.output_tokens)  # type: ignore[union-attr]

    follow_up = ResponseInputItem(type="message", role="user", content="And who presents it?")
    second = client.responses.create(knowledge_store_id=store.id, session_id=answer.session_id, input=[follow_up])
    assert second.session_id == answer.session_id

    with client.responses.create_stream(knowledge_store_id=store.id, input=[question]) as stream:
        for event in stream:
            if isinstance(event, ResponseStreamEvent_ResponseOutputTextDelta):
                print(event.delta, end="", flush=True)
            elif isinstance(event, ResponseStreamEvent_ResponseCompleted):
                print("\nsession:", event.response.session_id)  # type: ignore[union-attr]
    print(stream.text)
    printed = capsys.readouterr().out
    assert printed.count(stream.text) == 2 and "session: " in printed and "completed " in printed

    async def main() -> None:
        async with AsyncTwelveLabs(api_key=mock.api_key, base_url=mock.base_url) as client:
            store = await client.knowledge_stores.create(name="Product launches")
            question = {"type": "message", "role": "user", "content": "What is shown on stage?"}
            async for event in client.responses.create_stream(knowledge_store_id=store.id, input=[question]):  # type: ignore[list-item]
                print(event)

    asyncio.run(main())
    assert "ResponseStreamResponseEvent(" in capsys.readouterr().out

    mock.control.inject("stream_cut=5", operation="createResponse")
    try:
        client.responses.create_stream(knowledge_store_id=store.id, input=[question]).get_final_text()
    except StreamError as error:
        print(error)
    assert "Stream broken: the connection failed mid-stream" in capsys.readouterr().out


def test_the_batches_guide_sample_runs_as_written(twelvelabs_mock: Any, monkeypatch: Any, capsys: Any) -> None:
    import re
    import time
    from pathlib import Path

    guide = (Path(__file__).resolve().parent.parent / "docs" / "batches.md").read_text()
    found = re.search(r"```python\n(.*?)```", guide, re.S)
    assert found is not None
    monkeypatch.setenv("TWELVELABS_BASE_URL", twelvelabs_mock.base_url)
    monkeypatch.setattr(time, "sleep", twelvelabs_mock.control.advance)  # waiting moves the simulated clock
    with TwelveLabs(api_key=twelvelabs_mock.api_key, base_url=twelvelabs_mock.base_url) as client:
        asset_ids = [client.assets.create(method="url", url=f"https://example.com/v{n}.mp4").id for n in range(2)]
    exec(found.group(1), {"API_KEY": twelvelabs_mock.api_key, "asset_ids": asset_ids})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "pending 0 of 2 ready" and printed[-3] == "completed 2 of 2 ready", printed
    assert printed[-2].startswith("video-0 ") and printed[-1].startswith("video-1 ") and len(printed[-1]) > 40


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
