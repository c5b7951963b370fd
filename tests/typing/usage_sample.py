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
)
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem
from twelvelabs_client.tasks import TasksRetrieveResponse
from twelvelabs_client.types import (
    AnalyzeTaskResponse,
    EmbeddingData,
    NonStreamAnalyzeResponse,
    ResponseFormat,
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
