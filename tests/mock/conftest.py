from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from twelvelabs_mock import MockServer

VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"


class Api:
    """Raw HTTP against a mock (bypasses every client-side check)."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.control = server.control
        self.http = httpx.Client(base_url=server.base_url, headers={"x-api-key": server.api_key}, timeout=10)

    def post(self, path: str, body: dict[str, Any] | None = None, **kwargs: Any) -> httpx.Response:
        return self.http.post(path, json=body, **kwargs) if body is not None else self.http.post(path, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.delete(path, **kwargs)

    def url_asset(self, url: str = VIDEO_URL) -> dict[str, Any]:
        response = self.http.post("/assets", files={"method": (None, "url"), "url": (None, url)})
        assert response.status_code == 201, response.text
        return dict(response.json())

    def pegasus_video(self, model: str = "pegasus1.2") -> str:
        """An indexed, ready video in an index with `model`; returns its video_id."""
        index = self.post(
            "/indexes", {"index_name": f"idx-{model}", "models": [{"model_name": model, "model_options": ["visual"]}]}
        )
        assert index.status_code == 201, index.text
        task = self.http.post("/tasks", files={"index_id": (None, index.json()["_id"]), "video_url": (None, VIDEO_URL)})
        assert task.status_code == 200, task.text
        self.control.advance(60)
        return str(task.json()["video_id"])


@pytest.fixture
def api(twelvelabs_mock: MockServer) -> Iterator[Api]:
    client = Api(twelvelabs_mock)
    yield client
    client.http.close()


def error_of(response: httpx.Response) -> tuple[int, str, str]:
    body = response.json()
    return response.status_code, body["code"], body["message"]
