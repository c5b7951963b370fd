"""Embeddings: unit vectors seeded by the model and the input (a smaller `embedding_dimension` keeps the first
values), one per option and clip of a video or audio. Tasks are `processing` for the `embedding` timing."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from . import rules
from .engine import Context, Resource
from .generation import seeded_random
from .state import Record, duration_for

V1 = ("float", "embedding_option", "embedding_scope", "start_offset_sec", "end_offset_sec")
V2 = ("embedding", "embedding_option", "embedding_scope", "start_sec", "end_sec")
OPTIONS = {"video": ["visual", "audio"], "audio": ["audio"], "text": ["text"], "multi_input": ["fused"]}


def embed(model: str, key: Any, options: list[str], spans: list[Any], names: Any = V1, size: int = 1024) -> Any:
    """A unit vector (1024 values for Marengo 2.7, else 512; its first `size`) per option and (scope, start, end)."""
    found = []
    for option, span in [(option, span) for option in options for span in spans]:
        seed = seeded_random(model, key, option, *span)
        values = [seed.gauss(0.0, 1.0) for _ in range(1024 if model == "Marengo-retrieval-2.7" else 512)]
        norm = math.hypot(*values)
        found.append(dict(zip(names, ([round(v / norm, 6) for v in values[:size]], option, *span), strict=False)))
    return found


def spans(source: Any, start: float, end: float | None, length: float, scopes: list[str]) -> list[tuple[Any, ...]]:
    """(scope, start, end) of each `length`-second clip (scope `clip`), and of the whole (any other scope)."""
    end = max(start, min(end or math.inf, duration_for(str(source), 10, 600)))
    cuts = [start + i * length for i in range(math.ceil((end - start) / length))] if "clip" in scopes else []
    whole = [(scope, start, end) for scope in scopes if scope != "clip"]
    return [("clip", round(t, 3), round(min(end, t + length), 3)) for t in cuts] + whole


def legacy(ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
    given = {kind: fields.get(f"{kind}_url") or fields.get(f"{kind}_file") for kind in ("image", "audio")}
    given["text"] = fields.get("text")
    found = {kind: embed(fields["model_name"], key, [kind], [()], V1[:1]) for kind, key in given.items() if key}
    return {f"{kind}_embedding": {"segments": segments} for kind, segments in found.items()}


def video_task(ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
    """Only the operation that chooses `embedding_option` (the retrieve) answers the segments."""
    if all(param.name != "embedding_option" for param in ctx.operation.parameters):
        return {}
    key, start = fields.get("video_url") or fields["video_file"], fields.get("video_start_offset_sec", 0.0)
    length, scopes = fields.get("video_clip_length", 6.0), fields.get("video_embedding_scope", ["clip"])
    found = spans(key, start, fields.get("video_end_offset_sec"), length, scopes)
    options = ctx.request.query.get("embedding_option") or ["visual", "audio"]
    return {"video_embedding": {"segments": embed(fields["model_name"], key, options, found)}}


def v2(ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
    kind = fields["input_type"]
    part, timed = fields.get(kind) or {}, kind in ("audio", "video")
    cut = part.get("segmentation", {}).get("temporal", part.get("segmentation", {}))
    rule, source = cut.get(cut.get("strategy"), {}), part.get("media_source", part)
    scopes = part.get("embedding_scope", ["clip", "asset"] if timed else ["asset"])
    length = rule.get("duration_sec", rule.get("min_duration_sec", 6))
    found = spans(source, part.get("start_sec", 0.0), part.get("end_sec"), length, scopes) if timed else [("asset",)]
    options = part.get("embedding_option", OPTIONS.get(kind, ["visual"]))
    data = embed(fields["model_name"], source, options, found, V2, fields.get("embedding_dimension", 512))
    if fields.get("embedding_uncertainty"):  # made up from the vector, so just as stable
        data = [item | {"embedding_uncertainty": [abs(v) / 2 for v in item["embedding"][::-1]]} for item in data]
    metadata = {"input_type": kind, "embedding_options": options, "embedding_scopes": scopes}
    metadata["duration"] = duration_for(str(source), 10, 600)
    return {"data": data} if kind == "text" else {"data": data, "metadata": metadata}


class Embeddings(Resource):
    """`result` gives a record's embeddings; with a `timing`, the record is a task, `processing` that long."""

    def __init__(self, result: Callable[[Context, dict[str, Any]], dict[str, Any]], timing: str = "") -> None:
        self.result, self.timing = result, timing

    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        fields.update((name, upload.sha256) for name, upload in ctx.request.files.items())
        return {"outcome": ctx.outcome()}

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        status = rules.phase(ctx, record, [("processing", getattr(ctx.settings.timings, self.timing, 0.0))])[0]
        if status == "failed":
            return {"status": status, "error": {"message": "The media could not be embedded."}}
        return {"status": status, **(self.result(ctx, record.fields) if status == "ready" else {})}
