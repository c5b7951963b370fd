"""What every generated method calls: one `Operation` (static, from the document) plus the caller's
values becomes a request, an answer, a pager, a stream or a poll. Nothing here knows an operation."""

from __future__ import annotations

import contextlib
import functools
import uuid
import warnings
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from ._config import RequestOptions
from ._errors import InvalidRequestError
from ._pagination import AsyncPager, AsyncPagerRequest, SyncPager
from ._parsing import parse_with
from ._polling import PollPlan, poll
from ._streaming import AsyncStream, Stream
from ._transport import Call, run_sync
from ._wire import encode

if TYPE_CHECKING:
    from ._transport import AsyncSender, SyncSender

T = TypeVar("T")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One documented operation: where it goes, how its body travels and how its answer parses."""

    name: str
    method: str
    path: str
    body: Literal["json", "multipart"] | None = None
    files: tuple[str, ...] = ()
    parse: Callable[[Any], T] | None = None  # None: no content
    stream_flag: str | None = None  # the body field that asks for a stream: always true here
    idempotent: bool = False  # repeating it has no further effect, so any failure may be retried
    idempotency_header: str | None = None  # the API de-duplicates by this header: one key for every attempt
    deprecated_fields: Mapping[str, str] = field(default_factory=dict)


# A token pager's next pages: (the operation that answers them, its path parameter that takes the token,
# where a page holds the token).
Follow = tuple[Operation[Any], str, str]


@dataclass(frozen=True)
class Discriminated:
    """A `oneOf` with a discriminator: the variant named by `key` parses the object."""

    key: str
    variants: Mapping[str, Callable[[Any], Any]]

    def __call__(self, data: Any) -> Any:
        tag = data.get(self.key) if isinstance(data, dict) else None
        if not isinstance(tag, str) or tag not in self.variants:
            raise ValueError(f"{self.key} {tag!r} is not one of {', '.join(self.variants)}")
        return self.variants[tag](data)


discriminated = Discriminated  # what generated code calls


class HttpResponse(Generic[T]):
    """An answer with its HTTP response, as the official package's `with_raw_response` gives it."""

    def __init__(self, response: httpx.Response, data: T) -> None:
        self._response = response
        self.data = data

    @property
    def headers(self) -> dict[str, str]:
        return dict(self._response.headers)

    @property
    def status_code(self) -> int:
        return self._response.status_code

    def close(self) -> None:
        self._response.close()

    def __repr__(self) -> str:
        return f"HttpResponse(status_code={self.status_code}, data={self.data!r})"


def list_of(parse: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    return lambda data: [parse(item) for item in data]


def as_json(data: Any) -> Any:
    return data


Parts = Mapping[str, Any]  # an operation's path, query, headers and body values, by wire name


def _call(
    operation: Operation[T],
    path: Parts = _EMPTY,
    query: Parts = _EMPTY,
    headers: Parts = _EMPTY,
    body: Parts = _EMPTY,
) -> Call[T]:
    flag = operation.stream_flag
    if flag is not None and body.get(flag) is not True:
        raise InvalidRequestError(flag, f"{operation.name}() always streams; for one answer call it without _stream")
    for name, message in operation.deprecated_fields.items():
        if body.get(name) is not None:
            # stacklevel 4: past this helper, the core and the generated method, to the caller's line.
            warnings.warn(message, DeprecationWarning, stacklevel=4)
    headers = {name: value for name, value in headers.items() if value is not None}
    key = operation.idempotency_header
    if key is not None:
        headers.setdefault(key, str(uuid.uuid4()))
    build = functools.partial(encode, operation, path, query, headers, body)
    if operation.files:
        with contextlib.ExitStack() as stack:
            build(stack)  # a missing file or a text-mode handle fails here, before any request
    parse = operation.parse
    # A POST that the API does not de-duplicate may have created something before a failure: such a call
    # is retried only when the failure shows the API did not act on it.
    replayable = operation.idempotent or key is not None or operation.method != "POST"
    return Call(operation.name, build, parse_with(parse) if parse else _no_content, replayable)


def _no_content(response: Any) -> Any:
    return None


def _raw(call: Call[T]) -> Call[HttpResponse[T]]:
    return Call(
        call.operation, call.build, lambda response: HttpResponse(response, call.parse(response)), call.replayable
    )


P = TypeVar("P")  # what a list call returns: a pager, or (async) a request that awaits or iterates one
S = TypeVar("S")  # what a stream call returns


class _Core(Generic[P, S]):
    """What both cores do alike. `sender.request` answers, or (async) gives an awaitable of the answer."""

    sender: Any

    def _send(self, operation: Operation[Any], options: RequestOptions | None, parts: Mapping[str, Parts]) -> Any:
        return self.sender.request(_call(operation, **parts), options)

    def _walk(self, first: Callable[[Any], Any]) -> P:
        """The pager of the first page, given how `SyncPager` or `AsyncPager` fetches it."""
        raise NotImplementedError

    def _stream(self, send: Callable[[], Any], events: Any) -> S:
        raise NotImplementedError

    def stream(self, operation: Operation[Any], *, request_options: RequestOptions | None, **parts: Parts) -> S:
        call = _call(operation, **parts)
        return self._stream(lambda: self.sender.send(call, request_options or {}, stream=True), operation.parse)

    def paginate(
        self,
        operation: Operation[Any],
        *,
        page_param: str,
        first_page: int | None,
        results: str,
        request_options: RequestOptions | None,
        **parts: Parts,
    ) -> P:
        query = parts.get("query", _EMPTY)

        def fetch(page: int) -> Any:
            return self._send(operation, request_options, {**parts, "query": {**query, page_param: page}})

        return self._walk(lambda pager: pager.numbered(fetch, results, first_page or 1))

    def token_paginate(
        self, operation: Operation[Any], *, follow: Follow, results: str, request_options: RequestOptions | None,
        **parts: Parts,
    ) -> P:  # fmt: skip
        following, param, token = follow

        def first() -> Any:
            return self._send(operation, request_options, parts)

        def fetch(value: str) -> Any:
            return self._send(following, request_options, {"path": {param: value}})

        return self._walk(lambda pager: pager.tokened(first, fetch, token, results))


class SyncCore(_Core[SyncPager[Any], Stream[Any]]):
    sender: SyncSender

    def __init__(self, sender: SyncSender) -> None:
        self.sender = sender

    def request(self, operation: Operation[T], *, request_options: RequestOptions | None, **parts: Parts) -> T:
        return self.sender.request(_call(operation, **parts), request_options)

    def request_raw(
        self, operation: Operation[T], *, request_options: RequestOptions | None, **parts: Parts
    ) -> HttpResponse[T]:
        return self.sender.request(_raw(_call(operation, **parts)), request_options)

    def _walk(self, first: Callable[[type[SyncPager[Any]]], SyncPager[Any]]) -> SyncPager[Any]:
        return first(SyncPager)

    def _stream(self, send: Callable[[], httpx.Response], events: Any) -> Stream[Any]:
        return Stream(send(), events)

    def wait(self, plan: PollPlan, retrieve: Callable[[], T], callback: Callable[[T], Any] | None) -> T:
        return run_sync(poll(plan, retrieve, callback, self.sender.sleep))


class AsyncCore(_Core[AsyncPagerRequest[Any], AsyncStream[Any]]):
    sender: AsyncSender

    def __init__(self, sender: AsyncSender) -> None:
        self.sender = sender

    async def request(self, operation: Operation[T], *, request_options: RequestOptions | None, **parts: Parts) -> T:
        return await self.sender.request(_call(operation, **parts), request_options)

    async def request_raw(
        self, operation: Operation[T], *, request_options: RequestOptions | None, **parts: Parts
    ) -> HttpResponse[T]:
        return await self.sender.request(_raw(_call(operation, **parts)), request_options)

    def _walk(self, first: Callable[[type[AsyncPager[Any]]], Awaitable[AsyncPager[Any]]]) -> AsyncPagerRequest[Any]:
        return AsyncPagerRequest(lambda: first(AsyncPager))

    def _stream(self, send: Callable[[], Awaitable[httpx.Response]], events: Any) -> AsyncStream[Any]:
        return AsyncStream(send, events)

    async def wait(
        self, plan: PollPlan, retrieve: Callable[[], Awaitable[T]], callback: Callable[[T], Any] | None
    ) -> T:
        return await poll(plan, retrieve, callback, self.sender.sleep)


__all__ = ["AsyncCore", "Discriminated", "Operation", "SyncCore", "as_json", "discriminated", "list_of"]
