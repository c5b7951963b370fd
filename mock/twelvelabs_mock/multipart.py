"""Multipart uploads (docs/mock.md): the chunks' size and MD5 (their ETag) are kept, never their bytes."""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .engine import Context, Resource
from .errors import invalid
from .state import Record
from .validation import UploadedFile

UPLOADS = "/assets/multipart-uploads"
URL_LIFE, SESSION_LIFE, FIRST_URLS = 3600.0, 86400.0, 10


class Uploads(Resource):
    def before_create(self, ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
        chunk, fields["asset_id"] = ctx.settings.chunk_size, ctx.store.new_id("/assets")
        fields.update(chunk_size=chunk, total_chunks=-(-int(fields["total_size"]) // chunk))
        return {"chunks": {}, "reported": {}}

    def view(self, ctx: Context, record: Record) -> dict[str, Any]:
        """Also the answer of `presigned-urls` (`x-mock-record: read`): the URLs its `start` and `count` ask for."""
        total, done, stamp = record.fields["total_chunks"], record.meta["reported"], ctx.store.timestamp
        now, start, query = ctx.store.clock.now(), int(ctx.body.get("start", 1)), ctx.request.query
        page, limit = int(query.get("page", 1)), int(query.get("page_limit", 10))
        expires, shown = f"{now + URL_LIFE:.3f}", range((page - 1) * limit + 1, min(total, page * limit) + 1)
        url = f"http://{ctx.headers['host']}/_uploads/{record.id}/{{}}?expires={expires}"
        wanted = range(start, min(start + int(ctx.body.get("count", FIRST_URLS)), total + 1))
        urls = [{"chunk_index": i, "url": url.format(i), "expires_at": stamp(now + URL_LIFE)} for i in wanted]
        found = {"upload_urls": urls, "start_index": start, "count": len(urls), "generated_at": stamp(now)}
        found["uploaded_chunks"] = [{"index": i, "status": "completed" if i in done else "pending"} for i in shown]
        found.update(chunks_completed=len(done), chunks_pending=total - len(done), chunks_failed=0)
        found["status"] = "completed" if len(done) == total else "active"
        found["uploaded_size"] = sum(record.meta["chunks"][i][0] for i in done)
        found["page_info"] = dict(page=page, limit_per_page=limit, total_page=-(-total // limit), total_results=total)
        found["expires_at"] = stamp(now + URL_LIFE if "start" in ctx.body else record.created + SESSION_LIFE)
        return found


async def report(ctx: Context) -> Response:
    record, chunks = ctx.find(UPLOADS, ctx.request.path["upload_id"]), ctx.body["completed_chunks"]
    fields, stored, reported = record.fields, record.meta["chunks"], record.meta["reported"]
    for chunk in chunks:
        if stored.get(chunk["chunk_index"]) != (chunk["chunk_size"], chunk["proof"].strip('"')):
            raise invalid(f"completed_chunks: chunk {chunk['chunk_index']} was not uploaded with that ETag and size.")
    fresh = {chunk["chunk_index"] for chunk in chunks} - reported.keys()
    reported.update(dict.fromkeys(fresh, ctx.store.clock.now()))
    record.updated, completed = ctx.store.clock.now(), len(reported) == fields["total_chunks"]
    if completed and fresh:  # this report completed the upload: the asset, as `POST /assets` makes it of the file
        ctx.request.files["file"] = UploadedFile("file", fields["filename"], "", fields["total_size"], record.id)
        keys = [key for key in ("filename", "user_metadata") if key in fields]
        asset = {"method": "direct", **{k: fields.get(k, False) for k in ("enable_hls", "enable_thumbnail", *keys)}}
        made: Any = ctx.engine.resource("/assets").before_create(ctx, asset)
        ctx.store.add("/assets", (), asset, id=fields["asset_id"], **made)
    answer = {"asset_id": fields["asset_id"], "processed_chunks": len(fresh), "total_completed": len(reported)}
    url = {"url": f"http://{ctx.headers['host']}/v1.3/assets/{fields['asset_id']}"} if completed else {}
    return JSONResponse({**answer, **url, "duplicate_chunks": len(chunks) - len(fresh)})


def routes(app: Any) -> list[BaseRoute]:
    """The chunk PUTs, outside the API (no key), answered as S3 would."""

    async def put(request: Request) -> Response:
        upload_id, index, query = request.path_params["upload_id"], request.path_params["index"], request.query_params
        digest, size = hashlib.md5(usedforsecurity=False), 0
        async for piece in request.stream():
            digest.update(piece)
            size += len(piece)
        record, expires = app.store.get(UPLOADS, upload_id), query.get("expires", "0")
        if record is None or float(expires) < app.clock.now():
            return Response(b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>", 403)
        chunk, total = record.fields["chunk_size"], record.fields["total_size"]
        if size != min(chunk, total - (index - 1) * chunk):
            return Response(b"<Error><Code>InvalidPart</Code></Error>", 400)
        record.meta["chunks"][index] = (size, digest.hexdigest())
        return Response(headers={"ETag": f'"{digest.hexdigest()}"'})

    return [Route("/_uploads/{upload_id}/{index:int}", put, methods=["PUT"])]
