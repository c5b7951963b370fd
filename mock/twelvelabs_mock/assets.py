"""Assets: an upload's size and name recorded, processing -> ready/failed on the clock, and deletion that
respects the indexes still using the asset."""

from __future__ import annotations

import mimetypes
from typing import Any

from .engine import Context, Resource
from .errors import conflict
from .state import Record, duration_for, video_format

INDEXED_ASSETS = "/indexes/{index-id}/indexed-assets"


class Assets(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        upload = ctx.request.files.get("file")
        if upload is not None:
            fields.setdefault("filename", upload.filename or "upload")
            fields["size"], key = upload.size, upload.sha256
            duration, sent_type = duration_for(key, 10, 600), upload.content_type
        else:
            key = fields["url"]
            fields.setdefault("filename", key.rstrip("/").rsplit("/", 1)[-1] or "video")
            fields["size"], duration, sent_type = int(duration_for(key) * 400_000), duration_for(key), ""
        known = sent_type if sent_type not in ("", "application/octet-stream") else None
        fields["file_type"] = known or mimetypes.guess_type(fields["filename"])[0] or "video/mp4"
        kind = fields["file_type"].split("/")[0]
        fields["asset_type"] = kind if kind in ("video", "audio", "image") else "document"  # for `asset_types`
        return {"duration": duration, "outcome": ctx.outcome(), **video_format(key)}

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        processing = ctx.store.clock.now() - record.created < ctx.settings.timings.asset_processing
        status = "processing" if processing else record.meta["outcome"]
        found: dict[str, Any] = {"status": status}
        if status == "ready":
            meta, fields = record.meta, record.fields
            technical = {"file_size_bytes": fields["size"], "file_mime_type": fields["file_type"]}
            if fields["asset_type"] in ("video", "audio"):  # images and documents have no duration
                found["duration"] = meta["duration"]
            if fields["asset_type"] == "video":
                technical.update(video_width=meta["width"], video_height=meta["height"], video_fps=meta["fps"])
                technical["video_duration_seconds"] = meta["duration"]
            found["technical_metadata"] = technical
        elif status == "failed":
            found["error"] = {"code": "asset_processing_failed", "message": "The media could not be processed."}
        return found

    def before_delete(self, ctx: Context, record: Record) -> None:
        users = [v for v in ctx.store.items(INDEXED_ASSETS) if v.fields.get("asset_id") == record.id]
        if users and not ctx.request.query.get("force", False):
            raise conflict(
                f"The asset {record.id} is indexed in {len(users)} index(es); pass force=true to delete it anyway."
            )
        for video in users:
            ctx.store.remove(video)
