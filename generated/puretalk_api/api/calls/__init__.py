"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_envelope import CallEnvelope
from ...models.call_list import CallList
from ...models.error import Error
from ...models.forbidden import Forbidden
from ...models.list_calls_call_type import ListCallsCallType, check_list_calls_call_type
from ...models.list_calls_status import ListCallsStatus, check_list_calls_status
from ...models.precondition_failed import PreconditionFailed
from ...models.register_web_call_request import RegisterWebCallRequest
from ...models.register_web_call_response import RegisterWebCallResponse
from ...types import UNSET, Unset
from . import get_call as _get_call
from . import list_calls as _list_calls
from . import register_web_call as _register_web_call


def list_calls_request(
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
    """Return the httpx request arguments of the list_calls endpoint (see its module)."""
    return _list_calls._get_kwargs(
        page=page,
        limit=limit,
        call_type=call_type,
        status=status,
        voice_id=voice_id,
        assistant_id=assistant_id,
        from_number=from_number,
        to_number=to_number,
    )


def list_calls_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallList | None:
    """Parse a response of the list_calls endpoint as its module does."""
    return _list_calls._parse_response(client=client, response=response)


def get_call_request(
    call_id: str,
) -> dict[str, Any]:
    """Return the httpx request arguments of the get_call endpoint (see its module)."""
    return _get_call._get_kwargs(
        call_id=call_id,
    )


def get_call_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallEnvelope | Error | None:
    """Parse a response of the get_call endpoint as its module does."""
    return _get_call._parse_response(client=client, response=response)


def register_web_call_request(
    *,
    body: RegisterWebCallRequest,
) -> dict[str, Any]:
    """Return the httpx request arguments of the register_web_call endpoint (see its module)."""
    return _register_web_call._get_kwargs(
        body=body,
    )


def register_web_call_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Forbidden | PreconditionFailed | RegisterWebCallResponse | None:
    """Parse a response of the register_web_call endpoint as its module does."""
    return _register_web_call._parse_response(client=client, response=response)
