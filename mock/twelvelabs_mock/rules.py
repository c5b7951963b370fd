"""The rules that need state: a referenced asset or video exists and is ready, an index has a Pegasus
model, a clip ends inside the video; and statuses that follow the clock. Every number comes from the document."""

from __future__ import annotations

import base64
from typing import Any, NamedTuple

from .engine import Context
from .errors import ApiError, invalid, not_found
from .keywords import Validator
from .state import Record, duration_for

ASSETS, INDEXES, INDEXED_ASSETS = "/assets", "/indexes", "/indexes/{index-id}/indexed-assets"


class VideoRef(NamedTuple):
    """The video a request analyzes: a stable key for generation, its duration, and how tasks report it."""

    key: str
    duration: float
    source: dict[str, Any]


def request_schema(ctx: Context) -> dict[str, Any]:
    return ctx.engine.spec.resolve(ctx.operation.body_schema or {})


def ready(ctx: Context, record: Record, noun: str, advice: str) -> Record:
    """`record` once its status is ready; 400 with `advice` before."""
    status = ctx.engine.resource(record.collection).view(ctx, record)["status"]
    if status != "ready":
        raise invalid(f"The {noun} {record.id} is {status}; {advice}.")
    return record


def resolve_video(ctx: Context, video: dict[str, Any]) -> VideoRef:
    kind = video["type"]
    if kind == "url":
        return VideoRef(f"url:{video['url']}", duration_for(video["url"]), {"type": "url", "url": video["url"]})
    if kind == "asset_id":
        asset = ready(ctx, ctx.find(ASSETS, video["asset_id"]), "asset", "analyze it once its status is ready")
        duration = asset.meta["duration"]
        return VideoRef(f"asset:{asset.id}", duration, {"type": "asset_id", "asset_id": asset.id, "duration": duration})
    encoded = video["base64_string"]
    try:
        base64.b64decode(encoded, validate=True)
    except ValueError:  # binascii.Error is one
        raise invalid("The video.base64_string parameter is not valid base64.") from None
    key = f"b64:{encoded[:64]}:{len(encoded)}"
    return VideoRef(key, duration_for(key, 5, 120), {"type": "base64_string"})


def indexed_video(ctx: Context, video_id: str) -> VideoRef:
    """A `video_id` usable for gist, summarize or pegasus1.2 analysis."""
    video = next((v for v in ctx.store.items(INDEXED_ASSETS) if v.id == video_id), None)
    if video is None:
        raise not_found("video", video_id)
    index = ctx.find(INDEXES, video.parents[0])
    if not any(str(m.get("model_name", "")).startswith("pegasus") for m in index.fields.get("models", [])):
        message = f"The video {video_id} is in an index without a Pegasus model; index it with Pegasus to analyze it."
        raise ApiError(400, "index_not_supported_for_generate", message)
    ready(ctx, video, "video", "wait until its indexing task is ready")
    duration = video.meta["duration"]
    source = {"type": "video_id", "video_id": video.id, "index_id": video.parents[0], "duration": duration}
    return VideoRef(f"video:{video.id}", duration, source)


def check_clip(ctx: Context, video: VideoRef) -> None:
    """The video is at most the schema's `x-max-video-duration` long, and `start_time`/`end_time` (either may
    be left out: the video's start, its end) make a window inside it that follows the schema's `x-intervals`."""
    schema, body = request_schema(ctx), ctx.body
    longest = schema.get("x-max-video-duration")
    if longest is not None and video.duration > longest:
        raise invalid(f"The video lasts {video.duration:g} s; at most {longest:g} s here. Use an analysis task.")
    if not {"start_time", "end_time"} & body.keys():
        return
    clip = {"start_time": body.get("start_time", 0.0), "end_time": body.get("end_time", video.duration)}
    if clip["end_time"] > video.duration:
        raise invalid(f"The end_time ({clip['end_time']:g}) is past the end of the video ({video.duration:g} s).")
    for error in Validator({"x-intervals": schema.get("x-intervals", [])}).iter_errors(clip):
        raise invalid(f"The end_time parameter is invalid: {error.message}.")


def phase(ctx: Context, record: Record, steps: list[tuple[str, float]]) -> tuple[str, float]:
    """A record's status on the clock (each step's for its time, then the record's `outcome`) and when steps end."""
    elapsed, ends = ctx.store.clock.now() - record.created, record.created + sum(lasts for _, lasts in steps)
    for status, lasts in steps:
        if elapsed < lasts:
            return status, ends
        elapsed -= lasts
    return record.meta["outcome"], ends
