"""For the same calls, `twelvelabs_client` sends what the official package sends: the same method, path,
query and JSON body, and the same multipart fields. Nothing the caller left out is invented."""

from __future__ import annotations

import json
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
import pytest

twelvelabs = pytest.importorskip("twelvelabs", reason="the official package is a test dependency")

import twelvelabs_client  # noqa: E402

ASSET = {"_id": "a1", "status": "ready", "method": "url"}
ANSWERS = {
    "/v1.3/analyze": {"id": "g", "data": "x", "finish_reason": "stop", "usage": {"output_tokens": 1}},
    "/v1.3/analyze/tasks": {"task_id": "t1", "status": "queued"},
    "/v1.3/assets": ASSET,
    "/v1.3/indexes": {"_id": "i1"},
    "/v1.3/indexes/i1/indexed-assets": {"_id": "v1"},
    "/v1.3/tasks": {"_id": "t1", "video_id": "v1"},
}
STREAM = (
    b'{"event_type":"stream_start","metadata":{"generation_id":"g"}}\n'
    b'{"event_type":"stream_end","finish_reason":"stop","metadata":{"generation_id":"g","usage":{"output_tokens":1}}}\n'
)
PAGE = {"data": [], "page_info": {"page": 1, "limit_per_page": 10, "total_page": 0, "total_results": 0}}


def recorded(package: Any, calls: Callable[[Any, Any], None]) -> list[tuple[str, str, list[tuple[str, str]], Any]]:
    seen: list[tuple[str, str, list[tuple[str, str]], Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = body_of(request)
        seen.append((request.method, request.url.path, sorted(request.url.params.multi_items()), body))
        if isinstance(body, dict) and body.get("stream") is True:
            return httpx.Response(200, content=STREAM, headers={"content-type": "application/x-ndjson"})
        if request.method == "GET":
            return httpx.Response(200, json=PAGE)
        if request.method in ("PUT", "DELETE"):
            return httpx.Response(204)
        return httpx.Response(200, json=ANSWERS[request.url.path])

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = package.TwelveLabs(api_key="k", base_url="https://api.test/v1.3", httpx_client=http)
    calls(client, package)
    return seen


def body_of(request: httpx.Request) -> Any:
    content = request.read()
    kind = request.headers.get("content-type", "")
    if kind.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {kind}\r\n\r\n".encode() + content)
        parts = {}
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            parts[part.get_param("name", header="content-disposition")] = (part.get_filename(), payload)
        return parts
    return json.loads(content) if content else None


def calls(client: Any, package: Any) -> None:
    url = package.types.VideoContext_Url(url="https://cdn.example.com/v.mp4")
    client.analyze(video=url, prompt="Describe")
    client.analyze(video=url, prompt="Describe", model_name="pegasus1.5", temperature=0.1, max_tokens=600)
    list(client.analyze_stream(video=url, prompt="Describe", max_tokens=700))
    client.analyze_async.tasks.create(video=url, prompt="Chapters")
    client.analyze_async.tasks.list(page=2, page_limit=5, status="ready")
    client.assets.create(method="url", url="https://cdn.example.com/v.mp4")
    client.assets.create(method="direct", file=("clip.mp4", b"\x00\x01video", "video/mp4"), filename="clip.mp4")
    client.assets.list(page_limit=5, filename="clip")  # both fetch the first page now
    client.indexes.create(
        index_name="i",
        models=[package.indexes.IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual"])],
    )
    client.indexes.indexed_assets.create("i1", asset_id="a1")
    client.tasks.create(index_id="i1", video_url="https://cdn.example.com/v.mp4")
    client.tasks.list(index_id="i1", page_limit=2)


def test_the_same_calls_send_the_same_requests() -> None:
    theirs = recorded(twelvelabs, calls)
    ours = recorded(twelvelabs_client, calls)
    assert len(theirs) == len(ours) == 12
    for official, mine in zip(theirs, ours, strict=True):
        assert mine == official
