"""Bad input caught before any request, with the field and the rule. The API's checks stay the final
word: these are only the documented limits that can be checked without the server's data."""

from __future__ import annotations

import re
from typing import Any

from ._errors import InvalidRequestError

SYNC_MODELS = ("pegasus1.2", "pegasus1.5", "pegasus1.6")
ASYNC_MODELS = ("pegasus1.5", "pegasus1.6")
SYNC_MAX_TOKENS = {"pegasus1.2": (1, 4096), "pegasus1.5": (512, 65536), "pegasus1.6": (512, 65536)}
ASYNC_MAX_TOKENS = {"general": (512, 98304), "time_based_metadata": (2048, 98304)}
SUMMARIZE_TYPES = ("summary", "chapter", "highlight")
GIST_TYPES = ("title", "topic", "hashtag")
BASE64_VIDEO_LIMIT = 30 * 1024 * 1024
MAX_MEDIA_SOURCES = 4
MAX_IMAGES = 20
SYNC_MIN_CLIP = 4.0
ASYNC_MIN_WINDOW = 1.0
CUSTOM_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IMAGE_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")
_RANK = {"pegasus1.2": 2, "pegasus1.5": 5, "pegasus1.6": 6}


def _fail(field: str, rule: str) -> InvalidRequestError:
    return InvalidRequestError(field, rule)


def one_of(body: dict[str, Any], names: tuple[str, ...]) -> str:
    given = [name for name in names if name in body]
    if len(given) != 1:
        found = f"got {' and '.join(given)}" if given else "got none"
        raise _fail("/".join(names), f"give exactly one of {', '.join(names)} ({found})")
    return given[0]


def model(body: dict[str, Any], allowed: tuple[str, ...], default: str) -> str:
    name = str(body.get("model_name", default))
    if name not in allowed:
        raise _fail("model_name", f"must be one of {', '.join(allowed)}, got {name!r}")
    return name


def needs_model(field: str, name: str, minimum: str) -> None:
    if _RANK[name] < _RANK[minimum]:
        raise _fail(field, f"needs model_name {minimum} or later (this call uses {name})")


def temperature(body: dict[str, Any]) -> None:
    value = body.get("temperature")
    if value is not None and not (isinstance(value, int | float) and 0 <= value <= 1):
        raise _fail("temperature", f"must be a number from 0 to 1, got {value!r}")


def max_tokens(body: dict[str, Any], low: int, high: int, context: str) -> None:
    value = body.get("max_tokens")
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _fail("max_tokens", f"must be a whole number from {low} to {high} for {context}, got {value!r}")


def prompt_xor(body: dict[str, Any], required: bool = True) -> None:
    if "prompt" in body and "prompt_v2" in body:
        raise _fail("prompt/prompt_v_2", "give prompt or prompt_v_2, not both")
    if required and "prompt" not in body and "prompt_v2" not in body:
        raise _fail("prompt", "a prompt is required (or prompt_v_2)")
    if "prompt" in body and not str(body["prompt"]).strip():
        raise _fail("prompt", "must not be empty")


def clip(body: dict[str, Any], minimum: float) -> None:
    if "start_time" not in body and "end_time" not in body:
        return
    start = body.get("start_time", 0.0)
    end = body.get("end_time")
    if start < 0:
        raise _fail("start_time", f"must be >= 0, got {start}")
    if end is not None:
        if end <= start:
            raise _fail("end_time", f"must be greater than start_time ({start}), got {end}")
        if end - start < minimum:
            raise _fail(
                "end_time", f"the clip from {start} to {end} lasts {end - start:g} s; it must last >= {minimum:g} s"
            )


def video(body: dict[str, Any]) -> None:
    source = body.get("video")
    if isinstance(source, dict) and source.get("type") == "base64_string":
        encoded = str(source.get("base64_string", ""))
        decoded = len(encoded) * 3 // 4 - encoded[-2:].count("=")
        if decoded > BASE64_VIDEO_LIMIT:
            raise _fail(
                "video.base64_string", f"is {decoded / 2**20:.1f} MB decoded; at most 30 MB: upload it as an asset"
            )


def media(body: dict[str, Any]) -> None:
    sources = (body.get("prompt_v2") or {}).get("media_sources") or []
    if len(sources) > MAX_MEDIA_SOURCES:
        raise _fail("prompt_v_2.media_sources", f"at most {MAX_MEDIA_SOURCES} sources, got {len(sources)}")
    for index, item in enumerate(sources):
        _one_source(item, f"prompt_v_2.media_sources[{index}]")
    images = body.get("image")
    if images is not None:
        if not 1 <= len(images) <= MAX_IMAGES:
            raise _fail("image", f"give 1 to {MAX_IMAGES} images, got {len(images)}")
        names = [str(item.get("name", "")) for item in images]
        for index, (item, name) in enumerate(zip(images, names, strict=True)):
            if not IMAGE_NAME.match(name):
                raise _fail(f"image[{index}].name", "letters, digits and underscores only (1-64)")
            _one_source(item, f"image[{index}]")
        if len(set(names)) != len(names):
            raise _fail("image", "image names must be unique")


def _one_source(item: dict[str, Any], field: str) -> None:
    given = [key for key in ("url", "asset_id", "base64_string") if key in item]
    if len(given) != 1:
        raise _fail(field, "give exactly one of url, asset_id or base64_string")


def sync_analyze(body: dict[str, Any]) -> None:
    name = model(body, SYNC_MODELS, "pegasus1.2")
    source = one_of(body, ("video", "video_id", "image"))
    prompt_xor(body)
    if source == "video_id" and name != "pegasus1.2":
        raise _fail("video_id", f"works only with model_name pegasus1.2 (this call uses {name}); pass video instead")
    if source == "image":
        needs_model("image", name, "pegasus1.6")
        if "prompt_v2" in body:
            raise _fail("prompt_v_2", "image analysis takes prompt, not prompt_v_2")
    if "prompt_v2" in body:
        needs_model("prompt_v_2", name, "pegasus1.5")
    if "start_time" in body or "end_time" in body:
        needs_model("start_time/end_time", name, "pegasus1.5")
    temperature(body)
    low, high = SYNC_MAX_TOKENS[name]
    max_tokens(body, low, high, name)
    clip(body, SYNC_MIN_CLIP)
    video(body)
    media(body)


def async_analyze(body: dict[str, Any]) -> None:
    name = model(body, ASYNC_MODELS, "pegasus1.5")
    mode = str(body.get("analysis_mode", "general"))
    if mode not in ASYNC_MAX_TOKENS:
        raise _fail("analysis_mode", f"must be general or time_based_metadata, got {mode!r}")
    source = one_of(body, ("video", "image"))
    response_format = body.get("response_format") or {}
    if mode == "time_based_metadata":
        if "prompt" in body or "prompt_v2" in body:
            raise _fail("prompt", "time_based_metadata takes no prompt; describe segments in response_format")
        if response_format.get("type") != "segment_definitions":
            raise _fail("response_format", "time_based_metadata needs a response_format of type segment_definitions")
    else:
        prompt_xor(body)
    if source == "image":
        needs_model("image", name, "pegasus1.6")
    if "custom_id" in body and not CUSTOM_ID.match(str(body["custom_id"])):
        raise _fail("custom_id", "1-64 letters, digits, '_' or '-'")
    temperature(body)
    if body.get("max_tokens") == "unlimited":
        if mode != "time_based_metadata" or name != "pegasus1.6":
            raise _fail("max_tokens", "'unlimited' needs analysis_mode time_based_metadata and pegasus1.6")
    else:
        low, high = ASYNC_MAX_TOKENS[mode]
        max_tokens(body, low, high, f"{mode} analysis")
    clip(body, ASYNC_MIN_WINDOW)
    video(body)
    media(body)


def summarize(body: dict[str, Any]) -> None:
    kind = body.get("type")
    if kind not in SUMMARIZE_TYPES:
        raise _fail("type", f"must be one of {', '.join(SUMMARIZE_TYPES)}, got {kind!r}")
    if "response_format" in body and kind != "summary":
        raise _fail("response_format", f"works only with type='summary', not {kind!r}")
    temperature(body)
    max_tokens(body, 1, 4096, "summarize")


def gist(body: dict[str, Any]) -> None:
    types = body.get("types") or []
    unknown = [t for t in types if t not in GIST_TYPES]
    if not types or unknown:
        raise _fail(
            "types", f"give one or more of {', '.join(GIST_TYPES)}" + (f"; unknown: {unknown}" if unknown else "")
        )
    if len(set(types)) != len(types):
        raise _fail("types", "each type may appear once")
