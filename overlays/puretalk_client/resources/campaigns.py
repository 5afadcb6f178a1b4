"""``client.campaigns``: list campaigns (a list shape of its own: no links, a count and the items)."""

from __future__ import annotations

from typing import Any, Unpack

from puretalk_api.api.campaigns import list_campaigns
from puretalk_api.models import Campaign, CampaignListEnvelope
from puretalk_client._pagination import AsyncPaginator, Page, Paging, SyncPaginator
from puretalk_client._resource import AsyncAPIResource, SyncAPIResource
from puretalk_client._response import results_of


def campaign_page(envelope: Any, number: int) -> Page[Campaign]:
    """Make a :class:`Page` of ``{msg, err, results: {count, campaigns}}``; pages are followed by number."""
    results = results_of(envelope)
    items = results.campaigns if isinstance(results.campaigns, list) else []
    count = results.count if isinstance(results.count, int) else None
    return Page(items=items, number=number, count=count, linked=False)


class Campaigns(SyncAPIResource):
    """Campaigns: ``list``."""

    def list(self, **paging: Unpack[Paging]) -> SyncPaginator[Campaign]:
        """Iterate over every campaign (lazily, page by page)."""
        return self._paginate(list_campaigns, paging, CampaignListEnvelope, campaign_page)


class AsyncCampaigns(AsyncAPIResource):
    """Campaigns: ``list``."""

    def list(self, **paging: Unpack[Paging]) -> AsyncPaginator[Campaign]:
        """Iterate over every campaign (``async for``, page by page)."""
        return self._paginate(list_campaigns, paging, CampaignListEnvelope, campaign_page)
