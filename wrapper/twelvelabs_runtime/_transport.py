"""Sending one call: headers, timeouts, retries with backoff, error mapping and logging.

A `Call` is what a generated method produces (through `_core`): how to build the request (again for
each attempt, so an upload reopens or rewinds its file) and how to parse the answer.
"""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import random
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from ._config import RequestOptions, resolve_max_retries, resolve_timeout
from ._errors import APIConnectionError, APIError, APITimeoutError, status_error
from ._version import __version__

T = TypeVar("T")
logger = logging.getLogger("twelvelabs_client")

RETRYABLE_STATUSES = frozenset({408, 429}) | frozenset(range(500, 600))
# Answers and failures that show the API did not act on the request, so even a create may be retried.
NOT_ACTED_ON_STATUSES = frozenset({408, 429, 503})
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0  # a server asking for a longer wait gets the error back instead of a frozen call
USER_AGENT = (
    f"twelvelabs-openapi/{__version__} (Python {platform.python_version()}; httpx {httpx.__version__}; {sys.platform})"
)


@dataclass(frozen=True)
class Call(Generic[T]):
    """One API call, ready to send. `build` gets an ExitStack that lives as long as one attempt."""

    operation: str
    build: Callable[[contextlib.ExitStack[Any]], dict[str, Any]]
    parse: Callable[[httpx.Response], T]
    replayable: bool = True  # False: retry only failures that show the API did not act on the request


@dataclass(frozen=True)
class Settings:
    """What every request of a client shares. The key is kept out of repr()."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    default_headers: Mapping[str, str] = field(default_factory=dict)


def configure_logging() -> None:
    """`TWELVELABS_LOG=debug` (or info) turns on the client's log on stderr."""
    level = os.environ.get("TWELVELABS_LOG", "").upper()
    if level in ("DEBUG", "INFO", "WARNING") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


class _Sender:
    """What the sync and async senders share: building requests and deciding about retries."""

    sleep: Callable[[float], Any]  # time.sleep or asyncio.sleep

    def __init__(self, http: Callable[[], httpx.Client | httpx.AsyncClient], settings: Settings) -> None:
        self._http = http  # the pool, opened on first use
        self.settings = settings
        self.random = random.Random()
        self.now: Callable[[], float] = time.time

    @property
    def http(self) -> httpx.Client | httpx.AsyncClient:
        return self._http()

    def build_request(
        self, call: Call[Any], options: RequestOptions, stack: contextlib.ExitStack[Any]
    ) -> httpx.Request:
        kwargs = call.build(stack)
        settings = self.settings
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **settings.default_headers,
            **kwargs.pop("headers", {}),
            **(options.get("additional_headers") or {}),
            "x-api-key": settings.api_key,
        }
        params = [*kwargs.pop("params", []), *(options.get("additional_query_parameters") or {}).items()]
        body = kwargs.pop("json", None)
        extra_body = options.get("additional_body_parameters")
        if extra_body:
            body = {**(body or {}), **extra_body}
        return self.http.build_request(
            kwargs.pop("method").upper(),
            settings.base_url + kwargs.pop("url"),
            params=params or None,
            json=body,
            files=kwargs.pop("files", None),
            headers=headers,
            timeout=self.timeout_for(options),
        )

    def timeout_for(self, options: RequestOptions) -> httpx.Timeout:
        if "timeout" in options:
            return resolve_timeout(options["timeout"])
        if "timeout_in_seconds" in options:
            return resolve_timeout(options["timeout_in_seconds"])
        return self.settings.timeout

    def max_retries_for(self, options: RequestOptions) -> int:
        return resolve_max_retries(options.get("max_retries", self.settings.max_retries))

    @staticmethod
    def safe_to_retry(call: Call[Any], outcome: httpx.Response | httpx.TransportError) -> bool:
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            return status in RETRYABLE_STATUSES and (call.replayable or status in NOT_ACTED_ON_STATUSES)
        return call.replayable or isinstance(outcome, NOT_SENT)

    def delay_before_retry(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None when the server asks for too long a wait."""
        if response is not None:
            asked = self.retry_after(response.headers)
            if asked is not None:
                return asked if asked <= MAX_RETRY_AFTER else None
        backoff: float = min(INITIAL_BACKOFF * 2.0**attempt, MAX_BACKOFF)
        return backoff * (1 - 0.25 * self.random.random())

    def retry_after(self, headers: httpx.Headers) -> float | None:
        if "retry-after-ms" in headers:
            with contextlib.suppress(ValueError):
                return max(0.0, float(headers["retry-after-ms"]) / 1000)
        value = headers.get("retry-after")
        if value is None:
            return None
        with contextlib.suppress(ValueError):
            return max(0.0, float(value))
        import email.utils  # only for a Retry-After given as a date: kept off the import path

        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(0.0, moment.timestamp() - self.now())

    @staticmethod
    def transport_error(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        if isinstance(error, httpx.TimeoutException):
            phase = {
                httpx.ConnectTimeout: "connection",
                httpx.ReadTimeout: "read",
                httpx.WriteTimeout: "upload",
                httpx.PoolTimeout: "wait for a free connection",
            }.get(type(error), "request")
            return APITimeoutError(request, phase=phase)
        detail = str(error) or type(error).__name__
        return APIConnectionError(
            f"Connection failed ({detail}) - {request.method} {request.url.copy_with(query=None)}", request=request
        )

    @staticmethod
    def log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d (request id %s) %.3fs",
                request.method,
                request.url.copy_with(query=None),
                response.status_code,
                response.headers.get("x-request-id", "-"),
                time.monotonic() - started,
            )

    async def exchange(self, call: Call[Any], options: RequestOptions, *, stream: bool) -> httpx.Response:
        """The retry loop, for both senders: a 2xx response (a stream is left open for the caller), or the
        typed error. Every I/O step goes through `ready`, so the sync sender runs it with `run_sync`."""
        retries = self.max_retries_for(options)
        attempt = 0
        while True:
            with contextlib.ExitStack() as stack:
                request = self.build_request(call, options, stack)
                started = time.monotonic()
                response: httpx.Response | None = None
                outcome: httpx.Response | httpx.TransportError
                try:
                    outcome = response = await ready(self.http.send(request, stream=stream))
                except httpx.TransportError as error:
                    outcome = error
                    failure: APIError = self.transport_error(error, request)
                else:
                    self.log_response(request, response, started)
                    if response.is_success:
                        return response
                    if stream:
                        await ready(self.read(response))  # reading it to the end closes it
                    failure = status_error(response)
                    if response.status_code not in RETRYABLE_STATUSES:
                        raise failure
            if not self.safe_to_retry(call, outcome):
                failure.message += " Not retried: the API may have acted on it; check before sending it again."
                failure.args = (failure.message,)
                raise failure
            delay = self.delay_before_retry(attempt, response) if attempt < retries else None
            if delay is None:
                raise failure
            reason = failure.message.split(" - ")[0]
            logger.info("%s failed (%s); retry %d of %d in %.2fs", call.operation, reason, attempt + 1, retries, delay)
            await ready(self.sleep(delay))
            attempt += 1

    @staticmethod
    def read(response: httpx.Response) -> Any:
        return response.read()


async def ready(value: T | Awaitable[T]) -> T:
    """`value`, awaited when it is awaitable: one `async def` then serves both clients, as only the async
    client's I/O gives awaitables."""
    if isinstance(value, Awaitable):
        return await value
    return value


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine that never suspends: every awaitable in it came from sync calls."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    coroutine.close()
    raise RuntimeError("a sync call suspended, so it was given an async function")


class SyncSender(_Sender):
    def __init__(self, http: Callable[[], httpx.Client], settings: Settings) -> None:
        super().__init__(http, settings)
        self.sleep = time.sleep

    def request(self, call: Call[T], options: RequestOptions | None = None) -> T:
        return call.parse(self.send(call, options or {}, stream=False))

    def send(self, call: Call[Any], options: RequestOptions, *, stream: bool) -> httpx.Response:
        return run_sync(self.exchange(call, options, stream=stream))


class AsyncSender(_Sender):
    def __init__(self, http: Callable[[], httpx.AsyncClient], settings: Settings) -> None:
        super().__init__(http, settings)
        import asyncio  # only async clients need it: kept off a sync program's import path

        self.sleep = asyncio.sleep

    send = _Sender.exchange

    async def request(self, call: Call[T], options: RequestOptions | None = None) -> T:
        return call.parse(await self.send(call, options or {}, stream=False))

    @staticmethod
    def read(response: httpx.Response) -> Any:
        return response.aread()
