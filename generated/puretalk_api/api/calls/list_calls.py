from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_list import CallList
from ...models.list_calls_call_type import ListCallsCallType
from ...models.list_calls_status import ListCallsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    call_type: ListCallsCallType | Unset = UNSET,
    status: ListCallsStatus | Unset = UNSET,
    voice_id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_call_type: str | Unset = UNSET
    if not isinstance(call_type, Unset):
        json_call_type = call_type

    params["call_type"] = json_call_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["voice_id"] = voice_id

    params["assistant_id"] = assistant_id

    params["from_number"] = from_number

    params["to_number"] = to_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallList | None:
    if response.status_code == 200:
        response_200 = CallList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    call_type: ListCallsCallType | Unset = UNSET,
    status: ListCallsStatus | Unset = UNSET,
    voice_id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
) -> Response[CallList]:
    """Call List

     List calls, optionally filtered.

    Args:
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 10.
        call_type (ListCallsCallType | Unset):
        status (ListCallsStatus | Unset):
        voice_id (str | Unset):
        assistant_id (str | Unset):
        from_number (str | Unset):
        to_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        call_type=call_type,
        status=status,
        voice_id=voice_id,
        assistant_id=assistant_id,
        from_number=from_number,
        to_number=to_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    call_type: ListCallsCallType | Unset = UNSET,
    status: ListCallsStatus | Unset = UNSET,
    voice_id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
) -> CallList | None:
    """Call List

     List calls, optionally filtered.

    Args:
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 10.
        call_type (ListCallsCallType | Unset):
        status (ListCallsStatus | Unset):
        voice_id (str | Unset):
        assistant_id (str | Unset):
        from_number (str | Unset):
        to_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallList
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        call_type=call_type,
        status=status,
        voice_id=voice_id,
        assistant_id=assistant_id,
        from_number=from_number,
        to_number=to_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    call_type: ListCallsCallType | Unset = UNSET,
    status: ListCallsStatus | Unset = UNSET,
    voice_id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
) -> Response[CallList]:
    """Call List

     List calls, optionally filtered.

    Args:
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 10.
        call_type (ListCallsCallType | Unset):
        status (ListCallsStatus | Unset):
        voice_id (str | Unset):
        assistant_id (str | Unset):
        from_number (str | Unset):
        to_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        call_type=call_type,
        status=status,
        voice_id=voice_id,
        assistant_id=assistant_id,
        from_number=from_number,
        to_number=to_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    call_type: ListCallsCallType | Unset = UNSET,
    status: ListCallsStatus | Unset = UNSET,
    voice_id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
) -> CallList | None:
    """Call List

     List calls, optionally filtered.

    Args:
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 10.
        call_type (ListCallsCallType | Unset):
        status (ListCallsStatus | Unset):
        voice_id (str | Unset):
        assistant_id (str | Unset):
        from_number (str | Unset):
        to_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            call_type=call_type,
            status=status,
            voice_id=voice_id,
            assistant_id=assistant_id,
            from_number=from_number,
            to_number=to_number,
        )
    ).parsed
