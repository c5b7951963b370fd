"""What `TwelveLabs` and `AsyncTwelveLabs` share beyond their generated resources: configuration,
`with_options`, and closing the pool."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx
from typing_extensions import Self

from ._config import resolve_api_key, resolve_base_url, resolve_max_retries, resolve_timeout
from ._core import AsyncCore, SyncCore
from ._transport import AsyncSender, Settings, SyncSender, configure_logging

# Enough for 50 concurrent calls and more without opening a socket per call.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def _settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
) -> Settings:
    configure_logging()
    return Settings(
        api_key=resolve_api_key(api_key),
        base_url=resolve_base_url(base_url),
        timeout=resolve_timeout(timeout),
        max_retries=resolve_max_retries(max_retries),
        default_headers=dict(default_headers or {}),
    )


def _changed(settings: Settings, **changes: Any) -> Settings:
    if changes.get("api_key") is not None:
        changes["api_key"] = resolve_api_key(changes["api_key"])
    if changes.get("base_url") is not None:
        changes["base_url"] = resolve_base_url(changes["base_url"])
    if changes.get("timeout") is not None:
        changes["timeout"] = resolve_timeout(changes["timeout"])
    if changes.get("max_retries") is not None:
        changes["max_retries"] = resolve_max_retries(changes["max_retries"])
    if changes.get("default_headers") is not None:
        changes["default_headers"] = {**settings.default_headers, **changes["default_headers"]}
    return settings.with_changes(**changes)


class SyncClientBase:
    """The TwelveLabs v1.3 API.

    `api_key` defaults to `TWELVELABS_API_KEY`, `base_url` to `TWELVELABS_BASE_URL`, then to the API's
    server; explicit arguments always win. Calls time out after 600 s (5 s to connect) and are retried
    twice on connection errors, timeouts, 408, 429 and 5xx, unless `timeout` / `max_retries` say
    otherwise here, in `with_options(...)`, or per call in `request_options`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        httpx_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        # `httpx_client` and `headers` are the official package's names for `http_client` and `default_headers`.
        http_client = http_client or httpx_client
        default_headers = {**(headers or {}), **(default_headers or {})}
        settings = _settings(api_key, base_url, timeout, max_retries, default_headers)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=settings.timeout, limits=DEFAULT_LIMITS, follow_redirects=False
        )
        self._sender = SyncSender(self._http, settings)
        self._core = SyncCore(self._sender)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool; this client is unchanged."""
        copy = object.__new__(type(self))
        copy._owns_http = False
        copy._http = self._http
        settings = _changed(
            self._sender.settings, api_key=api_key, base_url=base_url, timeout=timeout,
            max_retries=max_retries, default_headers=default_headers,
        )  # fmt: skip
        copy._sender = SyncSender(self._http, settings)
        copy._sender.sleep = self._sender.sleep
        copy._core = SyncCore(copy._sender)
        return copy

    @property
    def base_url(self) -> str:
        return self._sender.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._sender.settings.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._sender.settings.timeout

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


class AsyncClientBase:
    """The async twin of `TwelveLabs`: the same methods, awaited. Configuration as in `TwelveLabs`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        # `httpx_client` and `headers` are the official package's names for `http_client` and `default_headers`.
        http_client = http_client or httpx_client
        default_headers = {**(headers or {}), **(default_headers or {})}
        settings = _settings(api_key, base_url, timeout, max_retries, default_headers)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=settings.timeout, limits=DEFAULT_LIMITS, follow_redirects=False
        )
        self._sender = AsyncSender(self._http, settings)
        self._core = AsyncCore(self._sender)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool; this client is unchanged."""
        copy = object.__new__(type(self))
        copy._owns_http = False
        copy._http = self._http
        settings = _changed(
            self._sender.settings, api_key=api_key, base_url=base_url, timeout=timeout,
            max_retries=max_retries, default_headers=default_headers,
        )  # fmt: skip
        copy._sender = AsyncSender(self._http, settings)
        copy._sender.sleep = self._sender.sleep
        copy._core = AsyncCore(copy._sender)
        return copy

    @property
    def base_url(self) -> str:
        return self._sender.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._sender.settings.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._sender.settings.timeout

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"
