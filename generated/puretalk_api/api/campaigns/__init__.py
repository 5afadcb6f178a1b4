"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.campaign_list_envelope import CampaignListEnvelope
from ...types import UNSET, Unset
from . import list_campaigns as _list_campaigns

ENDPOINTS: dict[str, dict[str, Any]] = {
    "list_campaigns": {
        "method": "GET",
        "path": "/campaigns",
        "success": [
            "CampaignListEnvelope",
        ],
        "bodies": [],
    },
}
"""What the facade renderer reads of each endpoint: method, path, 2xx result types ("@binary": bytes), body types."""


def list_campaigns_request(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Return the httpx request arguments of GET /campaigns."""
    return _list_campaigns._get_kwargs(
        page=page,
        limit=limit,
    )


def list_campaigns_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignListEnvelope | None:
    """Parse a response of GET /campaigns as the endpoint module does."""
    return _list_campaigns._parse_response(client=client, response=response)
