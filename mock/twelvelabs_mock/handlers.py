"""One handler per operationId. Each gets a validated request and answers what the API answers."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.responses import JSONResponse, Response

from . import generation, rules
from .errors import ApiError, conflict, invalid, not_found, not_provided
from .state import AnalyzeTask, Asset, Index, IndexingTask, Store, Video, duration_for
from .streaming import ndjson_response
from .validation import ValidRequest

if TYPE_CHECKING:
    from .app import MockApp
    from .faults import Fault

DIRECT_UPLOAD_LIMIT = 200 * 1024 * 1024
TASK_UPLOAD_LIMIT = 2 * 1024 * 1024 * 1024
OUTCOME_HEADER = "x-mock-outcome"  # "failed" makes the created task or asset fail
STREAM_EVENTS_HEADER = "x-mock-stream-events"  # exact number of text_generation events
STREAM_DELAY_HEADER = "x-mock-stream-delay"  # seconds between events


@dataclass
class Context:
    app: MockApp
    request: ValidRequest
    headers: dict[str, str]  # all request headers, lower-cased
    fault: Fault | None
    cut_connection: Callable[[], None]

    @property
    def store(self) -> Store:
        return self.app.store

    @property
    def body(self) -> dict[str, Any]:
        return self.request.body

    def outcome(self) -> str:
        value = self.headers.get(OUTCOME_HEADER, self.app.default_outcome)
        if value not in ("ready", "failed"):
            raise invalid(f"The {OUTCOME_HEADER} header must be ready or failed.")
        return value


T = TypeVar("T")
Handler = Callable[[Context], Awaitable[Response]]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        HANDLERS[operation_id] = function
        return function

    return register


def page_of(items: list[Any], query: dict[str, Any], render: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    page = int(query.get("page", 1))
    limit = int(query.get("page_limit", 10))
    total = len(items)
    chosen = items[(page - 1) * limit : page * limit]
    return {
        "data": [render(item) for item in chosen],
        "page_info": {
            "page": page,
            "limit_per_page": limit,
            "total_page": (total + limit - 1) // limit,
            "total_results": total,
        },
    }


def newest_first(items: Iterable[T], created: Callable[[T], float]) -> list[T]:
    """Newest first; resources created at the same simulated instant keep creation order, reversed."""
    return sorted(reversed(list(items)), key=created, reverse=True)


def no_content() -> Response:
    return Response(status_code=204)


# ---------------------------------------------------------------- synchronous analysis
@handles("analyze")
async def analyze(ctx: Context) -> Response:
    body = ctx.body
    model, video, prompt = rules.check_sync_analyze(ctx.store, body)
    settings = (video.key, prompt, model, body.get("temperature", 0.2), body.get("response_format"),
                body.get("start_time"), body.get("end_time"))  # fmt: skip
    max_tokens = body.get("max_tokens")
    generation_id = str(uuid.UUID(int=ctx.app.next_generation()))
    input_tokens = None if model == "pegasus1.5" else generation.estimate_tokens(prompt) + int(video.duration * 8)
    if body.get("stream", True):
        events = ctx.headers.get(STREAM_EVENTS_HEADER)
        delay = ctx.headers.get(STREAM_DELAY_HEADER)
        return ndjson_response(
            ctx.app,
            cut_connection=ctx.cut_connection,
            text=None if events else _text_for(settings, body),
            events=int(events) if events else None,
            seed=generation.seeded_random("stream", settings),
            max_tokens=max_tokens,
            generation_id=generation_id,
            input_tokens=input_tokens,
            delay=float(delay) if delay else ctx.app.stream_delay,
            fault=ctx.fault,
        )
    result = generation.limit(_text_for(settings, body), max_tokens)
    answer: dict[str, Any] = {
        "id": generation_id,
        "data": result.text,
        "finish_reason": result.finish_reason,
        "usage": {"output_tokens": result.output_tokens},
    }
    if input_tokens is not None:
        answer["usage"]["input_tokens"] = input_tokens
    if result.finish_reason == "length":
        answer["error"] = {"code": "max_tokens_reached", "message": "The output reached max_tokens and was cut."}
    return JSONResponse(answer)


def _text_for(settings: tuple[Any, ...], body: dict[str, Any]) -> str:
    response_format = body.get("response_format")
    if response_format and "json_schema" in response_format:
        value = generation.json_instance(response_format["json_schema"], generation.seeded_random("json", settings))
        return json.dumps(value)
    return generation.analysis_text(settings[0], settings[1])


@handles("gist")
async def gist(ctx: Context) -> Response:
    video = rules.indexed_video(ctx.store, ctx.body["video_id"])
    result = generation.gist(video.key, list(ctx.body["types"]))
    tokens = sum(len(str(value).split()) for value in result.values())
    return JSONResponse(
        {"id": str(uuid.UUID(int=ctx.app.next_generation())), **result, "usage": {"output_tokens": tokens}}
    )


@handles("summarize")
async def summarize(ctx: Context) -> Response:
    body = ctx.body
    kind = body["type"]
    if "response_format" in body and kind != "summary":
        raise invalid(f"The response_format parameter works only with type summary, not {kind}.")
    rules.check_prompt(body, required=False)
    rules.check_response_format(body.get("response_format"))
    video = rules.indexed_video(ctx.store, body["video_id"])
    key = (video.key, body.get("prompt"), body.get("temperature", 0.2), body.get("response_format"))
    answer: dict[str, Any] = {"summarize_type": kind, "id": str(uuid.UUID(int=ctx.app.next_generation()))}
    if kind == "summary":
        result = generation.limit(_text_for(key, body), body.get("max_tokens"))
        answer["summary"] = result.text
        tokens = result.output_tokens
    elif kind == "chapter":
        answer["chapters"] = generation.chapters(key, video.duration)
        tokens = sum(len(c["chapter_summary"].split()) + 3 for c in answer["chapters"])
    else:
        answer["highlights"] = generation.highlights(key, video.duration)
        tokens = sum(len(h["highlight_summary"].split()) + 3 for h in answer["highlights"])
    answer["usage"] = {"output_tokens": tokens}
    return JSONResponse(answer)


# ---------------------------------------------------------------- asynchronous analysis
def analyze_task_json(store: Store, task: AnalyzeTask) -> dict[str, Any]:
    status = store.analyze_status(task)
    answer: dict[str, Any] = {
        "task_id": task.id,
        "custom_id": task.custom_id,
        "status": status,
        "video_source": task.video_source,
        "created_at": store.timestamp(task.created),
    }
    if status in ("ready", "failed", "canceled"):
        answer["completed_at"] = store.timestamp(store.analyze_finished_at(task))
    if status == "ready":
        answer["result"] = _task_result(task)
        if answer["result"].get("finish_reason") == "length":
            answer["error"] = {"code": "max_tokens_reached", "message": "The output reached max_tokens and was cut."}
    elif status == "failed":
        answer["error"] = {"code": "video_processing_failed", "message": "The video could not be analyzed."}
    elif status == "canceled":
        answer["error"] = {"code": "user_canceled", "message": "The task was canceled."}
    return answer


def _task_result(task: AnalyzeTask) -> dict[str, Any]:
    if task.result is None:
        body = task.request
        names = ("prompt", "prompt_v2", "model_name", "temperature", "response_format", "start_time", "end_time")
        settings = (task.video_source, *(body.get(name) for name in names))
        response_format = body.get("response_format") or {}
        if response_format.get("type") == "segment_definitions":
            text = json.dumps(_segments(response_format, settings, task.video_source.get("duration", 60.0)))
        else:
            text = _text_for((json.dumps(settings, sort_keys=True, default=str), str(body.get("prompt", ""))), body)
        max_tokens = body.get("max_tokens")
        result = generation.limit(text, None if max_tokens == "unlimited" else max_tokens)
        task.result = {
            "generation_id": str(uuid.UUID(hashlib.sha256(task.id.encode()).hexdigest()[:32])),
            "data": result.text,
            "finish_reason": result.finish_reason,
            "usage": {"output_tokens": result.output_tokens},
        }
    return task.result


def _segments(response_format: dict[str, Any], settings: Any, duration: float) -> dict[str, Any]:
    seed = generation.seeded_random("segments", settings)
    found: dict[str, Any] = {}
    for definition in response_format["segment_definitions"]:
        segments = []
        for start, end in _segment_bounds(seed, duration):
            metadata = {field["name"]: _field_value(field, seed) for field in definition.get("fields", [])}
            segments.append({"start_time": start, "end_time": end, "metadata": metadata})
        found[definition["id"]] = segments
    return found


def _segment_bounds(seed: Any, duration: float) -> list[tuple[float, float]]:
    count = max(1, min(5, int(duration // 30)))
    step = duration / count
    return [(round(i * step, 1), round((i + 1) * step, 1)) for i in range(count)]


def _field_value(field: dict[str, Any], seed: Any) -> Any:
    kind = field["type"]
    if field.get("enum"):
        return seed.choice(field["enum"])
    if kind in ("number", "timestamp"):
        return round(seed.uniform(0, 100), 1)
    if kind == "integer":
        return seed.randint(0, 100)
    if kind == "boolean":
        return seed.random() < 0.5
    if kind in ("array", "time_array"):
        return [generation.free_text(seed, target_words=3).rstrip(".") for _ in range(2)]
    return generation.free_text(seed, target_words=6).rstrip(".")


@handles("createAnalyzeTask")
async def create_analyze_task(ctx: Context) -> Response:
    store = ctx.store
    key = ctx.request.headers.get("Idempotency-Key")
    if key is not None:
        for existing in store.analyze_tasks.values():
            if existing.idempotency_key == key:
                return JSONResponse({"task_id": existing.id, "status": store.analyze_status(existing)}, status_code=202)
    _, video, _ = rules.check_async_analyze(store, ctx.body)
    task = AnalyzeTask(
        id=store.new_id("analyze-task"),
        custom_id=ctx.body.get("custom_id"),
        request=dict(ctx.body),
        video_source=video.source,
        created=store.clock.now(),
        outcome=ctx.outcome(),
        idempotency_key=key,
    )
    store.analyze_tasks[task.id] = task
    return JSONResponse({"task_id": task.id, "status": store.analyze_status(task)}, status_code=202)


@handles("listAnalyzeTasks")
async def list_analyze_tasks(ctx: Context) -> Response:
    store, query = ctx.store, ctx.request.query
    tasks = newest_first(store.analyze_tasks.values(), lambda t: t.created)
    if "status" in query:
        tasks = [t for t in tasks if store.analyze_status(t) == query["status"]]
    if "analysis_mode" in query:
        tasks = [t for t in tasks if t.request.get("analysis_mode", "general") == query["analysis_mode"]]
    if "asset_id" in query:
        tasks = [t for t in tasks if t.video_source.get("asset_id") == query["asset_id"]]
    return JSONResponse(page_of(tasks, query, lambda t: analyze_task_json(store, t)))


def _analyze_task(ctx: Context) -> AnalyzeTask:
    task = ctx.store.analyze_tasks.get(ctx.request.path["task_id"])
    if task is None:
        raise not_found("analysis task", ctx.request.path["task_id"])
    return task


@handles("retrieveAnalyzeTask")
async def retrieve_analyze_task(ctx: Context) -> Response:
    answer = JSONResponse(analyze_task_json(ctx.store, _analyze_task(ctx)))
    ctx.store.clock.polled()  # per-poll time moves after the answer: the first poll sees the start
    return answer


@handles("deleteAnalyzeTask")
async def delete_analyze_task(ctx: Context) -> Response:
    task = _analyze_task(ctx)
    status = ctx.store.analyze_status(task)
    if status == "processing":
        raise conflict(f"The task {task.id} is processing and cannot be deleted; cancel it first.")
    del ctx.store.analyze_tasks[task.id]
    return no_content()


@handles("cancelAnalyzeTask")
async def cancel_analyze_task(ctx: Context) -> Response:
    task = _analyze_task(ctx)
    status = ctx.store.analyze_status(task)
    if status not in ("queued", "pending", "processing"):
        raise conflict(f"The task {task.id} is {status}; only queued, pending or processing tasks can be canceled.")
    task.canceled_at = ctx.store.clock.now()
    return JSONResponse({"task_id": task.id, "status": "canceled"})


# ---------------------------------------------------------------- assets
def asset_json(store: Store, asset: Asset) -> dict[str, Any]:
    status = store.asset_status(asset)
    answer: dict[str, Any] = {
        "_id": asset.id,
        "method": asset.method,
        "status": status,
        "filename": asset.filename,
        "file_type": asset.file_type,
        "created_at": store.timestamp(asset.created),
        "size": asset.size,
    }
    if asset.url:
        answer["url"] = asset.url
    if status == "ready":
        answer["duration"] = asset.duration
    if status == "failed":
        answer["error"] = {"code": "asset_processing_failed", "message": "The media could not be processed."}
    return answer


@handles("createAsset")
async def create_asset(ctx: Context) -> Response:
    body, files = ctx.body, ctx.request.files
    method = body["method"]
    if method == "direct":
        if "file" not in files:
            raise not_provided("The file parameter is required with method direct.")
        if "url" in body:
            raise invalid("Give file with method direct, or url with method url, not both.")
        upload = files["file"]
        if upload.size > DIRECT_UPLOAD_LIMIT:
            raise ApiError(413, "media_filesize_too_large", "The file is larger than 200 MB; use method url.")
        filename, url, size = body.get("filename") or upload.filename or "upload", None, upload.size
        duration = duration_for(upload.sha256, 10, 600)
    else:
        if "url" not in body:
            raise not_provided("The url parameter is required with method url.")
        if "file" in files:
            raise invalid("Give url with method url, or file with method direct, not both.")
        url = body["url"]
        filename = body.get("filename") or url.rstrip("/").rsplit("/", 1)[-1] or "video"
        size, duration = int(duration_for(url) * 400_000), duration_for(url)
    if "user_metadata" in body:
        _json_object(body["user_metadata"], "user_metadata")
    store = ctx.store
    asset = Asset(store.new_id("asset"), method, filename, url, size, duration, store.clock.now(), ctx.outcome())
    store.assets[asset.id] = asset
    return JSONResponse(asset_json(store, asset), status_code=201)


def _json_object(text: str, name: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        raise invalid(f"The {name} parameter must be a JSON object encoded as a string.") from None
    if not isinstance(value, dict):
        raise invalid(f"The {name} parameter must be a JSON object encoded as a string.")
    return value


@handles("listAssets")
async def list_assets(ctx: Context) -> Response:
    store, query = ctx.store, ctx.request.query
    assets = newest_first(store.assets.values(), lambda a: a.created)
    if "filename" in query:
        assets = [a for a in assets if query["filename"].lower() in a.filename.lower()]
    if "status" in query:
        assets = [a for a in assets if store.asset_status(a) == query["status"]]
    return JSONResponse(page_of(assets, query, lambda a: asset_json(store, a)))


def _asset(ctx: Context) -> Asset:
    asset = ctx.store.assets.get(ctx.request.path["asset_id"])
    if asset is None:
        raise not_found("asset", ctx.request.path["asset_id"])
    return asset


@handles("retrieveAsset")
async def retrieve_asset(ctx: Context) -> Response:
    answer = JSONResponse(asset_json(ctx.store, _asset(ctx)))
    ctx.store.clock.polled()  # per-poll time moves after the answer: the first poll sees the start
    return answer


@handles("deleteAsset")
async def delete_asset(ctx: Context) -> Response:
    asset = _asset(ctx)
    store = ctx.store
    users = [v for v in store.videos.values() if v.asset_id == asset.id]
    if users and not ctx.request.query.get("force", False):
        raise conflict(
            f"The asset {asset.id} is indexed in {len(users)} index(es); pass force=true to delete it anyway."
        )
    for video in users:
        del store.videos[video.id]
    del store.assets[asset.id]
    return no_content()


# ---------------------------------------------------------------- indexes
def index_json(store: Store, index: Index) -> dict[str, Any]:
    videos = [v for v in store.videos.values() if v.index_id == index.id and store.video_status(v) == "ready"]
    return {
        "_id": index.id,
        "index_name": index.name,
        "models": index.models,
        "addons": index.addons,
        "video_count": len(videos),
        "total_duration": round(sum(v.duration for v in videos), 1),
        "created_at": store.timestamp(index.created),
        "updated_at": store.timestamp(index.updated),
    }


def _name_taken(store: Store, name: str, except_id: str | None = None) -> None:
    if any(i.name == name and i.id != except_id for i in store.indexes.values()):
        raise conflict(f"An index named {name!r} already exists; choose another name.", "index_name_already_exists")


@handles("createIndex")
async def create_index(ctx: Context) -> Response:
    store, body = ctx.store, ctx.body
    _name_taken(store, body["index_name"])
    names = [model["model_name"] for model in body["models"]]
    if len(names) != len(set(names)):
        raise invalid("Each model may appear once in models.")
    if "thumbnail" in body.get("addons", []) and not any(n.startswith("marengo") for n in names):
        raise invalid("The thumbnail addon needs a Marengo model.")
    now = store.clock.now()
    index = Index(
        store.new_id("index"), body["index_name"], list(body["models"]), list(body.get("addons", [])), now, now
    )
    store.indexes[index.id] = index
    return JSONResponse({"_id": index.id}, status_code=201)


@handles("listIndexes")
async def list_indexes(ctx: Context) -> Response:
    store, query = ctx.store, ctx.request.query
    indexes = newest_first(store.indexes.values(), lambda i: i.created)
    if "index_name" in query:
        indexes = [i for i in indexes if query["index_name"].lower() in i.name.lower()]
    if "model_family" in query:
        family = query["model_family"]
        indexes = [i for i in indexes if any(m["model_name"].startswith(family) for m in i.models)]
    return JSONResponse(page_of(indexes, query, lambda i: index_json(store, i)))


def _index(ctx: Context) -> Index:
    index = ctx.store.indexes.get(ctx.request.path["index-id"])
    if index is None:
        raise not_found("index", ctx.request.path["index-id"])
    return index


@handles("retrieveIndex")
async def retrieve_index(ctx: Context) -> Response:
    return JSONResponse(index_json(ctx.store, _index(ctx)))


@handles("updateIndex")
async def update_index(ctx: Context) -> Response:
    index = _index(ctx)
    _name_taken(ctx.store, ctx.body["index_name"], index.id)
    index.name = ctx.body["index_name"]
    index.updated = ctx.store.clock.now()
    return no_content()


@handles("deleteIndex")
async def delete_index(ctx: Context) -> Response:
    store, index = ctx.store, _index(ctx)
    for video in [v for v in store.videos.values() if v.index_id == index.id]:
        del store.videos[video.id]
    for task in [t for t in store.indexing_tasks.values() if t.video.index_id == index.id]:
        del store.indexing_tasks[task.id]
    del store.indexes[index.id]
    return no_content()


# ---------------------------------------------------------------- indexed assets
def indexed_asset_json(store: Store, video: Video) -> dict[str, Any]:
    status = store.video_status(video)
    answer: dict[str, Any] = {
        "_id": video.id,
        "status": status,
        "created_at": store.timestamp(video.created),
        "updated_at": store.timestamp(min(store.clock.now(), store.video_finished_at(video))),
        "system_metadata": _system_metadata(video),
    }
    if video.asset_id:
        answer["asset_id"] = video.asset_id
    if status == "ready":
        answer["indexed_at"] = store.timestamp(store.video_finished_at(video))
    return answer


def _system_metadata(video: Video) -> dict[str, Any]:
    return {"filename": video.filename, "duration": video.duration, "fps": 30, "width": 1920, "height": 1080}


def _new_video(ctx: Context, index: Index, asset_id: str | None, filename: str, duration: float) -> Video:
    store = ctx.store
    ready_after = store.timings.indexing
    video = Video(
        store.new_id("video"), index.id, asset_id, filename, duration, store.clock.now(), ctx.outcome(), ready_after
    )
    store.videos[video.id] = video
    return video


@handles("createIndexedAsset")
async def create_indexed_asset(ctx: Context) -> Response:
    index = _index(ctx)
    asset = ctx.store.assets.get(ctx.body["asset_id"])
    if asset is None:
        raise not_found("asset", ctx.body["asset_id"])
    status = ctx.store.asset_status(asset)
    if status != "ready":
        raise invalid(f"The asset {asset.id} is {status}; index it once its status is ready.")
    video = _new_video(ctx, index, asset.id, asset.filename, asset.duration)
    return JSONResponse({"_id": video.id, "asset_id": asset.id}, status_code=202)


@handles("listIndexedAssets")
async def list_indexed_assets(ctx: Context) -> Response:
    store, index, query = ctx.store, _index(ctx), ctx.request.query
    videos = newest_first((v for v in store.videos.values() if v.index_id == index.id), lambda v: v.created)
    if "status" in query:
        videos = [v for v in videos if store.video_status(v) == query["status"]]
    return JSONResponse(page_of(videos, query, lambda v: indexed_asset_json(store, v)))


def _indexed_asset(ctx: Context) -> Video:
    index = _index(ctx)
    video = ctx.store.videos.get(ctx.request.path["indexed-asset-id"])
    if video is None or video.index_id != index.id:
        raise not_found("indexed asset", ctx.request.path["indexed-asset-id"])
    return video


@handles("retrieveIndexedAsset")
async def retrieve_indexed_asset(ctx: Context) -> Response:
    answer = JSONResponse(indexed_asset_json(ctx.store, _indexed_asset(ctx)))
    ctx.store.clock.polled()  # per-poll time moves after the answer: the first poll sees the start
    return answer


@handles("deleteIndexedAsset")
async def delete_indexed_asset(ctx: Context) -> Response:
    video = _indexed_asset(ctx)
    del ctx.store.videos[video.id]
    return no_content()


# ---------------------------------------------------------------- indexing tasks
def indexing_task_json(store: Store, task: IndexingTask) -> dict[str, Any]:
    video = task.video
    return {
        "_id": task.id,
        "video_id": video.id,
        "index_id": video.index_id,
        "status": store.video_status(video),
        "created_at": store.timestamp(video.created),
        "updated_at": store.timestamp(min(store.clock.now(), store.video_finished_at(video))),
        "system_metadata": {k: v for k, v in _system_metadata(video).items() if k != "fps"},
    }


@handles("createTask")
async def create_task(ctx: Context) -> Response:
    body, files = ctx.body, ctx.request.files
    index = ctx.store.indexes.get(body["index_id"])
    if index is None:
        raise not_found("index", body["index_id"])
    given = [name for name in ("video_file", "video_url") if name in body]
    if len(given) != 1:
        raise (not_provided if not given else invalid)("Give exactly one of video_file or video_url.")
    if "video_file" in files:
        upload = files["video_file"]
        if upload.size > TASK_UPLOAD_LIMIT:
            raise ApiError(413, "video_filesize_too_large", "The video file is larger than 2 GB.")
        filename, duration = upload.filename or "upload", duration_for(upload.sha256, 10, 600)
    else:
        url = body["video_url"]
        filename, duration = url.rstrip("/").rsplit("/", 1)[-1] or "video", duration_for(url)
    if "user_metadata" in body:
        _json_object(body["user_metadata"], "user_metadata")
    video = _new_video(ctx, index, None, filename, duration)
    task = IndexingTask(ctx.store.new_id("indexing-task"), video)
    ctx.store.indexing_tasks[task.id] = task
    return JSONResponse({"_id": task.id, "video_id": video.id})


@handles("listTasks")
async def list_tasks(ctx: Context) -> Response:
    store, query = ctx.store, ctx.request.query
    tasks = newest_first(store.indexing_tasks.values(), lambda t: t.video.created)
    if "index_id" in query:
        tasks = [t for t in tasks if t.video.index_id == query["index_id"]]
    if "status" in query:
        tasks = [t for t in tasks if store.video_status(t.video) == query["status"]]
    return JSONResponse(page_of(tasks, query, lambda t: indexing_task_json(store, t)))


def _indexing_task(ctx: Context) -> IndexingTask:
    task = ctx.store.indexing_tasks.get(ctx.request.path["task_id"])
    if task is None:
        raise not_found("indexing task", ctx.request.path["task_id"])
    return task


@handles("retrieveTask")
async def retrieve_task(ctx: Context) -> Response:
    answer = JSONResponse(indexing_task_json(ctx.store, _indexing_task(ctx)))
    ctx.store.clock.polled()  # per-poll time moves after the answer: the first poll sees the start
    return answer


@handles("deleteTask")
async def delete_task(ctx: Context) -> Response:
    task = _indexing_task(ctx)
    status = ctx.store.video_status(task.video)
    if status not in ("ready", "failed"):
        raise conflict(f"The indexing task {task.id} is {status}; only ready or failed tasks can be deleted.")
    del ctx.store.indexing_tasks[task.id]
    return no_content()
