from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_analyze_task_request import CreateAnalyzeTaskRequest
from ...models.create_analyze_task_response import CreateAnalyzeTaskResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateAnalyzeTaskRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAnalyzeTaskResponse | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = CreateAnalyzeTaskResponse.from_dict(response.json())

        return response_202

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
) -> Response[CreateAnalyzeTaskResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeTaskRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreateAnalyzeTaskResponse | ErrorResponse]:
    """Create an asynchronous analysis task

     Starts analyzing a video (up to 2 hours) in the background. Poll
    `GET /analyze/tasks/{task_id}` until the status is `ready`, `failed` or `canceled`.
    An `Idempotency-Key` header de-duplicates retried creates.

    Args:
        idempotency_key (str | Unset):
        body (CreateAnalyzeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAnalyzeTaskResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeTaskRequest,
    idempotency_key: str | Unset = UNSET,
) -> CreateAnalyzeTaskResponse | ErrorResponse | None:
    """Create an asynchronous analysis task

     Starts analyzing a video (up to 2 hours) in the background. Poll
    `GET /analyze/tasks/{task_id}` until the status is `ready`, `failed` or `canceled`.
    An `Idempotency-Key` header de-duplicates retried creates.

    Args:
        idempotency_key (str | Unset):
        body (CreateAnalyzeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAnalyzeTaskResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeTaskRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreateAnalyzeTaskResponse | ErrorResponse]:
    """Create an asynchronous analysis task

     Starts analyzing a video (up to 2 hours) in the background. Poll
    `GET /analyze/tasks/{task_id}` until the status is `ready`, `failed` or `canceled`.
    An `Idempotency-Key` header de-duplicates retried creates.

    Args:
        idempotency_key (str | Unset):
        body (CreateAnalyzeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAnalyzeTaskResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeTaskRequest,
    idempotency_key: str | Unset = UNSET,
) -> CreateAnalyzeTaskResponse | ErrorResponse | None:
    """Create an asynchronous analysis task

     Starts analyzing a video (up to 2 hours) in the background. Poll
    `GET /analyze/tasks/{task_id}` until the status is `ready`, `failed` or `canceled`.
    An `Idempotency-Key` header de-duplicates retried creates.

    Args:
        idempotency_key (str | Unset):
        body (CreateAnalyzeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAnalyzeTaskResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
