"""The API's rules that a JSON schema cannot state: combinations of fields, per-model limits, and
references to resources. Each raises the error the API answers with."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

import jsonschema

from .errors import ApiError, invalid, not_found, not_provided
from .generation import estimate_tokens
from .state import Store, duration_for

SYNC_MAX_TOKENS = {"pegasus1.2": (1, 4096), "pegasus1.5": (512, 65536), "pegasus1.6": (512, 65536)}
ASYNC_MAX_TOKENS = {"general": (512, 98304), "time_based_metadata": (2048, 98304)}
MODEL_ORDER = {"pegasus1.2": 2, "pegasus1.5": 5, "pegasus1.6": 6}
PROMPT_TOKEN_LIMIT = 2000
SYNC_MIN_CLIP = 4.0
ASYNC_MIN_WINDOW = 1.0
ASYNC_MAX_WINDOW = 2 * 3600.0
SYNC_MAX_VIDEO = 3600.0
BASE64_VIDEO_LIMIT = 30 * 1024 * 1024
UNSUPPORTED_SCHEMA_KEYWORDS = ("minLength", "maxLength", "uniqueItems", "maxItems", "additionalProperties")


@dataclass(frozen=True)
class VideoRef:
    """The video a request analyzes: a stable key for generation, its duration, and how tasks report it."""

    key: str
    duration: float
    source: dict[str, Any]


def exactly_one(body: dict[str, Any], names: tuple[str, ...]) -> str:
    given = [name for name in names if name in body]
    if not given:
        raise not_provided(f"Give exactly one of {', '.join(names)}.")
    if len(given) > 1:
        raise invalid(f"Give exactly one of {', '.join(names)}, not {' and '.join(given)}.")
    return given[0]


def check_prompt(body: dict[str, Any], *, required: bool = True) -> str:
    """`prompt` xor `prompt_v2`; the prompt's text within the token limit. Returns the prompt text."""
    if "prompt" in body and "prompt_v2" in body:
        raise invalid("Give prompt or prompt_v2, not both.")
    if "prompt" not in body and "prompt_v2" not in body:
        if required:
            raise not_provided("The prompt parameter is required (or prompt_v2).")
        return ""
    text = str(body["prompt"]) if "prompt" in body else str(body["prompt_v2"]["input_text"])
    tokens = estimate_tokens(text)
    if tokens > PROMPT_TOKEN_LIMIT:
        raise ApiError(
            400,
            "token_limit_exceeded",
            f"The prompt is about {tokens} tokens; the limit is {PROMPT_TOKEN_LIMIT}. Shorten the prompt.",
        )
    return text


def requires_model(feature: str, model: str, minimum: str) -> None:
    if MODEL_ORDER[model] < MODEL_ORDER[minimum]:
        raise invalid(f"The {feature} parameter requires model_name {minimum} or later; this request uses {model}.")


def check_max_tokens(value: Any, low: int, high: int, context: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or not low <= value <= high:
        raise invalid(f"The max_tokens parameter must be between {low} and {high} for {context}; got {value}.")
    return value


def check_response_format(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """The json_schema must be a JSON Schema that uses only the keywords the API supports (else 422)."""
    if not response_format or "json_schema" not in response_format:
        return None
    schema = response_format["json_schema"]
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        raise ApiError(
            422, "response_format_invalid", f"The json_schema is not a valid JSON Schema: {error.message}."
        ) from None
    used = _keywords(schema)
    for keyword in UNSUPPORTED_SCHEMA_KEYWORDS:
        if keyword in used:
            raise ApiError(422, "response_format_invalid", f"The json_schema uses {keyword}, which is not supported.")
    return dict(schema)


def _keywords(schema: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key not in ("properties", "$defs", "enum", "const"):
                found.add(key)
            if key in ("properties", "$defs") and isinstance(value, dict):
                for sub in value.values():
                    found |= _keywords(sub)
            elif key not in ("enum", "const"):
                found |= _keywords(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= _keywords(item)
    return found


def resolve_video(store: Store, video: dict[str, Any]) -> VideoRef:
    kind = video["type"]
    if kind == "url":
        url = video["url"]
        return VideoRef(f"url:{url}", duration_for(url), {"type": "url", "url": url})
    if kind == "asset_id":
        asset = store.assets.get(video["asset_id"])
        if asset is None:
            raise not_found("asset", video["asset_id"])
        status = store.asset_status(asset)
        if status != "ready":
            raise invalid(f"The asset {asset.id} is {status}; analyze it once its status is ready.")
        source = {"type": "asset_id", "asset_id": asset.id, "duration": asset.duration}
        return VideoRef(f"asset:{asset.id}", asset.duration, source)
    encoded = video["base64_string"]
    try:
        decoded_size = len(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        raise invalid("The video.base64_string parameter is not valid base64.") from None
    if decoded_size > BASE64_VIDEO_LIMIT:
        raise ApiError(413, "video_filesize_too_large", "The base64 video is larger than 30 MB; upload it as an asset.")
    key = f"b64:{encoded[:64]}:{len(encoded)}"
    return VideoRef(key, duration_for(key, 5, 120), {"type": "base64_string"})


def indexed_video(store: Store, video_id: str) -> VideoRef:
    """A `video_id` usable for gist, summarize or pegasus1.2 analysis."""
    video = store.videos.get(video_id)
    if video is None:
        raise not_found("video", video_id)
    index = store.indexes.get(video.index_id)
    if index is None or not index.has_pegasus():
        raise ApiError(
            400,
            "index_not_supported_for_generate",
            f"The video {video_id} is in an index without a Pegasus model; index it with pegasus1.2 to analyze it.",
        )
    status = store.video_status(video)
    if status != "ready":
        raise invalid(f"The video {video_id} is {status}; wait until its indexing task is ready.")
    source = {"type": "video_id", "video_id": video.id, "index_id": video.index_id, "duration": video.duration}
    return VideoRef(f"video:{video.id}", video.duration, source)


def check_clip(body: dict[str, Any], duration: float, minimum: float, maximum: float | None = None) -> None:
    """`start_time`/`end_time` must make a window of at least `minimum` seconds inside the video."""
    if "start_time" not in body and "end_time" not in body:
        return
    start = float(body.get("start_time", 0.0))
    end = float(body.get("end_time", duration))
    if start >= end:
        raise invalid(f"The start_time ({start}) must be less than the end_time ({end}).")
    if end > duration:
        raise invalid(f"The end_time ({end}) is past the end of the video ({duration} s).")
    if end - start < minimum:
        raise invalid(
            f"The clip from start_time {start} to end_time {end} lasts {end - start:g} s;"
            f" it must last at least {minimum:g} s."
        )
    if maximum is not None and end - start > maximum:
        raise invalid(
            f"The window from start_time to end_time is {end - start:g} s; it can last at most {maximum:g} s."
        )


def check_media_sources(body: dict[str, Any]) -> None:
    for source in (body.get("prompt_v2") or {}).get("media_sources", []):
        _one_source(source, f"prompt_v2 media source {source.get('name')}")
    for image in body.get("image", []):
        _one_source(image, f"image {image.get('name')}")
    names = [image["name"] for image in body.get("image", [])]
    if len(names) != len(set(names)):
        raise invalid("The image names must be unique.")


def _one_source(item: dict[str, Any], label: str) -> None:
    given = [key for key in ("url", "asset_id", "base64_string") if key in item]
    if len(given) != 1:
        raise invalid(f"The {label} needs exactly one of url, asset_id or base64_string.")


def check_sync_analyze(store: Store, body: dict[str, Any]) -> tuple[str, VideoRef, str]:
    """Every rule of `POST /analyze`. Returns the model, the video and the prompt text."""
    model = body.get("model_name", "pegasus1.2")
    source = exactly_one(body, ("video", "video_id", "image"))
    prompt = check_prompt(body)
    if source == "video_id" and model != "pegasus1.2":
        raise invalid(f"The video_id parameter works only with pegasus1.2; use video with {model}.")
    if source == "image":
        requires_model("image", model, "pegasus1.6")
        if "prompt_v2" in body:
            raise invalid("Image analysis takes prompt, not prompt_v2.")
    if "prompt_v2" in body:
        requires_model("prompt_v2", model, "pegasus1.5")
    if "start_time" in body or "end_time" in body:
        requires_model("start_time/end_time", model, "pegasus1.5")
    low, high = SYNC_MAX_TOKENS[model]
    check_max_tokens(body.get("max_tokens"), low, high, model)
    check_media_sources(body)
    check_response_format(body.get("response_format"))
    if source == "video_id":
        video = indexed_video(store, body["video_id"])
    elif source == "video":
        video = resolve_video(store, body["video"])
        if video.duration > SYNC_MAX_VIDEO:
            raise invalid("The video is longer than 1 hour; use an asynchronous analysis task.")
    else:
        names = ",".join(image["name"] for image in body["image"])
        video = VideoRef(f"images:{names}", 0.0, {"type": "image"})
    if source != "image":
        check_clip(body, video.duration, SYNC_MIN_CLIP)
    return model, video, prompt


def check_async_analyze(store: Store, body: dict[str, Any]) -> tuple[str, VideoRef, str]:
    """Every rule of `POST /analyze/tasks`."""
    model = body.get("model_name", "pegasus1.5")
    mode = body.get("analysis_mode", "general")
    source = exactly_one(body, ("video", "image"))
    response_format = body.get("response_format") or {}
    if mode == "time_based_metadata":
        if "prompt" in body or "prompt_v2" in body:
            raise invalid("time_based_metadata analysis takes no prompt; describe segments in response_format.")
        if response_format.get("type") != "segment_definitions" or not response_format.get("segment_definitions"):
            raise not_provided("time_based_metadata needs response_format of type segment_definitions.")
        prompt = ""
    else:
        prompt = check_prompt(body)
        if response_format.get("type") == "segment_definitions":
            raise invalid("segment_definitions are only for analysis_mode time_based_metadata.")
        for name in ("min_segment_duration", "max_segment_duration"):
            if name in body:
                raise invalid(f"The {name} parameter is only for analysis_mode time_based_metadata.")
    low_segment, high_segment = body.get("min_segment_duration"), body.get("max_segment_duration")
    if low_segment is not None and high_segment is not None and high_segment < low_segment:
        raise invalid("The max_segment_duration must be at least the min_segment_duration.")
    if source == "image":
        requires_model("image", model, "pegasus1.6")
    max_tokens = body.get("max_tokens")
    if max_tokens == "unlimited":
        if mode != "time_based_metadata" or model != "pegasus1.6":
            raise invalid("max_tokens unlimited needs analysis_mode time_based_metadata and pegasus1.6.")
    else:
        low, high = ASYNC_MAX_TOKENS[mode]
        check_max_tokens(max_tokens, low, high, f"{mode} analysis")
    check_media_sources(body)
    if response_format.get("type") == "json_schema":
        check_response_format(response_format)
    if source == "video":
        video = resolve_video(store, body["video"])
        check_clip(body, video.duration, ASYNC_MIN_WINDOW, ASYNC_MAX_WINDOW)
    else:
        video = VideoRef("images:" + ",".join(i["name"] for i in body["image"]), 0.0, {"type": "image"})
    return model, video, prompt
