from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.forbidden import Forbidden
from ...models.precondition_failed import PreconditionFailed
from ...models.register_web_call_request import RegisterWebCallRequest
from ...models.register_web_call_response import RegisterWebCallResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterWebCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calls/web/register",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Forbidden | PreconditionFailed | RegisterWebCallResponse | None:
    if response.status_code == 200:
        response_200 = RegisterWebCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Forbidden.from_dict(response.json())

        return response_403

    if response.status_code == 412:
        response_412 = PreconditionFailed.from_dict(response.json())

        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Forbidden | PreconditionFailed | RegisterWebCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterWebCallRequest,
) -> Response[Error | Forbidden | PreconditionFailed | RegisterWebCallResponse]:
    """Register a new web call

    Args:
        body (RegisterWebCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Forbidden | PreconditionFailed | RegisterWebCallResponse]
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
    body: RegisterWebCallRequest,
) -> Error | Forbidden | PreconditionFailed | RegisterWebCallResponse | None:
    """Register a new web call

    Args:
        body (RegisterWebCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Forbidden | PreconditionFailed | RegisterWebCallResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterWebCallRequest,
) -> Response[Error | Forbidden | PreconditionFailed | RegisterWebCallResponse]:
    """Register a new web call

    Args:
        body (RegisterWebCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Forbidden | PreconditionFailed | RegisterWebCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterWebCallRequest,
) -> Error | Forbidden | PreconditionFailed | RegisterWebCallResponse | None:
    """Register a new web call

    Args:
        body (RegisterWebCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Forbidden | PreconditionFailed | RegisterWebCallResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
