"""A create whose answer is lost after the API carried it out never creates twice: an analysis task
(which the API de-duplicates by `Idempotency-Key`) is retried with the same key and answers the first
task; the other creates are not retried after such a failure, and the error says why."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.client.conftest import KEY
from twelvelabs_client import APIConnectionError, TwelveLabs
from twelvelabs_client.types import IndexesCreateRequestModelsItem, VideoContext_Url
from twelvelabs_mock import Clock, MockServer, create_app

VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"
MODELS = [IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual"])]


@pytest.fixture
def pair() -> Iterator[tuple[TwelveLabs, MockServer]]:
    app = create_app(api_key=KEY, clock=Clock(speed=0.0))
    with MockServer(app) as server, TwelveLabs(api_key=KEY, base_url=server.base_url) as client:
        client._sender.sleep = lambda seconds: None
        yield client, server


def test_an_analysis_task_create_is_retried_with_its_key_and_answers_the_first_task(
    pair: tuple[TwelveLabs, MockServer],
) -> None:
    client, server = pair
    server.control.inject("lost", count=1, operation="createAnalyzeTask")
    task = client.analyze_async.tasks.create(video=VideoContext_Url(url=VIDEO_URL), prompt="Chapters?")
    attempts = [r for r in server.control.requests() if r["operation"] == "createAnalyzeTask"]
    assert len(attempts) == 2 and attempts[0]["headers"]["idempotency-key"] == attempts[1]["headers"]["idempotency-key"]
    assert [t.task_id for t in client.analyze_async.tasks.list()] == [task.task_id], "one task, not two"


CREATES: dict[str, tuple[str, Callable[[TwelveLabs], Any], Callable[[TwelveLabs], list[Any]]]] = {
    "assets.create": (
        "createAsset",
        lambda c: c.assets.create(method="url", url=VIDEO_URL),
        lambda c: list(c.assets.list()),
    ),
    "indexes.create": (
        "createIndex",
        lambda c: c.indexes.create(index_name="lost", models=MODELS),
        lambda c: list(c.indexes.list()),
    ),
    "tasks.create": (
        "createTask",
        lambda c: c.tasks.create(index_id=c.indexes.create(index_name="i", models=MODELS).id, video_url=VIDEO_URL),
        lambda c: list(c.tasks.list()),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", CREATES)
def test_other_creates_are_not_retried_once_the_api_may_have_acted(
    pair: tuple[TwelveLabs, MockServer], name: str
) -> None:
    client, server = pair
    operation, create, listing = CREATES[name]
    server.control.inject("lost", count=1, operation=operation)
    with pytest.raises(APIConnectionError, match="Not retried: the API may have acted on it"):
        create(client)
    assert sum(1 for r in server.control.requests() if r["operation"] == operation) == 1
    assert len(listing(client)) == 1, "the create happened once; nothing was duplicated"


def test_a_create_refused_for_the_rate_limit_is_still_retried(pair: tuple[TwelveLabs, MockServer]) -> None:
    client, server = pair
    server.control.inject("status=429; retry_after=0", count=1, operation="createAsset")
    client.assets.create(method="url", url=VIDEO_URL)
    assert len(list(client.assets.list())) == 1
