"""The operations that generate text: synchronous analysis (JSON or an NDJSON stream), the deprecated
gist and summarize, and the result of an analysis task. Text comes from `generation`."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any, cast

from starlette.responses import JSONResponse, Response

from . import generation, rules
from .engine import Context, event_stream
from .errors import invalid
from .state import Record
from .streaming import analysis_events

STREAM_EVENTS_HEADER = "x-mock-stream-events"  # exact number of text_generation events
TRUNCATED = {"code": "max_tokens_reached", "message": "The output reached max_tokens and was cut."}


def _generation_id(ctx: Context) -> str:
    return str(uuid.UUID(int=next(ctx.store.generations)))


def _default(ctx: Context, name: str) -> Any:
    raw = rules.request_schema(ctx).get("properties", {}).get(name, {})
    return raw.get("default", ctx.engine.spec.resolve(raw).get("default"))


async def analyze(ctx: Context) -> Response:
    body = ctx.body
    # The legacy video_id implies pegasus1.2, the only model it ever worked with (the document says so).
    model = body.get("model_name", "pegasus1.2" if "video_id" in body else _default(ctx, "model_name"))
    if "video_id" in body:
        video = rules.indexed_video(ctx, body["video_id"])
    elif "video" in body:
        video = rules.resolve_video(ctx, body["video"])
    else:
        video = rules.VideoRef("images:" + ",".join(i["name"] for i in body["image"]), 0.0, {"type": "image"})
    if "image" not in body:
        rules.check_clip(ctx, video)
    prompt = body["prompt"] if "prompt" in body else body["prompt_v2"]["input_text"]
    settings = (video.key, prompt, model, body.get("temperature", _default(ctx, "temperature")),
                body.get("response_format"), body.get("start_time"), body.get("end_time"))  # fmt: skip
    generation_id = _generation_id(ctx)
    # The API leaves input_tokens out for pegasus1.5 (the document says so on TokenUsage).
    input_tokens = None if model == "pegasus1.5" else generation.estimate_tokens(prompt) + int(video.duration * 8)
    streaming = body.get("stream", _default(ctx, "stream"))
    header = ctx.headers.get(STREAM_EVENTS_HEADER) if streaming else None
    events, text = (int(header), None) if header else (None, text_for(settings, body))
    seed = generation.seeded_random("stream", settings)
    stream = analysis_events(text, events, seed, body.get("max_tokens"), generation_id, input_tokens)
    if streaming:
        return event_stream(ctx, stream)
    _, *pieces, end = stream  # the JSON answer: the stream's text in one piece, with its end's details
    usage, data = end.pop("metadata")["usage"], "".join(piece["text"] for piece in pieces)
    del end["event_type"]
    return JSONResponse({"id": generation_id, "data": data, **end, "usage": usage})


async def create_response(ctx: Context) -> Response:
    """Jockey's answer about a knowledge store's items, in a session that later requests continue."""
    body, sessions = ctx.body, "/responses/sessions"  # a session keeps its store and its number of turns
    store = ctx.find("/knowledge-stores", body["knowledge_store_id"])
    session = ctx.find(sessions, body["session_id"]) if "session_id" in body else ctx.store.add(sessions, (), {})
    if session.meta.setdefault("store", store.id) != store.id:
        raise invalid(f"The session {session.id} belongs to the knowledge store {session.meta['store']}.")
    turn, prompt = session.meta.get("turns", 0), body["input"][-1]["content"]
    session.meta["turns"] = turn + 1
    schema = body.get("text", {}).get("format", {}).get("schema")
    settings = ((store.id, session.id, turn, body.get("instructions")), prompt)
    text = text_for(settings, {"response_format": {"json_schema": schema}} if schema else {})
    part = {"type": "output_text", "text": text, "annotations": []}
    message = {"type": "message", "id": f"msg_{session.id}_{turn}", "status": "completed", "role": "assistant",
               "phase": "final_answer", "content": [part]}  # fmt: skip
    answer = {"id": f"resp_{_generation_id(ctx)}", "type": "response", "object": "response", "status": "completed",
              "incomplete_details": None, "session_id": session.id, "knowledge_store_id": store.id, "output": [message],
              "created_at": ctx.store.timestamp(ctx.store.clock.now())}  # fmt: skip
    usage = {"input_tokens": generation.estimate_tokens(json.dumps(body)), "output_tokens": len(text.split())}
    if not body.get("stream"):
        return JSONResponse({**answer, "usage": usage})
    opened, empty = {**answer, "status": "in_progress", "output": []}, {**part, "text": ""}
    at = {"item_id": message["id"], "output_index": 0, "content_index": 0}
    started = {**message, "status": "in_progress", "content": [empty]}
    pieces = generation.fragments(text, generation.seeded_random("stream", settings))
    events: list[tuple[str, dict[str, Any]]] = [
        ("response.created", {"response": opened}),
        ("response.in_progress", {"response": opened}),
        ("response.output_item.added", {"output_index": 0, "item": started}),
        ("response.content_part.added", {**at, "part": empty}),
        *(("response.output_text.delta", {**at, "delta": piece}) for piece in pieces),
        ("response.output_text.done", {**at, "text": text}),
        ("response.content_part.done", {**at, "part": part}),
        ("response.output_item.done", {"output_index": 0, "item": message}),
        ("response.completed", {"response": {**answer, "usage": usage}}),
    ]
    return event_stream(ctx, ({"type": kind, "sequence_number": n, **more} for n, (kind, more) in enumerate(events)))


def text_for(settings: tuple[Any, ...], body: dict[str, Any]) -> str:
    response_format = body.get("response_format")
    if response_format and "json_schema" in response_format:
        value = generation.json_instance(response_format["json_schema"], generation.seeded_random("json", settings))
        return json.dumps(value)
    return generation.free_text(generation.seeded_random("analyze", settings[0], settings[1]))


async def gist(ctx: Context) -> Response:
    video = rules.indexed_video(ctx, ctx.body["video_id"])
    result = generation.gist(video.key, list(ctx.body["types"]))
    tokens = sum(len(str(value).split()) for value in result.values())
    return JSONResponse({"id": _generation_id(ctx), **result, "usage": {"output_tokens": tokens}})


async def summarize(ctx: Context) -> Response:
    body, kind = ctx.body, ctx.body["type"]
    video = rules.indexed_video(ctx, body["video_id"])
    temperature = body.get("temperature", _default(ctx, "temperature"))
    key = (video.key, body.get("prompt"), temperature, body.get("response_format"))
    answer: dict[str, Any] = {"summarize_type": kind, "id": _generation_id(ctx)}
    if kind == "summary":
        result = generation.limit(text_for(key, body), body.get("max_tokens"))
        answer["summary"], tokens = result.text, result.output_tokens
    else:  # chapters or highlights: each a summary, and about 3 tokens of times and title
        make = generation.chapters if kind == "chapter" else generation.highlights
        answer[f"{kind}s"] = items = make(key, video.duration)
        tokens = sum(len(item[f"{kind}_summary"].split()) + 3 for item in items)
    answer["usage"] = {"output_tokens": tokens}
    return JSONResponse(answer)


def task_result(task: Record) -> dict[str, Any]:
    """An analysis task's result, generated once from its request."""
    if "result" not in task.meta:
        body, source = task.fields, task.fields["video_source"]
        names = ("prompt", "prompt_v2", "model_name", "temperature", "response_format", "start_time", "end_time")
        settings = (source, *(body.get(name) for name in names))
        response_format = body.get("response_format") or {}
        if response_format.get("type") == "segment_definitions":
            text = json.dumps(_segments(response_format, settings, source.get("duration", 60.0)))
        else:
            text = text_for((json.dumps(settings, sort_keys=True, default=str), str(body.get("prompt", ""))), body)
        made = generation.limit(text, body.get("max_tokens"))
        generation_id = str(uuid.UUID(hashlib.sha256(task.id.encode()).hexdigest()[:32]))
        result = {"generation_id": generation_id, "data": made.text, "finish_reason": made.finish_reason}
        task.meta["result"] = {**result, "usage": {"output_tokens": made.output_tokens}}
    return cast(dict[str, Any], task.meta["result"])


def _segments(response_format: dict[str, Any], settings: Any, duration: float) -> dict[str, Any]:
    """Segments cut evenly over the video; each field's metadata made as from a JSON Schema (`time_array`: times)."""
    seed = generation.seeded_random("segments", settings)
    count = max(1, min(5, int(duration // 30)))
    step = duration / count
    bounds = [(round(i * step, 1), round((i + 1) * step, 1)) for i in range(count)]
    times, found = {"type": "array", "items": {"type": "timestamp"}}, {}
    for definition in response_format["segment_definitions"]:
        fields = {f["name"]: times if f["type"] == "time_array" else f for f in definition.get("fields", [])}
        found[definition["id"]] = [
            {"start_time": start, "end_time": end, "metadata": generation.json_instance({"properties": fields}, seed)}
            for start, end in bounds
        ]
    return found
