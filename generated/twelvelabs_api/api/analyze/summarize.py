from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.summarize_chapter_result import SummarizeChapterResult
from ...models.summarize_highlight_result import SummarizeHighlightResult
from ...models.summarize_request import SummarizeRequest
from ...models.summarize_summary_result import SummarizeSummaryResult
from ...types import Response


def _get_kwargs(
    *,
    body: SummarizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/summarize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_summarize_response_type_0 = SummarizeSummaryResult.from_dict(data)

                return componentsschemas_summarize_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_summarize_response_type_1 = SummarizeChapterResult.from_dict(data)

                return componentsschemas_summarize_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_summarize_response_type_2 = SummarizeHighlightResult.from_dict(data)

            return componentsschemas_summarize_response_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Response[ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult]:
    """Generate a summary, chapters or highlights (deprecated)

     Deprecated: sunset on 2026-02-15. Use `POST /analyze` with `response_format` instead.
    The answer's shape depends on `type` and is keyed by `summarize_type`. `response_format` is
    accepted only with `type: summary`. Works only on a video indexed in an index that has a
    Pegasus model.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult | None:
    """Generate a summary, chapters or highlights (deprecated)

     Deprecated: sunset on 2026-02-15. Use `POST /analyze` with `response_format` instead.
    The answer's shape depends on `type` and is keyed by `summarize_type`. `response_format` is
    accepted only with `type: summary`. Works only on a video indexed in an index that has a
    Pegasus model.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Response[ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult]:
    """Generate a summary, chapters or highlights (deprecated)

     Deprecated: sunset on 2026-02-15. Use `POST /analyze` with `response_format` instead.
    The answer's shape depends on `type` and is keyed by `summarize_type`. `response_format` is
    accepted only with `type: summary`. Works only on a video indexed in an index that has a
    Pegasus model.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult | None:
    """Generate a summary, chapters or highlights (deprecated)

     Deprecated: sunset on 2026-02-15. Use `POST /analyze` with `response_format` instead.
    The answer's shape depends on `type` and is keyed by `summarize_type`. `response_format` is
    accepted only with `type: summary`. Works only on a video indexed in an index that has a
    Pegasus model.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SummarizeChapterResult | SummarizeHighlightResult | SummarizeSummaryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
