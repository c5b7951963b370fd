from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_request import AnalyzeRequest
from ...models.error_response import ErrorResponse
from ...models.non_stream_analyze_response import NonStreamAnalyzeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyzeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NonStreamAnalyzeResponse | None:
    if response.status_code == 200:
        response_200 = NonStreamAnalyzeResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

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
) -> Response[ErrorResponse | NonStreamAnalyzeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[ErrorResponse | NonStreamAnalyzeResponse]:
    """Analyze a video and generate text

     Generates text from a video. With `stream: true` (the server's default) the answer is an NDJSON
    stream of events: one `stream_start`, any number of `text_generation` fragments (split at
    arbitrary points, even inside a word) and one `stream_end`. With `stream: false` it is one JSON
    object. Exactly one of `video`, `video_id` (deprecated, pegasus1.2 only) or `image`
    (pegasus1.6 only) is required, and exactly one of `prompt` or `prompt_v2`.

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NonStreamAnalyzeResponse]
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
    body: AnalyzeRequest,
) -> ErrorResponse | NonStreamAnalyzeResponse | None:
    """Analyze a video and generate text

     Generates text from a video. With `stream: true` (the server's default) the answer is an NDJSON
    stream of events: one `stream_start`, any number of `text_generation` fragments (split at
    arbitrary points, even inside a word) and one `stream_end`. With `stream: false` it is one JSON
    object. Exactly one of `video`, `video_id` (deprecated, pegasus1.2 only) or `image`
    (pegasus1.6 only) is required, and exactly one of `prompt` or `prompt_v2`.

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NonStreamAnalyzeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[ErrorResponse | NonStreamAnalyzeResponse]:
    """Analyze a video and generate text

     Generates text from a video. With `stream: true` (the server's default) the answer is an NDJSON
    stream of events: one `stream_start`, any number of `text_generation` fragments (split at
    arbitrary points, even inside a word) and one `stream_end`. With `stream: false` it is one JSON
    object. Exactly one of `video`, `video_id` (deprecated, pegasus1.2 only) or `image`
    (pegasus1.6 only) is required, and exactly one of `prompt` or `prompt_v2`.

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NonStreamAnalyzeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> ErrorResponse | NonStreamAnalyzeResponse | None:
    """Analyze a video and generate text

     Generates text from a video. With `stream: true` (the server's default) the answer is an NDJSON
    stream of events: one `stream_start`, any number of `text_generation` fragments (split at
    arbitrary points, even inside a word) and one `stream_end`. With `stream: false` it is one JSON
    object. Exactly one of `video`, `video_id` (deprecated, pegasus1.2 only) or `image`
    (pegasus1.6 only) is required, and exactly one of `prompt` or `prompt_v2`.

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NonStreamAnalyzeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
