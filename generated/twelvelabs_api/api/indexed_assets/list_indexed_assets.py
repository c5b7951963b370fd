from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.indexed_asset_list import IndexedAssetList
from ...models.indexed_asset_status import (
    IndexedAssetStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    index_id: str,
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: IndexedAssetStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/indexed-assets".format(
            index_id=quote(str(index_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IndexedAssetList | None:
    if response.status_code == 200:
        response_200 = IndexedAssetList.from_dict(response.json())

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
) -> Response[ErrorResponse | IndexedAssetList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: IndexedAssetStatus | Unset = UNSET,
) -> Response[ErrorResponse | IndexedAssetList]:
    """List the assets of an index

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (IndexedAssetStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IndexedAssetList]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: IndexedAssetStatus | Unset = UNSET,
) -> ErrorResponse | IndexedAssetList | None:
    """List the assets of an index

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (IndexedAssetStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IndexedAssetList
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
        page=page,
        page_limit=page_limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: IndexedAssetStatus | Unset = UNSET,
) -> Response[ErrorResponse | IndexedAssetList]:
    """List the assets of an index

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (IndexedAssetStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IndexedAssetList]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: IndexedAssetStatus | Unset = UNSET,
) -> ErrorResponse | IndexedAssetList | None:
    """List the assets of an index

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (IndexedAssetStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IndexedAssetList
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
            page=page,
            page_limit=page_limit,
            status=status,
        )
    ).parsed
