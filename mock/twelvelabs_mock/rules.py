"""The rules that need state: a referenced asset or video exists and is ready, an index has a Pegasus
model, a clip ends inside the video. Every number they use comes from the document."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from .engine import Context
from .errors import ApiError, invalid, not_found
from .state import duration_for

ASSETS = "/assets"
INDEXES = "/indexes"
INDEXED_ASSETS = "/indexes/{index-id}/indexed-assets"


@dataclass(frozen=True)
class VideoRef:
    """The video a request analyzes: a stable key for generation, its duration, and how tasks report it."""

    key: str
    duration: float
    source: dict[str, Any]


def request_schema(ctx: Context) -> dict[str, Any]:
    return ctx.engine.spec.resolve(ctx.operation.body_schema or {})


def resolve_video(ctx: Context, video: dict[str, Any]) -> VideoRef:
    kind = video["type"]
    if kind == "url":
        url = video["url"]
        return VideoRef(f"url:{url}", duration_for(url), {"type": "url", "url": url})
    if kind == "asset_id":
        asset = ctx.find(ASSETS, video["asset_id"])
        status = ctx.engine.resource(ASSETS).view(ctx, asset)["status"]
        if status != "ready":
            raise invalid(f"The asset {asset.id} is {status}; analyze it once its status is ready.")
        duration = asset.meta["duration"]
        return VideoRef(f"asset:{asset.id}", duration, {"type": "asset_id", "asset_id": asset.id, "duration": duration})
    encoded = video["base64_string"]
    try:
        base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
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
        raise ApiError(
            400,
            "index_not_supported_for_generate",
            f"The video {video_id} is in an index without a Pegasus model; index it with Pegasus to analyze it.",
        )
    status = ctx.engine.resource(INDEXED_ASSETS).view(ctx, video)["status"]
    if status != "ready":
        raise invalid(f"The video {video_id} is {status}; wait until its indexing task is ready.")
    duration = video.meta["duration"]
    source = {"type": "video_id", "video_id": video.id, "index_id": video.parents[0], "duration": duration}
    return VideoRef(f"video:{video.id}", duration, source)


def check_video_length(ctx: Context, video: VideoRef) -> None:
    longest = request_schema(ctx).get("x-max-video-duration")
    if longest is not None and video.duration > longest:
        raise invalid(f"The video lasts {video.duration:g} s; at most {longest:g} s here. Use an analysis task.")


def check_clip(ctx: Context, duration: float) -> None:
    """`start_time`/`end_time` make a window (as the schema's `x-intervals` says) inside the video."""
    body = ctx.body
    for rule in request_schema(ctx).get("x-intervals", []):
        names = (rule["start"], rule["end"])
        if names != ("start_time", "end_time") or not any(name in body for name in names):
            continue
        start, end = float(body.get(names[0], 0.0)), float(body.get(names[1], duration))
        if end > duration:
            raise invalid(f"The end_time ({end:g}) is past the end of the video ({duration:g} s).")
        if end - start < rule.get("minimum", 0) or end <= start:
            raise invalid(f"The clip from {start:g} to {end:g} must last at least {rule.get('minimum', 0):g} s.")
        if "maximum" in rule and end - start > rule["maximum"]:
            raise invalid(f"The analyzed window is {end - start:g} s; it can last at most {rule['maximum']:g} s.")
