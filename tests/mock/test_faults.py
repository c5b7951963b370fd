"""Faults asked for per request (header) or for the next N requests (control call)."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from tests.mock.conftest import Api


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_status_faults_answer_the_error_body(api: Api, status: int) -> None:
    response = api.get("/assets", headers={"x-mock-fault": f"status={status}"})
    assert response.status_code == status
    assert response.json()["code"] and response.json()["message"]
    assert response.headers["x-request-id"].startswith("req_")


def test_retry_after_seconds_date_and_empty_or_html_bodies(api: Api) -> None:
    response = api.get("/assets", headers={"x-mock-fault": "status=429; retry_after=2; body=empty"})
    assert (response.status_code, response.headers["retry-after"], response.content) == (429, "2", b"")
    dated = api.get("/assets", headers={"x-mock-fault": "status=429; retry_after=http-date:3"})
    when = email.utils.parsedate_to_datetime(dated.headers["retry-after"]).timestamp()
    assert 1 <= when - time.time() <= 4
    html = api.get("/assets", headers={"x-mock-fault": "status=502; body=html"})
    assert html.headers["content-type"].startswith("text/html") and b"Bad Gateway" in html.content


def test_queued_faults_hit_the_next_n_matching_requests(api: Api) -> None:
    api.control.inject("status=503", count=2, operation="listAssets")
    assert api.get("/indexes").status_code == 200, "other operations are not affected"
    assert [api.get("/assets").status_code for _ in range(3)] == [503, 503, 200]
    log = api.control.requests()
    assert [entry.get("fault", {}).get("status") for entry in log] == [None, 503, 503, None]


def test_dropped_connection_sends_no_response(api: Api) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/assets", headers={"x-mock-fault": "drop"})
    assert api.get("/assets").status_code == 200, "the server keeps serving"


def test_slow_response(api: Api) -> None:
    with pytest.raises(httpx.ReadTimeout):
        api.http.get("/assets", headers={"x-mock-fault": "delay=10"}, timeout=0.2)
    started = time.monotonic()
    assert api.get("/assets", headers={"x-mock-fault": "delay=0.3"}).status_code == 200
    assert time.monotonic() - started >= 0.3


def test_a_client_that_times_out_ends_the_delay_and_nothing_is_done(api: Api) -> None:
    index = {"index_name": "late", "models": [{"model_name": "marengo3.0", "model_options": ["visual"]}]}
    with pytest.raises(httpx.ReadTimeout):
        api.http.post("/indexes", json=index, headers={"x-mock-fault": "delay=60"}, timeout=0.2)
    deadline = time.monotonic() + 10  # bounded; a handler still waiting out the 60 s would fail this
    while "status" not in api.control.requests()[-1] and time.monotonic() < deadline:
        time.sleep(0.02)
    assert api.control.requests()[-1]["disconnected"] is True
    assert api.get("/indexes").json()["data"] == [], "the request the client gave up on was not carried out"


def test_a_bad_fault_header_is_a_clear_400(api: Api) -> None:
    response = api.get("/assets", headers={"x-mock-fault": "status=abc"})
    assert response.status_code == 400 and "x-mock-fault" in response.json()["message"]


def test_request_log_never_holds_the_key(api: Api) -> None:
    api.get("/assets")
    api.http.get("/assets", headers={"x-api-key": "tlk_someone_elses"})
    log = str(api.control.requests())
    assert api.server.api_key not in log and "tlk_someone_elses" not in log
