"""`analyze`, `analyze_stream`, and the deprecated `gist` and `summarize`, as client methods."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import deprecated

from twelvelabs_api import models
from twelvelabs_api.api.analyze import analyze as analyze_endpoint
from twelvelabs_api.api.analyze import gist as gist_endpoint
from twelvelabs_api.api.analyze import summarize as summarize_endpoint

from .. import _validation
from .._config import RequestOptions
from .._errors import InvalidRequestError
from .._parsing import parse_with
from .._streaming import AsyncStream, Stream
from .._transport import Call
from . import _inputs

if TYPE_CHECKING:
    from .._transport import AsyncSender, SyncSender

SUNSET = "2026-02-15"
GIST_DEPRECATION = (
    f"gist() is deprecated and sunset on {SUNSET}: use analyze() with response_format "
    "(a JSON schema with title, topics and hashtags) instead."
)
SUMMARIZE_DEPRECATION = (
    f"summarize() is deprecated and sunset on {SUNSET}: use analyze() with a prompt and response_format instead."
)
VIDEO_ID_DEPRECATION = (
    "analyze(video_id=...) is deprecated (pegasus1.2 only) and will be removed: pass video=VideoContext_AssetId(...)"
    " or another VideoContext instead."
)
SUMMARIZE_RESULTS: dict[str, Any] = {
    "summary": models.SummarizeSummaryResult,
    "chapter": models.SummarizeChapterResult,
    "highlight": models.SummarizeHighlightResult,
}
SummarizeResult = models.SummarizeSummaryResult | models.SummarizeChapterResult | models.SummarizeHighlightResult


def _parse_summarize(body: Any) -> SummarizeResult:
    kind = body.get("summarize_type") if isinstance(body, dict) else None
    if kind not in SUMMARIZE_RESULTS:
        raise ValueError(f"summarize_type {kind!r} is not one of {', '.join(SUMMARIZE_RESULTS)}")
    result: SummarizeResult = SUMMARIZE_RESULTS[kind].from_dict(body)
    return result


class _AnalyzeCalls:
    """Builds the calls; the sync and async mixins only send them."""

    def _analyze_call(self, *, stream: bool, **params: Any) -> Call[models.NonStreamAnalyzeResponse]:
        if params.get("video_id") is not None:
            # stacklevel 3: past this builder and the public method, to the caller's line.
            warnings.warn(VIDEO_ID_DEPRECATION, DeprecationWarning, stacklevel=3)
        body = models.AnalyzeRequest(
            **_inputs.analysis_fields(params, default_model="pegasus1.2"),
            video_id=_inputs.optional(params.get("video_id")),
            response_format=_inputs.response_format(params.get("response_format"), models.SyncResponseFormat),
            stream=stream,
        )
        _validation.sync_analyze(body.to_dict())
        return Call(
            "analyze",
            lambda _: analyze_endpoint._get_kwargs(body=body),
            parse_with(models.NonStreamAnalyzeResponse.from_dict),
        )

    def _gist_call(self, video_id: str, types: Sequence[str]) -> Call[models.Gist]:
        body = models.GistRequest(video_id=video_id, types=list(types))  # type: ignore[arg-type]
        _validation.gist(body.to_dict())
        return Call("gist", lambda _: gist_endpoint._get_kwargs(body=body), parse_with(models.Gist.from_dict))

    def _summarize_call(self, **params: Any) -> Call[SummarizeResult]:
        body = models.SummarizeRequest(
            video_id=params["video_id"],
            type_=params["type"],
            prompt=_inputs.optional(params.get("prompt")),
            temperature=params["temperature"] if params.get("temperature") is not None else 0.2,
            response_format=_inputs.response_format(params.get("response_format"), models.SyncResponseFormat),
            max_tokens=_inputs.optional(params.get("max_tokens")),
        )
        _validation.summarize(body.to_dict())
        return Call("summarize", lambda _: summarize_endpoint._get_kwargs(body=body), parse_with(_parse_summarize))


def _stream_flag(stream: bool) -> None:
    if stream is not True:
        raise InvalidRequestError("stream", "analyze_stream() always streams; call analyze() for one JSON answer")


class SyncAnalyzeMixin(_AnalyzeCalls):
    _sender: SyncSender

    def analyze(
        self,
        *,
        model_name: str | None = None,
        video_id: str | None = None,
        video: Any = None,
        image: Sequence[Any] | None = None,
        prompt: str | None = None,
        prompt_v_2: Any = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.NonStreamAnalyzeResponse:
        """Analyze a video (or images) and return the whole generated text at once."""
        call = self._analyze_call(
            stream=False, model_name=model_name, video_id=video_id, video=video, image=image, prompt=prompt,
            prompt_v_2=prompt_v_2, temperature=temperature, response_format=response_format,
            max_tokens=max_tokens, start_time=start_time, end_time=end_time,
        )  # fmt: skip
        return self._sender.request(call, request_options)

    def analyze_stream(
        self,
        *,
        model_name: str | None = None,
        video_id: str | None = None,
        video: Any = None,
        image: Sequence[Any] | None = None,
        prompt: str | None = None,
        prompt_v_2: Any = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        stream: Literal[True] = True,
        request_options: RequestOptions | None = None,
    ) -> Stream:
        """Analyze and stream the text as it is generated. The request is sent now (errors raise here);
        iterate the returned `Stream` for `stream_start`, `text_generation` and `stream_end` events."""
        _stream_flag(stream)
        call = self._analyze_call(
            stream=True, model_name=model_name, video_id=video_id, video=video, image=image, prompt=prompt,
            prompt_v_2=prompt_v_2, temperature=temperature, response_format=response_format,
            max_tokens=max_tokens, start_time=start_time, end_time=end_time,
        )  # fmt: skip
        response = self._sender.send(call, request_options or {}, stream=True)
        return Stream(response)

    @deprecated(GIST_DEPRECATION)
    def gist(
        self, *, video_id: str, types: Sequence[str], request_options: RequestOptions | None = None
    ) -> models.Gist:
        """Deprecated: titles, topics and hashtags of an indexed video."""
        return self._sender.request(self._gist_call(video_id, types), request_options)

    @deprecated(SUMMARIZE_DEPRECATION)
    def summarize(
        self,
        *,
        video_id: str,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SummarizeResult:
        """Deprecated: a summary, chapters or highlights of an indexed video (the result's class follows
        `type`: SummarizeSummaryResult, SummarizeChapterResult or SummarizeHighlightResult)."""
        call = self._summarize_call(
            video_id=video_id, type=type, prompt=prompt, temperature=temperature,
            response_format=response_format, max_tokens=max_tokens,
        )  # fmt: skip
        return self._sender.request(call, request_options)


class AsyncAnalyzeMixin(_AnalyzeCalls):
    _sender: AsyncSender

    async def analyze(
        self,
        *,
        model_name: str | None = None,
        video_id: str | None = None,
        video: Any = None,
        image: Sequence[Any] | None = None,
        prompt: str | None = None,
        prompt_v_2: Any = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.NonStreamAnalyzeResponse:
        """Analyze a video (or images) and return the whole generated text at once."""
        call = self._analyze_call(
            stream=False, model_name=model_name, video_id=video_id, video=video, image=image, prompt=prompt,
            prompt_v_2=prompt_v_2, temperature=temperature, response_format=response_format,
            max_tokens=max_tokens, start_time=start_time, end_time=end_time,
        )  # fmt: skip
        return await self._sender.request(call, request_options)

    async def analyze_stream(
        self,
        *,
        model_name: str | None = None,
        video_id: str | None = None,
        video: Any = None,
        image: Sequence[Any] | None = None,
        prompt: str | None = None,
        prompt_v_2: Any = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        stream: Literal[True] = True,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream:
        """Analyze and stream the text as it is generated; `async for event in await client.analyze_stream(...)`."""
        _stream_flag(stream)
        call = self._analyze_call(
            stream=True, model_name=model_name, video_id=video_id, video=video, image=image, prompt=prompt,
            prompt_v_2=prompt_v_2, temperature=temperature, response_format=response_format,
            max_tokens=max_tokens, start_time=start_time, end_time=end_time,
        )  # fmt: skip
        response = await self._sender.send(call, request_options or {}, stream=True)
        return AsyncStream(response)

    @deprecated(GIST_DEPRECATION)
    async def gist(
        self, *, video_id: str, types: Sequence[str], request_options: RequestOptions | None = None
    ) -> models.Gist:
        """Deprecated: titles, topics and hashtags of an indexed video."""
        return await self._sender.request(self._gist_call(video_id, types), request_options)

    @deprecated(SUMMARIZE_DEPRECATION)
    async def summarize(
        self,
        *,
        video_id: str,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SummarizeResult:
        """Deprecated: a summary, chapters or highlights of an indexed video."""
        call = self._summarize_call(
            video_id=video_id, type=type, prompt=prompt, temperature=temperature,
            response_format=response_format, max_tokens=max_tokens,
        )  # fmt: skip
        return await self._sender.request(call, request_options)
