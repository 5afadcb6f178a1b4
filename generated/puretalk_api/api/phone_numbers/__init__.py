"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.phone_number_list import PhoneNumberList
from ...types import UNSET, Unset
from . import list_phone_numbers as _list_phone_numbers

ENDPOINTS: dict[str, dict[str, Any]] = {
    "list_phone_numbers": {
        "method": "GET",
        "path": "/phone-numbers",
        "success": [
            "PhoneNumberList",
        ],
        "bodies": [],
    },
}
"""What the facade renderer reads of each endpoint: method, path, 2xx result types ("@binary": bytes), body types."""


def list_phone_numbers_request(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Return the httpx request arguments of GET /phone-numbers."""
    return _list_phone_numbers._get_kwargs(
        page=page,
        limit=limit,
    )


def list_phone_numbers_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneNumberList | None:
    """Parse a response of GET /phone-numbers as the endpoint module does."""
    return _list_phone_numbers._parse_response(client=client, response=response)
