"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.phone_number_list import PhoneNumberList
from ...types import UNSET, Unset
from . import list_phone_numbers as _list_phone_numbers


def list_phone_numbers_request(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Return the httpx request arguments of the list_phone_numbers endpoint (see its module)."""
    return _list_phone_numbers._get_kwargs(
        page=page,
        limit=limit,
    )


def list_phone_numbers_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneNumberList | None:
    """Parse a response of the list_phone_numbers endpoint as its module does."""
    return _list_phone_numbers._parse_response(client=client, response=response)
