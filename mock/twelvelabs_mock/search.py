"""Search: the matches are drawn from the videos indexed (and ready) in the index, ranked by a seeded
score, and served a page at a time; each page names the token of the next. Tokens live in the store."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from . import generation
from .engine import Context
from .errors import ApiError
from .indexes import indexing
from .rules import INDEXED_ASSETS

SEARCHES = "/search"  # where result sets are kept, under their token
CLIPS_PER_VIDEO = 3


def _matches(ctx: Context, index_id: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    ctx.find("/indexes", index_id)  # 404 for an unknown index
    query = (body.get("query_text"), body.get("query_media_url"), sorted(body.get("search_options", [])))
    found: list[tuple[float, dict[str, Any]]] = []
    for video in [v for v in ctx.store.items(INDEXED_ASSETS, (index_id,)) if indexing(ctx, v)[0] == "ready"]:
        seed = generation.seeded_random("search", video.id, query)
        duration = float(video.meta["duration"])
        for _ in range(CLIPS_PER_VIDEO):
            start = round(seed.uniform(0, max(duration - 5, 0)), 1)
            clip = {"video_id": video.id, "start": start, "end": round(min(duration, start + 5), 1)}
            found.append((seed.random(), clip))
    found.sort(key=lambda scored: -scored[0])
    return [{**clip, "rank": rank} for rank, (_, clip) in enumerate(found, 1)]


def _page(ctx: Context, search_id: str, number: int) -> Response:
    record = ctx.store.get(SEARCHES, search_id)
    if record is None or not 0 <= number < len(record.meta["pages"]):
        raise ApiError(404, "resource_not_exist", "The page token is unknown or has expired; search again.")
    pages, total = record.meta["pages"], sum(len(page) for page in record.meta["pages"])
    info: dict[str, Any] = {"limit_per_page": record.meta["limit"], "total_results": total}
    info["page_expires_at"] = ctx.store.timestamp(record.created + 3600)
    tokens = {"next_page_token": number + 1, "prev_page_token": number - 1}
    info.update({name: f"{search_id}-{n}" for name, n in tokens.items() if 0 <= n < len(pages)})
    pool = {"index_id": record.meta["index_id"], "total_count": record.meta["videos"]}
    return JSONResponse({"data": pages[number], "page_info": info, "search_pool": pool})


async def search(ctx: Context) -> Response:
    body = ctx.body
    matches = _matches(ctx, body["index_id"], body)
    limit = int(body.get("page_limit", 10))
    pages = [matches[i : i + limit] for i in range(0, len(matches), limit)] or [[]]  # no matches: an empty page
    videos = len({clip["video_id"] for clip in matches})
    record = ctx.store.add(SEARCHES, (), {}, pages=pages, limit=limit, index_id=body["index_id"], videos=videos)
    return _page(ctx, record.id, 0)


async def search_page(ctx: Context) -> Response:
    search_id, _, number = ctx.request.path["page-token"].rpartition("-")
    return _page(ctx, search_id, int(number) if number.isdecimal() else -1)  # "¹" is a digit, not a number
