"""Transport policy on httpx.MockTransport: retries, backoff, Retry-After, timeouts, errors, headers."""

from __future__ import annotations

import email.utils
import logging

import httpx
import pytest

from tests.client.conftest import ANALYZE_OK, KEY, TASK_OK, VIDEO_URL, Recorder, json_response
from twelvelabs_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    TwelveLabs,
)
from twelvelabs_client.types import VideoContext_Url

VIDEO = VideoContext_Url(url=VIDEO_URL)


def analyze(client: TwelveLabs, **kwargs: object) -> object:
    return client.analyze(video=VIDEO, prompt="Describe", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_twice_by_default(status: int) -> None:
    recorder = Recorder(
        json_response(status, {"code": "x", "message": "busy"}),
        json_response(status, {}),
        json_response(200, ANALYZE_OK),
    )
    result = analyze(recorder.client())
    assert result.data == "A keynote."  # type: ignore[attr-defined]
    assert len(recorder.requests) == 3
    assert len(recorder.sleeps) == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError), (409, ConflictError)],
)
def test_client_errors_are_not_retried(status: int, error: type[Exception]) -> None:
    recorder = Recorder(
        json_response(status, {"code": "parameter_invalid", "message": "The prompt parameter is invalid."})
    )
    with pytest.raises(error) as raised:
        analyze(recorder.client())
    assert len(recorder.requests) == 1
    assert raised.value.status_code == status  # type: ignore[attr-defined]
    assert raised.value.code == "parameter_invalid"  # type: ignore[attr-defined]


def test_retries_exhausted_raise_the_last_error_with_details() -> None:
    recorder = Recorder(
        json_response(503, {"code": "service_unavailable", "message": "Try later."}, {"x-request-id": "req_42"})
    )
    with pytest.raises(InternalServerError) as raised:
        analyze(recorder.client())
    error = raised.value
    assert len(recorder.requests) == 3
    assert (error.status_code, error.code, error.api_message, error.request_id) == (
        503,
        "service_unavailable",
        "Try later.",
        "req_42",
    )
    expected = "503 Service Unavailable [service_unavailable] Try later. - POST https://api.test/v1.3/analyze"
    assert str(error) == expected + " (request id req_42)"
    assert error.response.status_code == 503


def test_max_retries_per_client_and_per_call() -> None:
    recorder = Recorder(json_response(500, {}))
    with pytest.raises(InternalServerError):
        analyze(recorder.client(max_retries=0))
    assert len(recorder.requests) == 1
    with pytest.raises(InternalServerError):
        analyze(recorder.client(max_retries=0), request_options={"max_retries": 4})
    assert len(recorder.requests) == 1 + 5


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    recorder = Recorder(json_response(503, {}))
    with pytest.raises(InternalServerError):
        analyze(recorder.client(max_retries=6))
    bases = [0.5, 1, 2, 4, 8, 8]
    assert len(recorder.sleeps) == 6
    for slept, base in zip(recorder.sleeps, bases, strict=True):
        assert 0.75 * base <= slept <= base


def test_retry_after_seconds_and_http_date_are_honoured() -> None:
    recorder = Recorder(json_response(429, None, {"retry-after": "3"}), json_response(200, ANALYZE_OK))
    analyze(recorder.client())
    assert recorder.sleeps == [3.0]
    client = (
        recorder := Recorder(
            json_response(503, {}, {"retry-after": "Wed, 21 Oct 2099 07:28:00 GMT"}), json_response(200, ANALYZE_OK)
        )
    ).client()
    moment = email.utils.parsedate_to_datetime("Wed, 21 Oct 2099 07:28:00 GMT").timestamp()
    client._sender.now = lambda: moment - 7
    analyze(client)
    assert recorder.sleeps == [7.0]


def test_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    recorder = Recorder(
        json_response(429, {"code": "too_many_requests", "message": "Slow down."}, {"retry-after": "3600"})
    )
    with pytest.raises(RateLimitError) as raised:
        analyze(recorder.client())
    assert len(recorder.requests) == 1 and recorder.sleeps == []
    assert raised.value.retry_after == "3600"


def test_empty_and_non_json_error_bodies_map_to_the_right_class() -> None:
    with pytest.raises(RateLimitError) as empty:
        analyze(Recorder(json_response(429, None)).client(max_retries=0))
    assert "(empty body)" in str(empty.value)
    html = httpx.Response(
        502, content=b"<html><body><h1>502 Bad Gateway</h1></body></html>", headers={"content-type": "text/html"}
    )
    with pytest.raises(InternalServerError) as gateway:
        analyze(Recorder(html).client(max_retries=0))
    assert gateway.value.status_code == 502 and "non-JSON body" in str(gateway.value) and gateway.value.code is None


def test_connection_errors_and_timeouts_are_retried_then_typed() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), json_response(200, ANALYZE_OK))
    assert analyze(recorder.client()).data == "A keynote."  # type: ignore[attr-defined]
    assert len(recorder.requests) == 3
    with pytest.raises(APITimeoutError) as timeout:
        analyze(Recorder(httpx.ReadTimeout("slow")).client())
    assert isinstance(timeout.value, APIConnectionError) and "read timed out" in str(timeout.value)
    with pytest.raises(APIConnectionError, match="Connection failed"):
        analyze(Recorder(httpx.RemoteProtocolError("Server disconnected")).client(max_retries=1))


def test_timeouts_default_per_client_and_per_call() -> None:
    recorder = Recorder(json_response(200, ANALYZE_OK))
    analyze(recorder.client())
    assert recorder.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0}
    analyze(recorder.client(timeout=30))
    assert recorder.requests[1].extensions["timeout"]["read"] == 30.0
    analyze(recorder.client(), request_options={"timeout_in_seconds": 12})
    assert recorder.requests[2].extensions["timeout"]["read"] == 12.0


def test_malformed_success_body_is_a_validation_error() -> None:
    bad = httpx.Response(200, content=b"<html>oops</html>")
    with pytest.raises(APIResponseValidationError, match="not JSON"):
        analyze(Recorder(bad).client())
    with pytest.raises(APIResponseValidationError, match="KeyError"):
        analyze(Recorder(json_response(200, {"unexpected": True})).client())


def test_headers_user_agent_key_and_request_options() -> None:
    recorder = Recorder(json_response(200, ANALYZE_OK))
    client = recorder.client(default_headers={"X-Team": "video"})
    analyze(client, request_options={
        "additional_headers": {"X-Trace": "t-1"},
        "additional_query_parameters": {"debug": "1"},
        "additional_body_parameters": {"experimental": True},
    })  # fmt: skip
    request = recorder.requests[0]
    assert request.headers["x-api-key"] == KEY
    assert request.headers["user-agent"].startswith("twelvelabs-openapi/")
    assert request.headers["x-team"] == "video" and request.headers["x-trace"] == "t-1"
    assert request.url.params["debug"] == "1"
    body = httpx.Response(200, content=recorder.bodies[0]).json()
    assert body["experimental"] is True and body["stream"] is False and body["video"]["type"] == "url"


def test_create_analyze_task_reuses_one_idempotency_key_across_retries() -> None:
    recorder = Recorder(httpx.ReadTimeout("lost"), json_response(202, {"task_id": "t1", "status": "queued"}))
    client = recorder.client()
    client.analyze_async.tasks.create(video=VIDEO, prompt="x")
    keys = {r.headers["idempotency-key"] for r in recorder.requests}
    assert len(recorder.requests) == 2 and len(keys) == 1


def test_with_options_copies_share_the_pool_and_leave_the_original_alone() -> None:
    recorder = Recorder(json_response(500, {}))
    client = recorder.client()
    quick = client.with_options(max_retries=0, timeout=3)
    assert quick._pool is client._pool
    assert (client.max_retries, quick.max_retries) == (2, 0)
    assert client.timeout.read == 600 and quick.timeout.read == 3
    with pytest.raises(InternalServerError):
        analyze(quick)
    assert len(recorder.requests) == 1
    quick.close()
    assert not client._pool.get().is_closed, "a copy never closes the shared pool"


def test_secret_key_never_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(json_response(401, {"code": "api_key_invalid", "message": "The API key is not valid."}))
    client = recorder.client()
    caplog.set_level(logging.DEBUG, logger="twelvelabs_client")
    with pytest.raises(AuthenticationError) as raised:
        analyze(client)
    assert KEY not in repr(client) and KEY not in repr(client._sender.settings)
    assert KEY not in str(raised.value) and KEY not in repr(raised.value)
    assert KEY not in caplog.text and "POST https://api.test/v1.3/analyze -> 401" in caplog.text


def test_retries_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="twelvelabs_client")
    analyze(Recorder(json_response(503, {}), json_response(200, ANALYZE_OK)).client())
    assert "analyze failed (503 Service Unavailable (empty body)); retry 1 of 2" in caplog.text.replace("  ", " ")


def test_async_client_retries_the_same_way() -> None:
    import asyncio

    async def run() -> None:
        recorder = Recorder(json_response(503, {}), httpx.ConnectError("x"), json_response(200, TASK_OK))
        async with recorder.async_client() as client:
            task = await client.analyze_async.tasks.retrieve("t1")
        assert task.status == "ready" and len(recorder.requests) == 3 and len(recorder.sleeps) == 2

    asyncio.run(run())
