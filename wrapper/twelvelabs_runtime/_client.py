"""What `TwelveLabs` and `AsyncTwelveLabs` share beyond their generated resources: configuration,
`with_options`, and the connection pool (opened on the first request, closed by `close()`, `with`, or
when the last client using it is collected)."""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx
from typing_extensions import Self

from ._config import resolve_api_key, resolve_base_url, resolve_max_retries, resolve_timeout
from ._core import AsyncCore, SyncCore
from ._transport import AsyncSender, Settings, SyncSender, configure_logging

# Enough for 50 concurrent calls and more without opening a socket per call.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class Pool(Generic[H]):
    """The httpx client a client and its `with_options` copies share. Ours is made on first use:
    making one loads the TLS certificates (tens of milliseconds), which constructing a client need not pay."""

    def __init__(self, given: H | None, make: Callable[[], H]) -> None:
        self.owned = given is None
        self._http: H | None = given
        self._make: Callable[[], H] = make

    def get(self) -> H:
        if self._http is None:
            http = self._http = self._make()
            if isinstance(http, httpx.Client):
                # A client dropped without close() still releases its sockets (no ResourceWarning at exit).
                weakref.finalize(self, http.close)
        return self._http

    @property
    def opened(self) -> bool:
        return self._http is not None


# How `with_options` checks each setting it is given.
_RESOLVERS: dict[str, Callable[[Any], Any]] = {
    "api_key": resolve_api_key, "base_url": resolve_base_url, "timeout": resolve_timeout,
    "max_retries": resolve_max_retries, "default_headers": dict,
}  # fmt: skip


class _ClientBase(Generic[H]):
    _http_class: type[H]
    _pool: Pool[H]
    _sender: SyncSender | AsyncSender
    _sender_class: Callable[[Callable[[], H], Settings], SyncSender | AsyncSender]
    _core_class: Callable[[Any], SyncCore | AsyncCore]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: H | None = None,
        httpx_client: H | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        # `httpx_client` and `headers` are the official package's names for `http_client` and `default_headers`.
        configure_logging()
        settings = Settings(
            api_key=resolve_api_key(api_key),
            base_url=resolve_base_url(base_url),
            timeout=resolve_timeout(timeout),
            max_retries=resolve_max_retries(max_retries),
            default_headers={**(headers or {}), **(default_headers or {})},
        )
        make = self._http_class
        self._pool = Pool(
            http_client or httpx_client,
            lambda: make(timeout=settings.timeout, limits=DEFAULT_LIMITS, follow_redirects=False),
        )
        self._connect(settings)

    def _connect(self, settings: Settings) -> None:
        self._sender = self._sender_class(self._pool.get, settings)
        self._core = self._core_class(self._sender)

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
        copy._pool = self._pool
        settings = self._sender.settings
        if default_headers is not None:
            default_headers = {**settings.default_headers, **default_headers}
        given = dict(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries)
        for name, value in {**given, "default_headers": default_headers}.items():
            if value is not None:
                settings = dataclasses.replace(settings, **{name: _RESOLVERS[name](value)})
        copy._connect(settings)
        copy._sender.sleep = self._sender.sleep
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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


class SyncClientBase(_ClientBase[httpx.Client]):
    """The TwelveLabs v1.3 API.

    `api_key` defaults to `TWELVELABS_API_KEY`, `base_url` to `TWELVELABS_BASE_URL`, then to the API's
    server; explicit arguments always win. Calls time out after 600 s (5 s to connect) and are retried
    twice on connection errors, timeouts, 408, 429 and 5xx, unless `timeout` / `max_retries` say
    otherwise here, in `with_options(...)`, or per call in `request_options`. Use it in `with`, or call
    `close()`, to close its connections when done.
    """

    _http_class = httpx.Client
    _sender_class = SyncSender
    _core_class = SyncCore
    _sender: SyncSender
    _core: SyncCore

    def close(self) -> None:
        """Close the connection pool (only if this client made it)."""
        if self._pool.owned and self._pool.opened:
            self._pool.get().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClientBase(_ClientBase[httpx.AsyncClient]):
    """The async twin of `TwelveLabs`: the same methods, awaited. Configuration as in `TwelveLabs`; use it
    in `async with`, or `await client.close()`, to close its connections when done."""

    _http_class = httpx.AsyncClient
    _sender_class = AsyncSender
    _core_class = AsyncCore
    _sender: AsyncSender
    _core: AsyncCore

    async def close(self) -> None:
        if self._pool.owned and self._pool.opened:
            await self._pool.get().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
