"""Indexes and what indexing does: unique names, videos moving pending -> indexing -> ready/failed on the
clock (from an indexed asset or a legacy indexing task), and counts of an index's ready videos."""

from __future__ import annotations

from typing import Any

from . import rules
from .assets import media
from .engine import Context, Resource
from .errors import conflict
from .rules import ASSETS, INDEXED_ASSETS, INDEXES
from .state import Record, video_format

TASKS = "/tasks"


def indexing(ctx: Context, record: Record) -> tuple[str, float]:
    """A video's status now, and when its indexing ends."""
    steps = [("pending", ctx.settings.timings.indexing_pending), ("indexing", record.meta["ready_after"])]
    return rules.phase(ctx, record, steps)


def video_view(ctx: Context, record: Record, fps: bool = True) -> dict[str, Any]:
    status, finished = indexing(ctx, record)
    names = ("filename", "duration", "width", "height", *(("fps", "size") if fps else ()))  # not in a task's
    metadata = {name: record.meta[name] for name in names}
    found: dict[str, Any] = {"status": status, "system_metadata": metadata}
    # Updated by indexing progress, or later by a change (user metadata).
    found["updated_at"] = ctx.store.timestamp(max(record.updated, min(ctx.store.clock.now(), finished)))
    if status == "ready":
        found["indexed_at"] = ctx.store.timestamp(finished)
    return found


def video_meta(ctx: Context, filename: str, duration: float, size: int, shape: dict[str, Any]) -> dict[str, Any]:
    found = {"filename": filename, "duration": duration, "size": size, **shape}
    return {**found, "outcome": ctx.outcome(), "ready_after": ctx.settings.timings.indexing}


class Indexes(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        self._name_free(ctx, fields["index_name"], None)
        fields.setdefault("addons", [])
        return {}

    def before_update(self, ctx: Context, record: Record) -> None:
        self._name_free(ctx, ctx.body["index_name"], record.id)

    def _name_free(self, ctx: Context, name: str, own_id: str | None) -> None:
        if any(i.fields["index_name"] == name and i.id != own_id for i in ctx.store.items(INDEXES)):
            raise conflict(f"An index named {name!r} already exists; choose another name.", "index_name_already_exists")

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        videos = [v for v in ctx.store.items(INDEXED_ASSETS, (record.id,)) if indexing(ctx, v)[0] == "ready"]
        return {"video_count": len(videos), "total_duration": round(sum(v.meta["duration"] for v in videos), 1)}

    def before_delete(self, ctx: Context, record: Record) -> None:
        for task in ctx.store.items(TASKS):
            if task.fields["index_id"] == record.id:
                ctx.store.remove(task)


class IndexedAssets(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        asset = rules.ready(ctx, ctx.find(ASSETS, fields["asset_id"]), "asset", "index it once its status is ready")
        shape = {name: asset.meta[name] for name in ("width", "height", "fps")}
        return video_meta(ctx, asset.fields["filename"], asset.meta["duration"], asset.fields["size"], shape)

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        index = ctx.store.get(INDEXES, record.parents[0])  # named where an asset lists the indexes using it
        name = index.fields["index_name"] if index else ""
        return {**video_view(ctx, record), "index": {"_id": record.parents[0], "name": name}}


class IndexingTasks(Resource):
    """Legacy upload-and-index: the task makes an indexed asset (its `video_id`) and shares its timeline."""

    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        index = ctx.find(INDEXES, fields["index_id"])
        key, filename, size, duration = media(ctx.request.files.get("video_file"), fields.get("video_url", ""))
        meta = video_meta(ctx, filename, duration, size, video_format(key))
        shared = {k: v for k, v in fields.items() if k in ("user_metadata", "enable_video_stream")}
        fields["video_id"] = ctx.store.add(INDEXED_ASSETS, (index.id,), shared, **meta).id
        return meta

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        return video_view(ctx, record, fps=False)

    def before_delete(self, ctx: Context, record: Record) -> None:
        if (status := indexing(ctx, record)[0]) not in ("ready", "failed"):
            raise conflict(f"The indexing task {record.id} is {status}; only ready or failed tasks can be deleted.")
