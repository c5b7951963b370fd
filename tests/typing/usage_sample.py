"""A typed program using the public API; `make typecheck` runs mypy --strict on it (it is not executed)."""

from __future__ import annotations

import asyncio

from twelvelabs_client import (
    APIStatusError,
    AsyncTwelveLabs,
    BulkCreateError,
    InvalidRequestError,
    RateLimitError,
    RequestOptions,
    StreamError,
    TwelveLabs,
    UnknownStreamEvent,
    UploadError,
)
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem
from twelvelabs_client.multipart_upload import UploadProgress, UploadResult
from twelvelabs_client.tasks import TasksRetrieveResponse
from twelvelabs_client.types import (
    AnalyzeBatchStatusResponse,
    AnalyzeTaskResponse,
    BatchDefaults,
    BatchItemRequest,
    BatchPrompt,
    BatchResultItem,
    BatchVideoContext,
    EmbeddingData,
    NonStreamAnalyzeResponse,
    ResponseFormat,
    ResponseInputItem,
    ResponseObject,
    ResponseStreamEvent_ResponseOutputTextDelta,
    StreamAnalyzeResponse_TextGeneration,
    VideoContext_AssetId,
    VideoContext_Url,
)


def describe(client: TwelveLabs, url: str) -> str:
    options: RequestOptions = {"timeout_in_seconds": 30, "max_retries": 1}
    video = VideoContext_Url(url=url)
    result: NonStreamAnalyzeResponse = client.analyze(video=video, prompt="Describe", request_options=options)
    return result.data


def stream_text(client: TwelveLabs, asset_id: str) -> str:
    parts: list[str] = []
    try:
        with client.analyze_stream(video=VideoContext_AssetId(asset_id=asset_id), prompt="Describe") as stream:
            for event in stream:
                if isinstance(event, StreamAnalyzeResponse_TextGeneration):
                    parts.append(event.text)
                elif isinstance(event, UnknownStreamEvent):
                    print("new event type:", event.event_type)
    except StreamError as error:
        print("stream broke:", error)
    return "".join(parts)


def ask(client: TwelveLabs, store_id: str) -> tuple[str, str]:
    question = ResponseInputItem(type="message", role="user", content="What happens on stage?")
    answer: ResponseObject = client.responses.create(knowledge_store_id=store_id, input=[question])
    parts: list[str] = []
    with client.responses.create_stream(knowledge_store_id=store_id, input=[question]) as stream:
        for event in stream:
            if isinstance(event, ResponseStreamEvent_ResponseOutputTextDelta):
                parts.append(event.delta)
    return answer.session_id, "".join(parts)


async def ask_async(client: AsyncTwelveLabs, store_id: str) -> list[int]:
    question = ResponseInputItem(type="message", role="user", content="What happens on stage?")
    stream = client.responses.create_stream(knowledge_store_id=store_id, input=[question])
    return [event.sequence_number async for event in stream if not isinstance(event, UnknownStreamEvent)]


def index_and_wait(client: TwelveLabs, url: str) -> str | None:
    model = IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual", "audio"])
    index = client.indexes.create(index_name="typed", models=[model])

    def show(task: TasksRetrieveResponse) -> None:
        print(task.status)

    task = client.tasks.create(index_id=index.id, video_url=url)
    done = client.tasks.wait_for_done(task.id, sleep_interval=5, callback=show, timeout=600)
    video_id = done.video_id
    return video_id if isinstance(video_id, str) else None


async def analyze_many(urls: list[str]) -> list[str]:
    async with AsyncTwelveLabs() as client:
        create = client.analyze_async.tasks.create
        tasks = [await create(video=VideoContext_Url(url=u), prompt="Describe") for u in urls]
        done: list[AnalyzeTaskResponse] = [await client.analyze_async.tasks.wait_for_done(t.task_id) for t in tasks]
        return [str(task.status) for task in done]


def structured(client: TwelveLabs, url: str) -> str | None:
    try:
        result = client.with_options(max_retries=0).analyze(
            video=VideoContext_Url(url=url),
            prompt="Title",
            response_format=ResponseFormat(json_schema={"type": "object"}),  # type: ignore[arg-type]
        )
    except InvalidRequestError as error:
        print(error.field, error.rule)
        return None
    except RateLimitError as error:
        print("retry after", error.retry_after)
        return None
    except APIStatusError as error:
        print(error.status_code, error.code, error.request_id)
        return None
    return result.data


def batch_texts(client: TwelveLabs, asset_ids: list[str]) -> dict[str, str]:
    requests = [BatchItemRequest(video=BatchVideoContext(asset_id=a), custom_id=a) for a in asset_ids]
    defaults = BatchDefaults(prompt=BatchPrompt(input_text="Summarize"))
    batch = client.analyze_async.batches.create(
        model_name="pegasus1.5", analysis_mode="general", requests=requests, defaults=defaults
    )
    done: AnalyzeBatchStatusResponse = client.analyze_async.batches.wait_for_done(batch.batch_id, timeout=3600)
    print(done.ready_items, "of", done.total_items)
    texts: dict[str, str] = {}
    with client.analyze_async.batches.results(batch.batch_id) as results:
        for item in results:
            line: BatchResultItem = item  # the stream is typed by the document's line schema
            if line.data and isinstance(line.custom_id, str):
                texts[line.custom_id] = line.data.data
    return texts


async def batch_statuses(client: AsyncTwelveLabs, batch_id: str) -> list[str]:
    return [str(item.status) async for item in client.analyze_async.batches.results(batch_id)]


def upload_large(client: TwelveLabs, path: str, upload_id: str | None = None) -> str:
    def show(progress: UploadProgress) -> None:
        print(f"{progress.completed_chunks}/{progress.total_chunks} ({progress.percentage:.0f}%)")

    try:
        result: UploadResult = client.multipart_upload.upload_file(
            path, file_type="audio", batch_size=5, max_workers=3, progress_callback=show, upload_id=upload_id
        )
    except UploadError as error:
        print(error.chunk_index, error.original_error)
        raise
    done = client.multipart_upload.wait_for_upload_completion(upload_id or "", max_wait_time=60.0)
    print(done.status, done.completed_chunks, done.total_chunks)
    return result.asset_id


async def upload_large_async(client: AsyncTwelveLabs, path: str) -> str:
    async def show(progress: UploadProgress) -> None:
        print(progress.percentage)

    result = await client.multipart_upload.upload_file(path, progress_callback=show)
    return result.asset_url


def embed(client: TwelveLabs, urls: list[str]) -> list[float]:
    try:
        created = client.embed.tasks.create_bulk(model_name="marengo3.0", videos=[{"video_url": u} for u in urls])
    except BulkCreateError as error:
        created = error.created
    for task in created:
        client.embed.tasks.wait_for_done(task.id, sleep_interval=1)
    query = client.embed.v_2.create(input_type="text", model_name="marengo3.5", embedding_dimension=256)
    first: EmbeddingData = query.data[0]
    return first.embedding


if __name__ == "__main__":
    asyncio.run(analyze_many([]))
