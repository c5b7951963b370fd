"""What every generated method calls: one `Operation` (static, from the document) plus the caller's
values becomes a request, an answer, a pager, a stream or a poll. Nothing here knows an operation."""

from __future__ import annotations

import contextlib
import uuid
import warnings
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from ._config import RequestOptions
from ._errors import InvalidRequestError
from ._pagination import AsyncPager, AsyncPagerRequest, SyncPager
from ._parsing import parse_with
from ._polling import PollPlan, wait_async, wait_sync
from ._streaming import AsyncStream, Stream
from ._transport import Call
from ._wire import encode

if TYPE_CHECKING:
    from ._transport import AsyncSender, SyncSender

T = TypeVar("T")


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


def discriminated(key: str, variants: Mapping[str, Callable[[Any], Any]]) -> Discriminated:
    return Discriminated(key, variants)


def list_of(parse: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    return lambda data: [parse(item) for item in data]


def as_json(data: Any) -> Any:
    return data


def _call(
    operation: Operation[T],
    path: Mapping[str, Any],
    query: Mapping[str, Any],
    headers: Mapping[str, Any],
    body: Mapping[str, Any],
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

    def build(stack: contextlib.ExitStack[Any]) -> dict[str, Any]:
        return encode(operation, path, query, headers, body, stack)

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


class SyncCore:
    def __init__(self, sender: SyncSender) -> None:
        self.sender = sender

    def request(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> T:
        return self.sender.request(_call(operation, path, query, headers, body), request_options)

    def request_raw(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> HttpResponse[T]:
        call = _call(operation, path, query, headers, body)
        response = self.sender.send(call, request_options or {}, stream=False)
        return HttpResponse(response, call.parse(response))

    def stream(
        self,
        operation: Operation[Any],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> Stream[Any]:
        call = _call(operation, path, query, headers, body)
        return Stream(self.sender.send(call, request_options or {}, stream=True), operation.parse)

    def paginate(
        self,
        operation: Operation[Any],
        *,
        page_param: str,
        first_page: int | None,
        results: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> SyncPager[Any]:
        def fetch(page: int) -> Any:
            call = _call(operation, path, {**query, page_param: page}, headers, body)
            return self.sender.request(call, request_options)

        return SyncPager.numbered(fetch, results, first_page or 1)

    def token_paginate(
        self,
        operation: Operation[Any],
        *,
        follow: tuple[Operation[Any], str, str],
        results: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> SyncPager[Any]:
        """`operation` answers the first page; `follow` = (the operation that answers the next one, its path
        parameter that takes the token, where the page holds the token)."""
        following, param, token = follow

        def first() -> Any:
            return self.sender.request(_call(operation, path, query, headers, body), request_options)

        def fetch(value: str) -> Any:
            return self.sender.request(_call(following, {param: value}, {}, {}, {}), request_options)

        return SyncPager.tokened(first, fetch, token, results)

    def wait(self, plan: PollPlan, retrieve: Callable[[], T], callback: Callable[[T], Any] | None) -> T:
        return wait_sync(plan, retrieve, callback, self.sender.sleep)


class AsyncCore:
    def __init__(self, sender: AsyncSender) -> None:
        self.sender = sender

    async def request(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> T:
        return await self.sender.request(_call(operation, path, query, headers, body), request_options)

    async def request_raw(
        self,
        operation: Operation[T],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> HttpResponse[T]:
        call = _call(operation, path, query, headers, body)
        response = await self.sender.send(call, request_options or {}, stream=False)
        return HttpResponse(response, call.parse(response))

    def stream(
        self,
        operation: Operation[Any],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> AsyncStream[Any]:
        call = _call(operation, path, query, headers, body)
        return AsyncStream(lambda: self.sender.send(call, request_options or {}, stream=True), operation.parse)

    def paginate(
        self,
        operation: Operation[Any],
        *,
        page_param: str,
        first_page: int | None,
        results: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> AsyncPagerRequest[Any]:
        def fetch(page: int) -> Awaitable[Any]:
            call = _call(operation, path, {**query, page_param: page}, headers, body)
            return self.sender.request(call, request_options)

        return AsyncPagerRequest(lambda: AsyncPager.numbered(fetch, results, first_page or 1))

    def token_paginate(
        self,
        operation: Operation[Any],
        *,
        follow: tuple[Operation[Any], str, str],
        results: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Mapping[str, Any],
        request_options: RequestOptions | None,
    ) -> AsyncPagerRequest[Any]:
        following, param, token = follow

        def first() -> Awaitable[Any]:
            return self.sender.request(_call(operation, path, query, headers, body), request_options)

        def fetch(value: str) -> Awaitable[Any]:
            return self.sender.request(_call(following, {param: value}, {}, {}, {}), request_options)

        return AsyncPagerRequest(lambda: AsyncPager.tokened(first, fetch, token, results))

    async def wait(
        self, plan: PollPlan, retrieve: Callable[[], Awaitable[T]], callback: Callable[[T], Any] | None
    ) -> T:
        return await wait_async(plan, retrieve, callback, self.sender.sleep)


__all__ = ["AsyncCore", "Discriminated", "Operation", "SyncCore", "as_json", "discriminated", "list_of"]
