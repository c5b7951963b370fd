"""Assets: an upload's size and name recorded, processing -> ready/failed on the clock, and deletion that
respects the indexes still using the asset."""

from __future__ import annotations

import mimetypes
from typing import Any

from . import rules
from .engine import Context, Resource
from .errors import conflict
from .state import Record, duration_for, video_format
from .validation import UploadedFile


def media(upload: UploadedFile | None, url: str) -> tuple[str, str, int, float]:
    """A key (the content's hash, or the URL), filename, size and duration for media the mock cannot decode."""
    if upload is not None:
        return upload.sha256, upload.filename or "upload", upload.size, duration_for(upload.sha256, 10, 600)
    duration = duration_for(url)
    return url, url.rstrip("/").rsplit("/", 1)[-1] or "video", int(duration * 400_000), duration


class Assets(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        upload = ctx.request.files.get("file")
        key, filename, fields["size"], duration = media(upload, fields.get("url", ""))
        fields.setdefault("filename", filename)
        sent = upload.content_type if upload is not None else None
        known = None if sent == "application/octet-stream" else sent  # a generic type says nothing
        fields["file_type"] = known or mimetypes.guess_type(fields["filename"])[0] or "video/mp4"
        kind = fields["file_type"].split("/")[0]
        fields["asset_type"] = kind if kind in ("video", "audio", "image") else "document"  # for `asset_types`
        return {"duration": duration, "outcome": ctx.outcome(), **video_format(key)}

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        status = rules.phase(ctx, record, [("processing", ctx.settings.timings.asset_processing)])[0]
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
        users = [v for v in ctx.store.items(rules.INDEXED_ASSETS) if v.fields.get("asset_id") == record.id]
        if users and not ctx.request.query.get("force", False):
            advice = "pass force=true to delete it anyway"
            raise conflict(f"The asset {record.id} is indexed in {len(users)} index(es); {advice}.")
        for video in users:
            ctx.store.remove(video)
