"""Caller input -> generated request models. Callers may pass the generated models or plain dicts."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import attrs

from twelvelabs_api import models
from twelvelabs_api.types import UNSET, Unset

from .._errors import InvalidRequestError

M = TypeVar("M")
VIDEO_CONTEXTS: dict[str, Any] = {
    "url": models.VideoContextUrl,
    "asset_id": models.VideoContextAssetId,
    "base64_string": models.VideoContextBase64String,
}


def optional(value: M | None) -> M | Unset:
    """None means "not given": the field is left out of the request."""
    return UNSET if value is None else value


def as_model(value: Any, cls: type[M], field: str) -> M:
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(value)  # type: ignore[attr-defined, no-any-return]
        except (KeyError, ValueError, TypeError) as error:
            raise InvalidRequestError(field, f"is not a valid {cls.__name__}: {error}") from None
    raise InvalidRequestError(field, f"expected a {cls.__name__} or a dict, got {type(value).__name__}")


def as_models(values: Sequence[Any] | None, cls: type[M], field: str) -> list[M] | Unset:
    if values is None:
        return UNSET
    if isinstance(values, str | bytes | Mapping):
        raise InvalidRequestError(field, f"expected a list of {cls.__name__}")
    return [as_model(value, cls, f"{field}[{i}]") for i, value in enumerate(values)]


def video_context(value: Any) -> Any:
    """A VideoContext_Url / _AssetId / _Base64String, or a dict with its `type`."""
    if value is None:
        return UNSET
    if isinstance(value, tuple(VIDEO_CONTEXTS.values())):
        return value
    if isinstance(value, Mapping):
        kind = value.get("type")
        if kind not in VIDEO_CONTEXTS:
            raise InvalidRequestError("video.type", f"must be one of {', '.join(VIDEO_CONTEXTS)}, got {kind!r}")
        return as_model(value, VIDEO_CONTEXTS[kind], "video")
    raise InvalidRequestError(
        "video", "expected VideoContext_Url, VideoContext_AssetId, VideoContext_Base64String or a dict"
    )


def response_format(value: Any, cls: type[M]) -> M | Unset:
    """A response format model or dict. As in the official package, `ResponseFormat(json_schema={...})`
    may hold a plain dict where the generated model expects its own type: such an instance is rebuilt."""
    if value is None:
        return UNSET
    if isinstance(value, cls):
        try:
            value.to_dict()  # type: ignore[attr-defined]
            return value
        except AttributeError:
            value = _fields_as_data(value)
    return as_model(value, cls, "response_format")


def _fields_as_data(model: Any) -> dict[str, Any]:
    """A generated model's set fields as plain data, whether they hold models or plain values."""

    def plain(item: Any) -> Any:
        if hasattr(item, "to_dict"):
            return item.to_dict()
        return [plain(part) for part in item] if isinstance(item, list) else item

    data = {}
    for field in attrs.fields(type(model)):
        item = getattr(model, field.name)
        if field.name != "additional_properties" and not isinstance(item, Unset):
            data[field.name.rstrip("_")] = plain(item)  # the generator appends "_" to names like `type`
    return data


def metadata_string(value: Mapping[str, Any] | str | None, field: str = "user_metadata") -> str | Unset:
    """Multipart metadata travels as a JSON object encoded in a string."""
    if value is None:
        return UNSET
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            raise InvalidRequestError(field, "must be a dict or a JSON object string") from None
        if not isinstance(decoded, dict):
            raise InvalidRequestError(field, "must be a JSON object")
        return value
    return json.dumps(dict(value))


def analysis_fields(params: Mapping[str, Any], default_model: str) -> dict[str, Any]:
    """The generated-model keyword arguments both analysis requests share (sync and async)."""
    prompt_v2 = params.get("prompt_v_2")
    return {
        "model_name": params["model_name"] if params.get("model_name") is not None else default_model,
        "video": video_context(params.get("video")),
        "image": as_models(params.get("image"), models.AnalyzeImageInput, "image"),
        "prompt": optional(params.get("prompt")),
        "prompt_v2": UNSET if prompt_v2 is None else as_model(prompt_v2, models.AnalyzePromptV2, "prompt_v_2"),
        "temperature": params["temperature"] if params.get("temperature") is not None else 0.2,
        "max_tokens": optional(params.get("max_tokens")),
        "start_time": optional(params.get("start_time")),
        "end_time": optional(params.get("end_time")),
    }
