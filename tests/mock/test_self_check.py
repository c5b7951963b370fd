"""The mock's self-check (used by every test that serves it): findings survive `reset()`, and a client
that goes away is not counted as a mock bug."""

from __future__ import annotations

import socket
import time

import httpx
from starlette.responses import JSONResponse, Response

from twelvelabs_mock import Clock, MockApp, MockServer
from twelvelabs_mock.behaviours import default_behaviours
from twelvelabs_mock.engine import Context


async def _undocumented_answer(ctx: Context) -> Response:
    return JSONResponse({"surprise": True}, status_code=299)


def _app_with_a_bug() -> MockApp:
    behaviours = default_behaviours()
    behaviours.operations["listAssets"] = _undocumented_answer
    return MockApp(clock=Clock(speed=0.0), self_check=True, behaviours=behaviours)


def test_violations_survive_reset_so_a_later_check_still_sees_them() -> None:
    app = _app_with_a_bug()
    with MockServer(app) as server:
        answer = httpx.get(server.base_url + "/assets", headers={"x-api-key": server.api_key})
        assert answer.status_code == 299
        server.control.reset()  # what a fixture does between tests
        assert server.control.violations() == ["GET /assets: status 299 is not documented"]
    assert app.violations == ["GET /assets: status 299 is not documented"]


def test_reset_still_forgets_resources_faults_and_the_request_log() -> None:
    app = MockApp(clock=Clock(speed=0.0), self_check=True)
    with MockServer(app) as server:
        api = httpx.Client(base_url=server.base_url, headers={"x-api-key": server.api_key})
        index = api.post(
            "/indexes", json={"index_name": "i", "models": [{"model_name": "pegasus1.2", "model_options": ["visual"]}]}
        )
        assert index.status_code == 201, index.text
        server.control.inject("status=503", count=5)
        server.control.reset()
        assert api.get("/indexes").json()["data"] == [] and server.control.requests()[-1]["status"] == 200
        api.close()
    assert app.violations == []


def _raw_post_then_hang_up(server: MockServer, path: str, body: bytes, fault: str) -> None:
    host, port = server.base_url.removeprefix("http://").split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        head = (
            f"POST /v1.3{path} HTTP/1.1\r\nHost: {host}\r\nx-api-key: {server.api_key}\r\n"
            f"x-mock-fault: {fault}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        )
        sock.sendall(head.encode() + body)
        time.sleep(0.05)  # the server has the request and is inside the injected delay


def test_a_client_that_disconnects_during_an_injected_delay_is_not_a_mock_bug() -> None:
    app = MockApp(clock=Clock(speed=0.0), self_check=True)
    with MockServer(app) as server:
        body = b'{"video": {"type": "url", "url": "https://cdn.example.com/v.mp4"}, "prompt": "x"}'
        _raw_post_then_hang_up(server, "/analyze", body, "delay=10")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and "status" not in server.control.requests()[0]:
            time.sleep(0.02)  # wait (bounded) until the server has finished with the abandoned request
        entry = server.control.requests()[0]
        assert entry["status"] is None and entry["disconnected"] is True
        assert httpx.get(server.base_url + "/assets", headers={"x-api-key": server.api_key}).status_code == 200
    assert app.violations == []
