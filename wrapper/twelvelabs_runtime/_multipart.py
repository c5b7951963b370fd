"""`upload_file` of the group whose create has `x-multipart-upload` (docs/uploads.md, "Large files"): written once,
for asyncio; the sync client runs it on an event loop of its own, its calls in threads."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import httpx

from ._errors import APIError, UploadError, status_error
from ._transport import RETRYABLE_STATUSES, _Sender

FilePath = str | Path


class UploadResult(NamedTuple):
    asset_id: str
    asset_url: str  # set once the upload is complete


class UploadProgress(NamedTuple):
    total_chunks: int
    completed_chunks: int
    percentage: float
    status: str


async def upload_async(core: Any, ops: tuple[Any, ...], path: FilePath, **job: Any) -> UploadResult:
    put = functools.partial(_put, core.sender.http, Path(path), True)
    return await _upload([*ops, put, core.sender.sleep], Path(path), **job)


def upload_sync(core: Any, ops: tuple[Any, ...], path: FilePath, **job: Any) -> UploadResult:
    import asyncio
    import concurrent.futures  # only uploads need them: kept off every program's import path

    put = functools.partial(_put, core.sender.http, Path(path), False)
    calls = [functools.partial(asyncio.to_thread, call) for call in (*ops, put, core.sender.sleep)]
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_upload(calls, Path(path), **job))
    with concurrent.futures.ThreadPoolExecutor(1) as thread:  # an event loop runs in this thread: use another
        return thread.submit(asyncio.run, _upload(calls, Path(path), **job)).result()


async def _upload(calls: list[Any], path: Path, **job: Any) -> UploadResult:
    import asyncio

    create, status, report, renew, incomplete, put, sleep = calls
    size, options, lock = path.stat().st_size, {"request_options": job["request_options"]}, asyncio.Lock()
    urls, batch, done = dict[int, str](), list[dict[str, Any]](), set[int]()
    if job["upload_id"] is None:
        made = await create(filename=job["filename"] or path.name, type=job["file_type"], total_size=size, **options)
        upload_id, chunk, total, result = made.upload_id, made.chunk_size, made.total_chunks, [made.asset_id, ""]
        urls.update((u.chunk_index, u.url) for u in made.upload_urls or [])
    else:
        upload_id, result = job["upload_id"], ["", ""]
        found = [u for u in await _all(incomplete(page_limit=50, **options)) if u.upload_id == upload_id]
        if not found or found[0].total_size != size:
            raise UploadError(f"no upload {upload_id} of {size} bytes is in progress")
        chunk, total = found[0].chunk_size, found[0].total_chunks
        done = {c.index for c in await _all(status(upload_id, page_limit=50, **options)) if c.status == "completed"}

    async def address(index: int, stale: str | None = None) -> str:
        async with lock:  # one request brings the URLs of many chunks
            if urls.get(index) in (None, stale):
                fresh = await renew(upload_id, start=index, count=min(50, total + 1 - index), **options)
                urls.update((u.chunk_index, u.url) for u in fresh.upload_urls or [])
        return str(urls[index])

    async def send(index: int, url: str, attempt: int = 0) -> str:
        try:
            response = await put(url, (index - 1) * chunk, min(chunk, size - (index - 1) * chunk))
            if response.is_success:
                return str(response.headers.get("etag", "")).strip('"')
            failure: APIError = status_error(response)
        except httpx.TransportError as error:
            failure = _Sender.transport_error(error, error.request)
        if failure.status_code not in {None, 403, *RETRYABLE_STATUSES} or attempt >= job["max_retries"]:
            message = f"chunk {index} of upload {upload_id} failed after {attempt + 1} attempt(s): {failure}"
            raise UploadError(message, chunk_index=index, original_error=failure) from failure
        await sleep(job["retry_delay"] * 2**attempt)
        fresh = await address(index, stale=url) if failure.status_code == 403 else url  # 403: an expired URL
        return await send(index, fresh, attempt + 1)

    async def flush() -> None:
        chunks, batch[:] = batch[:], []
        if chunks:
            answer = await report(upload_id, completed_chunks=chunks, **options)
            result[:] = [answer.asset_id or result[0], answer.url or result[1]]

    async def work() -> None:
        for index in todo:  # the workers share the iterator: each chunk is taken once
            etag, length = await send(index, await address(index)), min(chunk, size - (index - 1) * chunk)
            batch.append({"chunk_index": index, "proof": etag, "proof_type": "etag", "chunk_size": length})
            done.add(index)
            progress = UploadProgress(total, len(done), 100 * len(done) / total, "uploading")
            shown = job["progress_callback"] and job["progress_callback"](progress)
            if hasattr(shown, "__await__"):
                await shown
            if len(batch) >= job["batch_size"]:
                await flush()

    todo = iter([index for index in range(1, total + 1) if index not in done])
    workers = [asyncio.ensure_future(work()) for _ in range(max(1, min(job["max_workers"], total)))]
    try:
        await asyncio.gather(*workers)
    finally:
        for worker in workers:
            worker.cancel()  # the others, when one failed
    await flush()
    return UploadResult(*result)


async def _all(pager: Any) -> list[Any]:
    return [item async for item in pages] if hasattr(pages := await pager, "__aiter__") else list(pages)


def _put(http: Any, path: Path, asynchronous: bool, url: str, offset: int, length: int) -> Any:
    pieces = _pieces(path, offset, length)  # read as they are sent (by the async client in its event loop)
    headers = {"Content-Type": "application/octet-stream", "Content-Length": str(length)}
    return http.put(url, content=_async(pieces) if asynchronous else pieces, headers=headers)


def _pieces(path: Path, offset: int, length: int, piece: int = 256 * 1024) -> Iterator[bytes]:
    with path.open("rb") as file:
        file.seek(offset)
        for start in range(0, length, piece):
            yield file.read(min(piece, length - start))


async def _async(pieces: Iterator[bytes]) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece
