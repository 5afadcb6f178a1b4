"""Endpoint functions of this tag, and the public typed seams the puretalk_client facade calls."""

from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.campaign_list_envelope import CampaignListEnvelope
from ...types import UNSET, Unset
from . import list_campaigns as _list_campaigns


def list_campaigns_request(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Return the httpx request arguments of the list_campaigns endpoint (see its module)."""
    return _list_campaigns._get_kwargs(
        page=page,
        limit=limit,
    )


def list_campaigns_parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignListEnvelope | None:
    """Parse a response of the list_campaigns endpoint as its module does."""
    return _list_campaigns._parse_response(client=client, response=response)
