"""Assets: an upload's size and name recorded, processing -> ready/failed on the clock, and deletion that
respects the indexes still using the asset."""

from __future__ import annotations

from typing import Any

from .engine import Context, Resource
from .errors import conflict
from .state import Record, duration_for

INDEXED_ASSETS = "/indexes/{index-id}/indexed-assets"


class Assets(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        upload = ctx.request.files.get("file")
        if upload is not None:
            fields.setdefault("filename", upload.filename or "upload")
            fields["size"], duration = upload.size, duration_for(upload.sha256, 10, 600)
        else:
            url = fields["url"]
            fields.setdefault("filename", url.rstrip("/").rsplit("/", 1)[-1] or "video")
            fields["size"], duration = int(duration_for(url) * 400_000), duration_for(url)
        fields["file_type"] = "video"
        return {"duration": duration, "outcome": ctx.outcome()}

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        processing = ctx.store.clock.now() - record.created < ctx.settings.timings.asset_processing
        status = "processing" if processing else record.meta["outcome"]
        found: dict[str, Any] = {"status": status}
        if status == "ready":
            found["duration"] = record.meta["duration"]
        elif status == "failed":
            found["error"] = {"code": "asset_processing_failed", "message": "The media could not be processed."}
        return found

    def after_read(self, ctx: Context, record: Record) -> None:
        ctx.store.clock.polled()  # per-poll time moves after the answer: the first poll sees the start

    def before_delete(self, ctx: Context, record: Record) -> None:
        users = [v for v in ctx.store.items(INDEXED_ASSETS) if v.fields.get("asset_id") == record.id]
        if users and not ctx.request.query.get("force", False):
            raise conflict(
                f"The asset {record.id} is indexed in {len(users)} index(es); pass force=true to delete it anyway."
            )
        for video in users:
            ctx.store.remove(video)
