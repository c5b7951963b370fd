"""Call shapes of the official package: pagers (`items`, `has_next`, `next_page()`, `iter_pages()`,
awaited async lists) and async streams used directly in `async for`, as well as our awaited forms."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.client.conftest import Recorder, json_response
from tests.client.test_streaming import END, START, text
from twelvelabs_client import AsyncPager, AsyncStream, NotFoundError, SyncPager
from twelvelabs_client.types import VideoContext_Url

VIDEO = VideoContext_Url(url="https://cdn.example.com/v.mp4")
NDJSON = "application/x-ndjson"


def page(number: int, total: int, *ids: str) -> dict[str, Any]:
    info = {"page": number, "limit_per_page": 2, "total_page": total, "total_results": 3}
    return {"data": [{"_id": i, "status": "ready"} for i in ids], "page_info": info}


def pages() -> Recorder:
    return Recorder(
        lambda request: json_response(200, [page(1, 2, "a", "b"), page(2, 2, "c")][int(request.url.params["page"]) - 1])
    )


def test_a_sync_pager_holds_its_page_and_fetches_the_next_on_demand() -> None:
    recorder = pages()
    pager = recorder.client().assets.list(page_limit=2)
    assert isinstance(pager, SyncPager) and len(recorder.requests) == 1, "list() fetches the first page"
    assert [a.id for a in pager.items] == ["a", "b"] and pager.has_next and pager.page_info.total_page == 2
    second = pager.next_page()
    assert second is not None and [a.id for a in second.items] == ["c"] and not second.has_next
    assert second.next_page() is None
    assert [[a.id for a in p.items] for p in pager.iter_pages()] == [["a", "b"], ["c"]]
    assert [a.id for a in pager] == ["a", "b", "c"]
    assert {r.url.params["page"] for r in recorder.requests} == {"1", "2"}, "never a page past the last"


def test_list_errors_raise_at_the_call() -> None:
    recorder = Recorder(json_response(404, {"code": "resource_not_exist", "message": "No index i1."}))
    with pytest.raises(NotFoundError):
        recorder.client().indexes.indexed_assets.list("i1")


@pytest.mark.anyio
async def test_an_async_list_is_awaited_for_a_pager_or_iterated_directly() -> None:
    client = pages().async_client()
    pager = await client.assets.list(page_limit=2)
    assert isinstance(pager, AsyncPager) and [a.id for a in pager.items] == ["a", "b"] and pager.has_next
    second = await pager.next_page()
    assert second is not None and not second.has_next and await second.next_page() is None
    assert [a.id async for a in pager] == ["a", "b", "c"]
    assert [len(p.items) async for p in pager.iter_pages()] == [2, 1]
    assert [a.id async for a in client.assets.list(page_limit=2)] == ["a", "b", "c"]


@pytest.mark.anyio
async def test_an_async_stream_sends_on_first_use_in_any_of_its_forms() -> None:
    body = b"\n".join((START, text("Hel"), text("lo"), END))
    recorder = Recorder(lambda request: httpx.Response(200, content=body, headers={"content-type": NDJSON}))
    client = recorder.async_client()
    stream = client.analyze_stream(video=VIDEO, prompt="x")
    assert isinstance(stream, AsyncStream) and recorder.requests == [], "nothing is sent before first use"
    kinds = [event.event_type async for event in stream]
    assert kinds == ["stream_start", "text_generation", "text_generation", "stream_end"] and stream.text == "Hello"
    async with client.analyze_stream(video=VIDEO, prompt="x") as opened:
        assert len(recorder.requests) == 2, "async with sends"
        assert await opened.get_final_text() == "Hello"
    awaited = await client.analyze_stream(video=VIDEO, prompt="x")
    assert len(recorder.requests) == 3 and await awaited.get_final_text() == "Hello"


OFFICIAL_ERRORS = {
    "BadRequestError": 400, "UnauthorizedError": 401, "ForbiddenError": 403, "NotFoundError": 404,
    "ConflictError": 409, "GoneError": 410, "ContentTooLargeError": 413, "UnprocessableEntityError": 422,
    "TooManyRequestsError": 429, "InternalServerError": 500, "ServiceUnavailableError": 503,
    "GatewayTimeoutError": 504,
}  # fmt: skip


@pytest.mark.parametrize(("name", "status"), OFFICIAL_ERRORS.items())
def test_each_official_error_class_is_raised_for_its_status(name: str, status: int) -> None:
    from twelvelabs_client import errors
    from twelvelabs_client.core.api_error import ApiError

    body = {"code": "some_code", "message": "Something."}
    recorder = Recorder(json_response(status, body))
    with pytest.raises(getattr(errors, name)) as raised:
        recorder.client(max_retries=0).assets.retrieve("a1")
    error = raised.value
    assert isinstance(error, ApiError) and error.status_code == status and error.body == body
    assert error.headers is not None and error.headers["content-type"] == "application/json"


def test_input_refused_before_sending_is_the_400_the_api_would_answer(tmp_path: Any) -> None:
    from twelvelabs_client.core.api_error import ApiError
    from twelvelabs_client.errors import BadRequestError, InvalidRequestError

    recorder = Recorder(json_response(201, {"_id": "a1", "status": "ready"}))
    with pytest.raises(BadRequestError) as raised:
        recorder.client().assets.create(method="direct", file=tmp_path / "missing.mp4")
    assert all(isinstance(raised.value, cls) for cls in (InvalidRequestError, ApiError, ValueError))
    assert raised.value.status_code == 400 and raised.value.field == "file" and recorder.requests == []


def test_an_error_without_an_answer_has_the_official_attributes_empty() -> None:
    from twelvelabs_client.core.api_error import ApiError

    recorder = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(ApiError) as raised:
        recorder.client(max_retries=0).assets.retrieve("a1")
    assert (raised.value.status_code, raised.value.headers, raised.value.body) == (None, None, None)
