"""NDJSON streams (analysis events, or JSON Lines): iterate as they arrive; close however iteration ends."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar, Union

import httpx

from ._errors import StreamError

if TYPE_CHECKING:
    from twelvelabs_api.models import StreamEndEvent, StreamStartEvent, TextGenerationEvent


@dataclass(frozen=True)
class UnknownStreamEvent:
    """An event type this client does not know yet: kept, not dropped."""

    event_type: str
    data: dict[str, Any] = field(default_factory=dict)


StreamEvent: TypeAlias = Union["StreamStartEvent", "TextGenerationEvent", "StreamEndEvent", UnknownStreamEvent]
T = TypeVar("T")


class _EventParser:
    """Line -> event (or item: JSON Lines of one model), and the bookkeeping both stream classes share."""

    def __init__(self, response: httpx.Response, events: Any) -> None:
        self.response = response
        self.key: str | None = getattr(events, "key", None)  # the document's discriminator of the event schema
        self.models: Mapping[str | None, Callable[[Any], Any]] = getattr(events, "variants", {None: events})
        self.texts: list[str] = []
        self.end: StreamEndEvent | None = None
        self.start: StreamStartEvent | None = None
        self.line_number = 0

    def parse(self, line: str) -> Any:
        self.line_number += 1
        if not line.strip():
            return None
        try:
            data = json.loads(line)
        except ValueError:
            raise self.error(f"line {self.line_number} is not JSON: {line[:80]!r}") from None
        if not isinstance(data, dict) or (self.key and not isinstance(data.get(self.key), str)):
            raise self.error(f"line {self.line_number} is not an event object: {line[:80]!r}")
        kind: Any = data.get(self.key)  # None for a stream of one model, whose lines have no event type
        parse = self.models.get(kind)
        if parse is None:
            return UnknownStreamEvent(kind, data)
        try:
            event = parse(data)
        except (KeyError, ValueError, TypeError) as error:
            raise self.error(f"line {self.line_number} is not a valid {kind or 'item'}: {error}") from None
        if kind == "text_generation":
            self.texts.append(event.text)
        elif kind == "stream_end":
            self.end = event
        elif kind == "stream_start":
            self.start = event
        return event

    def finished(self) -> None:
        if self.key and self.end is None:
            raise self.error("the stream ended before its stream_end event; the text is incomplete")

    def error(self, message: str) -> StreamError:
        request = self.response.request
        return StreamError(f"Analysis stream broken: {message} - {request.method} {request.url}", request=request)

    def broken(self, error: httpx.HTTPError) -> StreamError:
        return self.error(f"the connection failed mid-stream ({type(error).__name__}: {error})")


class _StreamResults:
    _parser: _EventParser

    @property
    def text(self) -> str:
        """The text received so far (all of it once the stream is consumed)."""
        return "".join(self._parser.texts)

    @property
    def stream_end(self) -> StreamEndEvent | None:
        """The final event (finish_reason, metadata.usage, metadata.generation_id), once received."""
        return self._parser.end

    @property
    def generation_id(self) -> str | None:
        start = self._parser.start
        metadata = getattr(start, "metadata", None)
        return getattr(metadata, "generation_id", None)

    @property
    def response(self) -> httpx.Response:
        return self._parser.response


class Stream(_StreamResults, Generic[T]):
    """Events of a streamed analysis. Iterate it (or use it in `with`); the connection is closed when
    iteration ends, breaks or fails. A connection lost before `stream_end`, or a line that is not a JSON
    event, raises `StreamError`; an unknown event type is yielded as `UnknownStreamEvent`."""

    def __init__(self, response: httpx.Response, events: Any) -> None:
        self._parser = _EventParser(response, events)
        self._events = self._iterate()

    def _iterate(self) -> Generator[T, None, None]:
        try:
            for line in self._parser.response.iter_lines():
                event = self._parser.parse(line)
                if event is not None:
                    yield event
            self._parser.finished()
        except httpx.HTTPError as error:
            raise self._parser.broken(error) from error
        finally:
            self._parser.response.close()

    def __iter__(self) -> Iterator[T]:
        return self._events

    def __next__(self) -> T:
        return next(self._events)

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._events.close()
        self._parser.response.close()

    def until_done(self) -> Stream[T]:
        """Consume the rest of the stream."""
        for _ in self._events:
            pass
        return self

    def get_final_text(self) -> str:
        """Consume the stream and return the whole generated text."""
        return self.until_done().text


class AsyncStream(_StreamResults, Generic[T]):
    """The async twin of `Stream`. The request is sent on first use, so all of these work:
    `async for event in client.analyze_stream(...)`, `async with client.analyze_stream(...) as stream`,
    and `stream = await client.analyze_stream(...)` (which sends now, so HTTP errors raise there)."""

    def __init__(self, send: Callable[[], Awaitable[httpx.Response]], events: Any) -> None:
        self._send: Callable[[], Awaitable[httpx.Response]] | None = send
        self._event_models = events
        self._events = self._iterate()

    async def _open(self) -> AsyncStream[T]:
        if self._send is not None:
            send, self._send = self._send, None
            self._parser = _EventParser(await send(), self._event_models)
        return self

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        return self._open().__await__()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        await self._open()
        try:
            async for line in self._parser.response.aiter_lines():
                event = self._parser.parse(line)
                if event is not None:
                    yield event
            self._parser.finished()
        except httpx.HTTPError as error:
            raise self._parser.broken(error) from error
        finally:
            await self._parser.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._events

    async def __anext__(self) -> T:
        return await self._events.__anext__()

    async def __aenter__(self) -> AsyncStream[T]:
        return await self._open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await self._events.aclose()
        if self._send is None:
            await self._parser.response.aclose()

    async def until_done(self) -> AsyncStream[T]:
        async for _ in self._events:
            pass
        return self

    async def get_final_text(self) -> str:
        return (await self.until_done()).text
