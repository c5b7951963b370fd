"""Large uploads end to end against the mock: `multipart_upload.upload_file` (sync and async) splits a file into
the session's chunks, PUTs them to the mock's presigned URLs, retries and refreshes as it must, reports them with
their ETags in batches, and resumes; the mock checks every chunk and proof."""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.client.conftest import KEY
from twelvelabs_client import AsyncTwelveLabs, BadRequestError, TwelveLabs, UploadError, WaitTimeoutError
from twelvelabs_client.types import CompletedChunk, UploadStatus
from twelvelabs_mock import Clock, MockServer, create_app

CHUNK = 64 * 1024
SIZE = 23 * CHUNK + 1000  # 24 chunks, the last one short: more than the 10 URLs a session starts with


class Recording(httpx.HTTPTransport):
    """A real transport that records each request and counts the bytes of the chunk PUTs in flight at once. The
    first `together` PUTs wait for each other, so that many are surely in flight together at some point; the next
    PUTs are answered with the statuses in `fail` (as a storage service that fails), then reach the mock."""

    def __init__(self, together: int = 1, fail: list[int | Exception] | None = None) -> None:
        super().__init__()
        self.requests: list[httpx.Request] = []
        self.in_flight = self.most_in_flight = 0
        self.lock, self.together, self.fail = threading.Lock(), threading.Barrier(together), fail or []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "PUT":
            self.requests.append(request)
            return super().handle_request(request)
        with self.lock:
            self.requests.append(request)
            if self.fail:
                failure = self.fail.pop(0)
                if isinstance(failure, Exception):
                    raise failure
                return httpx.Response(failure, content=b"<Error><Code>Failed</Code></Error>")
            first = len(self.puts()) <= self.together.parties
            self.in_flight += int(request.headers["content-length"])
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if first:
                self.together.wait(timeout=30)
            return super().handle_request(request)
        finally:
            with self.lock:
                self.in_flight -= int(request.headers["content-length"])

    def puts(self) -> list[httpx.Request]:
        return [request for request in self.requests if request.method == "PUT"]


@pytest.fixture
def mock() -> Iterator[MockServer]:
    app = create_app(api_key=KEY, clock=Clock(speed=0.0), self_check=True)
    app.settings.chunk_size = CHUNK
    with MockServer(app) as server:
        yield server
    assert not app.violations, app.violations


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "keynote.mp4"
    path.write_bytes(os.urandom(SIZE))
    return path


def connect(mock: MockServer, transport: httpx.BaseTransport | None = None) -> TwelveLabs:
    http = httpx.Client(transport=transport or httpx.HTTPTransport())
    client = TwelveLabs(api_key=KEY, base_url=mock.base_url, http_client=http)
    client._sender.sleep = lambda seconds: None
    return client


def operations(mock: MockServer, name: str) -> list[dict[str, Any]]:
    return [entry for entry in mock.control.requests() if entry["operation"] == name]


def test_a_file_goes_up_in_chunks_and_becomes_a_ready_asset(mock: MockServer, video: Path) -> None:
    transport = Recording()
    client, seen = connect(mock, transport), []
    result = client.multipart_upload.upload_file(video, batch_size=5, max_workers=3, progress_callback=seen.append)
    assert result.asset_url.endswith(f"/v1.3/assets/{result.asset_id}")
    asset = client.assets.retrieve(result.asset_id)
    assert (asset.status, asset.size, asset.filename) == ("ready", SIZE, "keynote.mp4")
    assert [p.completed_chunks for p in seen] == list(range(1, 25)) and seen[-1].percentage == 100
    assert seen[0].total_chunks == 24 and seen[0].status == "uploading"
    puts = transport.puts()
    assert len(puts) == 24 and all("x-api-key" not in put.headers for put in puts)
    assert all(put.url.path.startswith("/_uploads/") and "expires=" in str(put.url) for put in puts)
    assert len(operations(mock, "reportChunkBatch")) == 5  # 24 chunks in batches of 5
    assert operations(mock, "getAdditionalPresignedUrls"), "the session gave URLs for 10 chunks only"
    polled: list[UploadStatus] = []
    done = client.multipart_upload.wait_for_upload_completion(
        upload_id_of(mock), max_wait_time=60, callback=polled.append
    )
    assert polled == [done] and isinstance(done, UploadStatus), "the official helper's result, to the callback too"
    assert (done.status, done.completed_chunks, done.total_chunks) == ("completed", 24, 24)
    statuses = list(client.multipart_upload.get_status(upload_id_of(mock), page_limit=7))
    assert [chunk.index for chunk in statuses] == list(range(1, 25)) and {c.status for c in statuses} == {"completed"}
    assert list(client.multipart_upload.list_incomplete_uploads()) == []


def test_waiting_on_an_unfinished_upload_reports_its_chunk_counts(mock: MockServer) -> None:
    client = connect(mock)
    session = client.multipart_upload.create(filename="big.mp4", type="video", total_size=SIZE)
    with pytest.raises(WaitTimeoutError) as raised:  # the first poll, then the next would pass the deadline
        client.multipart_upload.wait_for_upload_completion(session.upload_id, sleep_interval=5, max_wait_time=1)
    assert raised.value.last == UploadStatus(status="active", completed_chunks=0, total_chunks=24)
    assert raised.value.status == "active" and "last status was active" in str(raised.value)


def upload_id_of(mock: MockServer) -> str:
    """The upload the reports were about."""
    return str(operations(mock, "reportChunkBatch")[0]["path"].rsplit("/", 1)[-1])


def test_the_async_client_uploads_with_an_async_progress_callback(mock: MockServer, video: Path) -> None:
    seen: list[int] = []

    async def progress(update: Any) -> None:
        seen.append(update.completed_chunks)

    async def main() -> Any:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
            result = await client.multipart_upload.upload_file(video, file_type="video", progress_callback=progress)
            status = await client.multipart_upload.wait_for_upload_completion(upload_id_of(mock))
            return result, await client.assets.retrieve(result.asset_id), status

    result, asset, status = asyncio.run(main())
    assert result.asset_id == asset.id and asset.size == SIZE
    assert (status.status, status.completed_chunks, status.total_chunks) == ("completed", 24, 24)
    assert sorted(seen) == list(range(1, 25))


def test_memory_is_bounded_by_the_chunks_in_flight(mock: MockServer, video: Path) -> None:
    transport = Recording(together=3)
    connect(mock, transport).multipart_upload.upload_file(video, max_workers=3)
    assert not transport.together.broken and transport.most_in_flight == 3 * CHUNK  # three at once, never more


class AsyncRecording(httpx.AsyncHTTPTransport):
    """`Recording` for the async client: the first `together` PUTs wait until that many are in flight."""

    def __init__(self, together: int) -> None:
        super().__init__()
        self.together, self.arrived, self.in_flight, self.most_in_flight = together, 0, 0, 0
        self.all_here = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "PUT":
            return await super().handle_async_request(request)
        self.arrived += 1
        self.in_flight += int(request.headers["content-length"])
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self.arrived == self.together:
                self.all_here.set()
            if self.arrived <= self.together:
                await asyncio.wait_for(self.all_here.wait(), 30)
            return await super().handle_async_request(request)
        finally:
            self.in_flight -= int(request.headers["content-length"])


def test_async_uploads_keep_at_most_max_workers_chunks_in_flight(mock: MockServer, video: Path) -> None:
    async def main() -> AsyncRecording:
        transport = AsyncRecording(together=4)
        http = httpx.AsyncClient(transport=transport)
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url, http_client=http) as client:
            await client.multipart_upload.upload_file(video, max_workers=4)
        await http.aclose()
        return transport

    transport = asyncio.run(main())
    assert transport.all_here.is_set() and transport.most_in_flight == 4 * CHUNK and transport.in_flight == 0


def test_a_chunk_that_fails_transiently_is_retried_with_backoff(mock: MockServer, video: Path) -> None:
    transport, sleeps = Recording(fail=[503, 503]), []
    client = connect(mock, transport)
    client._sender.sleep = sleeps.append
    result = client.multipart_upload.upload_file(video, max_workers=1, retry_delay=0.5)
    assert client.assets.retrieve(result.asset_id).size == SIZE
    assert len(transport.puts()) == 26 and sleeps == [0.5, 1.0]  # chunk 1 failed twice, waiting twice as long


def test_a_dropped_connection_is_retried(mock: MockServer, video: Path) -> None:
    transport = Recording(fail=[httpx.ConnectError("refused")])
    result = connect(mock, transport).multipart_upload.upload_file(video, max_workers=2)
    assert len(transport.puts()) == 25 and connect(mock).assets.retrieve(result.asset_id).size == SIZE


def test_the_sync_client_uploads_from_inside_a_running_event_loop(mock: MockServer, video: Path) -> None:
    async def notebook_cell() -> Any:  # as in Jupyter, where an event loop runs the cells
        return connect(mock).multipart_upload.upload_file(video)

    result = asyncio.run(notebook_cell())
    assert connect(mock).assets.retrieve(result.asset_id).size == SIZE


def test_a_chunk_that_fails_for_good_raises_upload_error_naming_it(mock: MockServer, video: Path) -> None:
    transport = Recording(fail=[400])
    client = connect(mock, transport)
    with pytest.raises(UploadError) as raised:
        client.multipart_upload.upload_file(video, max_workers=1)
    assert raised.value.chunk_index == 1 and isinstance(raised.value.original_error, BadRequestError)
    assert len(transport.puts()) == 1, "a 400 is not retried"
    assert "chunk 1 of upload" in str(raised.value)


def test_a_chunk_out_of_retries_raises_upload_error(mock: MockServer, video: Path) -> None:
    with pytest.raises(UploadError) as raised:
        connect(mock, Recording(fail=[500] * 3)).multipart_upload.upload_file(video, max_workers=1, max_retries=2)
    assert raised.value.chunk_index == 1 and "after 3 attempt(s)" in str(raised.value)


def test_expired_urls_are_refreshed_and_the_upload_goes_on(mock: MockServer, video: Path) -> None:
    transport = Recording()
    client = connect(mock, transport)

    def an_hour_passes(progress: Any) -> None:
        if progress.completed_chunks == 2:
            mock.control.advance(3601)  # every URL given so far has expired

    result = client.multipart_upload.upload_file(video, max_workers=1, progress_callback=an_hour_passes)
    assert client.assets.retrieve(result.asset_id).size == SIZE
    assert len(transport.puts()) == 25, "one PUT met an expired URL; the URLs fetched after it were fresh"
    assert len(operations(mock, "getAdditionalPresignedUrls")) == 1  # chunks 3 to 24, with the one that expired


def test_an_interrupted_upload_resumes_with_only_the_missing_chunks(mock: MockServer, video: Path) -> None:
    transport = Recording()
    client = connect(mock, transport)

    def fail_after_five(progress: Any) -> None:
        if progress.completed_chunks == 5:
            transport.fail = [403] * 4  # refused, even with a fresh URL, until the retries run out

    with pytest.raises(UploadError) as raised:
        client.multipart_upload.upload_file(video, max_workers=1, batch_size=2, progress_callback=fail_after_five)
    assert raised.value.chunk_index == 6 and not transport.fail
    (pending,) = list(client.multipart_upload.list_incomplete_uploads())
    reported = [c.index for c in client.multipart_upload.get_status(pending.upload_id) if c.status == "completed"]
    assert reported == [1, 2, 3, 4]  # chunk 5 was uploaded but not yet reported: it goes again
    before, seen = len(transport.puts()), []
    result = client.multipart_upload.upload_file(video, upload_id=pending.upload_id, progress_callback=seen.append)
    sent = [int(put.url.path.rsplit("/", 1)[-1]) for put in transport.puts()[before:]]
    assert sorted(sent) == list(range(5, 25)) and seen[0].completed_chunks == 5
    assert client.assets.retrieve(result.asset_id).size == SIZE
    assert list(client.multipart_upload.list_incomplete_uploads()) == []


def test_resuming_an_unknown_upload_or_another_file_fails_clearly(
    mock: MockServer, video: Path, tmp_path: Path
) -> None:
    client = connect(mock)
    with pytest.raises(UploadError, match="no upload nope"):
        client.multipart_upload.upload_file(video, upload_id="nope")
    session = client.multipart_upload.create(filename="other.mp4", type="video", total_size=SIZE + 1)
    with pytest.raises(UploadError, match="is in progress"):
        client.multipart_upload.upload_file(video, upload_id=session.upload_id)
    with pytest.raises(FileNotFoundError):  # as the official package's
        client.multipart_upload.upload_file(tmp_path / "missing.mp4")


def test_the_mock_checks_chunk_sizes_proofs_and_expiry(mock: MockServer) -> None:
    client = connect(mock)
    session = client.multipart_upload.create(filename="a.mp3", type="audio", total_size=CHUNK + 10)
    assert session.total_chunks == 2 and session.chunk_size == CHUNK
    url = {u.chunk_index: u.url for u in session.upload_urls}
    assert httpx.put(url[1], content=b"x" * (CHUNK - 1)).status_code == 400, "every chunk but the last is full"
    put = httpx.put(url[1], content=b"x" * CHUNK)
    etag = put.headers["etag"].strip('"')
    assert etag == hashlib.md5(b"x" * CHUNK).hexdigest()
    with pytest.raises(BadRequestError, match="chunk 1 was not uploaded with that ETag"):
        client.multipart_upload.report_chunk_batch(
            session.upload_id,
            completed_chunks=[CompletedChunk(chunk_index=1, proof="0" * 32, proof_type="etag", chunk_size=CHUNK)],
        )
    with pytest.raises(BadRequestError, match="chunk 2 was not uploaded"):
        client.multipart_upload.report_chunk_batch(
            session.upload_id,
            completed_chunks=[CompletedChunk(chunk_index=2, proof=etag, proof_type="etag", chunk_size=10)],
        )
    first = client.multipart_upload.report_chunk_batch(
        session.upload_id,
        completed_chunks=[CompletedChunk(chunk_index=1, proof=etag, proof_type="etag", chunk_size=CHUNK)] * 2,
    )
    assert (first.processed_chunks, first.duplicate_chunks, first.total_completed) == (1, 1, 1) and not first.url
    assert httpx.put(url[2], content=b"y" * 10).status_code == 200
    mock.control.advance(3601)
    assert httpx.put(url[2], content=b"y" * 10).status_code == 403, "an hour later the URL has expired"
    status = client.multipart_upload.get_status(session.upload_id)
    assert (status.status, status.chunks_completed, status.uploaded_size) == ("active", 1, CHUNK)
    with pytest.raises(BadRequestError, match="an image upload is at most 32 MB"):
        client.multipart_upload.create(filename="a.png", type="image", total_size=40 * 2**20)
