"""A second program in the official documentation's style, written for the official `twelvelabs` package:
entity collections, knowledge stores, search through its pager, indexed assets and user metadata, the
models' attributes under their official names, and async lists. Run as `program.py` is (see there)."""

import asyncio
import json
import sys
import traceback

from twelvelabs import AsyncTwelveLabs, TwelveLabs
from twelvelabs.errors import NotFoundError
from twelvelabs.indexes import IndexesCreateRequestModelsItem
from twelvelabs.types import AnalyzePromptV2, SyncResponseFormat, VideoContext_Base64String, VideoContext_Url

BASE_URL, API_KEY = sys.argv[1], sys.argv[2]
VIDEO_URL = "https://cdn.example.com/videos/keynote.mp4"
client = TwelveLabs(api_key=API_KEY, base_url=BASE_URL)
state: dict = {}
results: dict = {}


def step(function):
    try:
        function()
        results[function.__name__] = "ok"
    except Exception as error:  # every step runs; what failed is reported, not raised
        results[function.__name__] = f"{type(error).__name__}: {error}"[:300]
        traceback.print_exc(file=sys.stderr)
    return function


@step
def official_attribute_names():
    assert VideoContext_Url(url=VIDEO_URL).type == "url"
    assert VideoContext_Base64String(base_64_string="AAAA").base_64_string == "AAAA"
    assert SyncResponseFormat(type="json_schema", json_schema={"type": "object"}).type == "json_schema"
    assert AnalyzePromptV2(input_text="Describe it").input_text == "Describe it"
    assert VideoContext_Base64String(base64_string="AAAA").type == "base64_string"


@step
def entity_collection_lifecycle():
    collection = client.entity_collections.create(name="people", description="Speakers")
    state["collection_id"] = collection.id
    client.entity_collections.update(collection.id, description="Keynote speakers")
    assert client.entity_collections.retrieve(collection.id).description == "Keynote speakers"
    names = [c.name for c in client.entity_collections.list(sort_by="name", sort_option="asc")]
    assert "people" in names


@step
def entities_one_and_in_bulk():
    asset = client.assets.create(method="url", url=VIDEO_URL)
    state["asset_id"] = asset.id
    collection_id = state["collection_id"]
    entity = client.entity_collections.entities.create(collection_id, name="Ada", asset_ids=[asset.id])
    bulk = client.entity_collections.entities.create_bulk(
        collection_id, entities=[{"name": "Alan", "asset_ids": [asset.id]}, {"name": "Grace", "asset_ids": [asset.id]}]
    )
    assert bulk.success_count == 2
    listed = sorted(e.name for e in client.entity_collections.entities.list(collection_id))
    assert listed == ["Ada", "Alan", "Grace"], listed
    client.entity_collections.entities.delete(collection_id, entity.id)
    try:
        client.entity_collections.entities.retrieve(collection_id, entity.id)
        raise AssertionError("a deleted entity was found")
    except NotFoundError as error:
        assert error.status_code == 404


@step
def knowledge_store_lifecycle():
    store = client.knowledge_stores.create(name="handbook", description="Company handbook")
    assert client.knowledge_stores.retrieve(store.id).name == "handbook"
    client.knowledge_stores.update(store.id, name="handbook v2")
    assert any(s.name == "handbook v2" for s in client.knowledge_stores.list())
    client.knowledge_stores.delete(store.id)


@step
def search_every_page():
    index = client.indexes.create(
        index_name="official-style-search",
        models=[IndexesCreateRequestModelsItem(model_name="marengo3.0", model_options=["visual", "audio"])],
    )
    task = client.tasks.create(index_id=index.id, video_url=VIDEO_URL)
    client.tasks.wait_for_done(task_id=task.id, sleep_interval=0.5)
    state["index_id"] = index.id
    pager = client.search.query(index_id=index.id, search_options=["visual"], query_text="a stage", page_limit=1)
    matches = list(pager)
    assert len(matches) >= 2 and all(m.video_id for m in matches)
    first = client.search.create(index_id=index.id, search_options=["visual"], query_text="a stage", page_limit=1)
    token = first.page_info.next_page_token
    assert client.search.retrieve(token).data


@step
def indexed_assets_and_user_metadata():
    index_id = state["index_id"]
    assets = list(client.indexes.indexed_assets.list(index_id))
    assert len(assets) == 1
    client.indexes.indexed_assets.update(index_id, assets[0].id, user_metadata={"team": "keynote"})
    detailed = client.indexes.indexed_assets.retrieve(index_id, assets[0].id)
    assert detailed.user_metadata == {"team": "keynote"}, detailed.user_metadata


@step
def async_lists_and_pages():
    async def main():
        async_client = AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL)
        pager = await async_client.entity_collections.list(page_limit=1)
        names = [collection.name async for collection in pager]
        page = await async_client.indexes.list(page_limit=1)
        assert isinstance(page.has_next, bool) and len(page.items) == 1
        return names

    assert asyncio.run(main()) == ["people"]


print(json.dumps(results))
