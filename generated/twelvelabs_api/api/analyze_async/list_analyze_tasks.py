from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analysis_mode import AnalysisMode
from ...models.analyze_task_list import AnalyzeTaskList
from ...models.analyze_task_status import AnalyzeTaskStatus
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: AnalyzeTaskStatus | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
    asset_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_analysis_mode: str | Unset = UNSET
    if not isinstance(analysis_mode, Unset):
        json_analysis_mode = analysis_mode

    params["analysis_mode"] = json_analysis_mode

    params["asset_id"] = asset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analyze/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeTaskList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnalyzeTaskList.from_dict(response.json())

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
) -> Response[AnalyzeTaskList | ErrorResponse]:
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
    status: AnalyzeTaskStatus | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
    asset_id: str | Unset = UNSET,
) -> Response[AnalyzeTaskList | ErrorResponse]:
    """List analysis tasks

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): `queued`, `pending`, `processing`, then one of the
            terminal `ready`, `failed`, `canceled`.
        analysis_mode (AnalysisMode | Unset): `general`: prompt-based text; `time_based_metadata`:
            segments described by `segment_definitions`.
        asset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        analysis_mode=analysis_mode,
        asset_id=asset_id,
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
    status: AnalyzeTaskStatus | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
    asset_id: str | Unset = UNSET,
) -> AnalyzeTaskList | ErrorResponse | None:
    """List analysis tasks

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): `queued`, `pending`, `processing`, then one of the
            terminal `ready`, `failed`, `canceled`.
        analysis_mode (AnalysisMode | Unset): `general`: prompt-based text; `time_based_metadata`:
            segments described by `segment_definitions`.
        asset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        status=status,
        analysis_mode=analysis_mode,
        asset_id=asset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: AnalyzeTaskStatus | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
    asset_id: str | Unset = UNSET,
) -> Response[AnalyzeTaskList | ErrorResponse]:
    """List analysis tasks

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): `queued`, `pending`, `processing`, then one of the
            terminal `ready`, `failed`, `canceled`.
        analysis_mode (AnalysisMode | Unset): `general`: prompt-based text; `time_based_metadata`:
            segments described by `segment_definitions`.
        asset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        analysis_mode=analysis_mode,
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: AnalyzeTaskStatus | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
    asset_id: str | Unset = UNSET,
) -> AnalyzeTaskList | ErrorResponse | None:
    """List analysis tasks

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): `queued`, `pending`, `processing`, then one of the
            terminal `ready`, `failed`, `canceled`.
        analysis_mode (AnalysisMode | Unset): `general`: prompt-based text; `time_based_metadata`:
            segments described by `segment_definitions`.
        asset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            status=status,
            analysis_mode=analysis_mode,
            asset_id=asset_id,
        )
    ).parsed
