"""`client.indexes` and `client.indexes.indexed_assets`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from twelvelabs_api import models as api
from twelvelabs_api.api.indexed_assets import (
    create_indexed_asset,
    delete_indexed_asset,
    list_indexed_assets,
    retrieve_indexed_asset,
)
from twelvelabs_api.api.indexes import create_index, delete_index, list_indexes, retrieve_index, update_index
from twelvelabs_api.types import Unset

from .._config import RequestOptions
from .._errors import InvalidRequestError
from .._pagination import AsyncPager, SyncPager
from .._parsing import no_content, parse_with
from .._transport import Call
from . import _inputs

if TYPE_CHECKING:
    from .._transport import AsyncSender, SyncSender


class _IndexCalls:
    def _create(
        self, index_name: str, models_: Sequence[Any], addons: Sequence[str] | None
    ) -> Call[api.CreateIndexResponse]:
        if not index_name or not index_name.strip():
            raise InvalidRequestError("index_name", "must not be empty")
        items = _inputs.as_models(models_, api.IndexModel, "models")
        if isinstance(items, Unset) or not items:
            example = "IndexesCreateRequestModelsItem(model_name='pegasus1.2', model_options=['visual', 'audio'])"
            raise InvalidRequestError("models", f"give at least one model, e.g. {example}")
        addon_names: list[Any] | None = list(addons) if addons is not None else None
        body = api.CreateIndexRequest(index_name=index_name, models=items, addons=_inputs.optional(addon_names))
        return Call(
            "indexes.create",
            lambda _: create_index._get_kwargs(body=body),
            parse_with(api.CreateIndexResponse.from_dict),
        )

    def _retrieve(self, index_id: str) -> Call[api.Index]:
        return Call("indexes.retrieve", lambda _: retrieve_index._get_kwargs(index_id), parse_with(api.Index.from_dict))

    def _list_page(self, page: int, **filters: Any) -> Call[api.IndexList]:
        params = {k: _inputs.optional(v) for k, v in filters.items()}
        return Call(
            "indexes.list", lambda _: list_indexes._get_kwargs(page=page, **params), parse_with(api.IndexList.from_dict)
        )

    def _update(self, index_id: str, index_name: str) -> Call[None]:
        body = api.UpdateIndexRequest(index_name=index_name)
        return Call("indexes.update", lambda _: update_index._get_kwargs(index_id, body=body), no_content)

    def _delete(self, index_id: str) -> Call[None]:
        return Call("indexes.delete", lambda _: delete_index._get_kwargs(index_id), no_content)


class _IndexedAssetCalls:
    def _create(
        self, index_id: str, asset_id: str, enable_video_stream: bool | None, user_metadata: Mapping[str, Any] | None
    ) -> Call[api.CreateIndexedAssetResponse]:
        body = api.CreateIndexedAssetRequest(
            asset_id=asset_id,
            enable_video_stream=True if enable_video_stream is None else enable_video_stream,
            user_metadata=_inputs.optional(
                None
                if user_metadata is None
                else api.CreateIndexedAssetRequestUserMetadata.from_dict(dict(user_metadata))
            ),
        )
        return Call(
            "indexes.indexed_assets.create",
            lambda _: create_indexed_asset._get_kwargs(index_id, body=body),
            parse_with(api.CreateIndexedAssetResponse.from_dict),
        )

    def _retrieve(self, index_id: str, indexed_asset_id: str) -> Call[api.IndexedAsset]:
        return Call(
            "indexes.indexed_assets.retrieve",
            lambda _: retrieve_indexed_asset._get_kwargs(index_id, indexed_asset_id),
            parse_with(api.IndexedAsset.from_dict),
        )

    def _list_page(self, index_id: str, page: int, **filters: Any) -> Call[api.IndexedAssetList]:
        params = {k: _inputs.optional(v) for k, v in filters.items()}
        return Call(
            "indexes.indexed_assets.list",
            lambda _: list_indexed_assets._get_kwargs(index_id, page=page, **params),
            parse_with(api.IndexedAssetList.from_dict),
        )

    def _delete(self, index_id: str, indexed_asset_id: str) -> Call[None]:
        return Call(
            "indexes.indexed_assets.delete",
            lambda _: delete_indexed_asset._get_kwargs(index_id, indexed_asset_id),
            no_content,
        )


class IndexedAssets(_IndexedAssetCalls):
    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def create(
        self,
        index_id: str,
        *,
        asset_id: str,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> api.CreateIndexedAssetResponse:
        """Index a ready asset; its `id` is also the `video_id` for gist, summarize and analyze."""
        return self._sender.request(
            self._create(index_id, asset_id, enable_video_stream, user_metadata), request_options
        )

    def retrieve(
        self, index_id: str, indexed_asset_id: str, *, request_options: RequestOptions | None = None
    ) -> api.IndexedAsset:
        return self._sender.request(self._retrieve(index_id, indexed_asset_id), request_options)

    def list(
        self,
        index_id: str,
        *,
        page_limit: int | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[api.IndexedAsset]:
        filters = {"page_limit": page_limit, "status": status}
        return SyncPager(lambda page: self._sender.request(self._list_page(index_id, page, **filters), request_options))

    def delete(self, index_id: str, indexed_asset_id: str, *, request_options: RequestOptions | None = None) -> None:
        self._sender.request(self._delete(index_id, indexed_asset_id), request_options)


class AsyncIndexedAssets(_IndexedAssetCalls):
    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def create(
        self,
        index_id: str,
        *,
        asset_id: str,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> api.CreateIndexedAssetResponse:
        call = self._create(index_id, asset_id, enable_video_stream, user_metadata)
        return await self._sender.request(call, request_options)

    async def retrieve(
        self, index_id: str, indexed_asset_id: str, *, request_options: RequestOptions | None = None
    ) -> api.IndexedAsset:
        return await self._sender.request(self._retrieve(index_id, indexed_asset_id), request_options)

    def list(
        self,
        index_id: str,
        *,
        page_limit: int | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[api.IndexedAsset]:
        filters = {"page_limit": page_limit, "status": status}
        return AsyncPager(
            lambda page: self._sender.request(self._list_page(index_id, page, **filters), request_options)
        )

    async def delete(
        self, index_id: str, indexed_asset_id: str, *, request_options: RequestOptions | None = None
    ) -> None:
        await self._sender.request(self._delete(index_id, indexed_asset_id), request_options)


class Indexes(_IndexCalls):
    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender
        self.indexed_assets = IndexedAssets(sender)

    def create(
        self,
        *,
        index_name: str,
        models: Sequence[Any],
        addons: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> api.CreateIndexResponse:
        """Create an index; gist, summarize and `video_id` analysis need a Pegasus model in it."""
        return self._sender.request(self._create(index_name, models, addons), request_options)

    def retrieve(self, index_id: str, *, request_options: RequestOptions | None = None) -> api.Index:
        return self._sender.request(self._retrieve(index_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        index_name: str | None = None,
        model_family: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[api.Index]:
        filters = {"page_limit": page_limit, "index_name": index_name, "model_family": model_family}
        return SyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    def update(self, index_id: str, *, index_name: str, request_options: RequestOptions | None = None) -> None:
        self._sender.request(self._update(index_id, index_name), request_options)

    def delete(self, index_id: str, *, request_options: RequestOptions | None = None) -> None:
        self._sender.request(self._delete(index_id), request_options)


class AsyncIndexes(_IndexCalls):
    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender
        self.indexed_assets = AsyncIndexedAssets(sender)

    async def create(
        self,
        *,
        index_name: str,
        models: Sequence[Any],
        addons: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> api.CreateIndexResponse:
        return await self._sender.request(self._create(index_name, models, addons), request_options)

    async def retrieve(self, index_id: str, *, request_options: RequestOptions | None = None) -> api.Index:
        return await self._sender.request(self._retrieve(index_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        index_name: str | None = None,
        model_family: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[api.Index]:
        filters = {"page_limit": page_limit, "index_name": index_name, "model_family": model_family}
        return AsyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    async def update(self, index_id: str, *, index_name: str, request_options: RequestOptions | None = None) -> None:
        await self._sender.request(self._update(index_id, index_name), request_options)

    async def delete(self, index_id: str, *, request_options: RequestOptions | None = None) -> None:
        await self._sender.request(self._delete(index_id), request_options)
