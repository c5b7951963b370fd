"""Entity collections, knowledge stores, data connectors, imports, videos and asset sub-resources, end to
end: the generated facade against the document-driven mock over loopback HTTP, sync and async."""

from __future__ import annotations

import asyncio

import pytest

from tests.client.conftest import KEY, VIDEO_URL
from twelvelabs_api.models import CreateEntityRequest, ImportFileRequest, Metadata
from twelvelabs_client import AsyncTwelveLabs, BadRequestError, NotFoundError, TwelveLabs
from twelvelabs_client.indexes import IndexesCreateRequestModelsItem
from twelvelabs_mock import MockServer

CALLBACK = "https://app.example.com/oauth/callback"


def metadata(**pairs: str | int) -> Metadata:
    return Metadata.from_dict(pairs)


def an_asset(client: TwelveLabs, name: str = "keynote.mp4") -> str:
    return str(client.assets.create(method="url", url=VIDEO_URL.replace("keynote.mp4", name)).id)


def test_entity_collections_and_entities(client: TwelveLabs, mock: MockServer) -> None:
    groups = client.entity_collections
    speakers = groups.create(name="Speakers", description="Keynote speakers")
    hosts = groups.create(name="Hosts")
    assert [c.name for c in groups.list()] == ["Hosts", "Speakers"], "newest first"
    assert [c.id for c in groups.list(name="speak")] == [speakers.id]
    assert [c.name for c in groups.list(sort_by="name", sort_option="asc")] == ["Hosts", "Speakers"]
    assert groups.retrieve(speakers.id).description == "Keynote speakers"
    renamed = groups.update(speakers.id, name="Presenters")
    assert (renamed.name, renamed.description) == ("Presenters", "Keynote speakers"), "update keeps the rest"

    entities = client.entity_collections.entities
    first, second = an_asset(client), an_asset(client, "demo.mp4")
    ada = entities.create(speakers.id, name="Ada", asset_ids=[first], metadata=metadata(team="research"))
    assert (ada.entity_collection_id, ada.asset_ids, ada.status) == (speakers.id, [first], "ready")
    assert entities.retrieve(speakers.id, ada.id).metadata.additional_properties == {"team": "research"}
    with pytest.raises(NotFoundError):
        entities.retrieve(hosts.id, ada.id)  # scoped to its collection
    assert entities.update(speakers.id, ada.id, description="Opening talk").description == "Opening talk"

    # The non-CRUD shapes: bulk create, add and remove members, list by a referenced asset.
    alan = CreateEntityRequest(name="Alan", asset_ids=[second])
    grace = CreateEntityRequest(name="Grace", asset_ids=[first])
    bulk = entities.create_bulk(speakers.id, entities=[alan, grace])
    assert (bulk.success_count, bulk.failed_count, bulk.errors) == (2, 0, [])
    assert [e.name for e in bulk.entities] == ["Alan", "Grace"]
    assert entities.create_assets(speakers.id, ada.id, asset_ids=[second, first]).asset_ids == [second, first]
    assert entities.delete_assets(speakers.id, ada.id, asset_ids=[first]).asset_ids == [second]
    assert sorted(e.name for e in entities.list_by_asset(second)) == ["Ada", "Alan"]
    assert [e.name for e in entities.list_by_asset(first)] == ["Grace"]
    with pytest.raises(NotFoundError):
        list(entities.list_by_asset("6772a1b0c9e8f3d2a1b4c5ff"))
    with pytest.raises(BadRequestError):
        entities.create_assets(speakers.id, ada.id, asset_ids=[])

    pager = entities.list(speakers.id, page_limit=2)
    assert [len(page.items) for page in pager.iter_pages()] == [2, 1]
    assert [e.name for e in entities.list(speakers.id, name="gra")] == ["Grace"]
    assert len(list(entities.list(speakers.id, status="ready"))) == 3
    entities.delete(speakers.id, ada.id)
    with pytest.raises(NotFoundError):
        entities.retrieve(speakers.id, ada.id)
    groups.delete(speakers.id)
    with pytest.raises(NotFoundError):
        list(entities.list(speakers.id))  # the entities went with their collection
    assert [c.id for c in groups.list()] == [hosts.id]


def test_knowledge_stores_items_and_item_collections(client: TwelveLabs, mock: MockServer) -> None:
    store = client.knowledge_stores.create(name="Launches", metadata=metadata(owner="marketing"))
    assert store.item_count == 0
    asset = an_asset(client)
    items = client.knowledge_store_items
    item = items.create(store.id, asset_id=asset, asset_type="video", metadata=metadata(event="launch"))
    mock.control.advance(1)  # distinct creation times, for sorting
    other = items.create(store.id, asset_id=an_asset(client, "demo.mp4"))
    assert (item.knowledge_store_id, item.status) == (store.id, "ready")
    assert [i.id for i in items.list(store.id)] == [other.id, item.id]
    assert [i.id for i in items.list(store.id, sort_by="created_at", sort_option="asc")] == [item.id, other.id]
    assert items.retrieve(store.id, item.id).asset_id == asset
    assert client.knowledge_stores.retrieve(store.id).item_count == 2, "counts its items"
    assert client.knowledge_stores.update(store.id, name="Events").name == "Events"
    assert [s.name for s in client.knowledge_stores.list()] == ["Events"]

    found = client.knowledge_stores.search(store.id, query="the new phone", search_options=["visual"])
    assert {(r.item_id, r.asset_id) for r in found.data} == {(item.id, asset), (other.id, other.asset_id)}

    collections = client.knowledge_store_item_collections
    keynotes = collections.create(store.id, name="Keynotes")
    assert (keynotes.knowledge_store_id, keynotes.member_count) == (store.id, 0)
    assert collections.add_items(store.id, keynotes.id, item_ids=[item.id, other.id]).member_count == 2
    collections.remove_items(store.id, keynotes.id, item_ids=[other.id])
    assert [i.id for i in collections.list_items(store.id, keynotes.id)] == [item.id]
    assert collections.retrieve(store.id, keynotes.id).member_count == 1
    assert collections.update(store.id, keynotes.id, description="Main stage").description == "Main stage"
    assert [c.id for c in collections.list(store.id)] == [keynotes.id]
    collections.delete(store.id, keynotes.id)
    assert list(collections.list(store.id)) == []

    items.delete(store.id, other.id)
    assert [i.id for i in items.list(store.id)] == [item.id]
    client.knowledge_stores.delete(store.id)
    with pytest.raises(NotFoundError):
        client.knowledge_stores.search(store.id, query="phone")
    with pytest.raises(NotFoundError):
        items.retrieve(store.id, item.id)


def test_data_connectors_and_imports(client: TwelveLabs) -> None:
    connectors = client.data_connectors
    registered = connectors.create_redirect_uri(redirect_uri=CALLBACK)
    assert [u.redirect_uri for u in connectors.list_redirect_uris().data] == [CALLBACK]

    started = connectors.authorize_connection(provider="google_drive", redirect_uri=CALLBACK, custom_id="user-1")
    assert started.authorize_url.startswith("https://") and started.state
    listed = connectors.list_connections()
    assert listed.page_info.total_results == 1
    connection = connectors.retrieve_connection(listed.data[0].id)
    assert (connection.provider, connection.custom_id, connection.status) == ("google_drive", "user-1", "active")
    token = connectors.create_connection_picker_token(connection.id)
    assert token.access_token and token.expires_in > 0

    imported = client.imports.import_files(connection.id, items=[ImportFileRequest(file_id="1AbC", name="a.mp4")])
    assert ([f.file_id for f in imported.items], imported.has_failures) == (["1AbC"], False)
    again = client.imports.retrieve_import(connection.id, imported.id)
    assert (again.connection_id, again.item_count) == (connection.id, 1)
    assert [i.id for i in client.imports.list_imports(connection.id).data] == [imported.id]
    with pytest.raises(NotFoundError):
        client.imports.import_files("6792a1b2c3d4e5f6a7b8c9ff", items=[ImportFileRequest(file_id="x")])

    connectors.delete_connection(connection.id)
    with pytest.raises(NotFoundError):
        client.imports.retrieve_import(connection.id, imported.id)  # imports go with their connection
    with pytest.raises(NotFoundError):
        connectors.create_connection_picker_token(connection.id)
    connectors.delete_redirect_uri(registered.id)
    assert connectors.list_redirect_uris().data == []


def test_videos_indexed_assets_and_asset_sub_resources(client: TwelveLabs, mock: MockServer) -> None:
    asset = an_asset(client)
    model = IndexesCreateRequestModelsItem(model_name="pegasus1.2", model_options=["visual"])
    index = client.indexes.create(index_name="keynotes", models=[model])
    indexed = client.indexes.indexed_assets.create(index.id, asset_id=asset)
    client.indexes.indexed_assets.update(index.id, indexed.id, user_metadata=metadata(category="keynote"))
    assert client.indexes.indexed_assets.retrieve(index.id, indexed.id).user_metadata.additional_properties == {
        "category": "keynote"
    }
    by_asset = list(client.indexes.indexed_assets.list_by_asset(asset))
    assert [(v.id, v.index.id, v.index.name) for v in by_asset] == [(indexed.id, index.id, "keynotes")]

    # Videos are the legacy view of the same indexed assets.
    videos = client.indexes.videos
    assert [v.id for v in videos.list(index.id)] == [indexed.id]
    assert [v.id for v in videos.list(index.id, user_metadata='{"category": "keynote"}')] == [indexed.id]
    assert list(videos.list(index.id, user_metadata='{"category": "demo"}')) == []
    width = videos.retrieve(index.id, indexed.id).system_metadata.width  # stable per media (1280 here)
    assert [v.id for v in videos.list(index.id, filename="KEYNOTE", width=width)] == [indexed.id]
    assert list(videos.list(index.id, width=width + 1)) == []
    video = videos.retrieve(index.id, indexed.id, embedding_option=["visual", "audio"], transcription=True)
    assert (video.asset_id, video.system_metadata.filename) == (asset, "keynote.mp4")
    videos.update(index.id, indexed.id, user_metadata=metadata(category="demo"))
    assert videos.retrieve(index.id, indexed.id).user_metadata.additional_properties == {"category": "demo"}
    videos.delete(index.id, indexed.id)
    with pytest.raises(NotFoundError):
        client.indexes.indexed_assets.retrieve(index.id, indexed.id)

    transcription = client.assets.retrieve_transcription(asset, include=["words", "sentences"])
    assert transcription.status == "ready"
    request = mock.control.requests()[-1]
    assert request["path"].endswith("/transcription") and request["status"] == 200

    # User metadata has no read operation of its own: the mock's record shows it.
    def stored() -> object:
        return mock.app.store.get("/assets", asset).fields.get("user_metadata")  # type: ignore[union-attr]

    client.assets.replace_user_metadata(asset, user_metadata=metadata(category="keynote", year=2026))
    assert stored() == {"category": "keynote", "year": 2026}
    client.assets.update_user_metadata(asset, user_metadata=metadata(speaker="Ada"))
    assert stored() == {"category": "keynote", "year": 2026, "speaker": "Ada"}
    client.assets.replace_user_metadata(asset, user_metadata=metadata(speaker="Alan"))
    assert stored() == {"speaker": "Alan"}
    client.assets.delete_user_metadata(asset)
    assert stored() is None
    with pytest.raises(NotFoundError):
        client.assets.retrieve_transcription("6772a1b0c9e8f3d2a1b4c5ff")


def test_the_async_client_walks_knowledge_stores_and_entities(mock: MockServer) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=mock.base_url) as client:
            store = await client.knowledge_stores.create(name="Async store")
            assert [s.id async for s in client.knowledge_stores.list()] == [store.id]
            assert (await client.knowledge_stores.update(store.id, description="d")).description == "d"
            asset = await client.assets.create(method="url", url=VIDEO_URL)
            item = await client.knowledge_store_items.create(store.id, asset_id=asset.id)
            collection = await client.knowledge_store_item_collections.create(store.id, name="c")
            await client.knowledge_store_item_collections.add_items(store.id, collection.id, item_ids=[item.id])
            members = client.knowledge_store_item_collections.list_items(store.id, collection.id)
            assert [i.id async for i in members] == [item.id]
            assert [r.item_id for r in (await client.knowledge_stores.search(store.id, query="q")).data] == [item.id]
            assert (await client.knowledge_stores.retrieve(store.id)).item_count == 1
            await client.knowledge_stores.delete(store.id)
            with pytest.raises(NotFoundError):
                await client.knowledge_stores.retrieve(store.id)

            group = await client.entity_collections.create(name="Async")
            entity = await client.entity_collections.entities.create(group.id, name="Ada", asset_ids=[asset.id])
            bulk = await client.entity_collections.entities.create_bulk(
                group.id, entities=[CreateEntityRequest(name="Alan", asset_ids=[asset.id])]
            )
            assert bulk.success_count == 1
            assert len([e async for e in client.entity_collections.entities.list_by_asset(asset.id)]) == 2
            await client.entity_collections.entities.delete_assets(group.id, entity.id, asset_ids=[asset.id])
            assert (await client.entity_collections.entities.retrieve(group.id, entity.id)).asset_ids == []
            await client.assets.update_user_metadata(asset.id, user_metadata=metadata(k="v"))
            await client.entity_collections.delete(group.id)
            assert [c async for c in client.entity_collections.list()] == []

    asyncio.run(run())
