"""Search against the mock: the matches come from the videos indexed in the index, a page at a time;
`search.query` walks every page through the tokens, sync and async; media queries send a file."""

from __future__ import annotations

import asyncio

import pytest

from tests.client.conftest import KEY
from twelvelabs_client import AsyncTwelveLabs, NotFoundError, TwelveLabs
from twelvelabs_client.types import IndexesCreateRequestModelsItem
from twelvelabs_mock import MockServer

VIDEOS = 3
CLIPS = 3 * VIDEOS  # the mock draws three clips per indexed video


def indexed(client: TwelveLabs) -> str:
    model = IndexesCreateRequestModelsItem(model_name="marengo3.0", model_options=["visual", "audio"])
    index_id = client.indexes.create(index_name="searchable", models=[model]).id
    for n in range(VIDEOS):
        task = client.tasks.create(index_id=index_id, video_url=f"https://cdn.example.com/v{n}.mp4")
        client.tasks.wait_for_done(task.id, sleep_interval=1)
    return index_id


def test_query_walks_every_page_and_create_retrieve_page_by_token(client: TwelveLabs) -> None:
    index_id = indexed(client)
    matches = list(
        client.search.query(index_id=index_id, search_options=["visual", "audio"], query_text="a stage", page_limit=2)
    )
    assert [m.rank for m in matches] == list(range(1, CLIPS + 1))
    assert all(m.video_id and m.end > m.start for m in matches)
    first = client.search.create(index_id=index_id, search_options=["visual"], query_text="a stage", page_limit=4)
    assert len(first.data) == 4 and first.page_info.total_results == CLIPS and first.search_pool.total_count == VIDEOS
    second = client.search.retrieve(first.page_info.next_page_token)
    assert [m.rank for m in second.data] == [5, 6, 7, 8] and second.page_info.prev_page_token
    with pytest.raises(NotFoundError):
        client.search.retrieve("no-such-token-0")


def test_a_media_query_sends_the_image(client: TwelveLabs, mock: MockServer) -> None:
    index_id = indexed(client)
    pager = client.search.query(
        index_id=index_id, search_options=["visual"], query_media_type="image", query_media_file=("car.png", b"\x89PNG")
    )
    assert len(list(pager)) == CLIPS
    sent = [r for r in mock.control.requests() if r["operation"] == "createSearch"][-1]
    assert sent["files"]["query_media_file"]["filename"] == "car.png"


def test_async_query(mock: MockServer, client: TwelveLabs) -> None:
    index_id = indexed(client)

    async def run() -> list[int]:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as aclient:
            pager = await aclient.search.query(
                index_id=index_id, search_options=["visual"], query_text="x", page_limit=5
            )
            assert len(pager.items) == 5 and pager.has_next
            return [
                m.rank async for m in aclient.search.query(index_id=index_id, search_options=["visual"], query_text="x")
            ]

    assert asyncio.run(run()) == list(range(1, CLIPS + 1))


def test_a_search_without_a_query_says_what_to_give(client: TwelveLabs) -> None:
    from twelvelabs_client import BadRequestError

    with pytest.raises(BadRequestError, match="at least one of query_text, query_media_url or query_media_file"):
        client.search.create(index_id=indexed(client), search_options=["visual"])
