from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.index_list import IndexList
from ...models.list_indexes_model_family import (
    ListIndexesModelFamily,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    index_name: str | Unset = UNSET,
    model_family: ListIndexesModelFamily | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    params["index_name"] = index_name

    json_model_family: str | Unset = UNSET
    if not isinstance(model_family, Unset):
        json_model_family = model_family

    params["model_family"] = json_model_family

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IndexList | None:
    if response.status_code == 200:
        response_200 = IndexList.from_dict(response.json())

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
) -> Response[ErrorResponse | IndexList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    index_name: str | Unset = UNSET,
    model_family: ListIndexesModelFamily | Unset = UNSET,
) -> Response[ErrorResponse | IndexList]:
    """List indexes

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        index_name (str | Unset):
        model_family (ListIndexesModelFamily | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IndexList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        index_name=index_name,
        model_family=model_family,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    index_name: str | Unset = UNSET,
    model_family: ListIndexesModelFamily | Unset = UNSET,
) -> ErrorResponse | IndexList | None:
    """List indexes

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        index_name (str | Unset):
        model_family (ListIndexesModelFamily | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IndexList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        index_name=index_name,
        model_family=model_family,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    index_name: str | Unset = UNSET,
    model_family: ListIndexesModelFamily | Unset = UNSET,
) -> Response[ErrorResponse | IndexList]:
    """List indexes

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        index_name (str | Unset):
        model_family (ListIndexesModelFamily | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IndexList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        index_name=index_name,
        model_family=model_family,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    index_name: str | Unset = UNSET,
    model_family: ListIndexesModelFamily | Unset = UNSET,
) -> ErrorResponse | IndexList | None:
    """List indexes

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        index_name (str | Unset):
        model_family (ListIndexesModelFamily | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IndexList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            index_name=index_name,
            model_family=model_family,
        )
    ).parsed
