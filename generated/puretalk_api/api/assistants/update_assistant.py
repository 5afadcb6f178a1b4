from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant_envelope import AssistantEnvelope
from ...models.assistant_update import AssistantUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    assistant_id: str,
    *,
    body: AssistantUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/ai-assistants/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantEnvelope | Error | None:
    if response.status_code == 200:
        response_200 = AssistantEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssistantEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantUpdate,
) -> Response[AssistantEnvelope | Error]:
    """Update AI Assistant

     Update an AI assistant by its ID.

    Args:
        assistant_id (str):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        body (AssistantUpdate): The body that updates an assistant; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantEnvelope | Error]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantUpdate,
) -> AssistantEnvelope | Error | None:
    """Update AI Assistant

     Update an AI assistant by its ID.

    Args:
        assistant_id (str):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        body (AssistantUpdate): The body that updates an assistant; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantEnvelope | Error
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantUpdate,
) -> Response[AssistantEnvelope | Error]:
    """Update AI Assistant

     Update an AI assistant by its ID.

    Args:
        assistant_id (str):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        body (AssistantUpdate): The body that updates an assistant; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantEnvelope | Error]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantUpdate,
) -> AssistantEnvelope | Error | None:
    """Update AI Assistant

     Update an AI assistant by its ID.

    Args:
        assistant_id (str):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        body (AssistantUpdate): The body that updates an assistant; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantEnvelope | Error
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed
