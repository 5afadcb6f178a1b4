"""``client.campaigns``: Campaigns: list them.

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable
from typing import TypedDict

from puretalk_client._generated.models import Campaign, CampaignListEnvelope
from puretalk_client._answers import flagged, parse_model
from puretalk_client._options import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    TimeoutLike,
)
from puretalk_client._pagination import (
    AsyncPaginator,
    Page,
    SyncPaginator,
    counted_page,
    first_page,
)
from puretalk_client._request import build_request
from puretalk_client._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_page_response,
    to_raw_page_response,
)
from puretalk_client._response import check_envelope, present
from puretalk_client._validate import Check


def _parse_list_campaigns(_number: int) -> Callable[[object, Check], Page[Campaign]]:
    """Parse a 2xx answer of GET /campaigns."""

    def _parse_page(body: object, check: Check) -> Page[Campaign]:
        parsed = parse_model(CampaignListEnvelope, flagged(body, "err"), check)
        check_envelope(parsed.err)
        results = present(parsed.results)
        return counted_page(results.campaigns, results.count, _number)

    return _parse_page


class CampaignsListParams(TypedDict, total=False):
    """The keyword arguments of ``campaigns.list``."""

    page: int | NotGiven
    limit: int | NotGiven


class Campaigns(SyncAPIResource):
    """Campaigns: list them."""

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPaginator[Campaign]:
        """Get Campaigns.

        List every campaign the API key's user can access.

        Args:
            page: The page number to return
            limit: The maximum number of results to return

        ``GET /campaigns`` (operationId ``listCampaigns``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        def _fetch(_number: builtins.int | None) -> Page[Campaign]:
            return self._run(
                build_request(
                    "get",
                    "/campaigns",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                    },
                ),
                _parse_list_campaigns(_number or 1),
                _options,
            )

        return SyncPaginator(_fetch, first_page(page))

    @functools.cached_property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return CampaignsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> CampaignsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return CampaignsWithStreamingResponse(self)


class CampaignsWithRawResponse:
    """``campaigns.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: Campaigns) -> None:
        self.list = to_raw_page_response(resource.list)


class CampaignsWithStreamingResponse:
    """``campaigns.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: Campaigns) -> None:
        pass


class AsyncCampaigns(AsyncAPIResource):
    """Campaigns: list them."""

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPaginator[Campaign]:
        """Get Campaigns.

        List every campaign the API key's user can access.

        Args:
            page: The page number to return
            limit: The maximum number of results to return

        ``GET /campaigns`` (operationId ``listCampaigns``).
        """
        _options = RequestOptions(timeout, extra_headers, extra_query, extra_body)

        async def _fetch(_number: builtins.int | None) -> Page[Campaign]:
            return await self._run(
                build_request(
                    "get",
                    "/campaigns",
                    query={
                        "page": page if _number is None else _number,
                        "limit": limit,
                    },
                ),
                _parse_list_campaigns(_number or 1),
                _options,
            )

        return AsyncPaginator(_fetch, first_page(page))

    @functools.cached_property
    def with_raw_response(self) -> AsyncCampaignsWithRawResponse:
        """The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."""
        return AsyncCampaignsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncCampaignsWithStreamingResponse:
        """The same methods, returning a context manager over the answer, its body not yet read."""
        return AsyncCampaignsWithStreamingResponse(self)


class AsyncCampaignsWithRawResponse:
    """``campaigns.with_raw_response``: each method returns the raw HTTP answer."""

    def __init__(self, resource: AsyncCampaigns) -> None:
        self.list = async_to_raw_page_response(resource.list)


class AsyncCampaignsWithStreamingResponse:
    """``campaigns.with_streaming_response``: each method returns a context manager over the streamed answer."""

    def __init__(self, resource: AsyncCampaigns) -> None:
        pass
