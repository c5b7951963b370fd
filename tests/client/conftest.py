from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from twelvelabs_client import AsyncTwelveLabs, TwelveLabs
from twelvelabs_mock import MockServer

KEY = "tlk_test_secret_key_123"
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Recorder:
    """An httpx.MockTransport that answers from a script and records every request."""

    def __init__(self, *answers: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    def client(self, **kwargs: Any) -> TwelveLabs:
        client = TwelveLabs(
            api_key=KEY,
            base_url="https://api.test/v1.3",
            http_client=httpx.Client(transport=httpx.MockTransport(self)),
            **kwargs,
        )
        self.sleeps: list[float] = []
        client._sender.sleep = self.sleeps.append
        return client

    def async_client(self, **kwargs: Any) -> AsyncTwelveLabs:
        client = AsyncTwelveLabs(
            api_key=KEY,
            base_url="https://api.test/v1.3",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)),
            **kwargs,
        )
        self.sleeps = []

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        client._sender.sleep = sleep
        return client


def json_response(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers={"content-type": "application/json", **(headers or {})})


ANALYZE_OK = {"id": "gen-1", "data": "A keynote.", "finish_reason": "stop", "usage": {"output_tokens": 3}}
TASK_OK = {"task_id": "t1", "status": "ready", "created_at": "2026-11-20T10:15:00Z", "result": {"data": "done"}}


@pytest.fixture
def mock() -> Iterator[MockServer]:
    """A running mock (simulated time stopped) with self-checking, as in the public fixture."""
    from twelvelabs_mock import Clock, create_app

    app = create_app(api_key=KEY, clock=Clock(speed=0.0), self_check=True)
    with MockServer(app) as server:
        yield server
    assert not app.violations, app.violations


@pytest.fixture
def client(mock: MockServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
        client._sender.sleep = lambda seconds: mock.control.advance(seconds)
        yield client
