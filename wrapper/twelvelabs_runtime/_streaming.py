"""Event streams (NDJSON lines, JSON Lines of one model, or Server-Sent Events): iterate events as they
arrive; close the connection however iteration ends."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
from httpx_sse import EventSource

from ._errors import StreamError

if TYPE_CHECKING:
    from twelvelabs_api.models import StreamEndEvent, StreamStartEvent


@dataclass(frozen=True)
class UnknownStreamEvent:
    """An event type this client does not know yet: kept, not dropped."""

    event_type: str
    data: dict[str, Any] = field(default_factory=dict)


E = TypeVar("E")  # what the stream yields: its event models (and UnknownStreamEvent), or its one item model


@dataclass(frozen=True)
class EventStream:
    """A stream's events (`x-fern-streaming`): NDJSON lines or Server-Sent Events (the last `data` is `terminator`)
    parsed by `parse`; `text` names the event and field that carry text fragments, `end` the final event."""

    parse: Any
    format: str = "ndjson"
    terminator: str | None = None
    text: Mapping[str, str] | None = None
    end: str | None = None

    def __call__(self, data: Any) -> Any:
        return self.parse(data)


class _EventParser:
    """Line -> event (or item: JSON Lines of one model), and the bookkeeping both stream classes share."""

    def __init__(self, response: httpx.Response, events: EventStream) -> None:
        self.response = response
        self.events = events
        # The document's discriminator of the event schema; None for lines of one model, which have no type.
        self.key: str | None = getattr(events.parse, "key", None)
        self.models: Mapping[str | None, Callable[[Any], Any]] = getattr(events.parse, "variants", {None: events.parse})
        self.texts: list[str] = []
        self.end: StreamEndEvent | None = None
        self.start: StreamStartEvent | None = None
        self.line_number = 0
        self.done = False  # the terminator arrived

    def parse(self, line: str) -> Any:
        self.line_number += 1
        if not line.strip():
            return None
        if line == self.events.terminator:
            self.done = True
            return None
        try:
            data = json.loads(line)
        except ValueError:
            raise self.error(f"line {self.line_number} is not JSON: {line[:80]!r}") from None
        if not isinstance(data, dict) or (self.key and not isinstance(data.get(self.key), str)):
            raise self.error(f"line {self.line_number} is not an event object: {line[:80]!r}")
        kind: Any = data.get(self.key)
        parse = self.models.get(kind)
        if parse is None:
            return UnknownStreamEvent(kind, data)
        try:
            event = parse(data)
        except (KeyError, ValueError, TypeError) as error:
            raise self.error(f"line {self.line_number} is not a valid {kind or 'item'}: {error}") from None
        if self.events.text and kind == self.events.text["event"]:
            self.texts.append(getattr(event, self.events.text["field"]))
        elif kind == self.events.end:
            self.end = event
        elif self.start is None:
            self.start = event
        return event

    def finished(self) -> None:
        ends = self.events.terminator or self.events.end
        if ends and not (self.done if self.events.terminator else self.end):
            raise self.error(f"the stream ended before its {ends} event")

    def error(self, message: str) -> StreamError:
        request = self.response.request
        return StreamError(f"Stream broken: {message} - {request.method} {request.url}", request=request)

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


class Stream(_StreamResults, Generic[E]):
    """Events of a stream. Iterate it (or use it in `with`); the connection is closed when iteration ends,
    breaks or fails. A connection lost before the end (`stream_end`, or the SSE terminator `[DONE]`), or data
    that is not a JSON event, raises `StreamError`; an unknown event type is yielded as `UnknownStreamEvent`."""

    def __init__(self, response: httpx.Response, events: Any) -> None:
        self._parser = _EventParser(response, events)
        self._events = self._iterate()

    def _iterate(self) -> Generator[E, None, None]:
        response, sse = self._parser.response, self._parser.events.format == "sse"
        try:
            for line in (event.data for event in EventSource(response).iter_sse()) if sse else response.iter_lines():
                event = self._parser.parse(line)
                if event is not None:
                    yield event
            self._parser.finished()
        except httpx.HTTPError as error:
            raise self._parser.broken(error) from error
        finally:
            self._parser.response.close()

    def __iter__(self) -> Iterator[E]:
        # A generator per loop: a `break` drops it, which closes the events and so the connection.
        yield from self._events

    def __next__(self) -> E:
        return next(self._events)

    def __enter__(self) -> Stream[E]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._events.close()
        self._parser.response.close()

    def until_done(self) -> Stream[E]:
        """Consume the rest of the stream."""
        for _ in self._events:
            pass
        return self

    def get_final_text(self) -> str:
        """Consume the stream and return the whole generated text."""
        return self.until_done().text


class AsyncStream(_StreamResults, Generic[E]):
    """The async twin of `Stream`. The request is sent on first use, so all of these work:
    `async for event in client.analyze_stream(...)`, `async with client.analyze_stream(...) as stream`,
    and `stream = await client.analyze_stream(...)` (which sends now, so HTTP errors raise there)."""

    def __init__(self, send: Callable[[], Awaitable[httpx.Response]], events: Any) -> None:
        self._send: Callable[[], Awaitable[httpx.Response]] | None = send
        self._event_models = events
        self._events = self._iterate()

    async def _open(self) -> AsyncStream[E]:
        if self._send is not None:
            send, self._send = self._send, None
            self._parser = _EventParser(await send(), self._event_models)
        return self

    def __await__(self) -> Generator[Any, None, AsyncStream[E]]:
        return self._open().__await__()

    async def _iterate(self) -> AsyncGenerator[E, None]:
        await self._open()
        response, sse = self._parser.response, self._parser.events.format == "sse"
        lines = (event.data async for event in EventSource(response).aiter_sse()) if sse else response.aiter_lines()
        try:
            async for line in lines:
                event = self._parser.parse(line)
                if event is not None:
                    yield event
            self._parser.finished()
        except httpx.HTTPError as error:
            raise self._parser.broken(error) from error
        finally:
            await self._parser.response.aclose()

    async def __aiter__(self) -> AsyncIterator[E]:
        # A generator per loop: after a `break` the event loop finalizes it, which closes the connection.
        try:
            async for event in self._events:
                yield event
        finally:
            await self._events.aclose()

    async def __anext__(self) -> E:
        return await self._events.__anext__()

    async def __aenter__(self) -> AsyncStream[E]:
        return await self._open()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._events.aclose()
        if self._send is None:
            await self._parser.response.aclose()

    async def until_done(self) -> AsyncStream[E]:
        async for _ in self._events:
            pass
        return self

    async def get_final_text(self) -> str:
        return (await self.until_done()).text
