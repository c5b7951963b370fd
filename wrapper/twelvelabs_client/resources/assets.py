"""`client.assets`: uploaded media."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from twelvelabs_api import models
from twelvelabs_api.api.assets import create_asset, delete_asset, list_assets, retrieve_asset

from .._config import RequestOptions
from .._errors import InvalidRequestError
from .._pagination import AsyncPager, SyncPager
from .._parsing import no_content, parse_with
from .._polling import DEFAULT_BACKOFF, DEFAULT_MAX_INTERVAL, DEFAULT_WAIT_TIMEOUT, PollPlan, wait_async, wait_sync
from .._transport import Call
from .._uploads import FileInput, open_upload
from . import _inputs

if TYPE_CHECKING:
    from .._transport import AsyncSender, SyncSender

TERMINAL = frozenset({"ready", "failed"})


class _AssetCalls:
    def _create(
        self,
        method: str,
        file: FileInput | None,
        url: str | None,
        filename: str | None,
        enable_hls: bool | None,
        enable_thumbnail: bool | None,
        user_metadata: Mapping[str, Any] | str | None,
    ) -> Call[models.Asset]:
        if method not in ("direct", "url"):
            raise InvalidRequestError("method", f"must be 'direct' (with file=) or 'url' (with url=), got {method!r}")
        if method == "direct" and (file is None or url is not None):
            raise InvalidRequestError(
                "file", "method='direct' needs file= (a path, bytes or a binary file) and no url="
            )
        if method == "url" and (url is None or file is not None):
            raise InvalidRequestError("url", "method='url' needs url= and no file=")
        metadata = _inputs.metadata_string(user_metadata)

        def build(stack: contextlib.ExitStack[Any]) -> dict[str, Any]:
            body = models.CreateAssetRequest(
                method=method,  # type: ignore[arg-type]
                file=_inputs.optional(None if file is None else open_upload(file, "file", stack, filename)),
                url=_inputs.optional(url),
                filename=_inputs.optional(filename),
                enable_hls=True if enable_hls is None else enable_hls,
                enable_thumbnail=True if enable_thumbnail is None else enable_thumbnail,
                user_metadata=metadata,
            )
            return create_asset._get_kwargs(body=body)

        if file is not None:
            with contextlib.ExitStack() as stack:
                build(stack)  # a missing file or a text-mode handle fails here, before any request
        return Call("assets.create", build, parse_with(models.Asset.from_dict))

    def _retrieve(self, asset_id: str) -> Call[models.Asset]:
        return Call(
            "assets.retrieve", lambda _: retrieve_asset._get_kwargs(asset_id), parse_with(models.Asset.from_dict)
        )

    def _list_page(self, page: int, **filters: Any) -> Call[models.AssetList]:
        params = {k: _inputs.optional(v) for k, v in filters.items()}
        return Call(
            "assets.list",
            lambda _: list_assets._get_kwargs(page=page, **params),
            parse_with(models.AssetList.from_dict),
        )

    def _delete(self, asset_id: str, force: bool | None) -> Call[None]:
        return Call("assets.delete", lambda _: delete_asset._get_kwargs(asset_id, force=bool(force)), no_content)

    @staticmethod
    def _plan(
        asset_id: str, sleep_interval: float, timeout: float | None, backoff: float, max_interval: float
    ) -> PollPlan:
        return PollPlan(f"asset {asset_id}", TERMINAL, sleep_interval, backoff, max_interval, timeout)


class Assets(_AssetCalls):
    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def create(
        self,
        *,
        method: str,
        file: FileInput | None = None,
        url: str | None = None,
        filename: str | None = None,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.Asset:
        """Upload media: `method="direct"` with `file=` (a path, bytes or binary file, streamed from disk),
        or `method="url"` with `url=`. A retried upload sends the whole file again."""
        call = self._create(method, file, url, filename, enable_hls, enable_thumbnail, user_metadata)
        return self._sender.request(call, request_options)

    def retrieve(self, asset_id: str, *, request_options: RequestOptions | None = None) -> models.Asset:
        return self._sender.request(self._retrieve(asset_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        filename: str | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[models.Asset]:
        filters = {"page_limit": page_limit, "filename": filename, "status": status}
        return SyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    def delete(
        self, asset_id: str, *, force: bool | None = None, request_options: RequestOptions | None = None
    ) -> None:
        self._sender.request(self._delete(asset_id, force), request_options)

    def wait_for_done(
        self,
        asset_id: str,
        *,
        sleep_interval: float = 5.0,
        callback: Callable[[models.Asset], Any] | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        backoff: float = DEFAULT_BACKOFF,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_options: RequestOptions | None = None,
    ) -> models.Asset:
        """Poll until the asset is ready or failed."""
        plan = self._plan(asset_id, sleep_interval, timeout, backoff, max_interval)
        return wait_sync(
            plan, lambda: self.retrieve(asset_id, request_options=request_options), callback, self._sender.sleep
        )


class AsyncAssets(_AssetCalls):
    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def create(
        self,
        *,
        method: str,
        file: FileInput | None = None,
        url: str | None = None,
        filename: str | None = None,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.Asset:
        call = self._create(method, file, url, filename, enable_hls, enable_thumbnail, user_metadata)
        return await self._sender.request(call, request_options)

    async def retrieve(self, asset_id: str, *, request_options: RequestOptions | None = None) -> models.Asset:
        return await self._sender.request(self._retrieve(asset_id), request_options)

    def list(
        self,
        *,
        page_limit: int | None = None,
        filename: str | None = None,
        status: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[models.Asset]:
        filters = {"page_limit": page_limit, "filename": filename, "status": status}
        return AsyncPager(lambda page: self._sender.request(self._list_page(page, **filters), request_options))

    async def delete(
        self, asset_id: str, *, force: bool | None = None, request_options: RequestOptions | None = None
    ) -> None:
        await self._sender.request(self._delete(asset_id, force), request_options)

    async def wait_for_done(
        self,
        asset_id: str,
        *,
        sleep_interval: float = 5.0,
        callback: Callable[[models.Asset], Any] | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        backoff: float = DEFAULT_BACKOFF,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        request_options: RequestOptions | None = None,
    ) -> models.Asset:
        plan = self._plan(asset_id, sleep_interval, timeout, backoff, max_interval)
        return await wait_async(
            plan, lambda: self.retrieve(asset_id, request_options=request_options), callback, self._sender.sleep
        )
